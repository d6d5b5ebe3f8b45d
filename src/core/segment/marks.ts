/**
 * Pairs quotation marks, nested ones included. « » and ‹ › say their direction; " “ ” do not (Arabic
 * pages use “…”, ”…“ and "…" alike), so their direction is read from the letters around them: a mark
 * followed by a word and not preceded by one opens, a mark preceded by a word or a sentence mark
 * and not followed by one closes. A stack then pairs them, which keeps nested names ("إيرباص") inside a
 * long quote that runs over paragraphs. A mark left open for too long is dropped, not paired.
 */
import type { Token } from "../normalize/tokens.ts";

export interface MarkPair {
  /** Token indices of the opening and closing marks. */
  open: number;
  close: number;
}

/** Longest stretch a pair may span, in characters: beyond it an unclosed mark is a typo, not a quote. */
const MAX_SPAN = 4000;

const OPENERS = new Set(["«", "‹", "„"]);
const CLOSERS = new Set(["»", "›"]);
const PROCLITICS = new Set(["و", "ف", "ب", "ل", "ك", "ـ", "بـ", "لـ", "كـ", "وـ"]);

function isWordy(t: Token | undefined): boolean {
  return !!t && (t.type === "word" || t.raw === "(" || t.raw === "[");
}

/** Direction of an ambiguous mark at token i: 1 opens, -1 closes, 0 undecided. */
function direction(tokens: Token[], i: number, text: string): number {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const spaceBefore = !prev || prev.end < t.start;
  const spaceAfter = !next || next.start > t.end;
  const nextWordy = isWordy(next) && !spaceAfter;
  const prevWordy =
    !!prev && !spaceBefore && (prev.type === "word" || /[.!؟?)\]…]/.test(prev.raw)) && !PROCLITICS.has(prev.raw);
  // A proclitic glued before the mark (و"حدات، بـ"الجيش) still lets it open.
  const procliticBefore = !!prev && !spaceBefore && PROCLITICS.has(prev.raw.replace(/\u0640/g, "ـ"));
  if (nextWordy && (!prevWordy || procliticBefore)) return 1;
  if (prevWordy && !nextWordy) return -1;
  // "… المجرمين ".": spaced off the words but glued to a full stop or comma after it, the mark closes.
  if (spaceBefore && !spaceAfter && next?.type === "punct" && /^[.،,؛;!؟?]$/.test(next.raw)) return -1;
  if (spaceBefore && !spaceAfter) return 1;
  if (!spaceBefore && spaceAfter) return -1;
  void text;
  return 0;
}

/** Finds the pairs of quotation marks among the tokens. */
export function pairMarks(tokens: Token[], text: string): MarkPair[] {
  const pairs: MarkPair[] = [];
  const stack: { i: number; raw: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // At a paragraph's end, a straight mark it opened in mid-sentence (no colon before it) and left open
    // was emphasis never closed ("البرنامج الساخر "سيلفي من بطولة …"): kept, it would pair with a
    // mark paragraphs later and swallow every quote between. Quotes that run on open after a colon.
    if (t.type === "newline") {
      for (let k = stack.length - 1; k >= 0; k--) {
        const s = stack[k] as { i: number; raw: string };
        if (s.raw !== '"' || !sameParagraph(tokens, s.i, i) || openedForSpeech(tokens, s.i)) continue;
        stack.splice(k, 1);
      }
      continue;
    }
    if (t.type !== "mark") continue;
    // Drop openings left unclosed for too long: they were typos.
    while (stack.length && t.start - (tokens[(stack[0] as { i: number }).i] as Token).start > MAX_SPAN) stack.shift();
    const raw = mistyped(tokens, i, stack);
    let dir = OPENERS.has(raw) ? 1 : CLOSERS.has(raw) ? -1 : direction(tokens, i, text);
    // Guillemets mirrored as some sites type them (لـ»المدينة« إن …): » opens and « closes.
    if (raw === "»" && mirroredOpen(tokens, i, stack)) dir = 1;
    else if (raw === "«" && stack[stack.length - 1]?.raw === "»" && tokens[i - 1]?.type === "word") dir = -1;
    if (dir === 0) dir = stack.some((s) => compatible(s.raw, raw)) ? -1 : 1;
    if (dir === 1) {
      stack.push({ i, raw });
      continue;
    }
    // Close the innermost compatible opening.
    for (let k = stack.length - 1; k >= 0; k--) {
      const s = stack[k] as { i: number; raw: string };
      if (compatible(s.raw, raw)) {
        pairs.push({ open: s.i, close: i });
        stack.length = k;
        break;
      }
    }
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** True when no paragraph break lies between tokens a and b. */
function sameParagraph(tokens: Token[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (tokens[j]?.type === "newline") return false;
  return true;
}

/** A mark that opens a paragraph or follows a colon (قال: "…) opens speech, which may run on. */
function openedForSpeech(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.type === "newline" || prev.raw === ":";
}

/**
 * A guillemet typed the wrong way round, read as the mark it stands for: a second « while one is open,
 * followed by a full stop, a comma or the end of the paragraph, closes it ("… أيام رمضان «."); a »
 * with nothing open and words after it opens ("محمد الخالدي» إن وجود …»"). Left as typed otherwise.
 */
function mistyped(tokens: Token[], i: number, stack: { raw: string }[]): string {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (t.raw === "«" && stack.some((s) => s.raw === "«")) {
    const ends = !next || next.type === "newline" || (next.type === "punct" && /^[.،,؛;:!؟?]$/.test(next.raw));
    const prev = tokens[i - 1];
    if (ends && prev && prev.type === "word") return "»";
  }
  if (t.raw === "»" && !stack.some((s) => s.raw === "«") && next?.type === "word") {
    // Only when a » follows later in the same paragraph to close it.
    for (let j = i + 1; j < tokens.length && j - i < 400; j++) {
      const u = tokens[j] as Token;
      if (u.type === "newline" || u.raw === "«") break;
      if (u.raw === "»") return "«";
    }
  }
  return t.raw;
}

/**
 * A » with nothing open, a word after it, and a « after a word later in the paragraph before any other
 * »: the pair is mirrored (»المدينة«).
 */
function mirroredOpen(tokens: Token[], i: number, stack: { raw: string }[]): boolean {
  if (stack.some((s) => s.raw === "«") || tokens[i + 1]?.type !== "word") return false;
  for (let j = i + 1; j < tokens.length && j - i < 400; j++) {
    const u = tokens[j] as Token;
    if (u.type === "newline" || u.raw === "»") return false;
    if (u.raw === "«") return tokens[j - 1]?.type === "word";
  }
  return false;
}

function compatible(open: string, close: string): boolean {
  if (open === "«") return close === "»";
  if (open === "‹") return close === "›";
  if (open === "»" || open === "›") return close === "«" || close === "‹";
  return !(close === "»" || close === "›" || close === "«");
}
