/**
 * Scale bench for the related index: a library of N synthetic articles recombined from the SaudiNewsNet
 * day (each keeps a real article's title, quotes and speakers, with paragraphs of others mixed in and a
 * date spread over 30 days), then query latency over 200 saved articles.
 * Run: node --expose-gc --import tsx tests/bench/related.bench.ts [N=10000]   (targets: p50 ≤ 20 ms at 10k, ≤ 100 ms at 100k)
 *
 * The index is built as the extension's library builds it: from features computed beforehand (the
 * library keeps them in IndexedDB). The heap figure is the index's alone, measured after the features
 * objects were dropped.
 */
import { readFileSync } from "node:fs";
import { type ArticleRecord, recordToInput } from "../../src/cli/commands/related.ts";
import { analyzeArticle } from "../../src/core/analyze.ts";
import type { Article } from "../../src/core/types.ts";
import { articleFeatures } from "../../src/related/features.ts";
import { RelatedIndex } from "../../src/related/index.ts";
import { rng } from "../support/rng.ts";

const n = Number(process.argv[2] ?? 10_000);
const records: ArticleRecord[] = readFileSync("../shared/corpus/saudinewsnet/2015-07-22.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const base: Article[] = records.map((r) => analyzeArticle(recordToInput(r)));
/** The index takes precomputed features; the article itself is then not read. */
const EMPTY: Article = { ...base[0], title: "", text: "", speakers: [], quotes: [], claims: [] };
const paragraphs = base.flatMap((a) => a.text.split("\n\n"));

// Deterministic pseudo-random numbers, so runs compare.
const rand = rng(42);
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

// Run with --expose-gc for an honest heap figure.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const docs: { id: string; f: ReturnType<typeof articleFeatures> }[] = [];
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  const a = base[i % base.length];
  const extra = [pick(paragraphs), pick(paragraphs)];
  const day = Math.floor(rand() * 30) + 1;
  const f = articleFeatures({
    ...a,
    text: [a.text, ...extra].join("\n\n"),
    publishedAt: `2015-07-${String(day).padStart(2, "0")}T10:00:00`,
  });
  docs.push({ id: `doc${i}`, f });
}
const featuresS = (performance.now() - t0) / 1000;
gc();
const heap0 = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const t1 = performance.now();
const index = new RelatedIndex();
for (const d of docs) index.add({ id: d.id, article: EMPTY }, d.f);
// As the library does after loading: arenas without slack, norms computed.
index.trim();
docs.length = 0;
const buildS = (performance.now() - t1) / 1000;
gc();
// The features' term vectors were copied into the index's arenas and dropped with `docs`.
const heapMb = (process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heap0) / 2 ** 20;

// First pass: cold (each candidate's norms computed once after the bulk build); second pass: warm,
// as in a library that has been queried before.
const pass = async () => {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    index.query(`doc${(i * 7919) % n}`, { top: 30 });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
};
const cold = await pass();
const warm = await pass();
// What a restarted worker pays: the snapshot back into an index (IndexedDB's read not included).
const t2 = performance.now();
const snapshot = index.toSnapshot();
const toSnapshotS = (performance.now() - t2) / 1000;
const t3 = performance.now();
RelatedIndex.fromSnapshot(snapshot);
const fromSnapshotS = (performance.now() - t3) / 1000;
console.log(
  `${n} articles: features ${featuresS.toFixed(1)} s, index ${buildS.toFixed(1)} s (${((buildS * 1000) / n).toFixed(2)} ms/article), index heap +${heapMb.toFixed(0)} MB (estimated ${(index.estimateBytes() / 2 ** 20).toFixed(0)} MB), ` +
    `query p50 cold ${cold[100].toFixed(1)} ms, warm ${warm[100].toFixed(1)} ms (p95 ${warm[190].toFixed(1)} ms); snapshot ${toSnapshotS.toFixed(1)} s, from snapshot ${fromSnapshotS.toFixed(1)} s`,
);
