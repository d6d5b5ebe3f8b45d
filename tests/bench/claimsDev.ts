/**
 * Claims on the dev pages, article by article: which gold claims were found, missed, and what extra
 * claims came out. The same matching as ../shared/eval/score.mjs (token F1 ≥ 0.5, one-to-one, best first).
 * Usage: npx tsx tests/bench/claimsDev.ts [--corpus DIR] [--quiet]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyzeHtml } from "../../src/cli/commands/analyze.ts";
import { candidateSpans } from "../../src/core/claims/clauses.ts";
import {
  type ClaimInput,
  DEFAULT_OPTIONS,
  type FindClaimsOptions,
  findClaims,
  scoreCandidates,
} from "../../src/core/claims/index.ts";
import { RULE_WEIGHTS } from "../../src/core/claims/score.ts";
import { tokenF1 } from "../unit/quotes.score.ts";

const args = process.argv.slice(2);
const corpusArg = args.indexOf("--corpus");
const corpus = resolve(corpusArg >= 0 ? args[corpusArg + 1] : "../shared/corpus/dev");
const quiet = args.includes("--quiet");
/** --cache FILE keeps the analyzed pages, so tuning the claims stage is not disturbed by other stages' work. */
const cacheArg = args.indexOf("--cache");
const cacheFile = cacheArg >= 0 ? args[cacheArg + 1] : null;
const cache: Record<string, ReturnType<typeof analyzeHtml>> = cacheFile && existsSync(cacheFile)
  ? JSON.parse(readFileSync(cacheFile, "utf8"))
  : {};
/** --set minScore=0.6,perRootCandidate=1.3 re-runs the claims stage with other options (tuning). */
const setArg = args.indexOf("--set");
const options: FindClaimsOptions = { ...DEFAULT_OPTIONS };
/** --w attributed=0.2,lead=1 overrides rule weights (tuning). */
const wArg = args.indexOf("--w");
if (wArg >= 0)
  for (const kv of args[wArg + 1].split(",")) {
    const [k, v] = kv.split("=");
    (RULE_WEIGHTS as Record<string, number>)[k] = Number(v);
  }
if (setArg >= 0)
  for (const kv of args[setArg + 1].split(",")) {
    const [k, v] = kv.split("=");
    (options as unknown as Record<string, number>)[k] = Number(v);
  }

function match<G extends { text: string }, P extends { text: string }>(gold: G[], pred: P[], th: number) {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const f = tokenF1(p.text, g.text);
      if (f >= th) pairs.push([f, gi, pi]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.set(gi, pi);
    pUsed.add(pi);
  }
  return gUsed;
}

/** For a missed claim: the candidate closest to it, scored in its article (segmentation or ranking problem?). */
function bestCandidate(article: ClaimInput, gold: string): string {
  const all = scoreCandidates(article, options);
  const order = [...all].sort((a, b) => b.score - a.score);
  let best = { f: 0, text: "", score: 0, rank: 0, reasons: "" };
  for (const c of all) {
    const f = tokenF1(c.span.text, gold);
    if (f > best.f)
      best = { f, text: c.span.text, score: c.score, rank: order.indexOf(c) + 1, reasons: c.reasons.join(",") };
  }
  return `\n         best candidate F1 ${best.f.toFixed(2)} score ${best.score.toFixed(2)} rank ${best.rank}/${all.length} [${best.reasons}]: ${best.text.slice(0, 100)}`;
}

interface GoldClaim {
  text: string;
  optional?: boolean;
  flag?: string;
}
let tp = 0;
let fp = 0;
let fn = 0;
for (const file of readdirSync(corpus)
  .filter((f) => f.endsWith(".gold.json"))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(corpus, file), "utf8"));
  if (!gold.articles?.length) continue;
  cache[gold.page] ??= analyzeHtml(readFileSync(join(corpus, gold.page), "utf8"), null);
  const out = cache[gold.page];
  for (const a of out.articles) a.claims = findClaims(a, options);
  const arts = match(
    gold.articles.map((a: { title: string }) => ({ text: a.title })),
    out.articles.map((a) => ({ text: a.title })),
    0.6,
  );
  gold.articles.forEach((ga: { title: string; claims?: GoldClaim[] }, gi: number) => {
    const pa = arts.has(gi) ? out.articles[arts.get(gi) as number] : null;
    const required = (ga.claims ?? []).filter((c) => !c.optional);
    const optional = (ga.claims ?? []).filter((c) => c.optional);
    const pred = pa?.claims ?? [];
    const m = match(required, pred, 0.5);
    const used = new Set(m.values());
    const mo = match(
      optional,
      pred.filter((_, i) => !used.has(i)),
      0.5,
    );
    const extra = pred.length - m.size - mo.size;
    tp += m.size;
    fn += required.length - m.size;
    fp += Math.max(0, extra);
    const nSpans = pa ? candidateSpans(pa.text).length : 0;
    if (quiet) {
      if (args.includes("--counts"))
        console.log(
          `${gold.page.slice(0, 14)} spans ${nSpans} pred ${pred.length} gold ${required.length} tp ${m.size}`,
        );
      return;
    }
    console.log(`\n== ${gold.page} | ${ga.title.slice(0, 60)} ${pa ? "" : "(ARTICLE NOT FOUND)"} spans ${nSpans}`);
    required.forEach((g, i) => {
      const p = m.has(i) ? pred[m.get(i) as number] : null;
      console.log(
        p
          ? `  HIT  ${p.quoteId ? "Q" : " "}${p.score.toFixed(2)} [${p.reasons.join(",")}]${p.flags?.length ? ` FLAGS ${p.flags}` : ""}${g.flag ? " (gold flag)" : ""} ${g.text.slice(0, 70)}`
          : `  MISS ${g.flag ? "(gold flag) " : ""}${g.text.slice(0, 90)}${pa ? bestCandidate(pa, g.text) : ""}`,
      );
    });
    const optUsed = new Set([...mo.values()].map((i) => pred.filter((_, k) => !used.has(k))[i]));
    pred.forEach((p, i) => {
      if (!used.has(i) && !optUsed.has(p))
        console.log(
          `  XTRA ${p.quoteId ? "Q" : " "}${p.score.toFixed(2)} [${p.reasons.join(",")}] ${p.text.slice(0, 90)}`,
        );
    });
  });
}
if (cacheFile) writeFileSync(cacheFile, JSON.stringify(cache));
const P = tp / (tp + fp || 1);
const R = tp / (tp + fn || 1);
console.log(
  `\nclaims P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R || 1)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`,
);
