/** The match key and word tokens with offsets. */
import { describe, expect, it } from "vitest";
import { matchKey } from "../../src/core/normalize/matchKey.ts";
import { bareKey, isDefinite, keyVariants, tokenize } from "../../src/core/normalize/tokens.ts";

describe("matchKey", () => {
  it.each([
    ["أكّدَ", "اكد"],
    ["إلى", "الي"],
    ["مضيفًا", "مضيفا"],
    ["مؤكدة", "موكده"],
    ["بـ", "ب"],
    ["٢٠٢٤", "2024"],
    // NFD splits أ into ا + hamza above: the key is the same as for the composed letter.
    ["\u0627\u0654كد", "اكد"],
  ])("%s → %s", (input, key) => {
    expect(matchKey(input)).toBe(key);
  });
});

describe("tokenize", () => {
  it("keeps offsets, numbers with decimals, marks and line breaks", () => {
    const t = 'قال: «ارتفع 7.3%»\n\nبـ"الجيش"';
    const toks = tokenize(t);
    for (const k of toks) expect(t.slice(k.start, k.end)).toBe(k.raw);
    expect(toks.map((k) => k.type)).toEqual([
      "word",
      "punct",
      "mark",
      "word",
      "word",
      "punct",
      "mark",
      "newline",
      "word",
      "mark",
      "word",
      "mark",
    ]);
    expect(toks[4]?.raw).toBe("7.3");
  });
});

describe("keyVariants / bareKey / isDefinite", () => {
  it.each([
    ["واضاف", ["واضاف", "اضاف"]],
    ["فقال", ["فقال", "قال"]],
    ["وزير", ["وزير", "زير"]],
  ])("%s", (k, v) => {
    expect(keyVariants(k)).toEqual(v);
  });

  it.each([
    ["الجيش", "جيش"],
    ["للوزاره", "وزاره"],
    ["بالشرق", "شرق"],
    ["لافروف", "لافروف"],
  ])("bareKey %s → %s", (k, b) => {
    expect(bareKey(k)).toBe(b);
  });

  it("isDefinite", () => {
    expect(isDefinite("الجيش")).toBe(true);
    expect(isDefinite("للوزاره")).toBe(true);
    expect(isDefinite("لافروف")).toBe(false);
    expect(isDefinite("الا")).toBe(false);
  });
});
