/**
 * Light stemming for the library search: strips clitics and common endings from match-key tokens so
 * الحكومة / بالحكومة / حكومات / الحكومية find each other. Only for matching: display text never passes
 * through here. Stems are never shorter than three letters, so short words are left alone.
 */
import { ARTICLE_PREFIXES, CONJUNCTIONS, SUFFIXES } from "./lexicon/searchAffixes.ts";

const MIN_STEM = 3;

/** The light stem of one match-key token. Digits, Latin words and tokens under four letters are kept. */
export function searchStem(token: string): string {
  if (token.length < 4 || !/^[\u0621-\u064A]+$/.test(token)) return token;
  // The name of God is not a noun with the article and ة: الله, لله, والله, عبدالله stay whole.
  if (token.endsWith("لله")) return token;
  let t = token;
  let prefixed = false;
  for (const p of ARTICLE_PREFIXES) {
    if (t.startsWith(p) && t.length - p.length >= MIN_STEM) {
      t = t.slice(p.length);
      prefixed = true;
      break;
    }
  }
  // و/ف only when five letters or more remain, so وزير, وطني, فريق, فيلم stay whole.
  if (!prefixed) {
    for (const c of CONJUNCTIONS) {
      if (t.startsWith(c) && t.length - c.length >= 5) {
        t = t.slice(c.length);
        break;
      }
    }
  }
  for (const s of SUFFIXES) {
    if (t.endsWith(s) && t.length - s.length >= MIN_STEM) {
      t = t.slice(0, -s.length);
      break;
    }
  }
  // The feminine ending (ة, folded to ه) goes last, so حكومة and حكومات meet at حكوم.
  if (t.endsWith("ه") && t.length - 1 >= MIN_STEM) t = t.slice(0, -1);
  return t;
}
