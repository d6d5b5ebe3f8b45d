/**
 * Scores quotes against a gold file with the matching rules of ../shared/eval/score.mjs (written for
 * the tests, same rules): texts compared after Arabic normalization, a prediction matches a gold quote
 * at token F1 ≥ 0.5 (one-to-one, best first), the speaker is right when its name or an alias shares the
 * gold name's last word (ال aside) or half its words; optional gold items neither count nor cost.
 */
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import type { Quote, Speaker } from "../../src/core/types.ts";

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

export function norm(s: string): string {
  return (s ?? "")
    .replace(DIACRITICS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const toks = (s: string) => norm(s).split(" ").filter(Boolean);

export function tokenF1(a: string, b: string): number {
  const ta = toks(a);
  const tb = toks(b);
  if (!ta.length || !tb.length) return 0;
  const count = new Map<string, number>();
  for (const t of tb) count.set(t, (count.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const c = count.get(t) ?? 0;
    if (c > 0) {
      common++;
      count.set(t, c - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

const bare = (t: string) => (t.length > 3 && t.startsWith("ال") ? t.slice(2) : t);

export function sameSpeaker(gold: string, names: string[]): boolean {
  const g = toks(gold).map(bare);
  for (const name of names) {
    const p = toks(name).map(bare);
    if (!p.length) continue;
    if (p.includes(g[g.length - 1] as string)) return true;
    const inter = p.filter((t) => g.includes(t)).length;
    if (inter / new Set([...p, ...g]).size >= 0.5) return true;
  }
  return false;
}

export interface GoldQuote {
  speaker: string;
  text: string;
  kind: string;
  optional?: boolean;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  f1: number;
  speakerAccuracy: number;
  misses: string[];
}

/** Attributed-quote score of predictions against gold quotes. */
export function scoreQuotes(gold: GoldQuote[], quotes: Quote[], speakers: Speaker[]): Score {
  const required = gold.filter((q) => !q.optional);
  const optional = gold.filter((q) => q.optional);
  const pairs: [number, number, number][] = [];
  required.forEach((g, gi) => {
    quotes.forEach((p, pi) => {
      const f = tokenF1(p.text, g.text);
      if (f >= 0.5) pairs.push([f, gi, pi]);
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
  const optUsed = new Set<number>();
  for (const g of optional) {
    let best = -1;
    let bestF = 0.5;
    quotes.forEach((p, pi) => {
      if (pUsed.has(pi) || optUsed.has(pi)) return;
      const f = tokenF1(p.text, g.text);
      if (f >= bestF) {
        bestF = f;
        best = pi;
      }
    });
    if (best >= 0) optUsed.add(best);
  }
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const misses: string[] = [];
  let attributed = 0;
  for (const [gi, pi] of gUsed) {
    const g = required[gi] as GoldQuote;
    const s = byId.get((quotes[pi] as Quote).speakerId ?? "");
    if (s && sameSpeaker(g.speaker, [s.name, ...s.aliases])) attributed++;
    else misses.push(`speaker: want ${g.speaker}, got ${s?.name ?? "none"}`);
  }
  required.forEach((g, gi) => {
    if (!gUsed.has(gi)) misses.push(`missed: ${g.speaker}: ${g.text.slice(0, 50)}`);
  });
  quotes.forEach((q, pi) => {
    if (!pUsed.has(pi) && !optUsed.has(pi)) misses.push(`extra: ${q.text.slice(0, 50)}`);
  });
  const extra = quotes.length - gUsed.size - optUsed.size;
  const tp = attributed;
  const fn = required.length - attributed;
  const fp = extra + (gUsed.size - attributed);
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return {
    tp,
    fp,
    fn,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    speakerAccuracy: gUsed.size ? attributed / gUsed.size : 0,
    misses,
  };
}

/** A test page's title and body text: <h1> and the <p> blocks joined with a blank line, as the core does. */
export function readPage(path: string): { title: string; text: string } {
  const { document } = parseHTML(readFileSync(path, "utf8"));
  const title = document.querySelector("h1")?.textContent?.trim() ?? "";
  const text = [...document.querySelectorAll("p")]
    .map((p) => (p.textContent ?? "").trim())
    .filter(Boolean)
    .join("\n\n");
  return { title, text };
}
