/**
 * Where the library's memory goes, in Node (no IndexedDB): the search index (LibraryIndex) alone over N
 * synthesized articles (the library bench's articles, libraryCore.ts), its snapshot, and the related
 * index alone from the same articles' features.
 *   node --expose-gc --import tsx tests/bench/libraryMemory.ts search 10000
 *   node --expose-gc --import tsx tests/bench/libraryMemory.ts related 10000
 */
import { readFileSync } from "node:fs";
import { type ArticleRecord, recordToInput } from "../../src/cli/commands/related.ts";
import { analyzeArticle } from "../../src/core/analyze.ts";
import { recordsFromAnalysis } from "../../src/library/records.ts";
import { LibraryIndex } from "../../src/library/search.ts";
import { pageKey } from "../../src/storage/pages.ts";
import { type BenchMaterial, synthesize } from "./libraryCore.ts";

const [what = "search", size = "10000", basesArg = "2050"] = process.argv.slice(2);
const n = Number(size);
const records: ArticleRecord[] = readFileSync("../shared/corpus/saudinewsnet/2015-07-22.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const bases = records.slice(0, Number(basesArg)).map((r) => analyzeArticle(recordToInput(r)));
const sentences = records
  .flatMap((r) => (r.content ?? "").split(/(?<=[.!؟])\s+|\n+/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 40 && s.length <= 400);
const m: BenchMaterial = { bases: bases.filter((a) => a.text.length > 200), sentences };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mem = () => {
  gc();
  const u = process.memoryUsage();
  return (u.heapUsed + u.arrayBuffers) / 2 ** 20;
};
const now = new Date("2015-08-01T00:00:00Z");
const h0 = mem();
const t0 = performance.now();
if (what === "search") {
  const index = LibraryIndex.create();
  let quotes = 0;
  let claims = 0;
  for (let i = 0; i < n; i++) {
    const page = synthesize(m, i);
    const r = recordsFromAnalysis({ ...page.analysis, url: pageKey(page.url) }, now);
    quotes += r.quotes.length;
    claims += r.claims.length;
    index.indexArticle({ article: r.articles[0], quotes: r.quotes, claims: r.claims });
  }
  const buildS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  index.compact();
  const compactS = (performance.now() - t1) / 1000;
  const h1 = mem();
  const t2 = performance.now();
  const snapshot = index.toSnapshot();
  const snapshotMs = performance.now() - t2;
  const cloned = structuredClone(snapshot);
  const t3 = performance.now();
  const restored = LibraryIndex.fromSnapshot(cloned);
  const restoreMs = performance.now() - t3;
  const queries = ["الحكومة السعودية", "وزير الخارجية", "النفط", "قال الرئيس"];
  const same = queries.every(
    (q) => JSON.stringify(restored.search(q, {}, { limit: 50 })) === JSON.stringify(index.search(q, {}, { limit: 50 })),
  );
  const times: number[] = [];
  const words = m.sentences.flatMap((x) => x.split(/\s+/)).filter((w) => w.length >= 4);
  for (let q = 0; q < 50; q++) {
    const query = `${words[(q * 7919) % words.length]} ${words[(q * 104729) % words.length]}`;
    const t = performance.now();
    index.search(query, {}, { limit: 50, combine: "or" });
    times.push(performance.now() - t);
    if (performance.now() - t > 20)
      console.log(`  slow: ${query} ${(performance.now() - t).toFixed(0)} ms (query ${q})`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `search ${n}: ${quotes} quotes, ${claims} claims, ${index.size} docs, ${JSON.stringify(index.postingCounts())}; build ${buildS.toFixed(1)} s (+ compact ${compactS.toFixed(1)} s), heap +${(h1 - h0).toFixed(0)} MB (estimated ${(index.estimateBytes() / 2 ** 20).toFixed(0)} MB); snapshot ${snapshotMs.toFixed(0)} ms, restore ${restoreMs.toFixed(0)} ms, same results ${same}; search p50 ${times[25].toFixed(1)} ms p95 ${times[47].toFixed(1)} ms; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
}
