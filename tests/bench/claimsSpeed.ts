/**
 * Speed of the claims stage next to the quotes stage, on real articles: the first N records of one
 * SaudiNewsNet day, `content` split into paragraphs (newlines, 3+ spaces) and joined with "\n\n" as
 * articleText does. Prints wall time and CPU time of this process (steadier on a shared machine) per article.
 * Usage: npx tsx tests/bench/claimsSpeed.ts [--n 200] [--rounds 5] [--verify]
 *   --verify  also checks, on every candidate span and sub-clause, that the article token index gives the
 *             same tokens and reasons as re-keying the span's text (the index's promise, see match.ts).
 */
import { readFileSync } from "node:fs";
import { candidateSpans, innerPieces } from "../../src/core/claims/clauses.ts";
import { findClaims } from "../../src/core/claims/index.ts";
import { ArticleTokens, tokensOf } from "../../src/core/claims/match.ts";
import { detectReasons } from "../../src/core/claims/reasons.ts";
import { findQuotes } from "../../src/core/quotes/index.ts";

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = opt("--n", 200);
const ROUNDS = opt("--rounds", 5);

const records = readFileSync("../shared/corpus/saudinewsnet/2015-07-22.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .slice(0, N)
  .map((l) => JSON.parse(l) as { title?: string; content?: string });
const articles = records.map((r) => ({
  title: String(r.title ?? ""),
  text: String(r.content ?? "")
    .split(/\n+|\s{3,}/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join("\n\n"),
}));
const inputs = articles.map((a) => ({ text: a.text, ...findQuotes(a) }));

if (args.includes("--verify")) {
  let spans = 0;
  let bad = 0;
  for (const { text } of articles) {
    const index = new ArticleTokens(text);
    for (const s of candidateSpans(text)) {
      for (const p of [s, ...innerPieces(text, s)]) {
        spans++;
        const same =
          index.tokensIn(p.start, p.end).join(" ") === tokensOf(p.text).join(" ") &&
          JSON.stringify(detectReasons(p.text, {}, index.view(p.start, p.end))) ===
            JSON.stringify(detectReasons(p.text));
        if (!same && bad++ < 5) console.log("differs:", p.text.slice(0, 80));
      }
    }
  }
  console.log(`verify: ${spans} spans, ${bad} differ`);
}

/** CPU time of this process (user + system), in ms. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function time(run: () => void): { wall: number; cpu: number } {
  const w0 = performance.now();
  const c0 = cpuMs();
  for (let r = 0; r < ROUNDS; r++) run();
  const n = ROUNDS * articles.length;
  return { wall: (performance.now() - w0) / n, cpu: (cpuMs() - c0) / n };
}
const claims = () => {
  for (const x of inputs) findClaims(x);
};
const quotes = () => {
  for (const a of articles) findQuotes(a);
};
// Warm-up: compile, fill the caches.
claims();
quotes();
claims();
quotes();
const c = time(claims);
const q = time(quotes);
const chars = articles.reduce((n, a) => n + a.text.length, 0) / articles.length;
console.log(`${articles.length} articles, avg ${chars.toFixed(0)} chars, ${ROUNDS} rounds`);
console.log(
  `wall ms/article: claims ${c.wall.toFixed(2)}  quotes ${q.wall.toFixed(2)}  ratio ${(c.wall / q.wall).toFixed(2)}`,
);
console.log(
  `cpu  ms/article: claims ${c.cpu.toFixed(2)}  quotes ${q.cpu.toFixed(2)}  ratio ${(c.cpu / q.cpu).toFixed(2)}`,
);
