import { readFileSync } from "node:fs";
import { type ArticleRecord, recordToInput } from "./src/cli/commands/related.ts";
import { analyzeArticle } from "./src/core/analyze.ts";
import { synthesize } from "./tests/bench/libraryCore.ts";
import { RelatedIndex } from "./src/related/index.ts";
import { articleFeatures } from "./src/related/features.ts";
const records: ArticleRecord[] = readFileSync("../shared/corpus/saudinewsnet/2015-07-22.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const bases = records.slice(0, 150).map((r) => analyzeArticle(recordToInput(r))).filter(a=>a.text.length>200);
const sentences = records.flatMap((r) => (r.content ?? "").split(/(?<=[.!؟])\s+|\n+/)).filter((s) => s.length >= 40 && s.length <= 400);
const m = { bases, sentences };
const idx = new RelatedIndex();
const feats = [];
for (let i = 0; i < 1000; i++) { const p = synthesize(m, i); const f = articleFeatures(p.analysis.articles[0]); feats.push(f); idx.add({ id: `d${i}`, article: p.analysis.articles[0] }, f); }
const times = [];
for (let q = 0; q < 100; q++) { const t = performance.now(); idx.query(`d${(q * 37) % 1000}`, { top: 20 }); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log("pure query p50", times[50], "p95", times[95]);
const f = feats[0];
console.log("terms", f.terms.ids.length, "quotes", f.quotes.length, JSON.stringify(f, (_k,v)=> v instanceof Set ? [...v] : ArrayBuffer.isView(v) ? Array.from(v) : v).length);
