/**
 * `npm run bench:analysis` (../shared/spec/BENCH.md): page understanding against @mozilla/readability on
 * the same pages in the same run. Pages: the dev corpus and tests/fixtures/pages. Prints a row per page
 * while running and, as the LAST line, one JSON object. Measures; never fails on a number.
 *
 *   gateMs             looksArabic on body.textContent (the gate alone; textContentMs is reported apart)
 *   extractMs          extractPage on a freshly parsed document (parsing not counted)
 *   analyzeMs          extractPage + the core (analyzePage)
 *   readabilityParseMs new Readability(doc).parse() on a freshly parsed copy of the same page
 *   articlesPerSecond  the CLI's analyzeHtml (parse + extract + core) over the pages in a loop, one core
 * Times are medians over runs after a warm-up; page figures are then the median over pages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Readability } from "@mozilla/readability";
import { analyzeHtml } from "../../src/cli/commands/analyze.ts";
import { decodeHtml, parseDocument } from "../../src/cli/loadPage.ts";
import { analyzePage } from "../../src/core/analyze.ts";
import { looksArabic } from "../../src/core/language/gate.ts";
import { detectLanguage } from "../../src/core/language/index.ts";
import { extractPage } from "../../src/extract/index.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const DEV = join(here, "../../../shared/corpus/dev");
const FIXTURES = join(here, "../fixtures/pages");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const WARMUP = 2;

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;

interface Page {
  name: string;
  html: string;
}
const pages: Page[] = [];
const seen = new Set<string>();
try {
  for (const f of readdirSync(DEV)
    .filter((f) => f.endsWith(".html"))
    .sort()) {
    pages.push({ name: f.replace(/\.html$/, ""), html: decodeHtml(readFileSync(join(DEV, f))) });
    seen.add(f.replace(/\.html$/, ""));
  }
} catch {
  // The shared corpus is optional: the fixtures hold copies of it.
}
for (const d of readdirSync(FIXTURES).sort()) {
  if (seen.has(d)) continue;
  try {
    pages.push({ name: d, html: decodeHtml(readFileSync(join(FIXTURES, d, "source.html"))) });
  } catch {
    // a fixture directory without source.html
  }
}

function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Language group for the gate figures: ar/fa/ur from the text, else the page's declared language. */
function langGroup(html: string, doc: Document): string {
  const page = extractPage(doc, null);
  const code = detectLanguage(page.sampleText).code;
  if (code && code !== "other") return code;
  const declared = (html.match(/<html[^>]*\blang=["']?([a-z]{2})/i)?.[1] ?? "other").toLowerCase();
  return declared;
}

const gateByLang = new Map<string, number[]>();
const textContentByLang = new Map<string, number[]>();
const extractMs: number[] = [];
const analyzeMs: number[] = [];
const readabilityMs: number[] = [];
console.log("page                              lang  gateMs  textMs  extractMs analyzeMs readabilityMs ratio");
for (const page of pages) {
  const lang = langGroup(page.html, parseDocument(page.html));
  const gate: number[] = [];
  const text: number[] = [];
  const ex: number[] = [];
  const an: number[] = [];
  const rd: number[] = [];
  for (let run = 0; run < RUNS + WARMUP; run++) {
    const doc = parseDocument(page.html);
    let body = "";
    const tText = timeOnce(() => {
      body = doc.body?.textContent ?? "";
    });
    // The gate takes microseconds: repeat it to get above the timer's resolution.
    const REP = 200;
    let sink = 0;
    const tGate =
      timeOnce(() => {
        for (let i = 0; i < REP; i++) if (looksArabic(body)) sink++;
      }) / REP;
    if (sink < 0) console.log(sink);
    const docE = parseDocument(page.html);
    const tEx = timeOnce(() => extractPage(docE, null));
    const docA = parseDocument(page.html);
    const tAn = timeOnce(() => analyzePage(extractPage(docA, null)));
    const docR = parseDocument(page.html);
    const tRd = timeOnce(() => {
      try {
        new Readability(docR).parse();
      } catch {
        // Readability throws on some documents; the time spent still counts.
      }
    });
    if (run < WARMUP) continue;
    gate.push(tGate);
    text.push(tText);
    ex.push(tEx);
    an.push(tAn);
    rd.push(tRd);
  }
  const g = median(gate);
  const t = median(text);
  if (!gateByLang.has(lang)) {
    gateByLang.set(lang, []);
    textContentByLang.set(lang, []);
  }
  gateByLang.get(lang)?.push(g);
  textContentByLang.get(lang)?.push(t);
  extractMs.push(median(ex));
  analyzeMs.push(median(an));
  readabilityMs.push(median(rd));
  console.log(
    `${page.name.padEnd(34)}${lang.padEnd(6)}${r3(g).toFixed(4).padStart(7)} ${r3(t).toFixed(2).padStart(7)} ${median(ex).toFixed(2).padStart(9)} ${median(an).toFixed(2).padStart(9)} ${median(rd).toFixed(2).padStart(13)} ${(median(an) / Math.max(1e-9, median(rd))).toFixed(2).padStart(5)}`,
  );
}

// Batch throughput as the CLI runs it (parse + extract + core), one core, for about three seconds.
let articles = 0;
let analyzed = 0;
const t0 = performance.now();
while (performance.now() - t0 < 3000) {
  for (const page of pages) {
    articles += analyzeHtml(page.html, null).articles.length;
    analyzed++;
  }
}
const seconds = (performance.now() - t0) / 1000;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const gateMs: Record<string, number> = {};
const textContentMs: Record<string, number> = {};
for (const [lang, xs] of gateByLang) gateMs[lang] = r3(median(xs));
for (const [lang, xs] of textContentByLang) textContentMs[lang] = r3(median(xs));
const result = {
  pages: pages.length,
  gateMs,
  textContentMs,
  extractMs: r3(median(extractMs)),
  analyzeMs: r3(median(analyzeMs)),
  readabilityParseMs: r3(median(readabilityMs)),
  ratioVsReadability: r3(median(analyzeMs) / median(readabilityMs)),
  ratioVsReadabilityTotal: r3(sum(analyzeMs) / sum(readabilityMs)),
  extractRatioVsReadability: r3(median(extractMs) / median(readabilityMs)),
  articlesPerSecond: Math.round(articles / seconds),
  pagesPerSecond: Math.round(analyzed / seconds),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
console.log(JSON.stringify(result));
