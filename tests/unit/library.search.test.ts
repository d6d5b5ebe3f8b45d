import { describe, expect, it } from "vitest";
import { type PageRecords, recordsFromAnalysis } from "../../src/library/records.ts";
import { LibraryIndex, searchTerms } from "../../src/library/search.ts";
import { addMentions, resolveSpeaker, speakerMatcher } from "../../src/library/speakers.ts";
import { searchStem } from "../../src/library/stem.ts";
import { article, NOW, page, quoteIn, speaker } from "./library.fixtures.ts";

describe("searchStem", () => {
  const table: [string, string][] = [
    ["الحكومه", "حكوم"],
    ["بالحكومه", "حكوم"],
    ["والحكومه", "حكوم"],
    ["للحكومه", "حكوم"],
    ["حكومات", "حكوم"],
    ["الحكوميه", "حكوم"],
    ["المسوولون", "مسوول"],
    ["المسوولين", "مسوول"],
    ["واضاف", "واضاف"],
    ["وتابعت", "تابعت"],
    ["كلمه", "كلم"],
    ["كلمات", "كلم"],
  ];
  it.each(table)("%s → %s", (input, expected) => {
    expect(searchStem(input)).toBe(expected);
  });
  // Words that merely begin or end with a clitic's letters, and short words, stay whole.
  const untouched = [
    "وزير",
    "فريق",
    "بيان",
    "لقاء",
    "بيسكوف",
    "لافروف",
    "ايران",
    "لبنان",
    "كورونا",
    "الله",
    "عبدالله",
    "قال",
    "2023",
    "kremlin",
  ];
  it.each(untouched)("%s is left alone", (word) => {
    expect(searchStem(word)).toBe(word);
  });
});

describe("searchTerms", () => {
  it("folds, drops stopwords and stems", () => {
    expect(searchTerms("قالَ في الحكومةِ")).toEqual(["قال", "حكوم"]);
    expect(searchTerms("في من على")).toEqual([]);
  });
});

function lib(): { index: LibraryIndex; pages: PageRecords[] } {
  const p1 = recordsFromAnalysis(page("https://alwatan.example/1"), NOW);
  const text2 =
    "أكد وزير الخارجية الروسي سيرغي لافروف أن «موسكو لن تقبل بالشروط الغربية». وقال إن الحكومات الأوروبية تتحمل المسؤولية.";
  const p2 = recordsFromAnalysis(
    page("https://aljazeera.example/2", [
      article({
        title: "لافروف: لن نقبل بالشروط الغربية",
        outlet: "الجزيرة نت",
        publishedAt: "2023-11-20T10:00:00Z",
        text: text2,
        speakers: [speaker("s1", "سيرغي لافروف", "وزير الخارجية الروسي")],
        quotes: [
          quoteIn(text2, "q1", "موسكو لن تقبل بالشروط الغربية", "s1"),
          quoteIn(text2, "q2", "الحكومات الأوروبية تتحمل المسؤولية", "s1", "indirect"),
        ],
        claims: [],
      }),
    ]),
    NOW,
  );
  p2.quotes[0].saved = { tags: ["روسيا", "عقوبات"], note: "للمقارنة مع تصريح سابق", savedAt: NOW.toISOString() };
  const index = LibraryIndex.create();
  for (const p of [p1, p2]) index.indexArticle({ article: p.articles[0], quotes: p.quotes, claims: p.claims });
  return { index, pages: [p1, p2] };
}

describe("LibraryIndex", () => {
  it("finds quotes through clitics, plurals and diacritics", () => {
    const { index, pages } = lib();
    const hits = index.search("حكومة");
    expect(hits.map((h) => h.ref)).toEqual(expect.arrayContaining([pages[0].quotes[1].id, pages[1].quotes[1].id]));
    expect(index.search("بِالمُفاوضات").map((h) => h.ref)).toContain(pages[0].quotes[0].id);
  });

  it("requires every word by default and can take any", () => {
    const { index } = lib();
    expect(index.search("موسكو كييف")).toEqual([]);
    expect(index.search("موسكو كييف", {}, { combine: "or" }).length).toBeGreaterThan(1);
  });

  it("matches the last word as a prefix while typing", () => {
    const { index, pages } = lib();
    expect(index.search("لافر").map((h) => h.ref)).toContain(pages[1].quotes[0].id);
    expect(index.search("لافر", {}, { prefix: false })).toEqual([]);
    // Typing stopped inside a suffix still finds the word.
    expect(index.search("المفاوضا").map((h) => h.ref)).toContain(pages[0].quotes[0].id);
    expect(index.search("الغربي").map((h) => h.ref)).toContain(pages[1].quotes[0].id);
    expect(index.search("المفاوضا", {}, { prefix: false })).toEqual([]);
  });

  it("searches titles, speaker names and notes", () => {
    const { index, pages } = lib();
    expect(index.search("الكرملين", { types: ["title"] }).map((h) => h.ref)).toEqual([pages[0].articles[0].id]);
    // Another spelling of the speaker's name finds their quotes.
    for (const q of ["دميتري", "ديمتري بيسكوف", "سيرجي لافروف"])
      expect(index.search(q, { types: ["quote"] }).length).toBe(2);
    expect(index.search("سيرجي بيسكوف", { types: ["quote"] })).toEqual([]);
    expect(index.search("للمقارنة").map((h) => h.ref)).toEqual([pages[1].quotes[0].id]);
  });

  it("filters by outlet, dates, tags, quote kind and speaker", () => {
    const { index, pages } = lib();
    const all = { types: ["quote" as const] };
    expect(index.search("", { ...all, outlets: ["الجزيرة نت"] })).toHaveLength(2);
    expect(index.search("", { ...all, from: "2023-11-01" }).every((h) => h.articleId === pages[1].articles[0].id)).toBe(
      true,
    );
    expect(index.search("", { ...all, to: "2023-10-31" }).every((h) => h.articleId === pages[0].articles[0].id)).toBe(
      true,
    );
    expect(index.search("", { tags: ["عقوبات"] }).map((h) => h.ref)).toEqual([pages[1].quotes[0].id]);
    expect(index.search("", { tags: ["عقوبات", "غير موجود"] })).toEqual([]);
    expect(index.search("", { quoteKinds: ["indirect"] })).toHaveLength(2);
    const registry = addMentions([], [...pages[0].mentions, ...pages[1].mentions], NOW).entries;
    const lavrov = speakerMatcher(registry, pages[1].mentions[0].key);
    const hits = index.search("", { speaker: lavrov });
    expect(hits.map((h) => h.ref).sort()).toEqual(pages[1].quotes.map((q) => q.id).sort());
  });

  it("lists newest first for an empty query, and nothing for a query of stopwords", () => {
    const { index, pages } = lib();
    const hits = index.search("", { types: ["title"] });
    expect(hits.map((h) => h.ref)).toEqual([pages[1].articles[0].id, pages[0].articles[0].id]);
    expect(index.search("في من")).toEqual([]);
  });

  it("replaces an article's documents on re-save and removes them on delete", () => {
    const { index, pages } = lib();
    const size = index.size;
    const p = pages[0];
    index.indexArticle({ article: p.articles[0], quotes: p.quotes.slice(0, 1), claims: p.claims });
    expect(index.size).toBe(size - 1);
    expect(index.search("المقترحات")).toEqual([]);
    index.removeArticle(p.articles[0].id);
    expect(index.search("كييف")).toEqual([]);
    expect(index.search("موسكو").length).toBeGreaterThan(0);
  });

  it("indexes speakers as the registry resolves them", () => {
    const { index, pages } = lib();
    const registry = addMentions([], [...pages[0].mentions, ...pages[1].mentions], NOW).entries;
    index.indexSpeakers(registry.map((e) => resolveSpeaker(registry, e.key)).filter((e) => e !== null));
    const hits = index.search("وزير الخارجية", { types: ["speaker"] });
    expect(hits.map((h) => h.ref)).toEqual([pages[1].mentions[0].key]);
  });

  it("survives a snapshot (structured clone, as IndexedDB stores it) with the same results", () => {
    const { index, pages } = lib();
    // A removed article and a re-saved one: the snapshot is compacted and renumbered.
    index.removeArticle(pages[0].articles[0].id);
    index.indexArticle({ article: pages[0].articles[0], quotes: pages[0].quotes, claims: pages[0].claims });
    const before = ["حكومة", "لافر", "الكرملين", ""].map((q) => index.search(q));
    const restored = LibraryIndex.fromSnapshot(structuredClone(index.toSnapshot()));
    expect(["حكومة", "لافر", "الكرملين", ""].map((q) => restored.search(q))).toEqual(before);
    expect(["حكومة", "لافر", "الكرملين", ""].map((q) => index.search(q))).toEqual(before);
    expect(restored.size).toBe(index.size);
    expect(() => LibraryIndex.fromSnapshot({ format: "other" } as never)).toThrow(/search index/);
    const damaged = { ...index.toSnapshot(), docType: new Uint8Array(1) };
    expect(() => LibraryIndex.fromSnapshot(damaged)).toThrow(/damaged/);
  });
});
