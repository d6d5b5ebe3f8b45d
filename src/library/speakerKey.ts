/**
 * The library's speaker key (`libraryKey`). src/core/speakers/ exports no key yet; when it does, this module
 * should delegate to it so the analyzer and the library fold names the same way.
 *
 * Foreign names reach Arabic in several spellings: g as ج, غ or ك (سيرجي / سيرغي, جوتيريش / غوتيريش),
 * ي/ى, ة/ه, hamza carriers, with or without ال, and long vowels written or not (ديمتري / دميتري). The
 * key folds these classes, drops honorifics, and keeps the first and last name, so middle and fathers'
 * names (خالد بن محمد اليوسف / خالد اليوسف) do not split one person in two.
 */
import { keyTokens, matchKey } from "../core/normalize/matchKey.ts";
import type { SpeakerKind } from "../core/types.ts";
import { NAME_JOINERS, NAME_LINKS, NAME_TITLES } from "./lexicon/nameTitles.ts";

const TITLE_KEYS = NAME_TITLES.map(matchKey);
const SINGLE_TITLES = new Set(TITLE_KEYS.filter((t) => !t.includes(" ")));
const DOUBLE_TITLES = new Set(TITLE_KEYS.filter((t) => t.includes(" ")));
const LINKS = new Set(NAME_LINKS.map(matchKey));
const JOINERS = new Set(NAME_JOINERS.map(matchKey));

/**
 * Folds one match-key name token. ال is dropped when at least three letters remain (الأسد / أسد is the
 * same family in different outlets). The g letters ج غ ك fold to one class; ق does not, since it is a
 * distinct letter in too many Arabic names. Long vowels (ا و ي) inside the word are dropped only in
 * tokens of six letters or more: that merges ديمتري / دميتري and زيلينسكي / زيلنسكي, while short Arabic
 * names that differ only by a vowel letter stay apart (حسن / حسين, محمد / محمود, سلمان / سليمان).
 */
export function foldNameToken(token: string): string {
  let t = token.replace(/ء/g, "");
  if (t.startsWith("ال") && t.length >= 5) t = t.slice(2);
  t = t.replace(/[جغك]/g, "ك");
  if (t.length >= 6) t = t[0] + t.slice(1, -1).replace(/[اوي]/g, "") + t[t.length - 1];
  return t;
}

/** The folded name tokens of a name: honorifics dropped, عبد/أبو joined to the next word. */
export function nameTokens(name: string): string[] {
  const raw = keyTokens(name);
  const toks: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    if (toks.length === 0 && i + 1 < raw.length && DOUBLE_TITLES.has(`${t} ${raw[i + 1]}`)) {
      i++;
      continue;
    }
    // Titles are dropped only before the name starts: a family name may look like a title (الملك?).
    if (toks.length === 0 && SINGLE_TITLES.has(t)) continue;
    if (JOINERS.has(t) && i + 1 < raw.length) {
      toks.push(t + raw[i + 1]);
      i++;
      continue;
    }
    toks.push(t);
  }
  // Fathers' names inside the name go (خالد بن محمد اليوسف → خالد اليوسف); at the end they are the name
  // itself (محمد بن سلمان) and stay.
  const kept: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (LINKS.has(toks[i]) && i > 0 && i + 2 < toks.length) {
      i++;
      continue;
    }
    kept.push(toks[i]);
  }
  return kept.map(foldNameToken).filter(Boolean);
}

/**
 * The library key of a speaker name: for a person, "first last" of the folded tokens ("last" alone for a
 * one-word name); for an organization, state, medium or group every folded word, since وزارة الخارجية
 * الروسية and وزارة الدفاع الروسية share their first and last words. "" when nothing but titles is left.
 * ديمتري بيسكوف and دميتري بيسكوف give the same key; بيسكوف gives its last word (see speakers.ts for
 * how a surname attaches to a full name).
 */
export function libraryKey(name: string, kind: SpeakerKind = "person"): string {
  const toks = nameTokens(name);
  if (toks.length === 0) return "";
  if (toks.length === 1 || (kind !== "person" && kind !== "unknown")) return toks.join(" ");
  return `${toks[0]} ${toks[toks.length - 1]}`;
}

/** The last word of a key: the family name a surname-only mention is matched on. */
export function lastOfKey(key: string): string {
  const i = key.lastIndexOf(" ");
  return i < 0 ? key : key.slice(i + 1);
}
