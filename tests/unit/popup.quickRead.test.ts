/**
 * The popup's first read (popup/quickRead.ts reads IndexedDB without Dexie) against the Dexie reader it
 * stands in for (popup/data.ts), on pages saved by the storage layer itself over fake-indexeddb: both
 * must give the same articles, quotes, claims and flags, and the same settings. Also checks that the
 * stores and indexes it reads exist in the current schema, and that it never creates the database.
 * And the first read as a whole (popup/boot.ts): the background's copies in storage.session when they
 * are of the tab's page, this reader for what they lack.
 */
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { firstRead } from "../../popup/boot.ts";
import { loadPageArticles } from "../../popup/data.ts";
import { closeQuickRead, DB_NAME, QUICK_STORES, quickPage, quickSettings } from "../../popup/quickRead.ts";
import { IsnadDatabase, DB_NAME as STORAGE_DB_NAME } from "../../src/storage/db.ts";
import { saveAnalysis } from "../../src/storage/library.ts";
import { flagStored, saveQuoteMark } from "../../src/storage/marks.ts";
import { loadTabView } from "../../src/storage/pages.ts";
import { SCHEMA_HISTORY } from "../../src/storage/schema.ts";
import { setTheme, setUiLanguage } from "../../src/storage/settings.ts";
import { article, NOW, page, quoteIn, speaker } from "./library.fixtures.ts";

const URL_ONE = "https://news.example/2024/05/one";
const URL_TWO = "https://news.example/2024/05/two";
const TEXT = "قال وزير الخارجية سيرجي لافروف: «النتيجة كانت مخيبة للآمال». وأضاف أن الحرب ستستمر طويلا.";
const OTHER = "أعلن المتحدث ديمتري بيسكوف أن روسيا مستعدة للحوار. وقالت مصادر إن 40% من السكان نزحوا.";
// Another article's text: the library files the same text under one article, whatever the page.
const THIRD = "وقال مسؤول أممي إن «المساعدات لم تصل بعد» إلى المناطق الشمالية من القطاع.";

const one = page(URL_ONE, [
  article({
    title: "مقال واحد",
    text: TEXT,
    speakers: [speaker("s1", "سيرجي لافروف", "وزير الخارجية")],
    quotes: [quoteIn(TEXT, "q1", "النتيجة كانت مخيبة للآمال", "s1")],
    claims: [
      { id: "c1", text: "الحرب ستستمر طويلا", score: 0.6, reasons: ["prediction"], quoteId: null, start: 60, end: 78 },
    ],
  }),
]);
const two = page(URL_TWO, [
  article({ title: "الأول", text: THIRD, quotes: [quoteIn(THIRD, "q1", "المساعدات لم تصل بعد", null)] }),
  article({
    title: "الثاني",
    text: OTHER,
    speakers: [speaker("s2", "ديمتري بيسكوف")],
    quotes: [quoteIn(OTHER, "q2", "روسيا مستعدة للحوار", "s2", "indirect")],
  }),
]);

let db: IsnadDatabase;

beforeEach(async () => {
  db = new IsnadDatabase();
  await saveAnalysis(db, one, { url: URL_ONE, now: NOW });
  await saveAnalysis(db, two, { url: URL_TWO, now: NOW });
});

afterEach(async () => {
  closeQuickRead();
  db.close();
  await IsnadDatabase.delete(DB_NAME);
});

describe("quickRead", () => {
  it("reads the database the storage layer writes", () => {
    expect(DB_NAME).toBe(STORAGE_DB_NAME);
  });

  it("reads only stores and indexes of the current schema", () => {
    const current = new Map<string, string>();
    for (const step of SCHEMA_HISTORY)
      for (const [name, spec] of Object.entries(step.stores)) {
        if (spec === null) current.delete(name);
        else current.set(name, spec);
      }
    for (const [store, indexes] of Object.entries(QUICK_STORES)) {
      const spec = current.get(store);
      expect(spec, store).toBeDefined();
      const declared = (spec ?? "").split(",").map((s) => s.trim().replace(/^[&*]|^\+\+/, ""));
      for (const index of indexes) expect(declared, `${store}.${index}`).toContain(index);
    }
  });

  it("gives the page of one article as the Dexie reader does, marks included", async () => {
    const [stored] = await loadPageArticles(db, URL_ONE);
    await saveQuoteMark(db, stored.quotes[0].id, { tags: ["روسيا"], note: "للمتابعة" });
    await flagStored(
      db,
      { kind: "claim", id: stored.claims[0].id },
      { verdict: "misleading", note: "", evidenceUrl: null },
    );
    const quick = await quickPage(URL_ONE);
    expect(quick).toEqual(await loadPageArticles(db, URL_ONE));
    expect(quick[0].quotes[0].saved?.tags).toEqual(["روسيا"]);
    expect(quick[0].flags.map((f) => f.verdict)).toEqual(["misleading"]);
  });

  it("gives a page of several articles in page order, each with its own rows", async () => {
    const quick = await quickPage(URL_TWO);
    expect(quick).toEqual(await loadPageArticles(db, URL_TWO));
    expect(quick.map((s) => s.article.title)).toEqual(["الأول", "الثاني"]);
    expect(quick.map((s) => s.quotes.map((q) => q.text))).toEqual([["المساعدات لم تصل بعد"], ["روسيا مستعدة للحوار"]]);
  });

  it("finds a page by its canonical address (tracking parameters, www)", async () => {
    const variant = "https://www.news.example/2024/05/one?utm_source=x";
    const quick = await quickPage(variant);
    expect(quick.map((s) => s.article.title)).toEqual(["مقال واحد"]);
    expect(quick).toEqual(await loadPageArticles(db, variant));
  });

  it("gives nothing for a page never saved", async () => {
    expect(await quickPage("https://news.example/never")).toEqual([]);
  });

  it("reads the settings as the storage layer wrote them", async () => {
    expect(await quickSettings()).toEqual({ lang: null, theme: "auto" });
    await setUiLanguage(db, "en");
    await setTheme(db, "dark");
    expect(await quickSettings()).toEqual({ lang: "en", theme: "dark" });
  });
});

describe("quickRead without a database", () => {
  it("answers empty and leaves no database behind", async () => {
    closeQuickRead();
    db.close();
    await IsnadDatabase.delete(DB_NAME);
    expect(await quickPage(URL_ONE)).toEqual([]);
    expect(await quickSettings()).toEqual({ lang: null, theme: "auto" });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });
});

describe("the popup's first read (boot.ts)", () => {
  const early = (tabId: number | null, session: Record<string, unknown> | undefined) =>
    Promise.resolve({ tabId, session, highlights: false });

  it("takes the background's view and settings when the view is of the tab's page", async () => {
    const view = await loadTabView(db, URL_ONE);
    // The database says otherwise: what comes back was read from the copies.
    const settings = { lang: "en", theme: "dark" };
    const read = await firstRead(early(4, { "tab:4": URL_ONE, "view:4": view, settings }));
    expect(read).toEqual({ tabId: 4, url: URL_ONE, settings, page: view.page, highlights: false });
    expect(read.page[0].article).not.toHaveProperty("text");
  });

  it("reads the database for a view of another page (the tab moved on) or no copy of the settings", async () => {
    const stale = await loadTabView(db, URL_TWO);
    const read = await firstRead(early(4, { "tab:4": URL_ONE, "view:4": stale }));
    expect(read.url).toBe(URL_ONE);
    expect(read.page).toEqual(await quickPage(URL_ONE));
    expect(read.settings).toEqual({ lang: null, theme: "auto" });
  });

  it.each([
    ["a copy of the settings with an unknown theme", { theme: "sepia", lang: "ar" }],
    ["a copy of the settings with an unknown language", { theme: "dark", lang: "fr" }],
    ["no object", "dark"],
  ])("does not trust %s", async (_, settings) => {
    await setTheme(db, "light");
    const view = await loadTabView(db, URL_ONE);
    const read = await firstRead(early(4, { "tab:4": URL_ONE, "view:4": view, settings }));
    expect(read.settings).toEqual({ lang: null, theme: "light" });
  });

  it("shows nothing for a tab whose page was not analyzed, or no tab", async () => {
    const settings = { lang: "ar", theme: "auto" };
    expect(await firstRead(early(4, { settings }))).toEqual({
      tabId: 4,
      url: null,
      settings,
      page: [],
      highlights: false,
    });
    expect((await firstRead(early(null, { settings }))).page).toEqual([]);
  });
});
