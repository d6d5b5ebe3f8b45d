/**
 * The match key of Arabic text: the usual normalizer of Arabic search engines (the same letter folds as
 * Lucene's ArabicNormalizer), used only for comparing. Display text is never changed; offsets always
 * point into the display form. See ../shared/design/ARABIC.md.
 */

// Diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) and tatweel.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * Folds a string to its match key: NFC first (NFD would split أ into ا + U+0654), then diacritics and
 * tatweel removed, hamza carriers and alef forms folded, ى→ي, ة→ه, Arabic-Indic and Persian digits → 0-9,
 * Latin lower-cased. Length may change: never use a key's offsets against the display text.
 */
export function matchKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(DIACRITICS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .toLowerCase();
}

/** Match-key tokens: letters and digits only, punctuation dropped. */
export function keyTokens(text: string): string[] {
  return matchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
