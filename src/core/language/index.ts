/**
 * Language identification from text: the text decides, not <html lang> (a page declaring en-US can be
 * Arabic). First the share of Arabic-script letters among all letters; then, for Arabic-script text,
 * Arabic is told apart from Persian and Urdu by letters those languages use and Arabic does not, and
 * by frequent function words (../../../shared/design/ARABIC.md).
 */
import type { LanguageInfo } from "../types.ts";
import { ARABIC_LETTERS, ARABIC_WORDS, PERSIAN_LETTERS, PERSIAN_WORDS, URDU_LETTERS, URDU_WORDS } from "./lexicon.ts";

export { looksArabic } from "./gate.ts";

/** Text beyond this many characters adds nothing to the decision and only costs time. */
const SAMPLE = 20_000;
/** Below this share of Arabic-script letters the text is not in an Arabic-script language. */
const SCRIPT_THRESHOLD = 0.5;

const persianLetters = new Set(PERSIAN_LETTERS.map((l) => l.charCodeAt(0)));
const urduLetters = new Set(URDU_LETTERS.map((l) => l.charCodeAt(0)));
const arabicLetters = new Set(ARABIC_LETTERS.map((l) => l.charCodeAt(0)));
const persianWords = new Set(PERSIAN_WORDS);
const urduWords = new Set(URDU_WORDS);
const arabicWords = new Set(ARABIC_WORDS);

function isArabicScriptLetter(c: number): boolean {
  // Letters only: Arabic-Indic digits (U+0660–0669, U+06F0–06F9) and punctuation (، ؛ ؟) are not letters.
  if (c >= 0x0600 && c <= 0x06ff) {
    return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff);
  }
  return (
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

function isOtherLetter(c: number): boolean {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c < 0xc0) return false;
  // Latin-1 letters, Latin Extended, Greek, Cyrillic, Hebrew; CJK and others counted coarsely.
  if (c === 0xd7 || c === 0xf7) return false;
  if (c <= 0x24f || (c >= 0x370 && c <= 0x52f) || (c >= 0x5d0 && c <= 0x5ea)) return true;
  return (c >= 0x0900 && c <= 0x0dff) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

/** Folds Arabic yeh, alef maksura and kaf to their Persian forms, for Persian word lookup. */
function foldPersian(word: string): string {
  return word.replace(/[يى]/g, "\u06cc").replace(/ك/g, "\u06a9");
}

/** Which Arabic-script language the text is written in, from letters and function words. */
function scriptLanguage(text: string): "ar" | "fa" | "ur" {
  let ar = 0;
  let fa = 0;
  let ur = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (arabicLetters.has(c)) ar++;
    else if (urduLetters.has(c)) ur++;
    else if (persianLetters.has(c)) fa++;
  }
  let arW = 0;
  let faW = 0;
  let urW = 0;
  // Words are split on anything that is not an Arabic-script letter or ZWNJ (Persian "می‌" keeps it).
  for (const raw of text.split(/[^\u0620-\u064a\u066e-\u06d5\u200c]+/)) {
    if (!raw) continue;
    const word = raw.replace(/\u200c.*$/, "");
    if (arabicWords.has(word)) arW++;
    if (urduWords.has(word)) urW++;
    else if (persianWords.has(foldPersian(word))) faW++;
  }
  // Words weigh more than letters: one Arabic quote in a Persian page brings letters, not grammar.
  const arScore = arW * 4 + ar;
  const faScore = faW * 4 + fa;
  const urScore = urW * 4 + ur * 2;
  if (arScore >= faScore && arScore >= urScore) return "ar";
  return urScore > faScore ? "ur" : "fa";
}

/**
 * Identifies the language of a page's main text. `arabicRatio` is the share of letters in Arabic
 * script; `isArabic` is true only for the Arabic language (Persian and Urdu are not), decided from at
 * most the first 20 000 characters.
 */
export function detectLanguage(text: string): LanguageInfo {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if (isArabicScriptLetter(c)) {
      arabic++;
      letters++;
    } else if (isOtherLetter(c)) letters++;
  }
  const arabicRatio = letters ? Math.round((arabic / letters) * 1000) / 1000 : 0;
  if (arabicRatio < SCRIPT_THRESHOLD || arabic < 20) return { isArabic: false, arabicRatio, code: "other" };
  const code = scriptLanguage(sample);
  return { isArabic: code === "ar", arabicRatio, code };
}
