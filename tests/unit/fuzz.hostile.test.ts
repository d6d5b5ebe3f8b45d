/**
 * Hostile text: inputs built to find super-linear behaviour (regexes that backtrack, quadratic loops) in
 * extract + core. Each must finish within a bound that is generous for a loaded 2-core machine (linear work
 * here takes 0.2–3 s) yet far below what quadratic work costs at these sizes (a run of 30,000 colons
 * took 3 s in one quadratic regex; 200,000 would take minutes).
 */
import { describe, expect, it } from "vitest";
import { analyzeHtml } from "../../src/cli/commands/analyze.ts";
import { analyzePage, MAX_ARTICLE_CHARS } from "../../src/core/analyze.ts";
import type { PageAnalysis } from "../../src/core/types.ts";

const BOUND_MS = 8000;
const MB = 1_000_000;
const fill = (s: string, length: number) => s.repeat(Math.ceil(length / s.length)).slice(0, length);

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

/** The core over one article whose single block (and title, and one page link) is `text`. */
function analyzeText(text: string): PageAnalysis {
  const arabic = "قال وزير الخارجية إن الوضع في المنطقة مستقر وإن الحكومة تتابع التطورات عن كثب. ";
  return analyzePage(
    {
      url: null,
      sampleText: arabic.repeat(20),
      articles: [
        {
          title: text,
          outlet: null,
          byline: null,
          publishedAt: null,
          keywords: [],
          blocks: [
            { kind: "paragraph", text: arabic },
            { kind: "paragraph", text },
          ],
          relatedLinks: [],
        },
      ],
      pageLinks: [{ title: text, url: "https://example.com/" }],
    },
    () => 0,
  );
}

describe("the core finishes on hostile text in bounded time", () => {
  it.each([
    ["1 MB of Arabic letters without a space", fill("بسم", MB)],
    ["1 MB of Latin letters without a space", "a".repeat(MB)],
    // Each run is followed by a word: a regex anchored at the end retries from every position of the run.
    ["100,000 « then a word", `${"«".repeat(100_000)}قال`],
    ["100,000 colons then a word", `${":".repeat(100_000)}قال`],
    ["100,000 commas and spaces then a word", `${"، ".repeat(50_000)}قال`],
    ["100,000 spaces and dashes then a word", `${" -".repeat(50_000)}قال`],
    ["100,000 colons between words", fill("الوزير: ", 800_000)],
    ["cue verbs repeated 100,000 times", fill("وقال إن ", 800_000)],
    ["nested quotation marks, 50,000 deep", `${"«".repeat(50_000)}${"»".repeat(50_000)}`],
    ["bidi controls around every word", fill("\u202B\u2067قال\u2069\u202C ", 500_000)],
  ])("%s", (_name, text) => {
    const { value, ms } = timed(() => analyzeText(text));
    expect(ms).toBeLessThan(BOUND_MS);
    const article = value.articles[0];
    expect(article).toBeDefined();
    expect(article?.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(article?.truncated === true).toBe(text.length > MAX_ARTICLE_CHARS);
    for (const q of article?.quotes ?? []) if (q.start >= 0) expect(article?.text.slice(q.start, q.end)).toBe(q.text);
    for (const c of article?.claims ?? []) expect(article?.text.slice(c.start, c.end)).toBe(c.text);
  });

  it("still finds the quotes of a long article cut at the bound", () => {
    const sentence = "وقال الوزير إن «الحكومة ستعلن خطة جديدة للإسكان الأسبوع المقبل». ";
    const { value, ms } = timed(() => analyzeText(fill(sentence, 400_000)));
    expect(ms).toBeLessThan(BOUND_MS);
    // Every complete sentence before the bound is still read as a quote.
    expect(value.articles[0]?.quotes.filter((q) => q.kind === "direct").length).toBeGreaterThan(1000);
  });
});

describe("extract + core finish on hostile pages in bounded time", () => {
  const page = (head: string, body: string) =>
    `<!doctype html><html lang="ar"><head><meta charset="utf-8">${head}</head><body><article>${body}</article></body></html>`;
  const story =
    "<h1>وزير الخارجية: المنطقة تمر بمرحلة حساسة</h1>" +
    "<p>قال وزير الخارجية في مؤتمر صحفي اليوم إن «المنطقة تمر بمرحلة حساسة تتطلب الحكمة».</p>".repeat(5);

  it.each([
    ["a title of 100,000 colons", page(`<title>${":".repeat(100_000)}</title>`, story)],
    ["a title of 100,000 «", page(`<title>${"«".repeat(100_000)}</title>`, story)],
    ["a paragraph of 1 MB without a space", page("<title>خبر</title>", `${story}<p>${fill("بسم", MB)}</p>`)],
    ["100,000 dashes and bars in the title", page(`<title>${fill(" - | ", 100_000)}</title>`, story)],
    ["an attribute of 1 MB", page(`<meta name="description" content="${fill("ب:", MB)}">`, story)],
    ["50,000 empty paragraphs", page("<title>خبر</title>", story + "<p></p>".repeat(50_000))],
    ["100,000 unclosed <p>", page("<title>خبر</title>", story + "<p>قال".repeat(100_000))],
  ])("%s", (_name, html) => {
    const { value, ms } = timed(() => analyzeHtml(html, null));
    expect(ms).toBeLessThan(BOUND_MS);
    for (const article of value.articles)
      for (const q of article.quotes) if (q.start >= 0) expect(article.text.slice(q.start, q.end)).toBe(q.text);
  });
});
