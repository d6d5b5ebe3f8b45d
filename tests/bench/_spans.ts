import { readFileSync } from "node:fs";
import { candidateSpans } from "/work/main/src/core/claims/clauses.ts";
import { articleScore } from "/work/main/src/core/claims/score.ts";
const c = JSON.parse(readFileSync("/tmp/claims-cache.json", "utf8"));
const a = c[process.argv[2]].articles[Number(process.argv[3] ?? 0)];
candidateSpans(a.text).forEach((s, i) => { const r = articleScore(s.text, { lead: i === 0 }, 0); console.log(r.score.toFixed(2), s.text.split(/\s+/).length, r.reasons.join(","), "|", s.text.slice(0, 110)); });
