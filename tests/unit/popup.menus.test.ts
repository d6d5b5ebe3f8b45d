/**
 * The context menu on selected text (src/background/menus.ts): "save as quote" and "flag statement"
 * act on the selection and page address the browser gives, and nothing else.
 */
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const created: { id: string; title: string; contexts: string[] }[] = [];
vi.mock("webextension-polyfill", () => ({
  default: {
    contextMenus: {
      removeAll: async () => {
        created.length = 0;
      },
      create: (item: { id: string; title: string; contexts: string[] }) => void created.push(item),
    },
    i18n: { getMessage: (key: string) => `msg:${key}` },
  },
}));

const { createMenus, MENU_FLAG, MENU_SAVE_QUOTE, onMenuClicked } = await import("../../src/background/menus.ts");
const { IsnadDatabase } = await import("../../src/storage/db.ts");
const { recordsFromAnalysis } = await import("../../src/library/records.ts");
const { article, NOW, page } = await import("./library.fixtures.ts");

const URL_A = "https://news.example/a";
let db: InstanceType<typeof IsnadDatabase>;
let n = 0;
beforeEach(async () => {
  db = new IsnadDatabase(`menus-${n++}`);
  const records = recordsFromAnalysis(
    page(URL_A, [article({ text: "قال الوزير إن الاقتصاد سينمو بنسبة 5% هذا العام." })]),
    NOW,
  );
  await db.articles.bulkPut(records.articles);
});
afterEach(() => db.delete());

describe("context menu", () => {
  it("offers two localized items, on selections only", async () => {
    createMenus();
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(created.map((c) => [c.id, c.title, c.contexts])).toEqual([
      [MENU_SAVE_QUOTE, "msg:menuSaveQuote", ["selection"]],
      [MENU_FLAG, "msg:menuFlag", ["selection"]],
    ]);
  });

  it("saves the selection as a quote of the page's article", async () => {
    await onMenuClicked(db, {
      menuItemId: MENU_SAVE_QUOTE,
      selectionText: "الاقتصاد سينمو",
      pageUrl: URL_A,
      editable: false,
      modifiers: [],
    });
    const saved = await db.quotes.toArray();
    expect(saved.map((q) => [q.text, !!q.saved])).toEqual([["الاقتصاد سينمو", true]]);
  });

  it("flags the selection as to check", async () => {
    await onMenuClicked(db, {
      menuItemId: MENU_FLAG,
      selectionText: "بنسبة 5%",
      pageUrl: URL_A,
      editable: false,
      modifiers: [],
    });
    expect((await db.flags.toArray()).map((f) => [f.text, f.verdict])).toEqual([["بنسبة 5%", "to-check"]]);
  });

  const ignored: [string, Record<string, unknown>][] = [
    ["an empty selection", { menuItemId: MENU_FLAG, selectionText: "  ", pageUrl: URL_A }],
    ["a page that is not http(s)", { menuItemId: MENU_FLAG, selectionText: "نص", pageUrl: "file:///x.html" }],
    ["another menu item", { menuItemId: "other", selectionText: "نص", pageUrl: URL_A }],
  ];
  it.each(ignored)("does NOT act on %s", async (_name, info) => {
    await onMenuClicked(db, { editable: false, ...info } as never);
    expect(await db.flags.count()).toBe(0);
    expect(await db.quotes.count()).toBe(0);
  });
});
