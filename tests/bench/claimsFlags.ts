/**
 * How often the consistency flags fire on ordinary news: every SaudiNewsNet record of
 * ../shared/corpus/saudinewsnet/*.jsonl through findClaims (no quotes stage), printing each flagged claim
 * and, as the last line, {"articles","claims","flagged","msPerArticle"}. A flag on ordinary copy is most
 * likely a false alarm, so this is the false-flag check of flags.ts.
 * Usage: npx tsx tests/bench/claimsFlags.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ClaimWithNotes, findClaims } from "../../src/core/claims/index.ts";

const dir = "../shared/corpus/saudinewsnet";
let articles = 0;
let claims = 0;
let flagged = 0;
const t0 = performance.now();
for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
  for (const line of readFileSync(join(dir, file), "utf8").split("\n").filter(Boolean)) {
    const record = JSON.parse(line);
    // Paragraphs are separated by newlines or runs of three or more spaces (../shared/spec/ANALYSIS.md).
    const text = String(record.content ?? "")
      .split(/\n|\s{3,}/)
      .map((s) => s.trim())
      .filter(Boolean)
      .join("\n\n");
    const found = findClaims({ text, quotes: [], speakers: [] }) as ClaimWithNotes[];
    articles++;
    claims += found.length;
    for (const c of found) {
      if (!c.flags?.length) continue;
      flagged++;
      console.log(`${c.flags.join(",")}: ${c.notes?.[0] ?? ""} | ${c.text.slice(0, 120)}`);
    }
  }
}
const msPerArticle = Math.round(((performance.now() - t0) / Math.max(1, articles)) * 100) / 100;
console.log(JSON.stringify({ articles, claims, flagged, msPerArticle }));
