import { describe, expect, it } from "vitest";
import { hash64 } from "../../src/library/hash.ts";
import { dayOf, recordsFromAnalysis, textHashOf } from "../../src/library/records.ts";
import { canonicalUrl } from "../../src/library/url.ts";
import { article, NOW, page, quoteIn, speaker } from "./library.fixtures.ts";

describe("hash64", () => {
  it("is 16 hex digits, deterministic, and differs for near strings", () => {
    expect(hash64("بيسكوف")).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64("بيسكوف")).toBe(hash64("بيسكوف"));
    const near = ["ab", "ba", "a", "b", "", "بيسكوف", "بيسكوق", "ديمتري", "دميتري"];
    expect(new Set(near.map(hash64)).size).toBe(near.length);
  });
});

describe("canonicalUrl", () => {
  const same: [string, string][] = [
    ["https://www.example.com/news/1?utm_source=fb&utm_medium=x#comments", "https://example.com/news/1"],
    ["http://example.com/news/1/", "https://example.com/news/1"],
    ["https://Example.COM:443/news/1?fbclid=abc", "https://example.com/news/1"],
    ["https://example.com/news/1/amp", "https://example.com/news/1"],
    ["https://example.com/a?b=2&a=1&gclid=z", "https://example.com/a?a=1&b=2"],
    ["https://example.com/%D8%A8%D9%8A%D8%B3%D9%83%D9%88%D9%81", "https://example.com/بيسكوف"],
    ["https://example.com/", "https://example.com/"],
  ];
  it.each(same)("%s → %s", (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });
  // Parameters that choose the article are kept; different articles never collapse.
  const different: [string, string][] = [
    ["https://example.com/news/1", "https://example.com/news/2"],
    ["https://example.com/?p=123", "https://example.com/?p=124"],
    ["https://example.com/news/1", "https://other.com/news/1"],
    ["https://example.com/Article", "https://example.com/article"],
  ];
  it.each(different)("%s ≠ %s", (a, b) => {
    expect(canonicalUrl(a)).not.toBe(canonicalUrl(b));
  });
  it("leaves non-http strings trimmed and otherwise unchanged", () => {
    expect(canonicalUrl("  file:///tmp/a.html ")).toBe("file:///tmp/a.html");
    expect(canonicalUrl("page.html")).toBe("page.html");
  });
});

describe("textHashOf", () => {
  it("ignores whitespace, punctuation and diacritics but not words", () => {
    expect(textHashOf("قالَ الوزيرُ: «نعم».")).toBe(textHashOf("قال الوزير  نعم"));
    expect(textHashOf("قال الوزير نعم")).not.toBe(textHashOf("قال الوزير لا"));
  });
});

describe("dayOf", () => {
  const table: [string | null, string | null][] = [
    ["2023-10-12T23:30:00+03:00", "2023-10-12"],
    ["2023-10-12", "2023-10-12"],
    ["12/10/2023", null],
    [null, null],
  ];
  it.each(table)("%s → %s", (input, expected) => {
    expect(dayOf(input)).toBe(expected);
  });
});

describe("recordsFromAnalysis", () => {
  const url = "https://www.alwatan.example/news/42?utm_source=twitter";

  it("makes one article with its quotes, claims and speaker mentions", () => {
    const r = recordsFromAnalysis(page(url), NOW);
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0];
    expect(a.canonicalUrl).toBe("https://alwatan.example/news/42");
    expect(a.url).toBe(url);
    expect(a.savedAt).toBe("2024-01-05T10:00:00.000Z");
    expect(r.quotes.map((q) => q.kind)).toEqual(["direct", "indirect"]);
    expect(r.quotes.every((q) => q.articleId === a.id && q.speakerName === "ديمتري بيسكوف")).toBe(true);
    expect(r.quotes[0].speakerTitle).toBe("المتحدث الرسمي باسم الكرملين");
    expect(r.claims[0].quoteId).toBe(r.quotes[0].id);
    expect(r.mentions).toEqual([
      expect.objectContaining({ name: "ديمتري بيسكوف", articleId: a.id, outlet: "الوطن", date: "2023-10-12" }),
    ]);
    expect(r.quotes[0].speakerKey).toBe(r.mentions[0].key);
  });

  it("gives the same ids when the same page is saved again, even through another tracking link", () => {
    const a = recordsFromAnalysis(page(url), NOW);
    const b = recordsFromAnalysis(page("http://alwatan.example/news/42/?fbclid=1#top"), NOW);
    expect(b.articles[0].id).toBe(a.articles[0].id);
    expect(b.quotes.map((q) => q.id)).toEqual(a.quotes.map((q) => q.id));
    expect(b.claims.map((q) => q.id)).toEqual(a.claims.map((q) => q.id));
  });

  it("reuses the id of an article with the same text saved under another URL", () => {
    const a = recordsFromAnalysis(page(url), NOW);
    const amp = recordsFromAnalysis(page("https://amp.alwatan.example/42"), NOW, a.articles);
    expect(amp.articles[0].id).toBe(a.articles[0].id);
    const other = recordsFromAnalysis(page("https://amp.alwatan.example/42"), NOW);
    expect(other.articles[0].id).not.toBe(a.articles[0].id);
  });

  it("keeps quote ids when the text above a quote changes (ids do not depend on offsets)", () => {
    const a = recordsFromAnalysis(page(url), NOW);
    const text = `تحديث: ${article().text}`;
    const b = recordsFromAnalysis(
      page(url, [
        article({
          text,
          quotes: [
            quoteIn(text, "q1", "المفاوضات مع كييف متوقفة حاليا", "s1"),
            quoteIn(text, "q2", "الحكومة تدرس المقترحات", "s1", "indirect"),
          ],
        }),
      ]),
      NOW,
    );
    expect(b.quotes.map((q) => q.id)).toEqual(a.quotes.map((q) => q.id));
    expect(b.quotes[0].start).toBe(a.quotes[0].start + "تحديث: ".length);
  });

  it("gives repeated identical quotes distinct ids", () => {
    const text = "قال «نعم» ثم قال «نعم»";
    const q1 = quoteIn(text, "q1", "نعم", "s1");
    const q2 = { ...q1, id: "q2", start: text.lastIndexOf("نعم"), end: text.lastIndexOf("نعم") + 3 };
    const r = recordsFromAnalysis(page(url, [article({ text, quotes: [q1, q2], claims: [] })]), NOW);
    expect(new Set(r.quotes.map((q) => q.id)).size).toBe(2);
  });

  it("gives each article of a multi-article page its own id", () => {
    const second = article({ title: "خبر آخر", text: "نص آخر تماما", quotes: [], claims: [], speakers: [] });
    const r = recordsFromAnalysis(page(url, [article(), second]), NOW);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0].id).not.toBe(r.articles[1].id);
  });

  it("derives the id from the text when there is no URL", () => {
    const a = recordsFromAnalysis(page(null), NOW);
    expect(a.articles[0].id).toBe(`a-${a.articles[0].textHash}`);
    expect(a.articles[0].url).toBe("");
  });

  it("saves nothing for a page that is not a news article", () => {
    const r = recordsFromAnalysis({ ...page(url), isNewsArticle: false, articles: [] }, NOW);
    expect(r).toEqual({ articles: [], quotes: [], claims: [], mentions: [] });
  });

  it("keeps quotes without a speaker with an empty key, and skips speakers that are only titles", () => {
    const text = "وأضاف المصدر أن «الوضع هادئ».";
    const r = recordsFromAnalysis(
      page(url, [
        article({
          text,
          speakers: [speaker("s1", "الدكتور")],
          quotes: [quoteIn(text, "q1", "الوضع هادئ", null)],
          claims: [],
        }),
      ]),
      NOW,
    );
    expect(r.quotes[0]).toMatchObject({ speakerKey: "", speakerName: null });
    expect(r.mentions).toEqual([]);
  });

  it("uses the save date for mentions when the article has no date", () => {
    const r = recordsFromAnalysis(page(url, [article({ publishedAt: null })]), NOW);
    expect(r.mentions[0].date).toBe("2024-01-05");
  });
});
