/**
 * Word tokens with offsets into the display text, each with its match key, so rules compare keys and
 * report display offsets. One linear pass; no token ever crosses a quotation mark or punctuation.
 */
import { matchKey } from "./matchKey.ts";

export type TokenType = "word" | "punct" | "mark" | "newline";

export interface Token {
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** matchKey of the word (punctuation as written). */
  key: string;
  type: TokenType;
}

/** Quotation marks of Arabic and Western typography (« » “ ” " „ ‹ › ' is left out: it is an apostrophe). */
export const QUOTE_MARKS = new Set(["«", "»", "“", "”", '"', "„", "‹", "›", "″"]);

// Numbers keep their decimal point and thousands separator (7.3، 1,500، ٢٫٥); words keep diacritics
// and tatweel; everything else is one character.
const TOKEN_RE = /[\p{N}]+(?:[.,٫٬][\p{N}]+)*|[\p{L}\p{M}\u0640]+|\n+|\S/gu;

/** Splits text into tokens. Whitespace other than line breaks is dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    let type: TokenType;
    if (c === 10) type = "newline";
    else if (QUOTE_MARKS.has(raw)) type = "mark";
    else if (/^[\p{L}\p{M}\p{N}\u0640]/u.test(raw)) type = "word";
    else type = "punct";
    out.push({ start: m.index, end: m.index + raw.length, raw, key: type === "word" ? wordKey(raw) : raw, type });
  }
  return out;
}

/**
 * The match key of one word (same result as matchKey): one pass over its characters instead of a
 * chain of replacements, since every token of every article goes through it. A word with a combining
 * hamza (NFD input) takes the slow, exact path.
 */
export function wordKey(word: string): string {
  let out = "";
  for (let n = 0; n < word.length; n++) {
    const c = word.charCodeAt(n);
    if (c < 0x80) {
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : word[n];
      continue;
    }
    if (c >= 0x653 && c <= 0x655) return matchKey(word);
    if (
      (c >= 0x610 && c <= 0x61a) ||
      (c >= 0x64b && c <= 0x65f) ||
      c === 0x670 ||
      c === 0x640 ||
      (c >= 0x6d6 && c <= 0x6ed)
    )
      continue;
    switch (c) {
      case 0x622:
      case 0x623:
      case 0x625:
      case 0x671:
        out += "ا";
        break;
      case 0x649:
      case 0x626:
        out += "ي";
        break;
      case 0x629:
        out += "ه";
        break;
      case 0x624:
        out += "و";
        break;
      default:
        if (c >= 0x660 && c <= 0x669) out += String.fromCharCode(48 + c - 0x660);
        else if (c >= 0x6f0 && c <= 0x6f9) out += String.fromCharCode(48 + c - 0x6f0);
        else out += word[n];
    }
  }
  return lowerForeign(out, word);
}

/** Non-ASCII letters outside Arabic may still need lower-casing (É → é). */
function lowerForeign(out: string, word: string): string {
  return /[\u0080-\u05ff\u0700-\uffff]/.test(word) ? out.toLowerCase() : out;
}

/** Proclitic letters that attach to a word: و ف (conjunctions) and ب ل ك (prepositions). */
const CONJ = new Set(["و", "ف"]);

/**
 * Candidate keys of a word with its conjunction removed (وأضاف → اضاف, فقال → قال). Only و / ف are
 * stripped, and only from words of four letters or more, so وزير and فخرو stay whole as their own first candidate.
 */
export function keyVariants(key: string): string[] {
  const out = [key];
  if (key.length >= 3 && CONJ.has(key[0] as string)) {
    out.push(key.slice(1));
    if (key.length >= 4 && CONJ.has(key[1] as string)) out.push(key.slice(2));
  }
  return out;
}

/** A key with its definite article or ل/ب + article removed (الجيش → جيش, للوزارة → وزاره, بالشرق → شرق). */
export function bareKey(key: string): string {
  for (const p of ["وال", "بال", "فال", "كال", "لل", "ال"]) {
    if (key.startsWith(p) && key.length - p.length >= 2) return p === "لل" ? key.slice(2) : key.slice(p.length);
  }
  return key;
}

/** True when the word carries the definite article (with or without a preposition before it). */
export function isDefinite(key: string): boolean {
  return /^(?:[وف]?(?:ال|بال|لل|كال))/.test(key) && key.length > 3;
}
