/**
 * fast-check generators of hostile article text: arbitrary Unicode, and Arabic-heavy text mixing real
 * words of the fixture pages with cue verbs, quotation marks, colons, digits, bidi controls and very
 * long words and lines. Used by the property tests of the core (tests/unit/property.core.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { ArticleInput, Block } from "../../src/core/types.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/pages/", import.meta.url));

/** Words of the Arabic fixture articles (their expected.json blocks), first 600 distinct. */
function corpusWords(): string[] {
  const words = new Set<string>();
  for (const name of readdirSync(FIXTURES)) {
    let expected: { isArabic?: boolean; articles?: { blocks: string[] }[] };
    try {
      expected = JSON.parse(readFileSync(`${FIXTURES}${name}/expected.json`, "utf8"));
    } catch {
      continue;
    }
    if (!expected.isArabic) continue;
    for (const a of expected.articles ?? [])
      for (const b of a.blocks) for (const w of b.replace(/^\w+: /, "").split(/\s+/)) if (w) words.add(w);
  }
  return [...words].slice(0, 600);
}

export const WORDS = corpusWords();
export const CUES = [
  "قال",
  "وقال",
  "أكد",
  "وأضاف",
  "مضيفا",
  "أوضح",
  "أشار إلى أن",
  "وفقا لـ",
  "نقلا عن",
  "إن",
  "أن",
  "بأن",
];
export const MARKS = [
  "«",
  "»",
  '"',
  "“",
  "”",
  "„",
  "‹",
  "›",
  ":",
  "：",
  "،",
  ".",
  "؟",
  "!",
  "…",
  "؛",
  "-",
  "—",
  "(",
  ")",
];
export const BIDI = [
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200F",
  "\u200E",
];
const SPACES = [" ", " ", " ", "\n", "\n\n", "\t", "\u00A0", ""];

/** Any UTF-16 string, lone surrogates included. */
export const anyUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((codes) => String.fromCharCode(...codes));

/** Any string of code points. */
export const anyText = fc.string({ unit: "binary", maxLength: 300 });

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...BIDI) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("٢٠٢٤", "١٥٫٥", "3.5%", "1,500", "د.", "أ.ف.ب") },
  { weight: 1, arbitrary: anyText.map((s) => s.slice(0, 8)) },
  {
    weight: 1,
    // Very long words and runs: no spaces at all, or one mark repeated.
    arbitrary: fc
      .tuple(
        fc.constantFrom("ب", "قال", "«", ":", "»", "a", "1", "\u202E", "ـ", "َ"),
        fc.integer({ min: 50, max: 3000 }),
      )
      .map(([s, n]) => s.repeat(n)),
  },
);

/** Arabic-heavy text: real words, cues and marks separated by spaces, line breaks or nothing. */
export const arabicText = fc
  .array(fc.tuple(piece, fc.constantFrom(...SPACES)), { maxLength: 120 })
  .map((parts) => parts.map(([p, s]) => p + s).join(""));

/** Text of either kind. */
export const hostileText = fc.oneof({ weight: 4, arbitrary: arabicText }, anyText, anyUnits);

const block: fc.Arbitrary<Block> = fc.record({
  kind: fc.constantFrom("paragraph", "heading", "blockquote", "listItem"),
  text: hostileText,
});

/** An article as the extractor would hand it over, with hostile title and blocks. */
export const articleInput: fc.Arbitrary<ArticleInput> = fc.record({
  title: fc.oneof(
    arabicText.map((t) => t.slice(0, 300)),
    anyText,
  ),
  outlet: fc.option(fc.constantFrom(...WORDS)),
  byline: fc.option(anyText),
  publishedAt: fc.option(fc.constantFrom("2024-01-01T00:00:00Z", "not a date")),
  keywords: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
  blocks: fc.array(block, { maxLength: 8 }),
  relatedLinks: fc.array(fc.record({ title: hostileText, url: fc.constant("https://example.com/") }), { maxLength: 3 }),
});
