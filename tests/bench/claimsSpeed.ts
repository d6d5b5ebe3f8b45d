import { readFileSync, writeFileSync } from "node:fs";
import { findClaims } from "../../src/core/claims/index.ts";
import { findQuotes } from "../../src/core/quotes/index.ts";
const lines = readFileSync("/work/shared/corpus/saudinewsnet/2015-07-22.jsonl", "utf8").split("\n").filter(Boolean).slice(0, 200);
const recs = lines.map((l) => JSON.parse(l));
const titles = recs.map((r) => String(r.title ?? ""));
const texts = recs.map((r) => String(r.content ?? "").split(/\n+|\s{3,}/).map((s) => s.trim()).filter(Boolean).join("\n\n"));
const fq: any = findQuotes;
const qs = texts.map((t, i) => fq({ title: titles[i], text: t }));
const inputs = texts.map((t, i) => ({ text: t, quotes: qs[i].quotes ?? [], speakers: qs[i].speakers ?? [] }));
const out: string[] = [];
for (let r = 0; r < 2; r++) { for (const x of inputs) findClaims(x); for (let i = 0; i < texts.length; i++) fq({ title: titles[i], text: texts[i] }); }
const R = 5;
// CPU time of this process (user + system), steadier than wall time on a machine shared with other jobs.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t0 = performance.now();
let u0 = cpuMs();
for (let r = 0; r < R; r++) for (const x of inputs) out.push(JSON.stringify(findClaims(x).length));
const c = (performance.now() - t0) / R / inputs.length;
const cc = (cpuMs() - u0) / R / inputs.length;
t0 = performance.now();
u0 = cpuMs();
for (let r = 0; r < R; r++) for (let i = 0; i < texts.length; i++) fq({ title: titles[i], text: texts[i] });
const q = (performance.now() - t0) / R / texts.length;
const qc = (cpuMs() - u0) / R / texts.length;
console.log(`cpu: claims ${cc.toFixed(2)} ms/article quotes ${qc.toFixed(2)} ms/article ratio ${(cc / qc).toFixed(2)}`);
const chars = texts.reduce((a, t) => a + t.length, 0) / texts.length;
console.log(`avg chars ${chars.toFixed(0)} claims ${c.toFixed(2)} ms/article quotes ${q.toFixed(2)} ms/article ratio ${(c / q).toFixed(2)}`);
if (process.argv[2]) { writeFileSync(process.argv[2], JSON.stringify(inputs.map((x) => findClaims(x)))); }
