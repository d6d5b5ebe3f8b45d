/**
 * Library bench (../shared/spec/BENCH.md): for libraries of 1000, 10000 and 100000 saved articles,
 * related-coverage and search latency, save time and bytes per article — in real Chromium IndexedDB
 * (the storage layer bundled and run inside the extension's service worker, driven through
 * worker.evaluate) and in Node with fake-indexeddb. Not part of npm test.
 *
 *   npm run bench:library                       both engines, default sizes
 *   npm run bench:library -- --engine chromium --sizes 1000,10000,100000
 *
 * Prints a row per run; the last line is one JSON object with every row.
 */
// The Node engine's IndexedDB (the Chromium runs use the browser's own).
import "fake-indexeddb/auto";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { type ArticleRecord, recordToInput } from "../../src/cli/commands/related.ts";
import { analyzeArticle } from "../../src/core/analyze.ts";
import { findChromium, launchWithExtension } from "../../src/dev/browser.ts";
import type { BenchMaterial, BenchRow } from "./libraryCore.ts";

const { values } = parseArgs({
  options: {
    engine: { type: "string", default: "both" },
    sizes: { type: "string" },
    "node-sizes": { type: "string", default: "1000,10000" },
    "chromium-sizes": { type: "string", default: "1000,10000,100000" },
    bases: { type: "string", default: "400" },
  },
});
const sizesOf = (s: string) =>
  s
    .split(",")
    .map(Number)
    .filter((x) => x > 0);

const records: ArticleRecord[] = readFileSync("../shared/corpus/saudinewsnet/2015-07-22.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const t0 = performance.now();
const bases = records.slice(0, Number(values.bases)).map((r) => analyzeArticle(recordToInput(r)));
const sentences = records
  .flatMap((r) => (r.content ?? "").split(/(?<=[.!؟])\s+|\n+/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 40 && s.length <= 400);
const material: BenchMaterial = { bases: bases.filter((a) => a.text.length > 200), sentences };
console.log(
  `material: ${material.bases.length} analyzed articles (${material.bases.reduce((n, a) => n + a.quotes.length, 0)} quotes), ${sentences.length} sentences, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

/** Resident memory of the processes this bench started (its Chromium's), MB: the largest one and their sum. */
function chromiumRss(): { max: number; total: number } {
  let max = 0;
  let total = 0;
  try {
    const rows = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" })
      .split("\n")
      .map((l) => l.trim().split(/\s+/).map(Number))
      .filter((r) => r.length === 3);
    const mine = new Set([process.pid]);
    // Descendants of this process (a child's pid can be listed before its parent's: repeat until stable).
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, ppid] of rows)
        if (mine.has(ppid) && !mine.has(pid)) {
          mine.add(pid);
          grew = true;
        }
    }
    for (const [pid, , kb] of rows)
      if (pid !== process.pid && mine.has(pid)) {
        max = Math.max(max, Math.round(kb / 1024));
        total += Math.round(kb / 1024);
      }
  } catch {
    // No ps: no samples.
  }
  return { max, total };
}

const rows: BenchRow[] = [];
const show = (r: BenchRow) =>
  console.log(
    `${r.engine.padEnd(14)} ${String(r.articles).padStart(6)} articles: related p50 ${r.relatedP50Ms} ms p95 ${r.relatedP95Ms} ms · related index ≈${r.relatedIndexMb} MB, search index ≈${r.searchIndexMb} MB, heap ${r.heapMb ?? "n/a"} MB · search p50 ${r.searchP50Ms} ms · save ${r.saveMs} ms · ${r.bytesPerArticle} B/article · insert ${r.insertS} s · build ${r.buildS} s · reload ${r.reloadS} s`,
  );

const engines = values.engine === "both" ? ["chromium", "node"] : [values.engine ?? "node"];

if (engines.includes("chromium")) {
  const chromium = findChromium();
  if (!chromium) console.log("chromium: not found (set $CHROMIUM); skipped");
  else {
    const bundle = await build({
      entryPoints: ["tests/bench/libraryBrowser.ts"],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "chrome120",
      write: false,
      logLevel: "error",
    });
    const code = bundle.outputFiles[0].text;
    const ext = await launchWithExtension({ executablePath: chromium });
    // Where the memory goes: the browser's processes' resident memory, sampled every second; each line the
    // worker logs is followed by the largest process's and the total's peak since the line before.
    const rss = { max: 0, total: 0 };
    const sample = setInterval(() => {
      const now = chromiumRss();
      rss.max = Math.max(rss.max, now.max);
      rss.total = Math.max(rss.total, now.total);
    }, 1000);
    try {
      ext.worker.on("console", (m) => {
        console.log(`${m.text()}  [rss peak: largest process ${rss.max} MB, all ${rss.total} MB]`);
        rss.max = 0;
        rss.total = 0;
      });
      await ext.worker.evaluate(code);
      await ext.worker.evaluate(
        (m) => (globalThis as unknown as { isnadBench: { setMaterial(x: unknown): number } }).isnadBench.setMaterial(m),
        material as unknown as Record<string, unknown>,
      );
      for (const n of sizesOf(values.sizes ?? values["chromium-sizes"] ?? "")) {
        const row = (await ext.worker.evaluate(
          (size) =>
            (globalThis as unknown as { isnadBench: { run(x: number): Promise<unknown> } }).isnadBench.run(size),
          n,
        )) as BenchRow;
        rows.push(row);
        show(row);
      }
    } finally {
      clearInterval(sample);
      await ext.close();
    }
  }
}

if (engines.includes("node")) {
  const { runSize } = await import("./libraryCore.ts");
  for (const n of sizesOf(values.sizes ?? values["node-sizes"] ?? "")) {
    const row = await runSize(material, n, "fake-indexeddb", (line) => console.log(line));
    rows.push(row);
    show(row);
  }
}

console.log(JSON.stringify({ rows }));
// The indexes' debounced snapshot timers would keep Node alive.
process.exit(0);
