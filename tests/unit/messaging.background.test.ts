/** The background's handlers wired to a real (fake-indexeddb) database and a fake extension API. */
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PageAnalysis } from "../../src/core/types.ts";
import { createMessageHandler } from "../../src/messaging/handle.ts";
import { IsnadDatabase } from "../../src/storage/db.ts";
import { loadPage } from "../../src/storage/pages.ts";
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
        get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
        remove: async (key: string) => void session.delete(key),
      },
    },
    action: {
      setBadgeBackgroundColor: async () => {},
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, text),
    },
  },
}));

const { createHandlers } = await import("../../src/background/handlers.ts");

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
