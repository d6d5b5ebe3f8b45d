/**
 * The library in IndexedDB (fake-indexeddb): saving and re-saving analyses as library records, atomic
 * writes, deletes, damaged records, export and import, search, the registry, and the saving setting.
 */
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLibraryBackground } from "../../src/background/library.ts";
import type { Article, PageAnalysis } from "../../src/core/types.ts";
import { IsnadDatabase } from "../../src/storage/db.ts";
import { LibraryIndexes } from "../../src/storage/indexes.ts";
import {
  allSpeakers,
  deleteAllData,
  deleteArticles,
  editRegistry,
  exportLibrary,
  getLibrarySettings,
  importLibraryFile,
  loadLibrary,
  StorageError,
  saveAnalysis,
  setAutoSave,
  storageError,
} from "../../src/storage/library.ts";
import { saveQuoteMark } from "../../src/storage/marks.ts";
import { loadPage, pageKey } from "../../src/storage/pages.ts";
import { getUiLanguage, setUiLanguage } from "../../src/storage/settings.ts";

function article(title: string, text: string, quotes: [speakerId: string | null, text: string][]): Article {
  return {
    title,
    outlet: "الوطن",
    byline: "كتب: أحمد علي",
    publishedAt: "2024-05-01T10:00:00Z",
    keywords: [],
    text,
    speakers: [
      { id: "s1", name: "ديمتري بيسكوف", aliases: ["بيسكوف"], title: "المتحدث باسم الكرملين", kind: "person" },
      { id: "s2", name: "وزارة الخارجية", aliases: [], title: null, kind: "organization" },
    ],
    quotes: quotes.map(([speakerId, t], i) => ({
      id: `q${i + 1}`,
      text: t,
      kind: "direct",
      cue: "قال",
      speakerId,
      via: null,
      start: text.indexOf(t),
      end: text.indexOf(t) + t.length,
    })),
    claims: [
      { id: "c1", text: "ارتفع عدد الضحايا إلى 30", score: 0.8, reasons: ["number"], quoteId: null, start: 0, end: 5 },
    ],
    relatedLinks: [],
  };
}

const TEXT_A = "قال بيسكوف إن روسيا مستعدة للحوار. وأكدت الخارجية أن المفاوضات مستمرة. ارتفع عدد الضحايا إلى 30";
const TEXT_B = "نص مقال آخر عن الاقتصاد والنفط وأسعار الطاقة في الخليج";

function page(url: string, articles: Article[]): PageAnalysis {
  return { url, language: { isArabic: true, arabicRatio: 0.9 }, isNewsArticle: true, articles };
}

const A = page("https://example.com/a", [
  article("روسيا مستعدة للحوار", TEXT_A, [
    ["s1", "روسيا مستعدة للحوار"],
    ["s2", "المفاوضات مستمرة"],
  ]),
]);
const B = page("https://example.com/b", [article("أسعار النفط", TEXT_B, [])]);
const NOW = new Date("2024-05-02T08:00:00Z");
const LATER = new Date("2024-05-03T08:00:00Z");

let db: IsnadDatabase;
let n = 0;
beforeEach(async () => {
  db = new IsnadDatabase(`storage-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function snapshot() {
  const { data } = await loadLibrary(db);
  return JSON.stringify(data);
}

describe("saving", () => {
  it("stores library records and updates the same article instead of duplicating it", async () => {
    const first = await saveAnalysis(db, A, { url: "https://example.com/a#comments", now: NOW });
    expect(first.alreadySaved).toBe(false);
    expect(first.articleIds).toHaveLength(1);
    const [stored] = await loadPage(db, "https://example.com/a");
    expect(stored.article.url).toBe("https://example.com/a");
    expect(stored.article.savedAt).toBe(NOW.toISOString());
    expect(stored.quotes.map((q) => q.speakerName)).toEqual(["ديمتري بيسكوف", "وزارة الخارجية"]);
    expect(stored.claims).toHaveLength(1);

    // Saved again with tracking parameters: the same record, first save date kept.
    const again = await saveAnalysis(db, A, { url: "https://www.example.com/a?utm_source=x", now: LATER });
    expect(again.alreadySaved).toBe(true);
    expect(again.articleIds).toEqual(first.articleIds);
    expect(await db.articles.count()).toBe(1);
    expect(await db.quotes.count()).toBe(2);
    const record = await db.articles.get(first.articleIds[0]);
    expect(record?.savedAt).toBe(NOW.toISOString());
    expect(record?.updatedAt).toBe(LATER.toISOString());
  });

  it("recognizes the same text saved from another address", async () => {
    const first = await saveAnalysis(db, A, { url: "https://example.com/a", now: NOW });
    const mirror = await saveAnalysis(db, A, { url: "https://mirror.example.org/amp/123", now: LATER });
    expect(mirror.alreadySaved).toBe(true);
    expect(mirror.articleIds).toEqual(first.articleIds);
    expect(await db.articles.count()).toBe(1);
  });

  it("keeps the reader's saved quotes and notes through a re-analysis that no longer finds them", async () => {
    const first = await saveAnalysis(db, A, { url: "https://example.com/a", now: NOW });
    const quotes = await db.quotes.where("articleId").equals(first.articleIds[0]).toArray();
    const lost = quotes.find((q) => q.text === "المفاوضات مستمرة");
    await saveQuoteMark(db, lost?.id ?? "", { tags: ["مفاوضات"], note: "مهم" });
    const fewer = page("https://example.com/a", [
      article("روسيا مستعدة للحوار", TEXT_A, [["s1", "روسيا مستعدة للحوار"]]),
    ]);
    await saveAnalysis(db, fewer, { url: "https://example.com/a", now: LATER });
    const after = await db.quotes.where("articleId").equals(first.articleIds[0]).toArray();
    expect(after).toHaveLength(2);
    expect(after.find((q) => q.id === lost?.id)?.saved).toMatchObject({ tags: ["مفاوضات"], note: "مهم" });
  });

  it("does not store a page that is not a news article", async () => {
    const outcome = await saveAnalysis(db, { ...A, isNewsArticle: false }, { url: "https://example.com/a" });
    expect(outcome.articleIds).toEqual([]);
    expect(await db.articles.count()).toBe(0);
  });

  it("writes nothing when a write fails half-way, and says why", async () => {
    await saveAnalysis(db, B, { url: "https://example.com/b", now: NOW });
    const before = await snapshot();
    // The claims are written after the article and its quotes: make that write fail.
    const fail = () => {
      throw new Error("disk said no");
    };
    db.claims.hook("creating", fail);
    await expect(saveAnalysis(db, A, { url: "https://example.com/a", now: LATER })).rejects.toThrow(
      /could not save the article: disk said no \(nothing was written\)/,
    );
    db.claims.hook("creating").unsubscribe(fail);
    expect(await snapshot()).toBe(before);
    expect(await db.changes.where("articleId").notEqual("").count()).toBe(1);
  });

  it("reports a full disk as 'storage full'", () => {
    const quota = Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" });
    const e = storageError(quota, "save the article");
    expect(e).toBeInstanceOf(StorageError);
    expect(e.code).toBe("storage-full");
    expect(e.message).toMatch(/^storage full: could not save the article/);
    expect(storageError({ name: "AbortError", inner: quota }, "import the file").code).toBe("storage-full");
    expect(storageError(new Error("other"), "x").code).toBe("failed");
  });
});

describe("the speaker registry", () => {
  it("adds mentions on save, removes them on delete, and takes the reader's merge and split", async () => {
    const a = await saveAnalysis(db, A, { url: "https://example.com/a", now: NOW });
    const b = await saveAnalysis(
      db,
      {
        ...A,
        url: "https://example.com/c",
        articles: [{ ...A.articles[0], text: `${TEXT_A} مرة أخرى`, title: "ثانية" }],
      },
      { url: "https://example.com/c", now: NOW },
    );
    let entries = await allSpeakers(db);
    const peskov = entries.find((e) => e.name === "ديمتري بيسكوف");
    expect(peskov?.mentions.map((m) => m.articleId).sort()).toEqual([...a.articleIds, ...b.articleIds].sort());

    const split = await editRegistry(db, { op: "split", key: peskov?.key ?? "", articleIds: b.articleIds });
    expect(split.newKey).toBe(`${peskov?.key}#2`);
    await editRegistry(db, { op: "merge", fromKey: split.newKey ?? "", intoKey: peskov?.key ?? "" });
    entries = await allSpeakers(db);
    expect(entries.find((e) => e.key === split.newKey)?.mergedInto).toBe(peskov?.key);
    await expect(editRegistry(db, { op: "merge", fromKey: "nobody", intoKey: peskov?.key ?? "" })).rejects.toThrow(
      "unknown speaker",
    );

    await deleteArticles(db, a.articleIds);
    entries = await allSpeakers(db);
    expect(entries.flatMap((e) => e.mentions).some((m) => a.articleIds.includes(m.articleId))).toBe(false);
    expect(await db.quotes.where("articleId").anyOf(a.articleIds).count()).toBe(0);
    expect(await db.claims.where("articleId").anyOf(a.articleIds).count()).toBe(0);
  });
});

describe("damaged records", () => {
  it("are skipped and reported, not fatal", async () => {
    await saveAnalysis(db, A, { url: "https://example.com/a", now: NOW });
    await saveAnalysis(db, B, { url: "https://example.com/b", now: NOW });
    const [victim] = await db.articles.toArray();
    await db.articles.put({ ...victim, title: 42 as unknown as string });
    await db.quotes.put({ id: "broken", articleId: "x" } as never);
    const { data, skipped } = await loadLibrary(db);
    expect(data.articles).toHaveLength(1);
    expect(skipped).toEqual(
      expect.arrayContaining([
        { table: "articles", key: victim.id, problem: "title: invalid" },
        { table: "quotes", key: "broken", problem: "text: invalid" },
      ]),
    );
    const file = await exportLibrary(db, "json", { now: NOW });
    expect(file.skipped).toHaveLength(2);
    const hits = await new LibraryIndexes(db).searchLibrary("النفط", {});
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe("export and import", () => {
  it("export → import → export gives the same file; importing twice duplicates nothing", async () => {
    const a = await saveAnalysis(db, A, { url: "https://example.com/a", now: NOW });
    await saveAnalysis(db, B, { url: "https://example.com/b", now: NOW });
    const [quote] = await db.quotes.where("articleId").equals(a.articleIds[0]).toArray();
    await saveQuoteMark(db, quote.id, { tags: ["روسيا"], note: "ملاحظة" }, NOW);
    const first = await exportLibrary(db, "json", { now: NOW });

    const other = new IsnadDatabase(`storage-import-${n++}`);
    const stats = await importLibraryFile(other, first.content);
    expect(stats.articles.added).toBe(2);
    const second = await exportLibrary(other, "json", { now: NOW });
    expect(second.content).toBe(first.content);
    const twice = await importLibraryFile(other, first.content);
    expect(Object.values(twice).every((s) => s.added === 0 && s.updated === 0)).toBe(true);
    expect(await other.articles.count()).toBe(2);
    expect((await exportLibrary(other, "json", { now: NOW })).content).toBe(first.content);

    // The other formats come from the same records.
    const csv = await exportLibrary(other, "csv", { now: NOW, savedOnly: true });
    expect(csv.content.split("\r\n").filter(Boolean)).toHaveLength(2);
    expect(csv.content).toContain("ملاحظة");
    const csl = JSON.parse((await exportLibrary(other, "csl-json", { now: NOW })).content);
    expect(csl).toHaveLength(1);
    expect(csl[0]["container-title"]).toBe("الوطن");
    await other.delete();
  });

  it("refuses an invalid file and changes nothing", async () => {
    await saveAnalysis(db, A, { url: "https://example.com/a", now: NOW });
    const before = await snapshot();
    const file = JSON.parse((await exportLibrary(db, "json", { now: NOW })).content);
    file.quotes[0].kind = "shouted";
    await expect(importLibraryFile(db, JSON.stringify(file))).rejects.toThrow(/^not imported: quotes\[0\]\.kind/);
    await expect(importLibraryFile(db, "{")).rejects.toThrow(/not a JSON file/);
    expect(await snapshot()).toBe(before);
  });
});

describe("search", () => {
  it("follows saves and deletes, filters, and survives a restart through its snapshot", async () => {
    const a = await saveAnalysis(db, A, { url: "https://example.com/a", now: NOW });
    await saveAnalysis(db, B, { url: "https://example.com/b", now: NOW });
    const indexes = new LibraryIndexes(db, { persistDelayMs: 60_000 });
    const hits = await indexes.searchLibrary("المفاوضات", { types: ["quote"] });
    expect(hits.map((h) => h.articleId)).toEqual(a.articleIds);
    expect(await indexes.searchLibrary("النفط", { outlets: ["غيرها"] })).toEqual([]);
    await indexes.persistSearch();
    expect(await db.changes.count()).toBe(0);

    // A save while the worker is stopped: the next worker's snapshot plus the change record find it.
    await saveAnalysis(db, page("https://example.com/d", [article("الذهب", "ارتفعت أسعار الذهب اليوم", [])]), {
      url: "https://example.com/d",
      now: LATER,
    });
    const restarted = new LibraryIndexes(db);
    expect((await restarted.searchLibrary("الذهب", { types: ["title"] })).length).toBe(1);
    expect((await restarted.searchLibrary("المفاوضات", {})).length).toBeGreaterThan(0);

    // The snapshot is typed arrays in parts, no JSON.
    const head = await db.meta.get("search");
    expect(head?.parts).toBe(1);
    expect((await db.meta.get("search:0"))?.docs).toBeInstanceOf(Uint32Array);

    // Written in several parts, it reads back the same.
    const small = new LibraryIndexes(db, { persistDelayMs: 60_000, searchPart: 7 });
    const expected = await small.searchLibrary("الذهب", {});
    await small.persistSearch();
    small.close();
    expect((await db.meta.get("search"))?.parts).toBeGreaterThan(2);
    const fromParts = new LibraryIndexes(db, { persistDelayMs: 60_000 });
    expect(await fromParts.searchLibrary("الذهب", {})).toEqual(expected);
    expect((await fromParts.searchLibrary("المفاوضات", {})).length).toBeGreaterThan(0);
    fromParts.close();

    // A snapshot with a part missing is rebuilt from the tables…
    await db.meta.update("search", { parts: 2 });
    const partial = new LibraryIndexes(db);
    expect((await partial.searchLibrary("الذهب", { types: ["title"] })).length).toBe(1);
    // …and so is the minisearch JSON an older version wrote, or a damaged one.
    await db.meta.put({ key: "search", json: "{not json" });
    const rebuilt = new LibraryIndexes(db);
    expect((await rebuilt.searchLibrary("الذهب", {})).length).toBeGreaterThan(0);

    await deleteArticles(db, a.articleIds);
    await rebuilt.catchUp();
    expect(await rebuilt.searchLibrary("المفاوضات", {})).toEqual([]);
  });
});

describe("saving setting and the background's library messages", () => {
  it("saves automatically by default; when off, only 'save this page' saves, and the page says it", async () => {
    expect((await getLibrarySettings(db)).autoSave).toBe(true);
    const bg = createLibraryBackground(db);
    const auto = await bg.onAnalysis(A, "https://example.com/a", 3);
    expect(auto).toMatchObject({ saved: true, alreadySaved: false });

    await setAutoSave(db, false);
    const off = await bg.onAnalysis(B, "https://example.com/b", 4);
    expect(off).toMatchObject({ saved: false, alreadySaved: false, articleIds: [] });
    expect(await loadPage(db, "https://example.com/b")).toEqual([]);
    const sender = { tabId: null, url: "chrome-extension://x/popup.html" };
    expect(await bg.handlers["popup→background:getPageStatus"]({ tabId: 4 }, sender)).toMatchObject({
      saved: false,
      canSave: true,
      autoSave: false,
    });
    const saved = await bg.handlers["popup→background:savePage"]({ tabId: 4 }, sender);
    expect(saved.articleIds).toHaveLength(1);
    expect(await bg.handlers["popup→background:getPageStatus"]({ tabId: 4 }, sender)).toMatchObject({ saved: true });
    // The page seen again: already saved, not saved again.
    expect(await bg.onAnalysis(A, "https://example.com/a", 3)).toMatchObject({ saved: false, alreadySaved: true });
    await expect(bg.handlers["popup→background:savePage"]({ tabId: 99 }, sender)).rejects.toThrow(/reload the page/);

    const related = await bg.handlers["popup→background:getRelated"]({ tabId: 3 }, sender);
    expect(related.articleId).toBe(auto.articleIds[0]);
    await bg.handlers["popup→background:deleteAllData"]({ confirm: true }, sender);
    expect(await db.articles.count()).toBe(0);
    expect((await getLibrarySettings(db)).autoSave).toBe(false);
  });

  it("keeps the interface language", async () => {
    expect(await getUiLanguage(db)).toBe("ar");
    await setUiLanguage(db, "en");
    expect(await getUiLanguage(db)).toBe("en");
    await deleteAllData(db);
    expect(await getUiLanguage(db)).toBe("en");
  });

  it("files pages without their #fragment", () => {
    expect(pageKey("https://example.com/a#c")).toBe("https://example.com/a");
  });
});
