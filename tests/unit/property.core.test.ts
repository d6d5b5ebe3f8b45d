/**
 * Properties of the core over hostile text (tests/fuzz/arbitraries.ts): it never throws, every quote and
 * claim offset slices Article.text to exactly the reported words (headline quotes of the title sit at
 * -1/-1, as src/core/quotes/index.ts documents), the match key is idempotent and agrees with the per-word
 * key, segmentation spans slice the text, and the same input always gives the same output.
 * Seeds are fixed and counts bounded so the file stays within seconds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeArticle, analyzePage, articleText, MAX_ARTICLE_CHARS } from "../../src/core/analyze.ts";
import { keyTokens, matchKey } from "../../src/core/normalize/matchKey.ts";
import { tokenize, wordKey } from "../../src/core/normalize/tokens.ts";
import { splitClauses, splitSentences } from "../../src/core/segment/index.ts";
import type { Article } from "../../src/core/types.ts";
import { anyText, anyUnits, arabicText, articleInput, hostileText } from "../fuzz/arbitraries.ts";

const params = (seed: number, numRuns: number) => ({ seed, numRuns, endOnFailure: true });

/** Every way an article's offsets or references can be wrong, as a list of messages (empty when right). */
function offsetErrors(a: Article): string[] {
  const errors: string[] = [];
  const ids = new Set(a.speakers.map((s) => s.id));
  for (const q of a.quotes) {
    if (q.kind === "headline" && q.start === -1) {
      if (q.end !== -1) errors.push(`headline quote ${q.id} has end ${q.end}`);
    } else if (a.text.slice(q.start, q.end) !== q.text) errors.push(`quote ${q.id} ${q.start}-${q.end}`);
    if (q.speakerId !== null && !ids.has(q.speakerId)) errors.push(`quote ${q.id} speaker ${q.speakerId}`);
  }
  for (const c of a.claims) {
    if (a.text.slice(c.start, c.end) !== c.text) errors.push(`claim ${c.id} ${c.start}-${c.end}`);
    if (!(c.score >= 0 && c.score <= 1)) errors.push(`claim ${c.id} score ${c.score}`);
    if (c.quoteId !== null && !a.quotes.some((q) => q.id === c.quoteId))
      errors.push(`claim ${c.id} quote ${c.quoteId}`);
  }
  if (new Set(a.quotes.map((q) => q.id)).size !== a.quotes.length) errors.push("duplicate quote ids");
  if (ids.size !== a.speakers.length) errors.push("duplicate speaker ids");
  return errors;
}

describe("analyzeArticle over hostile text", () => {
  it("never throws, and every offset slices the article text to the reported words", () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        expect(offsetErrors(analyzeArticle(input))).toEqual([]);
      }),
      params(20260801, 400),
    );
  });

  it("gives the same result for the same input", () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        expect(analyzeArticle(structuredClone(input))).toEqual(analyzeArticle(structuredClone(input)));
      }),
      params(20260802, 60),
    );
  });

  it("keeps body text a bounded prefix of the joined blocks, and says when it cut", () => {
    const long = "قال الوزير إن «الوضع مستقر». ".repeat(Math.ceil((MAX_ARTICLE_CHARS * 1.5) / 29));
    const input = {
      title: "",
      outlet: null,
      byline: null,
      publishedAt: null,
      keywords: [],
      blocks: [{ kind: "paragraph" as const, text: long }],
      relatedLinks: [],
    };
    const text = articleText(input);
    expect(text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(text.length).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.9);
    expect(long.startsWith(text)).toBe(true);
    const a = analyzeArticle(input);
    expect(a.truncated).toBe(true);
    expect(offsetErrors(a)).toEqual([]);
    // Not cut: no flag at all.
    expect(
      analyzeArticle({ ...input, blocks: [{ kind: "paragraph", text: "قال الوزير إن الوضع مستقر." }] }).truncated,
    ).toBe(undefined);
  });

  it("never splits a surrogate pair when it cuts a word with no space", () => {
    const emoji = "😀".repeat(MAX_ARTICLE_CHARS);
    const text = articleText({
      title: "",
      outlet: null,
      byline: null,
      publishedAt: null,
      keywords: [],
      blocks: [{ kind: "paragraph", text: `x${emoji}` }],
      relatedLinks: [],
    });
    const last = text.charCodeAt(text.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
  });
});

describe("analyzePage over hostile input", () => {
  it("never throws on any sample text, articles and page links, and is deterministic", () => {
    const page = fc.record({
      url: fc.option(fc.constantFrom("https://example.com/a", "not a url", "")),
      sampleText: hostileText,
      articles: fc.array(articleInput, { maxLength: 2 }),
      pageLinks: fc.array(fc.record({ title: hostileText, url: fc.constant("https://example.com/x") }), {
        maxLength: 5,
      }),
    });
    fc.assert(
      fc.property(page, (input) => {
        const a = analyzePage(structuredClone(input), () => 0);
        const b = analyzePage(structuredClone(input), () => 0);
        expect(a).toEqual(b);
        for (const article of a.articles) expect(offsetErrors(article)).toEqual([]);
        expect(a.isNewsArticle).toBe(a.articles.length > 0);
        expect(a.language.arabicRatio >= 0 && a.language.arabicRatio <= 1).toBe(true);
      }),
      params(20260803, 200),
    );
  });
});

describe("matchKey", () => {
  it("is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, anyUnits, arabicText), (s) => {
        const k = matchKey(s);
        expect(matchKey(k)).toBe(k);
      }),
      params(20260804, 400),
    );
  });

  it("agrees with the per-word key of every word token, and key tokens hold no separators", () => {
    fc.assert(
      fc.property(fc.oneof(arabicText, anyText), (s) => {
        for (const t of tokenize(s)) {
          expect(s.slice(t.start, t.end)).toBe(t.raw);
          if (t.type === "word") expect(wordKey(t.raw)).toBe(matchKey(t.raw));
        }
        for (const k of keyTokens(s)) expect(k).toMatch(/^[\p{L}\p{N}]+$/u);
      }),
      params(20260805, 300),
    );
  });

  // Idempotence must not hold by accident of doing nothing: the folds it claims are made.
  it.each([
    ["أَحْمَد", "احمد"],
    ["إسرائيل", "اسراييل"],
    ["مستشفى", "مستشفي"],
    ["الحكومة", "الحكومه"],
    ["٢٠٢٤", "2024"],
    ["ـــقـال", "قال"],
    ["UN", "un"],
  ])("folds %s to %s", (input, key) => {
    expect(matchKey(input)).toBe(key);
    expect(matchKey(key)).toBe(key);
  });
});

describe("segmentation over hostile text", () => {
  it("sentences and clauses slice the text, in order, without overlap", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        for (const spans of [splitSentences(s), splitClauses(s)]) {
          let last = 0;
          for (const span of spans) {
            expect(s.slice(span.start, span.end)).toBe(span.text);
            expect(span.start).toBeGreaterThanOrEqual(last);
            expect(span.end).toBeGreaterThan(span.start);
            last = span.end;
          }
        }
      }),
      params(20260806, 300),
    );
  });

  it("a quotation over a full stop stays one sentence (the property is not vacuous)", () => {
    expect(splitSentences("قال: «نحن مستعدون. لن نتراجع». ثم غادر.").map((s) => s.text)).toEqual([
      "قال: «نحن مستعدون. لن نتراجع».",
      "ثم غادر.",
    ]);
  });
});
