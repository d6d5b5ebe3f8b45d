/** The background's handlers wired to a real (fake-indexeddb) database and a fake extension API. */
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PageAnalysis } from "../../src/core/types.ts";
import { createMessageHandler } from "../../src/messaging/handle.ts";
import { IsnadDatabase } from "../../src/storage/db.ts";
import { loadPage, loadPageView, type TabView } from "../../src/storage/pages.ts";
import { getUiLanguage } from "../../src/storage/settings.ts";

const session = new Map<string, unknown>();
const badges = new Map<number, string>();
vi.mock("webextension-polyfill", () => ({
  default: {
    storage: {
      session: {
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) session.set(k, v);
        },
        // As the browser's: one key, a list of keys, or null for everything; values are copies.
        get: async (keys: string | string[] | null) => {
          const wanted = keys === null ? [...session.keys()] : [keys].flat();
          return Object.fromEntries(
            wanted.filter((k) => session.has(k)).map((k) => [k, structuredClone(session.get(k))]),
          );
        },
        remove: async (keys: string | string[]) => {
          for (const k of [keys].flat()) session.delete(k);
        },
      },
    },
    action: {
      setBadgeBackgroundColor: async () => {},
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, text),
    },
  },
}));

const { createHandlers } = await import("../../src/background/handlers.ts");
const { createTabViews } = await import("../../src/background/tabs.ts");

const ctx = { runtimeId: "me", extensionOrigin: "chrome-extension://me/" };
const analysis = (quotes: number, url: string | null = "https://elsewhere.example/forged"): PageAnalysis => ({
  url,
  language: { isArabic: true, arabicRatio: 0.95 },
  isNewsArticle: true,
  articles: [
    {
      title: "عنوان الخبر",
      outlet: "الوطن",
      byline: null,
      publishedAt: null,
      keywords: [],
      text: "قال الوزير",
      speakers: [{ id: "s1", name: "الوزير", aliases: [], title: null, kind: "person" }],
      quotes: Array.from({ length: quotes }, (_, i) => ({
        id: `q${i}`,
        text: `قول ${i}`,
        kind: "direct" as const,
        cue: "قال",
        speakerId: "s1",
        via: null,
        start: i,
        end: i + 1,
      })),
      claims: [],
      relatedLinks: [],
    },
  ],
});

let db: IsnadDatabase;
let n = 0;
beforeEach(() => {
  db = new IsnadDatabase(`bg-${n++}`);
  session.clear();
  badges.clear();
});
afterEach(async () => {
  await db.delete();
});

describe("background handlers", () => {
  it("files the analysis under the sender's URL, remembers the tab and sets the badge", async () => {
    const handle = createMessageHandler(createHandlers(db), ctx);
    const sender = { id: "me", url: "https://news.example/story#comments", tab: { id: 4 } };
    const result = await handle(
      { type: "content→background:saveAnalysis", payload: { analysis: analysis(3) } },
      sender,
    );
    expect(result).toEqual({
      ok: true,
      value: { articles: 1, quotes: 3, saved: true, alreadySaved: false, articleIds: [expect.any(String)] },
    });
    // The page's own claim about its URL is ignored: the browser's sender.url decides.
    expect(await loadPage(db, "https://elsewhere.example/forged")).toEqual([]);
    expect((await loadPage(db, "https://news.example/story"))[0].article.title).toBe("عنوان الخبر");
    expect(badges.get(4)).toBe("3");
    const popup = { id: "me", url: "chrome-extension://me/popup/index.html?tab=4" };
    expect(await handle({ type: "popup→background:getTabPage", payload: { tabId: 4 } }, popup)).toEqual({
      ok: true,
      value: { url: "https://news.example/story" },
    });
    expect(await handle({ type: "popup→background:getTabPage", payload: { tabId: 5 } }, popup)).toEqual({
      ok: true,
      value: { url: null },
    });
  });

  it("clears the badge for a page without quotes", async () => {
    const handle = createMessageHandler(createHandlers(db), ctx);
    const sender = { id: "me", url: "https://news.example/b", tab: { id: 9 } };
    await handle({ type: "content→background:saveAnalysis", payload: { analysis: analysis(0) } }, sender);
    expect(badges.get(9)).toBe("");
  });

  it("stores the interface language the popup asks for", async () => {
    const handle = createMessageHandler(createHandlers(db), ctx);
    const popup = { id: "me", url: "chrome-extension://me/popup/index.html" };
    await handle({ type: "popup→background:setUiLanguage", payload: { language: "en" } }, popup);
    expect(await getUiLanguage(db)).toBe("en");
  });
});

/**
 * The per-tab views the popup paints first (src/background/tabs.ts): after every change the background
 * makes, `view:<tab>` holds what the popup's Dexie reader would read for the tab's page (the article text
 * left out), and `settings` the reader's language and theme.
 */
describe("per-tab views in storage.session", () => {
  const popup = { id: "me", url: "chrome-extension://me/popup/index.html?tab=4" };
  const page = { id: "me", url: "https://news.example/story", tab: { id: 4 } };
  const view = (tabId: number) => session.get(`view:${tabId}`) as TabView | undefined;
  /** The Dexie reader's result without the article text, as the view holds it. */
  const expected = async (url: string) =>
    (await loadPageView(db, url)).map(({ article, ...rest }) => {
      const { text: _text, ...shown } = article as typeof article & { text?: string };
      return { ...rest, article: shown };
    });

  it("is written when the page's analysis is saved: the page's records without the article text", async () => {
    const handle = createMessageHandler(createHandlers(db), ctx);
    await handle({ type: "content→background:saveAnalysis", payload: { analysis: analysis(2) } }, page);
    const written = view(4);
    expect(written?.url).toBe("https://news.example/story");
    expect(written?.page.map((s) => s.quotes.map((q) => q.text))).toEqual([["قول 0", "قول 1"]]);
    expect(written?.page[0].article).not.toHaveProperty("text");
    expect(written?.page).toEqual(await expected("https://news.example/story"));
    expect(session.get("settings")).toEqual({ lang: null, theme: "auto" });
  });

  it("follows the reader's marks and settings, each rewritten before the popup gets its answer", async () => {
    const handle = createMessageHandler(createHandlers(db), ctx);
    await handle({ type: "content→background:saveAnalysis", payload: { analysis: analysis(2) } }, page);
    const quoteId = view(4)?.page[0].quotes[0].id as string;
    await handle({ type: "popup→background:saveQuote", payload: { id: quoteId, tags: ["غزة"], note: "مهم" } }, popup);
    expect(view(4)?.page[0].quotes[0].saved).toMatchObject({ tags: ["غزة"], note: "مهم" });
    const flagged = await handle(
      {
        type: "popup→background:flagStatement",
        payload: { target: { kind: "quote", id: quoteId }, verdict: "misleading", note: "", evidenceUrl: null },
      },
      popup,
    );
    expect(view(4)?.page[0].flags.map((f) => f.verdict)).toEqual(["misleading"]);
    await handle({ type: "popup→background:unsaveQuote", payload: { id: quoteId } }, popup);
    expect(view(4)?.page[0].quotes[0].saved).toBeUndefined();
    if (!flagged.ok) throw new Error("flag not saved");
    await handle({ type: "popup→background:removeFlag", payload: { id: (flagged.value as { id: string }).id } }, popup);
    expect(view(4)?.page[0].flags).toEqual([]);
    expect(view(4)?.page).toEqual(await expected("https://news.example/story"));
    await handle({ type: "popup→background:setTheme", payload: { theme: "dark" } }, popup);
    await handle({ type: "popup→background:setUiLanguage", payload: { language: "en" } }, popup);
    expect(session.get("settings")).toEqual({ lang: "en", theme: "dark" });
  });

  it("is not rewritten by messages that only read", async () => {
    const handle = createMessageHandler(createHandlers(db), ctx);
    await handle({ type: "content→background:saveAnalysis", payload: { analysis: analysis(1) } }, page);
    session.set("view:4", { url: "https://news.example/story", page: [] });
    await handle({ type: "popup→background:getTabPage", payload: { tabId: 4 } }, popup);
    expect(view(4)?.page).toEqual([]);
    await handle({ type: "popup→background:setTheme", payload: { theme: "light" } }, popup);
    expect(view(4)?.page).toHaveLength(1);
  });

  it("forgets a tab's page and view; a tab remembered before this worker started is known", async () => {
    session.set("tab:7", "https://news.example/story");
    const views = createTabViews(db);
    const handle = createMessageHandler(createHandlers(db, undefined, views), ctx);
    await handle({ type: "content→background:saveAnalysis", payload: { analysis: analysis(1) } }, page);
    expect(view(7)?.url).toBe("https://news.example/story");
    expect(view(4)?.url).toBe("https://news.example/story");
    await views.forget(4);
    expect(session.has("tab:4")).toBe(false);
    expect(session.has("view:4")).toBe(false);
    expect(await views.pageOf(4)).toBeNull();
    expect(await views.pageOf(7)).toBe("https://news.example/story");
  });
});
