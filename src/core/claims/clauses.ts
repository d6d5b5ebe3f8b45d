/**
 * Candidate statements: sentences of the article, and for long sentences the clauses a fact-checker would
 * quote. Arabic news sentences often run a whole paragraph joined by commas, so a long sentence is cut at
 * commas where a new clause starts (a verb or a connective), never between a title and its name.
 * Offsets are UTF-16 positions in the given text; `text === source.slice(start, end)` always holds.
 */
import { EVENT_VERBS, REPORTING } from "./lexicon/actors.ts";
import { CLAUSE_STARTERS } from "./lexicon/clauses.ts";
import { type ArticleTokens, Lexicon, tokensOf } from "./match.ts";
import { events, reporting } from "./reasons.ts";

/** A span of the source text. */
export interface Span {
  start: number;
  end: number;
  text: string;
  /** Index of the sentence the span belongs to (set by candidateSpans). */
  sentence?: number;
}

/** Chunks shorter than this (words) are joined to a neighbour. */
const MIN_WORDS = 6;
/** Chunks are closed before they grow past this many words. */
const MAX_WORDS = 30;

const starters = new Lexicon([...CLAUSE_STARTERS, ...REPORTING, ...EVENT_VERBS]);

/** One character trimmed from the ends of a span. */
const SEPARATOR = /^[\s،,؛;:.\-–—]$/;

/** Trims spaces and separators at both ends of a span, keeping offsets exact. */
function trimSpan(source: string, start: number, end: number): Span | null {
  // A loop, not /[…]+$/: that regex retries from every position of a long run of separators, which is
  // quadratic (a line of 30,000 colons took seconds).
  let s = start;
  while (s < end && SEPARATOR.test(source[s] as string)) s++;
  let e = end;
  while (e > s && SEPARATOR.test(source[e - 1] as string)) e--;
  if (e <= s) return null;
  return { start: s, end: e, text: source.slice(s, e) };
}

/**
 * Sentences: cut at . ! ? ؟ … followed by a space, and at line breaks. "د." and "إف." are not ends. A
 * period glued to the next Arabic word after a space ("الملاحي .وقال") is an end too: hurried copy
 * often puts the space on the wrong side of the period.
 */
export function splitSentences(source: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = /([.!?؟…]+)(?=\s|$)|(?<=\s)(\.)(?=[\u0621-\u064A])|\n+/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const end = m.index + m[0].length;
    if (m[2]) {
      const span = trimSpan(source, start, m.index);
      if (span) out.push(span);
      start = end;
      continue;
    }
    if (m[1] === ".") {
      // Abbreviations and initials: a word of one or two letters before the period.
      const before = source.slice(Math.max(0, m.index - 4), m.index);
      if (/(^|\s)\p{L}{1,2}$/u.test(before)) continue;
    }
    const span = trimSpan(source, start, m[1] ? end : m.index);
    if (span) out.push(span);
    start = end;
  }
  const last = trimSpan(source, start, source.length);
  if (last) out.push(last);
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Where a long sentence may be cut: commas, and — for run-on copy that strings statements together
 * without commas — before a reporting verb with its conjunction ("… بالشوارع وقال …", "وأضاف:") and
 * before connectives that open a clause of their own (حيث، بينما، فيما، إلا أن، مما …).
 */
const CLAUSE_CUT =
  /[،,؛;]|\s(?=[وف](?:قال|قالت|أضاف|أضافت|اضاف|اضافت|أشار|أشارت|اشار|اشارت|أوضح|أوضحت|اوضح|اوضحت|تابع|تابعت|أكد|أكدت|اكد|اكدت|لفت|لفتت|بينت|أعلن|أعلنت|اعلن|اعلنت)[\s:،,])|\s(?=(?:حيث|بينما|فيما|في حين|إلا أن|الا ان|إلا أنه|غير أن|غير ان|لكن|ولكن|مما|بعدها|إذ|اذ)\s)/g;

/** Does this comma-separated piece open a clause of its own? (An entry starting on its first three words.) */
function opensClause(source: string, start: number, end: number, index?: ArticleTokens): boolean {
  const tokens = index ? index.tokensIn(start, end).slice(0, 3) : tokensOf(source.slice(start, end)).slice(0, 3);
  return starters.hits(tokens).some((h) => h.start === 0);
}

/**
 * Cuts one sentence into clause-sized chunks: pieces between commas are joined until a piece that opens
 * a clause arrives (and the chunk is long enough), or the chunk would grow past MAX_WORDS.
 */
export function splitClauses(source: string, sentence: Span, index?: ArticleTokens): Span[] {
  if (words(sentence.text) <= MAX_WORDS) return [sentence];
  const pieces: { start: number; end: number; words: number; opens: boolean }[] = [];
  const re = CLAUSE_CUT;
  re.lastIndex = 0;
  let from = sentence.start;
  const body = sentence.text;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const end = sentence.start + m.index + 1;
    pieces.push({ start: from, end, words: 0, opens: false });
    from = end;
  }
  pieces.push({ start: from, end: sentence.end, words: 0, opens: false });
  for (const p of pieces) {
    p.words = words(source.slice(p.start, p.end));
    // "…، أنه سيلتقي" completes the reporting verb before it: a frame and its content stay one chunk.
    p.opens = !COMPLEMENTIZER.test(source.slice(p.start, p.start + 12)) && opensClause(source, p.start, p.end, index);
  }
  const chunks: Span[] = [];
  let cur: { start: number; end: number; words: number } | null = null;
  for (const p of pieces) {
    if (!cur) {
      cur = { start: p.start, end: p.end, words: p.words };
      continue;
    }
    const close = (p.opens && cur.words >= MIN_WORDS) || (cur.words + p.words > MAX_WORDS && cur.words >= MIN_WORDS);
    if (close) {
      const span = trimSpan(source, cur.start, cur.end);
      if (span) chunks.push(span);
      cur = { start: p.start, end: p.end, words: p.words };
    } else {
      cur.end = p.end;
      cur.words += p.words;
    }
  }
  if (cur) {
    const span = trimSpan(source, cur.start, cur.end);
    // A short tail belongs to the chunk before it.
    if (span && cur.words < MIN_WORDS / 2 && chunks.length) {
      const prev = chunks.pop() as Span;
      const joined = trimSpan(source, prev.start, span.end);
      if (joined) chunks.push(joined);
    } else if (span) chunks.push(span);
  }
  return chunks;
}

/** Every candidate statement of a text: sentences, long ones cut into clauses (`index`: the text tokenized once). */
export function candidateSpans(source: string, index?: ArticleTokens, sentences = splitSentences(source)): Span[] {
  return sentences.flatMap((s, i) => splitClauses(source, s, index).map((c) => ({ ...c, sentence: i })));
}

const COMPLEMENTIZER =
  /^\s*[«"“]?\s*(?:(?:إلى|الى)\s+)?(?:إن|إنّ|أن|أنّ|ان|بأن|بان|أنه|إنه|انه|بأنه|أنها|إنها|بأنها|انها)(?=\s)/;

/** Complementizers (match-key forms) that would put content inside a frame. */
const FRAME_CONTENT = new Set(["ان", "بان", "انه", "انها", "انهم", "بانه", "بانها"]);

/**
 * Is `span` only a reporting frame: a reporting verb among its first two words, at most 20 words, and a
 * complementizer (إن، أن، بأن …) or a colon right after it (`end`, or the span's own end) in the source?
 */
export function isFrameBefore(source: string, span: Span, end = span.end, index?: ArticleTokens): boolean {
  const after = source.slice(end, end + 14);
  // "وقال الوزير: …" — a colon after the speaker opens the content as surely as إن does.
  const colon = source[end - 1] === ":" || /^\s*:/.test(after);
  if (!colon && !COMPLEMENTIZER.test(after.replace(/^[\s،,:]+/, " "))) return false;
  const tokens = index ? index.tokensIn(span.start, span.end) : tokensOf(span.text);
  // A frame holds no content of its own: no أن-clause inside it ("وقال إنها تؤكد …، منها:").
  if (tokens.length > 20 || tokens.some((t) => FRAME_CONTENT.has(t))) return false;
  return reporting.hits(tokens.slice(0, 3)).some((h) => h.start <= 1);
}

/** Separators inside a chunk where a tighter claim may start: commas and connectives that open a proposition. */
const INNER_CUT =
  /[،,؛;:]|\s(?=(?:حيث|فيما|بينما|في حين|مما|الذي|التي|والتي|والذي|لأن|لان)\s)|\s(?=و[\u0621-\u064A]{3,})/g;

/** Words after " و" already looked up: the same conjunctions recur in every article. */
const opensCache = new Map<string, boolean>();
const OPENS_CACHE_LIMIT = 20_000;

/** Does a cut of INNER_CUT open a piece? A cut before "و" only when an event verb follows ("… وتراجعت المعنويات"). */
function cutOpens(body: string, at: number, cut: string): boolean {
  if (!/^\s$/.test(cut) || body[at + 1] !== "و") return true;
  const word = body.slice(at + 1).match(/^\S+/)?.[0] ?? "";
  let opens = opensCache.get(word);
  if (opens === undefined) {
    if (opensCache.size >= OPENS_CACHE_LIMIT) opensCache.clear();
    opens = events.hits(tokensOf(word)).some((h) => h.start === 0);
    opensCache.set(word, opens);
  }
  return opens;
}

/**
 * The pieces of a chunk (commas and subordinating connectives), so the scorer can point at the clause that
 * carries the checkable content instead of the whole chunk. Pieces shorter than `minWords` join the next.
 */
export function innerPieces(source: string, chunk: Span, minWords = 6, index?: ArticleTokens): Span[] {
  const out: Span[] = [];
  let from = chunk.start;
  const body = chunk.text;
  INNER_CUT.lastIndex = 0;
  for (let m = INNER_CUT.exec(body); m; m = INNER_CUT.exec(body)) {
    if (!cutOpens(body, m.index, m[0])) continue;
    const end = chunk.start + m.index + m[0].length;
    const span = trimSpan(source, from, end);
    // A reporting frame ("وقال مصدر أمني لـ«الوطن»،") stands apart however short it is, so the content
    // after it can be the claim: GOLD.md writes the smallest clause that holds the claim.
    const frame = !!span && isFrameBefore(source, span, end, index);
    if (span && (words(span.text) >= minWords || frame)) {
      out.push(span);
      from = end;
      // The content after a frame is written without its complementizer, as GOLD.md writes claims
      // ("إحدى القذائف سقطت …", not "إن إحدى القذائف سقطت …"); a quote mark after it stays.
      if (frame) {
        const lead = source.slice(end, end + 16).match(/^[\s،,:]*(?:(?:إلى|الى)\s+)?(?:إن|إنّ|أن|أنّ|ان|بأن|بان)(?=\s)/);
        if (lead) from = end + lead[0].length;
      }
    }
  }
  const last = trimSpan(source, from, chunk.end);
  if (last) {
    if (words(last.text) < minWords && out.length) {
      const prev = out.pop() as Span;
      const joined = trimSpan(source, prev.start, last.end);
      if (joined) out.push(joined);
    } else out.push(last);
  }
  return out;
}
