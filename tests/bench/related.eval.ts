/**
 * Development bench for related coverage: the same scoring as ../shared/eval/related.mjs, in process,
 * with per-story figures and the misses, plus query timing.
 * Run: npx tsx tests/bench/related.eval.ts [--verbose] [--set key=value …] (RANKING weights override)
 */
import { readFileSync } from "node:fs";
import { type ArticleRecord, recordToInput } from "../../src/cli/commands/related.ts";
import { analyzeArticle } from "../../src/core/analyze.ts";
import { RANKING, RelatedIndex } from "../../src/related/index.ts";

const corpus = "../shared/corpus/saudinewsnet";
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
args.forEach((a, i) => {
  if (a !== "--set") return;
  const [k, v] = args[i + 1].split("=");
  (RANKING as Record<string, number>)[k] = Number(v);
});
const records: ArticleRecord[] = readFileSync(`${corpus}/2015-07-22.jsonl`, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const titles = new Map(records.map((r) => [r.url, r.title ?? ""]));
const stories: {
  story: string;
  members: string[];
  hardNegatives: string[];
  quoteVariants?: { variants: { url: string }[] }[];
}[] = JSON.parse(readFileSync(`${corpus}/stories.json`, "utf8"));
const index = new RelatedIndex();
for (const r of records) index.add({ id: r.url, url: r.url, article: analyzeArticle(recordToInput(r)) });

let rp = 0;
let n = 0;
let neg = 0;
let negT = 0;
let vp = 0;
let vl = 0;
const times: number[] = [];
for (const s of stories) {
  let srp = 0;
  const members = new Set(s.members);
  for (const q of s.members) {
    const t = performance.now();
    const res = index.query(q, { top: 30 });
    times.push(performance.now() - t);
    const ranked = res.map((r) => r.id);
    const k = s.members.length - 1;
    const hit = ranked.slice(0, k).filter((u) => members.has(u)).length / k;
    srp += hit;
    for (const h of s.hardNegatives) {
      negT++;
      const i = ranked.indexOf(h);
      if (i >= 0 && i < k) neg++;
    }
    if (verbose && hit < 1) {
      console.log(`  Q ${titles.get(q)?.slice(0, 70)}`);
      for (const [i, r] of res.slice(0, k + 2).entries()) {
        const mark = members.has(r.id) ? "+" : s.hardNegatives.includes(r.id) ? "N" : "-";
        const line = `${r.score.toFixed(3)} ${r.why.similarity.toFixed(3)} ${titles.get(r.id)?.slice(0, 60)}`;
        console.log(`    ${i < k ? "*" : " "}${mark} ${line}`);
      }
      for (const m of s.members)
        if (m !== q && !ranked.slice(0, k).includes(m))
          console.log(`    missing #${ranked.indexOf(m)} ${titles.get(m)?.slice(0, 60)}`);
    }
  }
  rp += srp;
  n += s.members.length;
  for (const g of s.quoteVariants ?? [])
    for (const a of g.variants)
      for (const b of g.variants) {
        if (a.url === b.url) continue;
        vp++;
        const hit = index.query(a.url, { top: 30 }).find((r) => r.id === b.url);
        if (hit && hit.why.sharedQuotes.length > 0) vl++;
      }
  console.log(`${(srp / s.members.length).toFixed(3)} ${s.story.slice(0, 80)}`);
}
times.sort((a, b) => a - b);
console.log(
  `R-precision ${(rp / n).toFixed(3)}, hard negatives ${(neg / negT).toFixed(3)}, quote variants ${(vl / vp).toFixed(3)} of ${vp}, query p50 ${times[times.length >> 1].toFixed(2)} ms`,
);
