/**
 * The context menu on selected text: "save as quote" and "flag statement". The selection and the page's
 * address come from the browser (info.selectionText, info.pageUrl), never from the page's scripts.
 */
import browser, { type Menus, type Tabs } from "webextension-polyfill";
import type { IsnadDatabase } from "../storage/db.ts";
import { flagSelection, saveSelection } from "../storage/marks.ts";

export const MENU_SAVE_QUOTE = "isnad-save-quote";
export const MENU_FLAG = "isnad-flag";

/** Menus persist across restarts of the worker; (re)create them when the extension is installed or updated. */
export function createMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    for (const [id, key] of [
      [MENU_SAVE_QUOTE, "menuSaveQuote"],
      [MENU_FLAG, "menuFlag"],
    ] as const) {
      browser.contextMenus.create({
        id,
        title: browser.i18n.getMessage(key),
        contexts: ["selection"],
        documentUrlPatterns: ["http://*/*", "https://*/*"],
      });
    }
  });
}

/** Acts on a menu click; the quote or flag is stored for the page the selection was made on. */
export async function onMenuClicked(db: IsnadDatabase, info: Menus.OnClickData, _tab?: Tabs.Tab): Promise<void> {
  const text = (info.selectionText ?? "").slice(0, 20_000);
  const url = info.pageUrl ?? "";
  if (!text.trim() || !/^https?:\/\//i.test(url)) return;
  if (info.menuItemId === MENU_SAVE_QUOTE) await saveSelection(db, url, text);
  else if (info.menuItemId === MENU_FLAG) await flagSelection(db, url, text);
}
