import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Article, PageAnalysis } from "../../src/core/types.ts";
import { IsnadDatabase } from "../../src/storage/db.ts";
import {
  deletePage,
  loadPage,
  pageKey,
  quotesBySpeaker,
  recentArticles,
  savePageAnalysis,
} from "../../src/storage/pages.ts";
import { getUiLanguage, setUiLanguage } from "../../src/storage/settings.ts";

function article(title: string, quotes: [speakerId: string | null, text: string, start: number][]): Article {
  return {
    title,
    outlet: "الوطن",
    byline: null,
    publishedAt: "2024-05-01T10:00:00Z",
    keywords: [],
    text: "نص المقال",
    speakers: [
      { id: "s1", name: "ديمتري بيسكوف", aliases: ["بيسكوف"], title: "المتحدث باسم الكرملين", kind: "person" },
      { id: "s2", name: "وزارة الخارجية", aliases: [], title: null, kind: "organization", key: "وزاره خارجيه" },
    ],
    quotes: quotes.map(([speakerId, text, start], i) => ({
      id: `q${i + 1}`,
      text,
      kind: "direct",
      cue: "قال",
      speakerId,
      via: null,
      start,
      end: start + text.length,
    })),
    claims: [
      { id: "c1", text: "ارتفع العدد إلى 30", score: 0.8, reasons: ["number"], quoteId: null, start: 0, end: 5 },
    ],
    relatedLinks: [],
  };
}

function page(articles: Article[]): PageAnalysis {
  return {
    url: "https://example.com/a",
    language: { isArabic: true, arabicRatio: 0.9 },
    isNewsArticle: true,
    articles,
  };
}

let db: IsnadDatabase;
let n = 0;
beforeEach(async () => {
  db = new IsnadDatabase(`test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe("pageKey", () => {
  it.each([
    ["https://a.com/x#comments", "https://a.com/x"],
    ["https://a.com/x?id=3#top", "https://a.com/x?id=3"],
  ])("%s → %s", (input, expected) => expect(pageKey(input)).toBe(expected));
  it.each([["https://a.com/x?id=3"], ["https://a.com/x"]])("keeps %s as it is", (url) =>
    expect(pageKey(url)).toBe(url),
  );
});

describe("savePageAnalysis / loadPage", () => {
  it("stores a page's articles with their speakers, quotes and claims, in page order", async () => {
    const analysis = page([
      article("الأول", [
        ["s2", "ثانيًا", 40],
        ["s1", "أولًا", 10],
      ]),
      article("الثاني", [[null, "بلا قائل", 3]]),
    ]);
    const summary = await savePageAnalysis(db, analysis, { url: "https://example.com/a#x", savedAt: 1000 });
    expect(summary).toEqual({
      url: "https://example.com/a",
      articleIds: ["https://example.com/a#0", "https://example.com/a#1"],
      quotes: 3,
    });
    const stored = await loadPage(db, "https://example.com/a");
    expect(stored.map((s) => s.article.title)).toEqual(["الأول", "الثاني"]);
    expect(stored[0].article).toMatchObject({ outlet: "الوطن", publishedAt: "2024-05-01T10:00:00Z", savedAt: 1000 });
    expect(stored[0].quotes.map((q) => q.text)).toEqual(["أولًا", "ثانيًا"]); // by offset
    expect(stored[0].quotes.map((q) => q.speakerKey)).toEqual([expect.any(String), "وزاره خارجيه"]);
    expect(stored[0].quotes[0].speakerKey).not.toBe("");
    expect(stored[1].quotes[0].speakerKey).toBe("");
    expect(stored[0].claims).toHaveLength(1);
    expect(stored[0].speakers.map((s) => s.name)).toEqual(["ديمتري بيسكوف", "وزارة الخارجية"]);
  });

  it("replaces the stored page when the same URL is saved again, keeping its first save time", async () => {
    await savePageAnalysis(db, page([article("أ", [["s1", "1", 0]]), article("ب", [])]), {
      url: "https://example.com/a",
      savedAt: 1000,
    });
    await savePageAnalysis(
      db,
      page([
        article("أ محدث", [
          ["s1", "2", 0],
          ["s2", "3", 5],
        ]),
      ]),
      {
        url: "https://example.com/a#again",
        savedAt: 2000,
      },
    );
    expect(await db.articles.count()).toBe(1);
    expect(await db.quotes.count()).toBe(2);
    expect(await db.speakers.count()).toBe(2);
    const [only] = await loadPage(db, "https://example.com/a");
    expect(only.article).toMatchObject({ title: "أ محدث", savedAt: 2000, firstSavedAt: 1000, quoteCount: 2 });
  });

  it("does not store a page without articles", async () => {
    const summary = await savePageAnalysis(db, { ...page([]), isNewsArticle: false }, { url: "https://x.org/" });
    expect(summary.articleIds).toEqual([]);
    expect(await db.articles.count()).toBe(0);
  });

  it("finds a speaker's quotes across pages and lists recent articles first", async () => {
    await savePageAnalysis(db, page([article("أ", [["s1", "من الأولى", 0]])]), { url: "https://a.com/1", savedAt: 1 });
    await savePageAnalysis(db, page([article("ب", [["s1", "من الثانية", 0]])]), { url: "https://b.com/2", savedAt: 2 });
    const [first] = await loadPage(db, "https://a.com/1");
    const quotes = await quotesBySpeaker(db, first.speakers[0].key);
    expect(quotes.map((q) => q.text)).toEqual(["من الثانية", "من الأولى"]);
    expect((await recentArticles(db)).map((a) => a.title)).toEqual(["ب", "أ"]);
  });

  it("deletes a page with everything found in it, and nothing else", async () => {
    await savePageAnalysis(db, page([article("أ", [["s1", "1", 0]])]), { url: "https://a.com/1" });
    await savePageAnalysis(db, page([article("ب", [["s1", "2", 0]])]), { url: "https://b.com/2" });
    await deletePage(db, "https://a.com/1#frag");
    expect(await loadPage(db, "https://a.com/1")).toEqual([]);
    expect(await db.quotes.count()).toBe(1);
    expect(await db.claims.count()).toBe(1);
    expect((await loadPage(db, "https://b.com/2")).length).toBe(1);
  });
});

describe("settings", () => {
  it("defaults the interface to Arabic and remembers English", async () => {
    expect(await getUiLanguage(db)).toBe("ar");
    await setUiLanguage(db, "en");
    expect(await getUiLanguage(db)).toBe("en");
  });
});
