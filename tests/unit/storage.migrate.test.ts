/**
 * Schema upgrades, each from data stored by every earlier version: the data is written through a Dexie
 * declaring only the versions up to that one (schema.ts declareSchema(db, n)), exactly as that version
 * of Isnad wrote it, then the database is opened with the current code and every record is checked.
 */
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeHtml } from "../../src/cli/commands/analyze.ts";
import { matchKey } from "../../src/core/normalize/matchKey.ts";
import type { PageAnalysis } from "../../src/core/types.ts";
import { articleIdOf, recordsFromAnalysis } from "../../src/library/records.ts";
import { canonicalUrl } from "../../src/library/url.ts";
import { DowngradeError, IsnadDatabase } from "../../src/storage/db.ts";
import { loadLibrary } from "../../src/storage/library.ts";
import type { V1Article, V1Claim, V1Flag, V1Quote, V1Speaker, V2SavedQuote } from "../../src/storage/migrate.ts";
import { declareSchema, SCHEMA_VERSION } from "../../src/storage/schema.ts";

const URL = "https://www.elwatannews.com/news/details/seed";
const seed = analyzeHtml(readFileSync("tests/fixtures/sample-pages/seed-elwatan-russia-gaza.html", "utf8"), URL);
const T1 = Date.parse("2024-05-01T10:00:00Z");
const T2 = Date.parse("2024-05-02T10:00:00Z");

/** The rows version 1 wrote for a page (its savePageAnalysis, restated). */
function v1Rows(analysis: PageAnalysis, url: string) {
  const articles: V1Article[] = [];
  const speakers: V1Speaker[] = [];
  const quotes: V1Quote[] = [];
  const claims: V1Claim[] = [];
  analysis.articles.forEach((a, index) => {
    const articleId = `${url}#${index}`;
    const keys = new Map<string, string>();
    for (const s of a.speakers) {
      const key = s.key || matchKey(s.name);
      keys.set(s.id, key);
      speakers.push({ ...s, key, rowId: `${articleId}/${s.id}`, articleId, url });
    }
    for (const q of a.quotes)
      quotes.push({
        ...q,
        rowId: `${articleId}/${q.id}`,
        articleId,
        url,
        speakerKey: q.speakerId ? (keys.get(q.speakerId) ?? "") : "",
        savedAt: T2,
      });
    for (const c of a.claims) claims.push({ ...c, rowId: `${articleId}/${c.id}`, articleId, url, savedAt: T2 });
    articles.push({
      id: articleId,
      url,
      index,
      title: a.title,
      outlet: a.outlet,
      byline: a.byline,
      publishedAt: a.publishedAt,
      keywords: a.keywords,
      text: a.text,
      relatedLinks: a.relatedLinks,
      language: analysis.language,
      savedAt: T2,
      firstSavedAt: T1,
      quoteCount: a.quotes.length,
      claimCount: a.claims.length,
    });
  });
  return { articles, speakers, quotes, claims };
}

const names: string[] = [];
async function oldDatabase(version: number): Promise<Dexie> {
  const name = `migrate-${version}-${names.length}`;
  names.push(name);
  const db = new Dexie(name);
  declareSchema(db, version);
  await db.open();
  return db;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function writeV1(db: Dexie) {
  const rows = v1Rows(seed, URL);
  await db.table("articles").bulkAdd(rows.articles);
  await db.table("speakers").bulkAdd(rows.speakers);
  await db.table("quotes").bulkAdd(rows.quotes);
  await db.table("claims").bulkAdd(rows.claims);
  await db.table("settings").put({ key: "uiLanguage", value: "en" });
  return rows;
}

/** What a fresh save of the same page gives (ids, texts), to compare the migrated records with. */
const fresh = recordsFromAnalysis(seed, new Date(T2));

async function checkConverted(name: string, rows: ReturnType<typeof v1Rows>) {
  const db = new IsnadDatabase(name);
  await db.open();
  expect(db.verno).toBe(SCHEMA_VERSION);
  const { data, skipped } = await loadLibrary(db);
  expect(skipped).toEqual([]);
  // Articles: the ids and content a save by the current code gives, the old dates kept.
  expect(data.articles.map((a) => a.id).sort()).toEqual(fresh.articles.map((a) => a.id).sort());
  expect(data.articles.map((a) => a.id)).toContain(articleIdOf(URL, 0, ""));
  for (const a of data.articles) {
    const old = rows.articles.find((o) => o.title === a.title && o.text === a.text);
    expect(old).toBeDefined();
    expect(a.savedAt).toBe(new Date(T1).toISOString());
    expect(a.updatedAt).toBe(new Date(T2).toISOString());
    expect(a.canonicalUrl).toBe(canonicalUrl(URL));
  }
  // Every quote and claim, by text, with the speaker's name resolved.
  expect(data.quotes.map((q) => q.text).sort()).toEqual(rows.quotes.map((q) => q.text).sort());
  expect(data.quotes.map((q) => q.id).sort()).toEqual(fresh.quotes.map((q) => q.id).sort());
  expect(data.claims.map((c) => c.text).sort()).toEqual(rows.claims.map((c) => c.text).sort());
  for (const q of data.quotes) {
    const old = rows.quotes.find((o) => o.text === q.text);
    const speaker = rows.speakers.find((s) => s.rowId === `${old?.articleId}/${old?.speakerId}`);
    expect(q.speakerName).toBe(speaker?.name ?? null);
  }
  // The registry: one entry per speaker name across the page.
  const speakerNames = new Set(rows.speakers.map((s) => s.name));
  expect(new Set(data.speakers.flatMap((s) => s.mentions.map((m) => m.name)))).toEqual(speakerNames);
  // Settings are kept as they were.
  expect((await db.settings.get("uiLanguage"))?.value).toBe("en");
  db.close();
  return data;
}

describe("upgrades", () => {
  it("v1 → current: every article, quote, claim and speaker converted", async () => {
    const old = await oldDatabase(1);
    const rows = await writeV1(old);
    old.close();
    await checkConverted(old.name, rows);
  });

  it("v2 → current: saved quotes become their quote's `saved`; a flag keeps words and verdict", async () => {
    const old = await oldDatabase(2);
    const rows = await writeV1(old);
    const q = rows.quotes[1];
    const snapshot: V2SavedQuote = {
      id: q.rowId,
      articleId: q.articleId,
      url: URL,
      text: q.text,
      kind: q.kind,
      cue: q.cue,
      via: q.via,
      speakerKey: q.speakerKey,
      speakerName: null,
      speakerTitle: null,
      title: rows.articles[0].title,
      outlet: "الوطن",
      publishedAt: null,
      day: "2024-05-02",
      start: q.start,
      end: q.end,
      tags: ["غزة", "هدنة"],
      note: "للمتابعة",
      savedAt: T2,
    };
    // A selection saved from a page since deleted: kept, with a stand-in article.
    const selection: V2SavedQuote = {
      ...snapshot,
      id: "sel:x",
      articleId: "gone#0",
      url: "https://gone.example/",
      text: "نص محدد",
      tags: [],
      note: "",
    };
    await old.table("savedQuotes").bulkAdd([snapshot, selection]);
    const flag: V1Flag = {
      articleId: q.articleId,
      targetId: q.rowId,
      targetKind: "quote",
      kind: "misleading",
      note: "المصدر غير دقيق",
      evidenceUrl: "https://evidence.example/1",
      createdAt: T1,
      updatedAt: T2,
    };
    await old.table("flags").add(flag);
    old.close();
    const db = new IsnadDatabase(old.name);
    const { data, skipped } = await loadLibrary(db);
    db.close();
    expect(skipped).toEqual([]);
    // Every v1 quote, plus the selection.
    expect(data.quotes.map((x) => x.text).sort()).toEqual([...rows.quotes.map((x) => x.text), "نص محدد"].sort());
    const saved = data.quotes.filter((x) => x.saved);
    expect(saved.map((x) => x.text).sort()).toEqual([q.text, "نص محدد"].sort());
    const kept = saved.find((x) => x.text === q.text);
    expect(kept?.saved).toEqual({ tags: ["غزة", "هدنة"], note: "للمتابعة", savedAt: new Date(T2).toISOString() });
    expect(kept?.id).toBe(fresh.quotes.find((f) => f.text === q.text)?.id);
    const orphan = saved.find((x) => x.text === "نص محدد");
    expect(data.articles.find((a) => a.id === orphan?.articleId)?.url).toBe("https://gone.example/");
    expect(data.flags).toHaveLength(1);
    expect(data.flags[0]).toMatchObject({
      quoteId: kept?.id,
      claimId: null,
      text: q.text,
      verdict: "misleading",
      note: "المصدر غير دقيق",
      evidenceUrl: "https://evidence.example/1",
      createdAt: new Date(T1).toISOString(),
      updatedAt: new Date(T2).toISOString(),
    });
  });

  it("v3 → current: the records move to the tables under their plain names, unchanged", async () => {
    const old = await oldDatabase(3);
    const records = recordsFromAnalysis(seed, new Date(T2));
    await old.table("articles").bulkAdd(records.articles);
    await old.table("quotes3").bulkAdd(records.quotes);
    await old.table("claims3").bulkAdd(records.claims);
    await old.table("flags3").add({
      id: "f-1",
      articleId: null,
      claimId: null,
      quoteId: null,
      text: "نص",
      verdict: "to-check",
      note: "",
      evidenceUrl: null,
      createdAt: "2024-05-01T00:00:00.000Z",
      updatedAt: "2024-05-01T00:00:00.000Z",
    });
    old.close();
    const db = new IsnadDatabase(old.name);
    const { data } = await loadLibrary(db);
    expect(data.quotes).toEqual(expect.arrayContaining(records.quotes));
    expect(data.quotes).toHaveLength(records.quotes.length);
    expect(data.claims).toHaveLength(records.claims.length);
    expect(data.flags.map((f) => f.id)).toEqual(["f-1"]);
    expect(db.tables.map((t) => t.name)).not.toContain("quotes3");
    db.close();
  });

  it("refuses a database written by a newer version, with a clear error, and changes nothing", async () => {
    const name = `migrate-future-${names.length}`;
    names.push(name);
    const future = new Dexie(name);
    future.version(SCHEMA_VERSION + 3).stores({ articles: "id", somethingNew: "k" });
    await future.open();
    await future.table("somethingNew").put({ k: 1, v: "kept" });
    future.close();

    const db = new IsnadDatabase(name);
    await expect(db.open()).rejects.toBeInstanceOf(DowngradeError);
    await expect(db.articles.count()).rejects.toThrow(/newer version of Isnad/);
    db.close();

    const again = new Dexie(name);
    again.version(SCHEMA_VERSION + 3).stores({ articles: "id", somethingNew: "k" });
    await again.open();
    expect(again.verno).toBe(SCHEMA_VERSION + 3);
    expect(again.tables.map((t) => t.name).sort()).toEqual(["articles", "somethingNew"]);
    expect(await again.table("somethingNew").get(1)).toEqual({ k: 1, v: "kept" });
    again.close();
  });
});
