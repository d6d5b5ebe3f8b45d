/**
 * Scale bench for the related index: a library of N synthetic articles recombined from the SaudiNewsNet
 * day (each keeps a real article's title, quotes and speakers, with paragraphs of others mixed in and a
 * date spread over 30 days), then query latency over 200 saved articles.
 * Run: node --expose-gc --import tsx tests/bench/related.bench.ts [N=10000]   (targets: p50 ≤ 20 ms at 10k, ≤ 100 ms at 100k)
 */
import { readFileSync } from "node:fs";
import { type ArticleRecord, recordToInput } from "../../src/cli/commands/related.ts";
import { analyzeArticle } from "../../src/core/analyze.ts";
import type { Article } from "../../src/core/types.ts";
import { RelatedIndex } from "../../src/related/index.ts";

const n = Number(process.argv[2] ?? 10_000);
const records: ArticleRecord[] = readFileSync("../shared/corpus/saudinewsnet/2015-07-22.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const base: Article[] = records.map((r) => analyzeArticle(recordToInput(r)));
const paragraphs = base.flatMap((a) => a.text.split("\n\n"));

// Deterministic pseudo-random numbers (mulberry32), so runs compare.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

// Run with --expose-gc for an honest heap figure.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const index = new RelatedIndex();
gc();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  const a = base[i % base.length];
  const extra = [pick(paragraphs), pick(paragraphs)];
  const day = Math.floor(rand() * 30) + 1;
  index.add({
    id: `doc${i}`,
    article: {
      ...a,
      text: [a.text, ...extra].join("\n\n"),
      publishedAt: `2015-07-${String(day).padStart(2, "0")}T10:00:00`,
    },
  });
}
const buildS = (performance.now() - t0) / 1000;
gc();
const heapMb = (process.memoryUsage().heapUsed - heap0 + process.memoryUsage().arrayBuffers) / 2 ** 20;
// First pass: cold (each candidate's norms computed once after the bulk build); second pass: warm,
// as in a library that has been queried before.
const pass = () => {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    index.query(`doc${(i * 7919) % n}`, { top: 30 });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
};
const cold = pass();
const warm = pass();
console.log(
  `${n} articles: index ${buildS.toFixed(1)} s (${((buildS * 1000) / n).toFixed(2)} ms/article), heap +${heapMb.toFixed(0)} MB, ` +
    `query p50 cold ${cold[100].toFixed(1)} ms, warm ${warm[100].toFixed(1)} ms (p95 ${warm[190].toFixed(1)} ms)`,
);
