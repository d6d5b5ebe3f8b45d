/**
 * The speaker key: a match key for names that folds the spelling classes of transliterated names, so
 * the same person or body spelled two ways in two articles gets one key (سيرجي/سيرغي، ديمتري/دميتري،
 * جوتيريش/غوتيريش، عبد العزيز/عبدالعزيز). Used within an article and across the library.
 */
import { matchKey } from "../normalize/matchKey.ts";

/**
 * Folds a name to its key: matchKey (diacritics, hamza forms, ى/ي, ة/ه), then per word: the article
 * ال and conjunction و dropped, g-class letters (ج غ ك as g) → ج, long vowels ا و ي inside words of six
 * letters or more (not at either end) dropped (they come and go in transliteration), doubled letters single;
 * "عبد X" joined.
 * Punctuation and quotation marks are ignored. Returns "" for an empty name.
 */
export function speakerKey(name: string): string {
  let k = KEY_CACHE.get(name);
  if (k === undefined) {
    k = computeKey(name);
    if (KEY_CACHE.size > 20_000) KEY_CACHE.clear();
    KEY_CACHE.set(name, k);
  }
  return k;
}

// Names recur within an article and across a batch: their keys are cached (bounded).
const KEY_CACHE = new Map<string, string>();

function computeKey(name: string): string {
  const words = matchKey(name)
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i] as string;
    if ((w === "عبد" || w === "ابو" || w === "ابو") && i + 1 < words.length) {
      w = w + (words[++i] as string);
    }
    out.push(foldWord(w));
  }
  return out.filter(Boolean).join(" ");
}

function foldWord(word: string): string {
  let w = word;
  if (w.length > 4 && w.startsWith("ال")) w = w.slice(2);
  w = w.replace(/عبدال/g, "عبد");
  w = w.replace(/[غك]/g, "ج");
  w = w.replace(/ه$/g, "");
  // Keep the first and last letters (ايران ≠ ران، الدولي ≠ الدول), drop the long vowels between — only in
  // words of six letters or more (transliterated names: ديمتري/دميتري، زيلينسكي/زيلنسكي). Short Arabic
  // names that differ by one vowel letter are different people (حسن/حسين، محمد/محمود، سلمان/سليمان).
  if (w.length >= 6) w = (w[0] ?? "") + w.slice(1, -1).replace(/[اوي]/g, "") + w.slice(-1);
  w = w.replace(/(.)\1+/g, "$1");
  return w;
}

/** Last word of a speaker key: how surname mentions (لافروف) are linked to the full name. */
export function lastKeyWord(key: string): string {
  const i = key.lastIndexOf(" ");
  return i < 0 ? key : key.slice(i + 1);
}

/**
 * True when `word` (one key word) stands inside a person's key of three words or more, neither first nor
 * last: "الصرخي" in "محمود الصرخي الحسني", a family name before a last word of lineage or origin.
 */
export function innerNameWord(key: string, word: string): boolean {
  const words = key.split(" ");
  return words.length >= 3 && words.slice(1, -1).includes(word);
}
