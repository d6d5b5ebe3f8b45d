/**
 * Speaker keys for matching the same person across articles and outlets. Foreign names reach Arabic in
 * several spellings (سيرجي / سيرغي / سيركي, ديمتري / دميتري, جوتيريش / غوتيريش) and Arabic names come
 * with or without titles and fathers' names (الشيخ الدكتور خالد اليوسف / خالد بن محمد اليوسف). The key
 * keeps the consonant skeleton of the first and last name with the transliteration classes folded.
 *
 * Titles and fathers' names are set aside here; the spelling folds are the core's speaker key
 * (src/core/speakers/key.ts), so the library and the article view agree on who is who.
 */
import { keyTokens } from "../core/normalize/matchKey.ts";
import { speakerKey } from "../core/speakers/key.ts";
import { HONORIFICS, NAME_LINKS } from "./lexicon/honorifics.ts";

const DROP = new Set(HONORIFICS);
const LINKS = new Set(NAME_LINKS);

/** A speaker's name in folded form: first and last name (`first` null when only one name is given),
 * all name words, and the folded words of the title (وزير التعليم) when the article gives one. */
export interface SpeakerKey {
  first: string | null;
  last: string;
  words: string[];
  title: string[];
}

/**
 * Folds one word to its spelling skeleton (used for comparing article words, where transliterated
 * names and places vary the same way as speakers' names): g-sounds (ج غ ك ق) one class, emphatic and plain pairs (ط/ت,
 * ص/س, ض/د, ظ/ذ/ز) one class, long vowels after the first letter dropped (ديمتري = دميتري), final ه
 * (from ة) dropped.
 */
export function foldNameToken(token: string): string {
  let t = foldMemo.get(token);
  if (t === undefined) {
    if (foldMemo.size >= 200_000) foldMemo.clear();
    t = fold(token);
    foldMemo.set(token, t);
  }
  return t;
}

// Memoized: the words of a library repeat, and folding runs several replacements a word.
const foldMemo = new Map<string, string>();

function fold(token: string): string {
  let t = token
    // Turkish ç and the like: سوروتش / سروج
    .replace(/تش/g, "ج")
    // m before b, as اسطنبول is also written استمبول
    .replace(/نب/g, "مب")
    .replace(/[جغكق]/g, "ك")
    .replace(/[طت]/g, "ت")
    .replace(/[صس]/g, "س")
    .replace(/[ضد]/g, "د")
    .replace(/[ظذز]/g, "ز")
    .replace(/ء/g, "");
  if (t.length > 1) t = t[0] + t.slice(1).replace(/[اوي]/g, "");
  if (t.length > 2 && t.endsWith("ه")) t = t.slice(0, -1);
  return t;
}

function nameWords(name: string): string[] {
  const toks = keyTokens(name).filter((t) => !DROP.has(t));
  // A chain of fathers' names (بن محمد) inside the name is dropped when a family name follows it:
  // خالد بن محمد اليوسف → خالد اليوسف. At the end it is the name itself: محمد بن سلمان.
  const kept: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (LINKS.has(toks[i])) {
      if (i + 2 < toks.length) i++;
      continue;
    }
    kept.push(toks[i]);
  }
  if (kept.length === 0) return [];
  // The core's speaker key folds each word's spelling class (and joins عبد العزيز).
  return speakerKey(kept.join(" ")).split(" ").filter(Boolean);
}

/** The key of a speaker's name (and title), or null when nothing but titles is left of the name. */
export function speakerKeyOf(name: string, title: string | null = null): SpeakerKey | null {
  const words = nameWords(name);
  if (words.length === 0) return null;
  return {
    first: words.length > 1 ? words[0] : null,
    last: words[words.length - 1],
    words,
    title: title ? nameWords(title) : [],
  };
}

/** The key as one string, for maps: "first last" or "last". */
export function speakerKeyString(k: SpeakerKey): string {
  return k.first ? `${k.first} ${k.last}` : k.last;
}

function sharedCount(a: string[], b: string[]): number {
  let n = 0;
  for (const w of a) if (b.includes(w)) n++;
  return n;
}

/**
 * Two speakers are compatible when the family names agree and the first names do too where both are
 * given (لافروف matches سيرغي لافروف; سيرجي لافروف does not match ماريا لافروف), when two words of
 * the names agree (an extractor may glue a word on: عزام الدخيل ووكلاء), or when one article names
 * the speaker by the title the other gives (وزير التعليم / عزام الدخيل, وزير التعليم).
 */
export function compatibleSpeakers(a: SpeakerKey, b: SpeakerKey): boolean {
  if (a.last === b.last && (a.first === null || b.first === null || a.first === b.first)) return true;
  if (a.words.length >= 2 && b.words.length >= 2 && sharedCount(a.words, b.words) >= 2) return true;
  const asTitle = (n: string[], t: string[]) => n.length >= 2 && t.length >= 2 && sharedCount(n, t) >= 2;
  return asTitle(a.words, b.title) || asTitle(b.words, a.title);
}
