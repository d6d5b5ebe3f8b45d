/**
 * Claims: the statements of an article worth checking, ranked, each with the reasons it was picked and
 * any consistency problem the article itself reveals. Candidates are the sentences and clauses of the
 * body and of its quotes (clauses.ts); each is scored (score.ts), the best are kept, and flagged ones
 * (flags.ts) always are.
 */
import type { Claim, ClaimType, Quote, Speaker } from "../types.ts";
import { candidateSpans, innerPieces, isFrameBefore, type Span, splitSentences } from "./clauses.ts";
import { attributionFlags, type ConsistencyFlag, magnitudeFlags } from "./flags.ts";
import { ArticleTokens, tokensOf } from "./match.ts";
import { articleScore } from "./score.ts";

export { type SentenceScore, scoreSentence } from "./score.ts";

/** What findClaims reads: the article text and what the quotes stage found in it. */
export interface ClaimInput {
  text: string;
  quotes: Quote[];
  speakers: Speaker[];
}

/** A claim with the explanation of its flags (extra field, ignored by consumers that do not know it). */
export interface ClaimWithNotes extends Claim {
  /** One line per flag, saying what disagrees with what. */
  notes?: string[];
}

/** How claims are picked from an article's candidates (defaults tuned on the dev pages, coarsely). */
export interface FindClaimsOptions {
  /** Keep claims scoring at least this. Below it a statement is background, not a claim. */
  minScore: number;
  /** At most this share of an article's candidates (and never more than maxClaims). */
  maxShare: number;
  /**
   * At most this many claims per square root of the article's candidate count. Hand-made gold lists grow
   * with an article's length, but more slowly than it: about 3 for a 4-paragraph brief, 10 for a long report.
   */
  perRootCandidate: number;
  /** Weight of the learned model next to the rules, in logit units. */
  modelWeight: number;
  /** Never more than this many unflagged claims per article: fact-checkers read the top of the list. */
  maxClaims: number;
}

export const DEFAULT_OPTIONS: FindClaimsOptions = {
  minScore: 0.4,
  maxShare: 0.5,
  perRootCandidate: 1.5,
  modelWeight: 0.3,
  maxClaims: 12,
};
const MIN_CLAIMS = 3;
/** Chunks of at least this many words may be narrowed to the clause holding their checkable content. */
const TIGHTEN_WORDS = 16;
/** How much score the narrowed clause may lose against the whole chunk (the n-gram model shifts a little with length). */
const TIGHTEN_SLACK = 0.02;
/** A flagged statement is exactly what a fact-checker wants first. */
const FLAGGED_SCORE = 0.95;

/** The claim's type, from the strongest reason. */
export function claimType(reasons: readonly string[]): ClaimType {
  const has = (r: string) => reasons.includes(r);
  if (has("causal")) return "causal";
  if (has("number") || has("percentage") || has("money")) return "quantity";
  if (has("comparison") || has("superlative")) return "comparison";
  if (has("prediction")) return "prediction";
  if (has("attributed")) return "attributed";
  return "event";
}

/** The quote a span sits in: the one overlapping it most, if it covers at least half the span. */
function quoteOf(span: Span, quotes: readonly Quote[]): Quote | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  for (const q of quotes) {
    if (q.start < 0) continue;
    const overlap = Math.min(span.end, q.end) - Math.max(span.start, q.start);
    if (overlap > bestOverlap) {
      best = q;
      bestOverlap = overlap;
    }
  }
  return best && bestOverlap * 2 >= span.end - span.start ? best : null;
}

/** Tokens of speakers' names (three letters or more), to recognise named actors. */
function speakerTokens(speakers: readonly Speaker[]): Set<string> {
  const out = new Set<string>();
  for (const s of speakers) for (const t of tokensOf([s.name, ...s.aliases].join(" "))) if (t.length >= 3) out.add(t);
  return out;
}

/** A candidate statement with its score, reasons, quote and flags. */
export interface Scored {
  span: Span;
  /** Match-key tokens of span.text. */
  tokens: string[];
  quote: Quote | null;
  score: number;
  reasons: string[];
  flags: ConsistencyFlag[];
}

/** Share of a's words found in b (match-key tokens): 1 when a is repeated inside b. */
function containment(ta: readonly string[], tb: ReadonlySet<string>): number {
  if (!ta.length) return 0;
  let n = 0;
  for (const t of ta) if (tb.has(t)) n++;
  return n / ta.length;
}

/** Articles repeat their lead further down; a statement already ranked higher is not listed twice. */
function dropRepeats(ranked: Scored[]): Scored[] {
  const out: Scored[] = [];
  const sets: Set<string>[] = [];
  for (const c of ranked) {
    if (sets.some((o) => containment(c.tokens, o) >= 0.8)) continue;
    out.push(c);
    sets.push(new Set(c.tokens));
  }
  return out;
}

/** Longest claim, in words, made by joining kept clauses of one sentence. */
const MAX_MERGED_WORDS = 30;

/**
 * Two kept clauses side by side in one sentence are one statement to check ("27 مليار دولار في 2015،
 * بزيادة 15%"): they are joined, keeping the higher score and both sets of reasons.
 */
function mergeNeighbours(text: string, kept: Scored[]): Scored[] {
  const byStart = [...kept].sort((a, b) => a.span.start - b.span.start);
  const merged: Scored[] = [];
  for (const c of byStart) {
    const prev = merged[merged.length - 1];
    const gap = prev ? text.slice(prev.span.end, c.span.start) : "";
    const words = prev ? text.slice(prev.span.start, c.span.end).split(/\s+/).length : 0;
    if (
      prev &&
      prev.span.sentence !== undefined &&
      prev.span.sentence === c.span.sentence &&
      /^[\s،,؛;]*$/.test(gap) &&
      words <= MAX_MERGED_WORDS &&
      (prev.quote?.id ?? null) === (c.quote?.id ?? null)
    ) {
      merged[merged.length - 1] = {
        tokens: [...prev.tokens, ...c.tokens],
        span: {
          start: prev.span.start,
          end: c.span.end,
          text: text.slice(prev.span.start, c.span.end),
          sentence: c.span.sentence,
        },
        quote: prev.quote,
        score: Math.max(prev.score, c.score),
        reasons: [...new Set([...prev.reasons, ...c.reasons])],
        flags: [...prev.flags, ...c.flags],
      };
    } else merged.push(c);
  }
  // Back to rank order: flagged first, then by score.
  return merged.sort((a, b) => Number(b.flags.length > 0) - Number(a.flags.length > 0) || b.score - a.score);
}

/**
 * How many unflagged claims an article with `candidates` candidate statements may list: about
 * perRootCandidate·√candidates, at most maxShare of them and maxClaims, and at least MIN_CLAIMS.
 */
export function claimLimit(candidates: number, options: FindClaimsOptions = DEFAULT_OPTIONS): number {
  const byLength = Math.min(candidates * options.maxShare, Math.sqrt(candidates) * options.perRootCandidate);
  return Math.min(options.maxClaims, Math.max(MIN_CLAIMS, Math.round(byLength)));
}

/** Every candidate statement of an article, scored, with the flags that fall on it (unranked, unfiltered). */
export function scoreCandidates(
  { text, quotes, speakers }: ClaimInput,
  options: FindClaimsOptions = DEFAULT_OPTIONS,
): Scored[] {
  // The article is tokenized and matched against the word lists once; every span reads from that.
  const index = new ArticleTokens(text);
  const sentences = splitSentences(text);
  const spans = candidateSpans(text, index, sentences);
  const flags: ConsistencyFlag[] = [
    ...attributionFlags(sentences, quotes, speakers, index),
    ...magnitudeFlags(spans, index),
  ];
  const names = speakerTokens(speakers);
  return spans.map((whole, i): Scored => {
    let span = whole;
    const quote = quoteOf(span, quotes);
    const context = {
      inQuote: !!quote,
      speakerTokens: names,
      lead: i === 0,
      frame: isFrameBefore(text, span, span.end, index),
    };
    let { score, reasons } = articleScore(
      span.text,
      context,
      options.modelWeight,
      undefined,
      index.view(span.start, span.end),
    );
    const mine = flags.filter((f) => f.start < whole.end && f.end > whole.start);
    // A long chunk whose checkable content sits in one clause is narrowed to that clause; a flagged chunk
    // is kept whole, so the words the flag is about stay in it, and so is a stance (its verb and its object
    // are one statement: narrowing would keep "أكد الوزير" and drop what makes it a stance).
    if (!mine.length && !reasons.includes("stance") && span.text.split(/\s+/).length >= TIGHTEN_WORDS) {
      const pieces = innerPieces(text, span, undefined, index);
      if (pieces.length > 1) {
        // A clause cut from an attributed statement is still someone's statement.
        const inner = { ...context, attributed: reasons.includes("attributed") };
        const best = pieces
          .map((p) => ({
            p,
            s: articleScore(
              p.text,
              { ...inner, frame: isFrameBefore(text, p, p.end, index) },
              options.modelWeight,
              undefined,
              index.view(p.start, p.end),
            ),
          }))
          .sort((a, b) => b.s.score - a.s.score)[0];
        if (best.s.score >= score - TIGHTEN_SLACK) {
          span = { ...best.p, sentence: span.sentence };
          score = best.s.score;
          reasons = best.s.reasons;
        }
      }
    }
    return { span, tokens: index.tokensIn(span.start, span.end), quote, score, reasons: [...reasons], flags: mine };
  });
}

/** Finds, scores and ranks the claims of one article. Offsets point into `text`. */
export function findClaims(input: ClaimInput, options: FindClaimsOptions = DEFAULT_OPTIONS): Claim[] {
  const { text } = input;
  const scored = scoreCandidates(input, options);
  const limit = claimLimit(scored.length, options);
  const ranked = scored
    .filter((c) => c.flags.length || (c.score >= options.minScore && !c.reasons.includes("short")))
    .sort((a, b) => Number(b.flags.length > 0) - Number(a.flags.length > 0) || b.score - a.score);
  const kept = dropRepeats(ranked).filter((c, i) => c.flags.length > 0 || i < limit);

  return mergeNeighbours(text, kept).map((c, i): ClaimWithNotes => {
    const flagNames = [...new Set(c.flags.map((f) => f.flag))];
    const reasons = [...c.reasons, ...new Set(c.flags.map((f) => f.reason))];
    const claim: ClaimWithNotes = {
      id: `c${i + 1}`,
      text: c.span.text,
      score: flagNames.length ? Math.max(c.score, FLAGGED_SCORE) : c.score,
      reasons,
      quoteId: c.quote?.id ?? null,
      start: c.span.start,
      end: c.span.end,
      type: claimType(c.reasons),
      flags: flagNames,
    };
    if (c.flags.length) claim.notes = c.flags.map((f) => f.note);
    return claim;
  });
}
