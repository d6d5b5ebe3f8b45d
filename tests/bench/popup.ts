/**
 * npm run bench:popup — how fast the popup shows a page's analysis when the library is large, and what
 * the extension's parts weigh (gzipped). See ../shared/spec/BENCH.md.
 *
 * 1. Real articles: the dev corpus pages analyzed by the extension's own analyzer (the CLI path).
 * 2. 10 000 library articles made by recombining their paragraphs (each keeps its own quotes, whose
 *    offsets are recomputed), turned into records by the library's recordsFromAnalysis (the code the
 *    storage layer saves with) and written into the extension's IndexedDB inside its service worker.
 * 3. The seed page opened in a tab (analyzed and saved by the extension itself), then the popup for
 *    that tab opened 10 times: firstRenderMs is the median time from navigation start to the
 *    "isnad:page-rendered" performance mark the popup sets when the page's analysis (title, counts,
 *    speakers with their titles, quotes, and claims when they fit) is on screen: set in an effect, which
 *    Preact runs after the browser painted. That first frame holds the first FIRST_FRAME_ITEMS quotes and
 *    claims, more than the popup's first screen (popup/components/PageView.tsx); the rest is rendered
 *    right after it. Each open's row says what that frame held (the mark's detail).
 *    appMs: from the popup's script starting to that mark (the popup's own work). The breakdown per open
 *    (medians in the last line): the script running, the tab's page known, its analysis read, painted.
 * 4. Anchor (BENCH.md: absolute times drift on a shared machine): blankMs, the median time a blank page
 *    with one line of Arabic and a script takes to its first painted frame, measured in the same run.
 * Last line: one JSON object.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeHtml } from "../../src/cli/commands/analyze.ts";
import type { Article, PageAnalysis } from "../../src/core/types.ts";
import {
  findChromium,
  launchWithExtension,
  popupUrl,
  ROOT,
  SAMPLE_PAGES,
  serveDirectory,
  storedArticles,
  tabIdForUrl,
  waitFor,
} from "../../src/dev/browser.ts";
import { bundleParts, gz } from "../../src/dev/sizes.ts";
import { recordsFromAnalysis } from "../../src/library/records.ts";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const OPENS = 10;
const CORPUS = join(ROOT, "../shared/corpus/dev");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ── sizes ─────────────────────────────────────────────────────────────────────────────────────────

/** Gzipped KiB of a part of the built extension (src/dev/sizes.ts says which files each part loads). */
const kbGz = (files: string[]) => Math.round((gz(files).gzip / 1024) * 100) / 100;

function bundleSizes(): { gate: number; analyzer: number; popup: number } {
  const parts = bundleParts();
  return { gate: kbGz(parts.gate), analyzer: kbGz(parts.analyzer), popup: kbGz(parts.popup) };
}

// ── library ───────────────────────────────────────────────────────────────────────────────────────

function corpusArticles(): Article[] {
  const out: Article[] = [];
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith(".html"))) {
    const analysis = analyzeHtml(readFileSync(join(CORPUS, file), "utf8"), `https://corpus.example/${file}`);
    if (analysis.isNewsArticle) out.push(...analysis.articles.filter((a) => a.text.length > 200));
  }
  return out;
}

/** Article i of the synthetic library: a real article with paragraphs of two others woven in. */
function recombined(base: Article[], i: number): PageAnalysis {
  const a = base[i % base.length];
  const b = base[(i * 7 + 3) % base.length];
  const c = base[(i * 13 + 5) % base.length];
  const para = (x: Article, k: number) => {
    const ps = x.text.split("\n\n");
    return ps[k % ps.length];
  };
  const text = [a.text, para(b, i), para(c, i + 1)].join("\n\n");
  const day = new Date(Date.UTC(2023, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
  const article: Article = {
    ...a,
    title: `${a.title} — ${para(b, i + 2).slice(0, 60)}`,
    publishedAt: day,
    text,
    quotes: a.quotes.map((q) => ({ ...q, start: text.indexOf(q.text), end: text.indexOf(q.text) + q.text.length })),
  };
  return {
    url: `https://library.example/${i % 37}/article-${i}`,
    language: { isArabic: true, arabicRatio: 0.95, code: "ar" },
    isNewsArticle: true,
    articles: [article],
  };
}

// ── run ───────────────────────────────────────────────────────────────────────────────────────────

const chromium = findChromium();
if (!chromium) throw new Error("bench:popup needs Chromium (see README)");
const sizes = bundleSizes();
console.log(`gzipped: gate ${sizes.gate} KiB, analyzer ${sizes.analyzer} KiB, popup (first load) ${sizes.popup} KiB`);

const t0 = performance.now();
const base = corpusArticles();
console.log(`${base.length} corpus articles analyzed in ${Math.round(performance.now() - t0)} ms`);

const server = await serveDirectory(SAMPLE_PAGES);
// ISNAD_DIST: a build elsewhere than dist/ (to compare builds while dist/ is in use); sizes are dist/'s.
const ext = await launchWithExtension({ executablePath: chromium, dist: process.env.ISNAD_DIST || undefined });
// tsx compiles with esbuild's keepNames, which wraps functions in a __name() helper; functions sent to
// the browser with evaluate() need it there too.
const NAME_HELPER = "globalThis.__name = (f) => f";
await ext.worker.evaluate(NAME_HELPER);
await ext.context.addInitScript(NAME_HELPER);
// In every page: the time of a performance mark, once it is set.
await ext.context.addInitScript(() => {
  (globalThis as unknown as { whenMarked: (name: string) => Promise<number> }).whenMarked = (name) =>
    new Promise<number>((ok) => {
      const poll = () => {
        const at = performance.getEntriesByName(name)[0]?.startTime;
        if (at !== undefined) ok(at);
        else setTimeout(poll, 5);
      };
      poll();
    });
});
/** The anchor page: one line of Arabic, and a mark once its first frame is painted (as the popup's). */
const BLANK =
  "data:text/html;charset=utf-8," +
  encodeURIComponent(
    '<html lang="ar" dir="rtl"><p>إسناد</p><script>requestAnimationFrame(() => setTimeout(() => performance.mark("blank-rendered")))</script></html>',
  );
declare function whenMarked(name: string): Promise<number>;
try {
  // The seed page, analyzed and saved by the extension (this also creates the database at its version).
  const page = await ext.context.newPage();
  const seedUrl = `${server.origin}/seed-elwatan-russia-gaza.html`;
  await page.goto(seedUrl, { waitUntil: "domcontentloaded" });
  await waitFor(async () => ((await storedArticles(ext.worker, seedUrl)).length ? true : null), 20_000);
  const tabId = await waitFor(() => tabIdForUrl(ext.worker, seedUrl));
  if (tabId === null) throw new Error("the seed page was not saved");

  const t1 = performance.now();
  const BATCH = 500;
  for (let from = 0; from < ARTICLES; from += BATCH) {
    const batch = { articles: [] as unknown[], quotes: [] as unknown[], claims: [] as unknown[] };
    for (let i = from; i < Math.min(ARTICLES, from + BATCH); i++) {
      const records = recordsFromAnalysis(recombined(base, i), new Date(Date.UTC(2024, 0, 1) + i * 60_000));
      batch.articles.push(...records.articles);
      batch.quotes.push(...records.quotes);
      batch.claims.push(...records.claims);
    }
    const tb = performance.now();
    // One JSON string crosses the DevTools protocol much faster than the same data as nested objects.
    await ext.worker.evaluate(async (json) => {
      const rows = JSON.parse(json) as Record<"articles" | "quotes" | "claims", unknown[]>;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open("isnad");
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(["articles", "quotes", "claims"], "readwrite");
        for (const name of ["articles", "quotes", "claims"] as const) {
          const store = tx.objectStore(name);
          for (const row of rows[name]) store.put(row);
        }
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, JSON.stringify(batch));
    if (from === 0) console.log(`first batch of ${BATCH}: ${Math.round(performance.now() - tb)} ms`);
  }
  const total = await ext.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open("isnad");
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const count = await new Promise<number>((ok, fail) => {
      const request = db.transaction("articles").objectStore("articles").count();
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return count;
  });
  console.log(`library: ${total} articles written in ${Math.round(performance.now() - t1)} ms`);

  const times: number[] = [];
  /** The anchor: a blank page's time to its first painted frame, after each popup open. */
  const blankTimes: number[] = [];
  /** From the popup's script starting to the page's analysis on screen (the popup's own work). */
  const appTimes: number[] = [];
  /** Per open: navigation start → script running → tab's page known → page read → painted. */
  const parts: { script: number; known: number; read: number; paint: number }[] = [];
  for (let n = 0; n < OPENS + 1; n++) {
    const popup = await ext.context.newPage();
    await popup.goto(popupUrl(ext.extensionId, tabId));
    const ms = await popup.evaluate(() => whenMarked("isnad:page-rendered"));
    const urlAt = await popup.evaluate(() => performance.getEntriesByName("isnad:tab-page-known")[0]?.startTime ?? -1);
    const scriptAt = await popup.evaluate(() => performance.getEntriesByName("isnad:script-start")[0]?.startTime ?? -1);
    const readAt = await popup.evaluate(() => performance.getEntriesByName("isnad:first-read")[0]?.startTime ?? -1);
    // What the measured frame held (PageView renders the rest after it), and the whole page.
    const painted = await popup.evaluate(
      () =>
        (performance.getEntriesByName("isnad:page-rendered")[0] as PerformanceMark | undefined)?.detail as {
          quotes: number;
          claims: number;
          speakers: number;
        },
    );
    await popup.locator(".article .claim").first().waitFor();
    const quotes = await popup.locator(".article .quote").count();
    const claims = await popup.locator(".article .claim").count();
    await popup.close();
    const blank = await ext.context.newPage();
    await blank.goto(BLANK);
    blankTimes.push(await blank.evaluate(() => whenMarked("blank-rendered")));
    await blank.close();
    // The first open warms the browser's caches for the extension's files; it is not counted.
    if (n > 0) {
      times.push(ms);
      appTimes.push(ms - scriptAt);
      parts.push({ script: scriptAt, known: urlAt - scriptAt, read: readAt - urlAt, paint: ms - readAt });
    }
    console.log(
      `open ${n}${n === 0 ? " (warm-up)" : ""}: ${ms.toFixed(1)} ms to the page's analysis (that frame: ${painted?.speakers} speakers, ${painted?.quotes} of ${quotes} quotes, ${painted?.claims} of ${claims} claims; script running at ${scriptAt.toFixed(1)} ms, tab's page known at ${urlAt.toFixed(1)} ms, page read at ${readAt.toFixed(1)} ms; blank page ${blankTimes[blankTimes.length - 1].toFixed(1)} ms)`,
    );
  }
  const firstRenderMs = Math.round(median(times) * 10) / 10;
  console.log(`firstRenderMs (median of ${OPENS}): ${firstRenderMs}`);
  console.log(
    JSON.stringify({
      firstRenderMs,
      firstRenderP90Ms: Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9) - 1] * 10) / 10,
      appMs: Math.round(median(appTimes) * 10) / 10,
      blankMs: Math.round(median(blankTimes.slice(1)) * 10) / 10,
      // Medians of each step: navigation start → script running, → tab's page known, → read, → painted.
      partsMs: Object.fromEntries(
        (["script", "known", "read", "paint"] as const).map((k) => [
          k,
          Math.round(median(parts.map((p) => p[k])) * 10) / 10,
        ]),
      ),
      savedArticles: total,
      opens: OPENS,
      bundleKbGz: sizes,
    }),
  );
} finally {
  await ext.close();
  await server.close();
}
