/**
 * Robustness and privacy of the built extension in real Chromium (issue 8):
 * - privacy: every request made while Isnad works goes to the 127.0.0.1 test server or to the
 *   extension itself (chrome-extension://) — pages, service worker, content scripts;
 * - non-Arabic pages cost nothing beyond the gate: no analyzer chunk, no message to the background;
 * - a single-page-app navigation (history.pushState with new content) is analyzed again and both
 *   addresses end up stored;
 * - a 10 MB Arabic page is analyzed in idle-time slices: no task of the extension's takes more than 50 ms
 *   of main-thread CPU (measured in a Chromium trace; see the test for why CPU time and how "ours");
 * - "delete all data" empties the database.
 * Test pages are copies of the sample pages with their outside references (scripts, images, styles,
 * frames) removed, so any request to elsewhere could only come from the extension.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM_MISSING,
  findChromium,
  type LoadedExtension,
  launchWithExtension,
  SAMPLE_PAGES,
  type StaticServer,
  serveDirectory,
  storedArticles,
  tabIdForUrl,
  waitFor,
} from "../../src/dev/browser.ts";

let ext: LoadedExtension;
let server: StaticServer;
let dir: string;
const requests: { url: string; from: string; type: string }[] = [];
const extensionErrors: string[] = [];

/** The sample page without anything that would load from elsewhere (the privacy test needs silence). */
function selfContained(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<(iframe|video|audio|object|noscript)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<(link|img|source|embed|input)\b[^>]*>/gi, "")
    .replace(/\s(srcset|src|style|background|poster)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "")
    .replace(/<style\b[\s\S]*?<\/style>/gi, "");
}

/** Paragraph texts of the Arabic sample pages (their sources: tests/fixtures/sample-pages/SOURCES.tsv). */
function arabicParagraphs(): string[] {
  const out: string[] = [];
  for (const file of ["seed-elwatan-russia-gaza.html", "sabq-001.html", "youm7-001.html"]) {
    const html = readFileSync(join(SAMPLE_PAGES, file), "utf8");
    for (const m of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
      const text = m[1]
        .replace(/<[^>]+>/g, "")
        .replace(/\s+/g, " ")
        .trim();
      if (text.length > 40 && /[\u0600-\u06ff]/.test(text)) out.push(text);
    }
  }
  return out;
}

/** A generated Arabic article page of about `bytes` bytes of text, in paragraphs of real news sentences. */
function hugePage(bytes: number): string {
  const paragraphs = arabicParagraphs();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${paragraphs[i % paragraphs.length]}</p>\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة طويلة جدا</title>
<meta property="og:type" content="article"></head><body><article><h1>صفحة طويلة جدا</h1>
${parts.join("")}</article></body></html>`;
}

function fromExtension(message: ConsoleMessage): boolean {
  return message.location().url.startsWith("chrome-extension://") || /chrome-extension:\/\//.test(message.text());
}

async function open(path: string, init?: () => void): Promise<{ page: Page; url: string }> {
  const page = await ext.context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" && fromExtension(m)) extensionErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => {
    if (/chrome-extension:\/\//.test(e.stack ?? "")) extensionErrors.push(`${page.url()}: ${e.message}`);
  });
  if (init) await page.addInitScript(init);
  const url = `${server.origin}/${path}`;
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
  return { page, url };
}

async function stored(url: string, timeoutMs = 15_000) {
  return waitFor(async () => {
    const found = await storedArticles(ext.worker, url);
    return found.length ? found : null;
  }, timeoutMs);
}

/** URLs of the senders of every runtime message the service worker received (a second, silent listener). */
async function senderUrls(): Promise<string[]> {
  return ext.worker.evaluate(() => (globalThis as unknown as { __isnadSenders: string[] }).__isnadSenders);
}

/** One task of the page's renderer main thread, from a Chromium trace. */
interface TraceTask {
  wallMs: number;
  /** Thread (CPU) time of the task. */
  cpuMs: number;
  /** It ran JavaScript (on the test page, the extension's). */
  ours: boolean;
  /** It evaluated one of the extension's modules (a chunk's top level). */
  moduleEvaluation: boolean;
  /** Names of the longest events inside it, for messages. */
  what: string;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: unknown;
}

/** Starts a Chromium trace (tasks with thread times, script calls) of `page`'s renderer. */
async function startTrace(page: Page): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp = await ext.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: ["toplevel", "devtools.timeline", "v8.execute"], excludedCategories: ["*"] },
    transferMode: "ReportEvents",
  });
  return {
    async stop() {
      const complete = new Promise<void>((ok) => cdp.once("Tracing.tracingComplete", () => ok()));
      await cdp.send("Tracing.end");
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

/**
 * Trace events that run JavaScript. The generated page has no script of its own, so on it every task that
 * ran JavaScript ran ours (an async function resumed after a yield shows only as RunMicrotasks, without a
 * script address); the test's own probes (one-line page.evaluate) are the only other JavaScript and take
 * a fraction of a millisecond.
 */
const JAVASCRIPT = new Set([
  "FunctionCall",
  "EvaluateScript",
  "v8.evaluateModule",
  "v8.compile",
  "FireIdleCallback",
  "TimerFire",
  "RunMicrotasks",
]);

/**
 * The tasks of the busiest renderer main thread (the test page's), each marked ours or the browser's. A
 * task is a top-level event of the thread: a scheduler task, or a microtask checkpoint Chromium records
 * beside it (resumed async functions run there).
 */
function mainThreadTasks(events: TraceEvent[]): TraceTask[] {
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.name === "ThreadControllerImpl::RunTask" && e.ph === "X") {
      const key = `${e.pid}:${e.tid}`;
      busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
    }
  const thread = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const on = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === "X")
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceTask[] = [];
  for (let i = 0; i < on.length; ) {
    const task = on[i];
    const end = task.ts + (task.dur ?? 0);
    let ours = JAVASCRIPT.has(task.name);
    let moduleEvaluation = false;
    const names: [string, number][] = [];
    let k = i + 1;
    for (; k < on.length && on[k].ts < end; k++) {
      const e = on[k];
      if (JAVASCRIPT.has(e.name)) ours = true;
      if (e.name === "v8.evaluateModule" && JSON.stringify(e.args ?? {}).includes('"worldName":"Isnad"'))
        moduleEvaluation = true;
      names.push([e.name, e.dur ?? 0]);
    }
    i = k;
    const what = names
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([n, d]) => `${n} ${Math.round(d / 1000)} ms`)
      .join(", ");
    out.push({
      wallMs: Math.round((task.dur ?? 0) / 1000),
      cpuMs: Math.round((task.tdur ?? 0) / 1000),
      ours,
      moduleEvaluation,
      what: `${task.name}: ${what}`,
    });
  }
  return out;
}

beforeAll(async () => {
  const chromium = findChromium();
  if (!chromium) throw new Error(CHROMIUM_MISSING);
  dir = mkdtempSync(join(tmpdir(), "isnad-robust-"));
  for (const file of ["seed-elwatan-russia-gaza.html", "sabq-001.html", "bbc-en-001.html", "aryanews-fa-001.html"]) {
    writeFileSync(join(dir, file), selfContained(readFileSync(join(SAMPLE_PAGES, file), "utf8")));
  }
  mkdirSync(join(dir, "spa"));
  writeFileSync(join(dir, "spa/first.html"), readFileSync(join(dir, "seed-elwatan-russia-gaza.html")));
  writeFileSync(join(dir, "huge.html"), hugePage(10 * 1024 * 1024));
  server = await serveDirectory(dir);
  ext = await launchWithExtension({ executablePath: chromium });
  ext.context.on("request", (r) => {
    let from = "service worker"; // worker requests have no frame (frame() throws)
    try {
      from = r.frame().url();
    } catch {}
    requests.push({ url: r.url(), from, type: r.resourceType() });
  });
  ext.worker.on("console", (m) => {
    if (m.type() === "error") extensionErrors.push(`service worker: ${m.text()}`);
  });
  await ext.worker.evaluate(() => {
    const g = globalThis as unknown as {
      __isnadSenders: string[];
      chrome: { runtime: { onMessage: { addListener(f: (m: unknown, s: { url?: string }) => undefined): void } } };
    };
    g.__isnadSenders = [];
    g.chrome.runtime.onMessage.addListener((_m, sender) => {
      g.__isnadSenders.push(sender.url ?? "");
      return undefined;
    });
  });
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("robustness and privacy", () => {
  it("does no work on English or Persian pages beyond the gate", async () => {
    const english = await open("bbc-en-001.html");
    const persian = await open("aryanews-fa-001.html");
    const control = await open("sabq-001.html");
    expect(await stored(control.url)).not.toBeNull();
    await control.page.waitForTimeout(500);
    const senders = await senderUrls();
    expect(senders).toContain(control.url);
    // Persian passes the cheap gate (same script) but the core rejects it, so it sends nothing either.
    expect(senders).not.toContain(english.url);
    expect(senders).not.toContain(persian.url);
    // The analyzer chunk, when the browser reports extension requests: loaded for the control only.
    const analyzerLoads = requests.filter((r) => /\/assets\/analyzer-[^/]*\.js$/.test(r.url)).map((r) => r.from);
    console.log(`analyzer chunk requests seen: ${JSON.stringify(analyzerLoads)}`);
    expect(analyzerLoads).toContain(control.url); // the probe sees content-script chunk loads at all
    expect(analyzerLoads).not.toContain(english.url);
    for (const p of [english, persian, control]) await p.page.close();
  });

  it("analyzes a single-page-app navigation again and stores both addresses", async () => {
    const { page, url } = await open("spa/first.html");
    expect(await stored(url)).not.toBeNull();
    const second = `${server.origin}/spa/second`;
    // What a news site's router does: fetch the next article, swap the content, push its address.
    await page.evaluate(async () => {
      const html = await (await fetch("/sabq-001.html")).text();
      const next = new DOMParser().parseFromString(html, "text/html");
      document.head.innerHTML = next.head.innerHTML;
      document.body.innerHTML = next.body.innerHTML;
      history.pushState({}, "", "/spa/second");
    });
    const records = await stored(second);
    expect(records?.length).toBeGreaterThan(0);
    expect((await storedArticles(ext.worker, url)).length).toBeGreaterThan(0);
    // The tab now maps to the new address (the popup of this tab shows the second article).
    expect(await waitFor(() => tabIdForUrl(ext.worker, second))).toEqual(expect.any(Number));
    await page.close();
  });

  it("analyzes a 10 MB Arabic page in idle-time slices, no task of ours over 50 ms", async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}/huge.html`;
    const trace = await startTrace(page);
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    const records = await stored(url, 90_000);
    expect(records?.length).toBeGreaterThan(0);
    // The highlights come last (their text search is sliced too): wait for them, so the trace holds it all.
    await expect
      .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    const tasks = mainThreadTasks(await trace.stop());
    const ours = tasks.filter((t) => t.ours);
    const browserOwn = tasks.filter((t) => !t.ours);
    const max = (list: TraceTask[], key: "cpuMs" | "wallMs") => Math.max(0, ...list.map((t) => t[key]));
    const slices = ours.filter((t) => !t.moduleEvaluation);
    const modules = ours.filter((t) => t.moduleEvaluation);
    console.log(
      `10 MB page (load average ${loadavg()[0].toFixed(1)}): ${ours.length} tasks of ours, longest ` +
        `${max(slices, "cpuMs")} ms CPU (${max(slices, "wallMs")} ms wall), module evaluation ` +
        `${max(modules, "cpuMs")} ms CPU; the browser's own tasks on this page: longest ${max(browserOwn, "cpuMs")} ms CPU ` +
        `(${max(browserOwn, "wallMs")} ms wall)\n  ours, longest first: ` +
        [...ours]
          .sort((a, b) => b.cpuMs - a.cpuMs)
          .slice(0, 5)
          .map((t) => `${t.cpuMs}/${t.wallMs} ms (${t.what})`)
          .join("; "),
    );
    // What is asserted, and why so:
    // - Ours: the generated page has no script of its own, so a main-thread task that ran JavaScript is
    //   ours (JAVASCRIPT above). The browser's own parsing, style and layout of 10 MB of text are tasks of
    //   seconds (printed above) with or without the extension; they are not ours and not asserted on.
    // - CPU time, not wall time: on a 2-core machine shared with other jobs a 5 ms slice can wait 100 ms
    //   for a core; the thread time Chromium records per task (tdur) is the work we put on the page.
    // - Module evaluation is one task per chunk that no slicing can cut. The core was one chunk of about
    //   290 KB (40–60 ms of CPU on a busy machine); the analyzer now imports the claims model first, so the
    //   model (≈ 190 KB) and the rest of the core are evaluated in two tasks of about 20–30 ms each, and the
    //   model's lookup maps are built in a slice of their own between them (LinearModel.prepare).
    // - Slices were 35–38 ms at the longest here and once 53 ms in CI: the last analysis step and the
    //   sending of the analysis shared a task, and the page's text map grew by doubling (one step copied a
    //   million entries). With both fixed the longest slice measured 18–29 ms (three runs, load 1.3–2.5).
    expect(ours.length).toBeGreaterThan(20); // the attribution sees our slices at all
    expect(modules.length).toBeGreaterThan(0);
    expect(ours.filter((t) => t.cpuMs > 50).map((t) => `${t.cpuMs} ms CPU: ${t.what}`)).toEqual([]);
    await page.close();
  }, 180_000);

  it("'delete all data' empties every table", async () => {
    const { page, url } = await open("seed-elwatan-russia-gaza.html");
    expect(await stored(url)).not.toBeNull();
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup/index.html?tab=1`);
    const result = (await popup.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: "popup→background:deleteAllData", payload: { confirm: true } }),
    )) as { ok: boolean };
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const counts = await ext.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open("isnad");
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      try {
        const names = [...db.objectStoreNames];
        const tx = db.transaction(names);
        return Object.fromEntries(
          await Promise.all(
            names.map(
              (n) =>
                new Promise<[string, number]>((ok) => {
                  const c = tx.objectStore(n).count();
                  c.onsuccess = () => ok([n, c.result]);
                }),
            ),
          ),
        );
      } finally {
        db.close();
      }
    });
    expect(Object.keys(counts).length).toBeGreaterThan(0);
    // Settings may hold the schema/defaults; every table of the reader's data is empty.
    for (const [table, count] of Object.entries(counts)) {
      if (!/settings|meta/i.test(table)) expect({ table, count }).toEqual({ table, count: 0 });
    }
    await popup.close();
    await page.close();
  });

  it("makes no request beyond the test server and the extension itself, and logs no error", () => {
    const elsewhere = requests.filter(
      (r) => !r.url.startsWith(`${server.origin}/`) && !r.url.startsWith("chrome-extension://"),
    );
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(extensionErrors).toEqual([]);
  });
  it("removes its highlights and stays quiet when the extension is reloaded under the page", async () => {
    const { page, url } = await open("seed-elwatan-russia-gaza.html");
    expect(await stored(url)).not.toBeNull();
    const highlightCount = () =>
      page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size);
    await expect.poll(highlightCount, { timeout: 10_000 }).toBeGreaterThan(0);
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    // The old content script's context is invalidated (Chromium does not re-inject into open tabs).
    await ext.worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => {}); // the worker goes away with the reload
    await expect.poll(highlightCount, { timeout: 10_000 }).toBe(0);
    // A navigation afterwards must not wake anything of ours either.
    await page.evaluate(() => history.pushState({}, "", "/after-reload"));
    await page.waitForTimeout(1500);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
