/**
 * Sentences and clauses of an article's text. Sentences end at . ! ؟ ? … and at line breaks, but
 * never inside a pair of quotation marks, so a quote that runs over sentences or paragraphs stays in
 * one sentence. Clauses are separated by ، ؛ , ; inside a sentence. Offsets are UTF-16 into the text.
 */
import { type Token, tokenize } from "../normalize/tokens.ts";
import { type MarkPair, pairMarks } from "./marks.ts";

export type { MarkPair } from "./marks.ts";
export { pairMarks } from "./marks.ts";

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A sentence as token indices [first, last) plus its character span. */
export interface TokenSentence {
  first: number;
  last: number;
  start: number;
  end: number;
}

const TERMINAL = new Set([".", "!", "؟", "?", "…", "۔"]);
/** Blocks of an article's body are joined with a blank line, so paragraph breaks stay visible. */
export const BLOCK_SEPARATOR = "\n\n";

/** Clause separators. */
export const CLAUSE_MARKS = new Set(["،", "؛", ",", ";"]);

/** Depth of quotation at each token: how many mark pairs enclose it (the marks themselves excluded). */
function insideMarks(tokens: Token[], pairs: MarkPair[]): Uint8Array {
  const depth = new Int16Array(tokens.length + 1);
  for (const p of pairs) {
    depth[p.open + 1] = (depth[p.open + 1] as number) + 1;
    depth[p.close] = (depth[p.close] as number) - 1;
  }
  const inside = new Uint8Array(tokens.length);
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    d += depth[i] as number;
    inside[i] = d > 0 ? 1 : 0;
  }
  return inside;
}

/**
 * Sentences over tokens. A terminal mark inside quotation marks does not end the sentence; one just
 * before a closing mark ends it after the mark ("… ضبط النفس.").
 */
export function tokenSentences(tokens: Token[], pairs: MarkPair[]): TokenSentence[] {
  const inside = insideMarks(tokens, pairs);
  const closeAt = new Set(pairs.map((p) => p.close));
  const out: TokenSentence[] = [];
  let first = 0;
  const push = (last: number) => {
    // Skip leading newlines.
    let f = first;
    while (f < last && (tokens[f] as Token).type === "newline") f++;
    let l = last;
    while (l > f && (tokens[l - 1] as Token).type === "newline") l--;
    if (l > f) out.push({ first: f, last: l, start: (tokens[f] as Token).start, end: (tokens[l - 1] as Token).end });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (inside[i]) continue;
    if (t.type === "newline") {
      push(i + 1);
    } else if (
      TERMINAL.has(t.raw) &&
      !initialInBrackets(tokens, i) &&
      !initialsOfName(tokens, i) &&
      !titleAbbreviation(tokens, i)
    ) {
      // Runs of terminal marks (.. ؟!) stay together.
      let j = i;
      while (j + 1 < tokens.length && TERMINAL.has((tokens[j + 1] as Token).raw)) j++;
      if (j + 1 < tokens.length && closeAt.has(j + 1)) j++;
      push(j + 1);
      i = j;
    } else if (closeAt.has(i) && i > 0 && TERMINAL.has((tokens[i - 1] as Token).raw)) {
      // (Not when a comma follows the mark: "بعنوان «هل الاحتيال الطريق الأسهل؟»، أن …" goes on.)
      if (!CLAUSE_MARKS.has((tokens[i + 1] as Token | undefined)?.raw ?? "")) push(i + 1);
    }
  }
  push(tokens.length);
  return out;
}

/** One-letter abbreviations of titles before a name: د. (doctor), م. (engineer), أ. (professor). */
const TITLE_LETTERS = new Set(["د", "م", "أ", "ا"]);

/**
 * "وبين د. خالد العتيبي"، "م. عبداللطيف البنيان": a period glued to a one-letter title, a word after it,
 * ends no sentence. (Not م after a number: "عام 2015 م." is the calendar's era, often at a sentence's end.)
 */
function titleAbbreviation(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (t.raw !== "." || before?.type !== "word" || before.end !== t.start || after?.type !== "word") return false;
  if (!TITLE_LETTERS.has(before.raw)) return false;
  const prior = tokens[i - 2];
  if (prior && prior.end === before.start) return false;
  return !(before.raw === "م" && prior?.type === "word" && /^\p{N}+$/u.test(prior.raw));
}

/**
 * "جي.آي. باراتا"، "U.S.": a period glued to the short words on both sides joins initials, and the period
 * closing such a chain ends no sentence either.
 */
function initialsOfName(tokens: Token[], i: number): boolean {
  const glued = (k: number) => {
    const t = tokens[k];
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    return (
      t?.raw === "." &&
      before?.type === "word" &&
      after?.type === "word" &&
      before.end === t.start &&
      after.start === t.end &&
      // (Both short: "ذلك.وأضاف", a typo gluing two sentences, still ends one.)
      before.raw.length <= 3 &&
      after.raw.length <= 3
    );
  };
  if (glued(i)) return true;
  const before = tokens[i - 1];
  return (tokens[i] as Token).raw === "." && before?.type === "word" && before.raw.length <= 3 && glued(i - 2);
}

/**
 * "ويدعى (نور. ط)": a period between short words inside brackets abbreviates a name (the initial of a
 * suspect's family name); the sentence goes on.
 */
function initialInBrackets(tokens: Token[], i: number): boolean {
  if ((tokens[i] as Token).raw !== ".") return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const open = tokens[i - 2];
  const close = tokens[i + 2];
  return (
    before?.type === "word" &&
    after?.type === "word" &&
    after.raw.length <= 2 &&
    open?.raw === "(" &&
    close?.raw === ")"
  );
}

/** Sentences of the text, UTF-16 offsets into it; a quote over several paragraphs is one sentence. */
export function splitSentences(text: string): TextSpan[] {
  const tokens = tokenize(text);
  const pairs = pairMarks(tokens, text);
  return tokenSentences(tokens, pairs).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}

/** Clauses of the text: sentences cut at ، ؛ , ; outside quotation marks. */
export function splitClauses(text: string): TextSpan[] {
  const tokens = tokenize(text);
  const pairs = pairMarks(tokens, text);
  const inside = insideMarks(tokens, pairs);
  const out: TextSpan[] = [];
  for (const s of tokenSentences(tokens, pairs)) {
    let f = s.first;
    for (let i = s.first; i <= s.last; i++) {
      const atEnd = i === s.last;
      const t = tokens[i];
      if (atEnd || (t && !inside[i] && CLAUSE_MARKS.has(t.raw))) {
        let l = i;
        if (!atEnd) l = i; // separator excluded
        if (l > f) {
          const start = (tokens[f] as Token).start;
          const end = (tokens[l - 1] as Token).end;
          out.push({ start, end, text: text.slice(start, end) });
        }
        f = i + 1;
      }
    }
  }
  return out;
}

/** Exposed for the quote finder: whether each token sits inside quotation marks. */
export { insideMarks };
