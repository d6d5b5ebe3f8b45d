/**
 * Light stemming of Arabic match keys for comparing articles: clitics and common suffixes stripped so
 * وزارة / الوزارة / بالوزارة / وزارات meet. Only for matching; display text never passes through here.
 */
import { keyTokens } from "../core/normalize/matchKey.ts";
import { STOPWORDS } from "./lexicon/stopwords.ts";

const STOP = new Set(STOPWORDS);

// Article + preposition/conjunction combinations, longest first. Stripped whenever a stem of 2+ letters
// remains: ال never starts a word's root in a way that matters for matching.
const ARTICLE_PREFIXES = ["وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال"];
// A bare و/ف is stripped only before a long word: stripping it from وزير or فريق would damage them, and
// a four-letter remainder is rarely a word that merely starts with و. (ب/ل/ك alone are never stripped:
// بيان, لقاء, كلمة start with them too often.)
const CONJUNCTIONS = ["و", "ف"];
// Suffixes, longest first: plural and dual endings, feminine -ية (ة is folded to ه by the match key),
// possessive pronouns.
const SUFFIXES = ["هما", "كم", "هم", "ها", "ات", "ون", "ين", "ان", "يه", "ه", "ي"];

// Stems are memoized: news vocabulary repeats, and the library is stemmed article after article.
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

/** The light stem of one match-key token (see matchKey). Digits and short words come back unchanged. */
export function lightStem(token: string): string {
  let st = memo.get(token);
  if (st === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    st = stem(token);
    memo.set(token, st);
  }
  return st;
}

function stem(token: string): string {
  if (token.length < 3 || /\d/.test(token)) return token;
  let t = token;
  for (const p of ARTICLE_PREFIXES) {
    if (t.startsWith(p) && t.length - p.length >= 2) {
      t = t.slice(p.length);
      break;
    }
  }
  if (t === token) {
    for (const c of CONJUNCTIONS) {
      if (t.startsWith(c) && t.length - c.length >= 4) {
        t = t.slice(c.length);
        break;
      }
    }
  }
  for (const s of SUFFIXES) {
    if (t.endsWith(s) && t.length - s.length >= 3) {
      t = t.slice(0, -s.length);
      break;
    }
  }
  return t;
}

/** True for function words and reporting verbs (in match-key form) that say nothing about an event. */
export function isStopword(keyToken: string): boolean {
  return STOP.has(keyToken);
}

/**
 * The content words of a text as light stems, in order: match-key tokens, stopwords and one-letter
 * tokens dropped. Numbers are kept: figures (125 قاضيا) tell one event from another.
 */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const tok of keyTokens(text)) {
    if (tok.length < 2 && !/\d/.test(tok)) continue;
    if (STOP.has(tok)) continue;
    const st = lightStem(tok);
    if (STOP.has(st)) continue;
    out.push(st);
  }
  return out;
}
