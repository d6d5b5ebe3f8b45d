/**
 * The service worker: the only writer of the database. It answers the protocol's messages through one
 * handler map, forgets a tab's page when the tab navigates or closes, and serves the context menu and the
 * keyboard shortcut.
 */
import browser, { type Runtime } from "webextension-polyfill";
import { createMessageHandler } from "../messaging/handle.ts";
import { openDatabase } from "../storage/db.ts";
import { createHandlers } from "./handlers.ts";
import { toggleHighlights } from "./highlights.ts";
import { createMenus, onMenuClicked } from "./menus.ts";
import { createTabViews } from "./tabs.ts";

const db = openDatabase();
const views = createTabViews(db);
const handle = createMessageHandler(createHandlers(db, undefined, views), {
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(""),
});

// Listeners are registered synchronously at the top level so a restarted worker receives the event that
// woke it. Every message gets a Result; nothing is thrown back to the sender.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handle(message, sender));

browser.tabs.onUpdated.addListener((tabId, change) => {
  // Without the "tabs" permission the new URL is not visible here, but a load starting means the page
  // whose analysis we remembered is going away; the next page's content script reports again.
  if (change.status === "loading") views.forget(tabId).catch(() => {});
});
browser.tabs.onRemoved.addListener((tabId) => {
  views.forget(tabId).catch(() => {});
});

browser.runtime.onInstalled.addListener(() => createMenus());
// The popup's copy of the settings, for a browser that has not sent a change yet (the views are written
// as pages are analyzed).
views.refresh();
browser.contextMenus.onClicked.addListener((info, tab) => {
  // A quote saved from the page's selection changes that page's view.
  onMenuClicked(db, info, tab)
    .catch(() => {})
    .finally(() => views.refresh());
});
browser.commands.onCommand.addListener((command) => {
  if (command === "toggle-highlights") toggleHighlights().catch(() => {});
});
