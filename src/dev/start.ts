/**
 * `npm start` (after `npm run build`): opens Chromium with Isnad loaded on the bundled sample pages, served
 * from 127.0.0.1. With a display the browser stays open for you to use; without one ($DISPLAY unset) it
 * runs headless, prints what the popup shows for each page and saves screenshots under out/. Without
 * Chromium it says how to install it and still analyzes the sample pages with the CLI.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Worker } from "playwright-core";
import { analyzeHtml } from "../cli/commands/analyze.ts";
import type { PageAnalysis } from "../core/types.ts";
import {
  CHROMIUM_MISSING,
  findChromium,
  launchWithExtension,
  popupUrl,
  ROOT,
  SAMPLE_PAGES,
  serveDirectory,
  storedArticles,
  waitFor,
} from "./browser.ts";

const OUT = join(ROOT, "out");
const pages = readdirSync(SAMPLE_PAGES)
  .filter((f) => f.endsWith(".html"))
  .sort();

/** The id of the tab in front: ids are visible without the "tabs" permission, URLs are not. */
async function frontTabId(worker: Worker): Promise<number | null> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
}

function rule(title: string): string {
  return `\n── ${title} ${"─".repeat(Math.max(3, 72 - title.length))}`;
}

async function inBrowser(executablePath: string): Promise<void> {
  const headless = !process.env.DISPLAY;
  const server = await serveDirectory(SAMPLE_PAGES);
  const ext = await launchWithExtension({ executablePath, headless });
  console.log(`Chromium ${headless ? "(headless, no $DISPLAY)" : "(window)"} with Isnad ${ext.extensionId}`);
  console.log(`sample pages on ${server.origin}/`);
  mkdirSync(OUT, { recursive: true });
  try {
    for (const file of pages) {
      const name = basename(file, ".html");
      const url = `${server.origin}/${file}`;
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: "domcontentloaded" });
      await page.bringToFront();
      const tabId = await frontTabId(ext.worker);
      // The CLI's verdict on the same file says whether a record should appear: wait for it only then.
      const expectStored = analyzeHtml(readFileSync(join(SAMPLE_PAGES, file), "utf8"), url).isNewsArticle;
      const stored = await waitFor(
        async () => {
          const found = await storedArticles(ext.worker, url);
          return found.length ? found : null;
        },
        expectStored ? 8000 : 500,
      );
      await page.screenshot({ path: join(OUT, `${name}.page.png`) });
      console.log(rule(file));
      if (tabId === null) {
        console.log("(could not tell the tab id)");
        continue;
      }
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(popupUrl(ext.extensionId, tabId));
      await popup
        .locator(stored ? ".article .title" : ".status.empty-page")
        .first()
        .waitFor({ timeout: 5000 });
      const shown = await popup.locator("main > :not(.toolbar)").allInnerTexts();
      console.log(shown.join("\n").trim());
      await popup.screenshot({ path: join(OUT, `${name}.popup.png`), fullPage: true });
      if (headless) await Promise.all([popup.close(), page.close()]);
    }
    console.log(`\nscreenshots: ${OUT}/<page>.page.png and <page>.popup.png`);
    if (!headless) {
      console.log("The browser stays open: click the Isnad icon on a page. Close the window (or Ctrl+C) to stop.");
      await new Promise<void>((done) => {
        ext.context.on("close", () => done());
        process.once("SIGINT", () => done());
      });
    }
  } finally {
    await ext.close().catch(() => {});
    await server.close();
  }
}

/** A readable summary of one analysis, as the popup would show it. */
export function summarize(analysis: PageAnalysis): string {
  const lines = [
    `language: ${analysis.language.code ?? "?"} (Arabic ratio ${analysis.language.arabicRatio.toFixed(2)})`,
  ];
  if (!analysis.isNewsArticle) lines.push("not an Arabic news article: nothing would be stored");
  analysis.articles.forEach((article, i) => {
    if (analysis.articles.length > 1) lines.push(`[article ${i + 1} of ${analysis.articles.length}]`);
    lines.push(article.title, `${article.outlet ?? "unknown outlet"} · ${article.publishedAt ?? "unknown date"}`);
    lines.push(`quotes: ${article.quotes.length} · speakers: ${article.speakers.length}`);
    const names = new Map(article.speakers.map((s) => [s.id, s]));
    for (const quote of article.quotes) {
      const speaker = quote.speakerId ? names.get(quote.speakerId) : undefined;
      const who = speaker ? `${speaker.name}${speaker.title ? ` (${speaker.title})` : ""}` : "unnamed";
      const words = quote.text.length > 160 ? `${quote.text.slice(0, 160)}…` : quote.text;
      lines.push(`  • ${who} — ${quote.kind}${quote.cue ? `, ${quote.cue}` : ""}: ${words.replace(/\s+/g, " ")}`);
    }
  });
  return lines.join("\n");
}

function withCli(): number {
  const files = pages.map((f) => join(SAMPLE_PAGES, f));
  console.log(`\nAnalyzing the sample pages with the CLI instead: npx isnad analyze … --jsonl`);
  const run = spawnSync(process.execPath, [join(ROOT, "src/cli/isnad.mjs"), "analyze", ...files, "--jsonl"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.stderr) process.stderr.write(run.stderr);
  for (const line of run.stdout.split("\n").filter(Boolean)) {
    const analysis = JSON.parse(line) as PageAnalysis;
    console.log(rule(basename(analysis.input ?? "?")));
    console.log(summarize(analysis));
  }
  return run.status ?? 1;
}

const chromium = findChromium();
if (chromium) {
  await inBrowser(chromium);
} else {
  console.log(CHROMIUM_MISSING);
  process.exitCode = withCli();
}
