/**
 * The core in bounded steps (src/core/steps.ts): the same PageAnalysis as analyzePage on every fixture
 * page (their articles are all shorter than WHOLE_ARTICLE_CHARS), with a yield between the units of work;
 * longer bodies are cut into chunks at paragraph breaks, and the merged result keeps every invariant of
 * an analysis (offsets slice the text, ids unique and resolvable, the claim limit held).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeHtml, parseDocument } from "../../src/cli/loadPage.ts";
import { analyzeArticle, analyzePage } from "../../src/core/analyze.ts";
import { DEFAULT_OPTIONS } from "../../src/core/claims/index.ts";
import {
  analyzeArticleSteps,
  analyzePageSteps,
  CHUNK_CHARS,
  chunkRanges,
  FIRST_CHUNK_CHARS,
  runSteps,
  type Steps,
  WHOLE_ARTICLE_CHARS,
} from "../../src/core/steps.ts";
import type { Article, ArticleInput, PageAnalysis, PageInput } from "../../src/core/types.ts";
import { extractPage } from "../../src/extract/index.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/pages/", import.meta.url));

function fixtureInputs(): [string, PageInput][] {
  const out: [string, PageInput][] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    let html: string;
    try {
      html = decodeHtml(readFileSync(join(FIXTURES, name, "source.html")));
    } catch {
      continue;
    }
    out.push([name, extractPage(parseDocument(html), null)]);
  }
  return out;
}

/** Drains `steps`, counting the yields. */
function drain<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, yields };
    yields++;
  }
}

const withoutTimings = (a: PageAnalysis) => ({ ...a, timings: undefined });

/** Every way an article's offsets or references can be wrong (as in property.core.test.ts). */
function offsetErrors(a: Article): string[] {
  const errors: string[] = [];
  const ids = new Set(a.speakers.map((s) => s.id));
  for (const q of a.quotes) {
    if (q.start === -1) {
      if (q.kind !== "headline" || q.end !== -1) errors.push(`quote ${q.id} at -1`);
    } else if (a.text.slice(q.start, q.end) !== q.text) errors.push(`quote ${q.id} ${q.start}-${q.end}`);
    if (q.speakerId !== null && !ids.has(q.speakerId)) errors.push(`quote ${q.id} speaker ${q.speakerId}`);
  }
  for (const c of a.claims) {
    if (a.text.slice(c.start, c.end) !== c.text) errors.push(`claim ${c.id} ${c.start}-${c.end}`);
    if (c.quoteId !== null && !a.quotes.some((q) => q.id === c.quoteId)) errors.push(`claim ${c.id} quote`);
  }
  if (new Set(a.quotes.map((q) => q.id)).size !== a.quotes.length) errors.push("duplicate quote ids");
  if (new Set(a.claims.map((c) => c.id)).size !== a.claims.length) errors.push("duplicate claim ids");
  if (ids.size !== a.speakers.length) errors.push("duplicate speaker ids");
  return errors;
}

describe("analyzePageSteps", () => {
  const pages = fixtureInputs();

  it("has fixture pages to compare on", () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
    expect(pages.filter(([, p]) => p.articles.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)("gives analyzePage's result on %s, with a yield between units of work", (_name, input) => {
    const whole = analyzePage(structuredClone(input));
    const { value, yields } = drain(analyzePageSteps(structuredClone(input)));
    expect(withoutTimings(value)).toEqual(withoutTimings(whole));
    // Quotes and claims of each article are separate units (and the page's link headlines one more).
    if (whole.articles.length) expect(yields).toBeGreaterThanOrEqual(2 * whole.articles.length + 1);
  });

  it("does nothing beyond language identification on a page that is not Arabic", () => {
    const english: PageInput = {
      url: null,
      sampleText: "The minister said the situation was stable. ".repeat(40),
      articles: [{ ...article(["The minister said the situation was stable."]) }],
    };
    const { value, yields } = drain(analyzePageSteps(english));
    expect(value.articles).toEqual([]);
    expect(yields).toBe(0);
  });
});

/** An article input of the given paragraphs. */
function article(paragraphs: string[], title = "عنوان الخبر"): ArticleInput {
  return {
    title,
    outlet: null,
    byline: null,
    publishedAt: null,
    keywords: [],
    blocks: paragraphs.map((text) => ({ kind: "paragraph" as const, text })),
    relatedLinks: [],
  };
}

/** Paragraphs of the fixture articles, in order. */
function fixtureParagraphs(): string[] {
  return fixtureInputs().flatMap(([, p]) => p.articles.flatMap((a) => a.blocks.map((b) => b.text)));
}

describe("long bodies", () => {
  const paragraphs = fixtureParagraphs();
  /** About `chars` characters of real news paragraphs. */
  const longArticle = (chars: number) => {
    const out: string[] = [];
    for (let i = 0, n = 0; n < chars; i++) {
      const p = paragraphs[i % paragraphs.length];
      out.push(p);
      n += p.length + 2;
    }
    return article(out, "الوزير: «الوضع مستقر»");
  };

  it("analyzes a body up to WHOLE_ARTICLE_CHARS whole, exactly as analyzeArticle", () => {
    const input = longArticle(WHOLE_ARTICLE_CHARS - 2_000);
    expect(runSteps(analyzeArticleSteps(input))).toEqual(analyzeArticle(input));
  });

  it("cuts a longer body into chunks, one unit of work each, keeping every invariant", () => {
    const input = longArticle(60_000);
    const { value, yields } = drain(analyzeArticleSteps(input));
    const chunks = chunkRanges(value.text, CHUNK_CHARS, FIRST_CHUNK_CHARS).length;
    expect(chunks).toBeGreaterThanOrEqual(60_000 / CHUNK_CHARS);
    expect(yields).toBeGreaterThanOrEqual(2 * chunks); // quotes and claims, per chunk
    expect(offsetErrors(value)).toEqual([]);
    expect(value.quotes.filter((q) => q.id === "q0")).toHaveLength(1); // the title's headline quote, once
    expect(value.claims.filter((c) => !c.flags?.length).length).toBeLessThanOrEqual(DEFAULT_OPTIONS.maxClaims);
    expect(value.claims.length).toBeGreaterThan(0);
    // One claim per text, although the paragraphs repeat.
    expect(new Set(value.claims.map((c) => c.text)).size).toBe(value.claims.length);
  });

  it("finds in chunks most of the quotes the whole analysis finds", () => {
    const input = longArticle(45_000);
    const whole = analyzeArticle(input);
    const chunked = runSteps(analyzeArticleSteps(input));
    const spans = new Set(chunked.quotes.map((q) => `${q.start}:${q.end}`));
    const kept = whole.quotes.filter((q) => spans.has(`${q.start}:${q.end}`)).length;
    expect(whole.quotes.length).toBeGreaterThan(20);
    // Lost only where a quote needed the chunk before (a "وأضاف" after a chunk boundary).
    expect(kept / whole.quotes.length).toBeGreaterThan(0.9);
    // Speakers are merged across chunks: one per key.
    const keys = chunked.speakers.map((s) => s.key || s.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("chunkRanges", () => {
  it.each<[string, string, number, string[]]>([
    ["paragraph breaks first", "أ ب ج\n\nد ه و\n\nز ح ط", 8, ["أ ب ج", "د ه و", "ز ح ط"]],
    ["a sentence end when no break fits", "جملة أولى. جملة ثانية. جملة", 14, ["جملة أولى.", "جملة ثانية.", "جملة"]],
    ["a space as the last resort", "كلمة كلمة كلمة كلمة", 11, ["كلمة كلمة", "كلمة كلمة"]],
    ["one chunk when short", "نص قصير", 100, ["نص قصير"]],
    ["nothing from blank text", " \n\n ", 10, []],
  ])("%s", (_why, text, size, expected) => {
    expect(chunkRanges(text, size).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });

  it("never makes a chunk longer than the size, and never splits a surrogate pair", () => {
    const text = "😀".repeat(5_000);
    const ranges = chunkRanges(text, 999);
    for (const [s, e] of ranges) {
      expect(e - s).toBeLessThanOrEqual(999);
      expect(e - s).toBeGreaterThan(0);
      expect(text.charCodeAt(s) >= 0xdc00 && text.charCodeAt(s) <= 0xdfff).toBe(false);
    }
    expect(ranges.map(([s, e]) => text.slice(s, e)).join("")).toBe(text);
  });

  it("starts small and doubles up to the size (cold code gets short chunks)", () => {
    const text = "كلمة ".repeat(2_000).trim();
    const sizes = chunkRanges(text, 1_600, 200).map(([s, e]) => e - s);
    expect(sizes[0]).toBeLessThanOrEqual(200);
    expect(sizes[1]).toBeGreaterThan(200);
    expect(sizes[1]).toBeLessThanOrEqual(400);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1_600);
    expect(sizes.filter((n) => n > 800).length).toBeGreaterThan(3);
  });

  it("must NOT cut inside a word when a space is near", () => {
    const text = `${"كلمة ".repeat(30)}نهاية`;
    for (const [s, e] of chunkRanges(text, 37)) {
      const piece = text.slice(s, e);
      expect(piece.split(" ").every((w) => w === "كلمة" || w === "نهاية")).toBe(true);
    }
  });
});
