import { describe, expect, it, vi } from "vitest";
import type { PageAnalysis } from "../../src/core/types.ts";
import { createMessageHandler, type Handlers, type SenderInfo, verifySender } from "../../src/messaging/handle.ts";
import type { MessageError, MessageName } from "../../src/messaging/protocol.ts";

const ctx = { runtimeId: "isnad-id", extensionOrigin: "chrome-extension://isnad-id/" };
const contentSender: SenderInfo = { id: "isnad-id", url: "https://news.example/a", tab: { id: 7 } };
const popupSender: SenderInfo = { id: "isnad-id", url: "chrome-extension://isnad-id/popup/index.html" };

const analysis: PageAnalysis = {
  url: "https://news.example/a",
  language: { isArabic: true, arabicRatio: 0.93, code: "ar" },
  isNewsArticle: true,
  articles: [
    {
      title: "عنوان",
      outlet: null,
      byline: null,
      publishedAt: null,
      keywords: [],
      text: "قال الوزير إن …",
      speakers: [{ id: "s1", name: "الوزير", aliases: [], title: null, kind: "person" }],
      quotes: [
        {
          id: "q1",
          text: "…",
          kind: "indirect",
          cue: "قال",
          speakerId: "s1",
          via: null,
          start: 12,
          end: 13,
          rule: "x",
        },
      ],
      claims: [],
      relatedLinks: [],
    },
  ],
};

function setup(overrides: Partial<Handlers> = {}) {
  const calls: { name: MessageName; payload: unknown; sender: unknown }[] = [];
  const handlers: Handlers = {
    "content→background:saveAnalysis": (payload, sender) => {
      calls.push({ name: "content→background:saveAnalysis", payload, sender });
      return {
        articles: payload.analysis.articles.length,
        quotes: 1,
        saved: true,
        alreadySaved: false,
        articleIds: [],
      };
    },
    "popup→background:getTabPage": ({ tabId }) => ({ url: tabId === 7 ? "https://news.example/a" : null }),
    "popup→background:setUiLanguage": ({ language }) => ({ language }),
    "popup→background:setTheme": ({ theme }) => ({ theme }),
    "popup→background:saveQuote": ({ id }) => ({ id }),
    "popup→background:unsaveQuote": ({ id }) => ({ id }),
    "popup→background:flagStatement": () => ({ id: "f-1" }),
    "popup→background:editFlag": ({ id }) => ({ id }),
    "popup→background:removeFlag": ({ id }) => ({ id }),
    "popup→background:setHighlights": ({ on }) => ({ on }),
    // The library's messages (src/background/library.ts), answered trivially here.
    "popup→background:getPageStatus": () => ({
      url: null,
      saved: false,
      articleIds: [],
      autoSave: true,
      canSave: false,
    }),
    "popup→background:savePage": () => ({ articleIds: [], quotes: 0, alreadySaved: false }),
    "popup→background:setAutoSave": ({ on }) => ({ on }),
    "popup→background:searchLibrary": () => ({ hits: [] }),
    "popup→background:getRelated": () => ({ articleId: null, related: [] }),
    "popup→background:exportLibrary": () => ({ name: "x.json", mimeType: "application/json", content: "", skipped: 0 }),
    "popup→background:importLibrary": () => {
      const none = { added: 0, updated: 0, unchanged: 0 };
      return { stats: { articles: none, quotes: none, speakers: none, claims: none, flags: none } };
    },
    "popup→background:deleteArticle": () => ({ deleted: 0 }),
    "popup→background:deleteAllData": () => ({ deleted: true }),
    "popup→background:editSpeakers": () => ({ changed: [], removed: [] }),
    "popup→background:checkLibrary": () => ({ skipped: [] }),
    ...overrides,
  };
  return { handle: createMessageHandler(handlers, ctx), calls };
}

describe("verifySender", () => {
  const accepted: [MessageName, SenderInfo][] = [
    ["content→background:saveAnalysis", contentSender],
    ["popup→background:getTabPage", popupSender],
    // The popup opened as a tab ("open in a tab") still is an extension page.
    ["popup→background:getTabPage", { ...popupSender, tab: { id: 3 } }],
  ];
  it.each(accepted)("accepts %s from its own kind of context", (name, sender) => {
    expect(typeof verifySender(name, sender, ctx)).toBe("object");
  });

  const refused: [string, MessageName, SenderInfo][] = [
    ["another extension", "content→background:saveAnalysis", { ...contentSender, id: "other" }],
    ["no extension id (a web page)", "popup→background:setUiLanguage", { url: "https://evil.example/" }],
    ["a content message without a tab", "content→background:saveAnalysis", { id: "isnad-id", url: "https://a.b/" }],
    ["a content message from an extension page", "content→background:saveAnalysis", { ...popupSender, tab: { id: 1 } }],
    ["a content message from a file: page", "content→background:saveAnalysis", { ...contentSender, url: "file:///x" }],
    ["a popup message from a content script", "popup→background:getTabPage", contentSender],
    ["a look-alike origin", "popup→background:getTabPage", { id: "isnad-id", url: "chrome-extension://isnad-idX/p" }],
  ];
  it.each(refused)("refuses %s", (_why, name, sender) => {
    expect(typeof verifySender(name, sender, ctx)).toBe("string");
  });
});

describe("createMessageHandler", () => {
  it("runs the one handler for a valid message and returns its value as a Result", async () => {
    const { handle, calls } = setup();
    const result = await handle({ type: "content→background:saveAnalysis", payload: { analysis } }, contentSender);
    expect(result).toEqual({
      ok: true,
      value: { articles: 1, quotes: 1, saved: true, alreadySaved: false, articleIds: [] },
    });
    expect(calls[0].sender).toEqual({ tabId: 7, url: "https://news.example/a" });
    // Fields the core adds later survive validation (loose objects).
    const payload = calls[0].payload as { analysis: PageAnalysis };
    expect(payload.analysis.articles[0].quotes[0].rule).toBe("x");
  });

  it("answers popup messages", async () => {
    const { handle } = setup();
    expect(await handle({ type: "popup→background:getTabPage", payload: { tabId: 7 } }, popupSender)).toEqual({
      ok: true,
      value: { url: "https://news.example/a" },
    });
  });

  const bad: [string, unknown, MessageError["code"]][] = [
    ["not an object", "hello", "unknown-message"],
    ["an unknown name", { type: "content→background:dropTables", payload: {} }, "unknown-message"],
    ["extra envelope keys", { type: "popup→background:getTabPage", payload: { tabId: 1 }, x: 1 }, "unknown-message"],
    ["a negative tab id", { type: "popup→background:getTabPage", payload: { tabId: -1 } }, "invalid"],
    ["a wrong language", { type: "popup→background:setUiLanguage", payload: { language: "fr" } }, "invalid"],
    ["extra payload keys", { type: "popup→background:setUiLanguage", payload: { language: "en", sql: "" } }, "invalid"],
  ];
  it.each(bad)("rejects %s without calling a handler", async (_why, message, code) => {
    const { handle } = setup({
      "popup→background:getTabPage": () => {
        throw new Error("must not run");
      },
    });
    const result = await handle(message, popupSender);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  const badAnalyses: [string, unknown][] = [
    ["a quote kind outside the contract", { ...analysis.articles[0].quotes[0], kind: "rumour" }],
    ["a confidence above 1", { ...analysis.articles[0].quotes[0], confidence: 3 }],
    ["a quote without text", { ...analysis.articles[0].quotes[0], text: undefined }],
    ["a huge title", { ...analysis.articles[0].quotes[0], cue: "ق".repeat(5000) }],
  ];
  it.each(badAnalyses)("rejects an analysis with %s, naming where", async (_why, quote) => {
    const { handle, calls } = setup();
    const broken = { ...analysis, articles: [{ ...analysis.articles[0], quotes: [quote] }] };
    const result = await handle(
      { type: "content→background:saveAnalysis", payload: { analysis: broken } },
      contentSender,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("analysis.articles.0.quotes.0");
    expect(calls).toHaveLength(0);
  });

  it("turns a handler's exception into an error Result", async () => {
    const { handle } = setup({
      "popup→background:setUiLanguage": async () => {
        throw new Error("disk full");
      },
    });
    const result = await handle({ type: "popup→background:setUiLanguage", payload: { language: "en" } }, popupSender);
    expect(result).toEqual({ ok: false, error: { code: "failed", message: "disk full" } });
  });

  it("refuses a forged sender before validating or acting", async () => {
    const { handle, calls } = setup();
    const result = await handle(
      { type: "content→background:saveAnalysis", payload: { analysis } },
      { ...contentSender, id: "someone-else" },
    );
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(calls).toHaveLength(0);
  });
});

const sendMessage = vi.fn();
vi.mock("webextension-polyfill", () => ({ default: { runtime: { sendMessage } } }));

describe("send", () => {
  it("wraps the request in an envelope and returns the background's Result", async () => {
    const { send } = await import("../../src/messaging/client.ts");
    sendMessage.mockResolvedValueOnce({ ok: true, value: { language: "en" } });
    expect(await send("popup→background:setUiLanguage", { language: "en" })).toEqual({
      ok: true,
      value: { language: "en" },
    });
    expect(sendMessage).toHaveBeenCalledWith({ type: "popup→background:setUiLanguage", payload: { language: "en" } });
  });

  it.each([
    ["a rejected sendMessage", () => sendMessage.mockRejectedValueOnce(new Error("Receiving end does not exist."))],
    ["no answer", () => sendMessage.mockResolvedValueOnce(undefined)],
  ])("reports %s as unreachable, never throws", async (_why, arrange) => {
    const { send } = await import("../../src/messaging/client.ts");
    arrange();
    const result = await send("popup→background:getTabPage", { tabId: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: "unreachable" } });
  });
});
