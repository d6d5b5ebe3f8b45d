/**
 * Which page each tab showed when its analysis was saved, so the popup of tab N finds the stored page
 * without the "tabs" permission (the sender's URL comes with every message), and what that popup shows
 * first. Kept in storage.session: it survives the service worker being stopped and is forgotten when the
 * browser closes. Per tab: `tab:<id>` (the page's URL) and `view:<id>` (src/storage/pages.ts TabView: the
 * page's records, without the article text); for all tabs: `settings` (the reader's language and theme).
 * The popup reads the three in one call before its first render (popup/boot.ts), which is much faster
 * than opening the database there; the background, the only writer, rewrites them after each change.
 */
import browser from "webextension-polyfill";
import type { IsnadDatabase } from "../storage/db.ts";
import { loadSettings, loadTabView } from "../storage/pages.ts";

// The popup reads these keys too (popup/boot.ts: not imported, to keep storage code out of its first load).
const tabKey = (tabId: number) => `tab:${tabId}`;
const viewKey = (tabId: number) => `view:${tabId}`;
export const SETTINGS_KEY = "settings";

export interface TabViews {
  /** Records the page a tab shows (its view is written by the next refresh). */
  remember(tabId: number, url: string): Promise<void>;
  /** The page recorded for a tab; null when none is. */
  pageOf(tabId: number): Promise<string | null>;
  /** Forgets a tab's page and view (the tab navigated or closed). */
  forget(tabId: number): Promise<void>;
  /**
   * Rewrites every tab's view and the settings from the database. Call after any change to the stored
   * records or settings: refreshes run one after another, each reading after the changes made before it
   * was asked, so the last one written is the database's latest state.
   */
  refresh(): Promise<void>;
}

export function createTabViews(db: IsnadDatabase): TabViews {
  /** This worker's copy of the `tab:<id>` entries, read once (all later changes go through here). */
  let tabs: Promise<Map<number, string>> | null = null;
  const known = () => {
    tabs ??= browser.storage.session.get(null).then((all) => {
      const found = new Map<number, string>();
      for (const [key, value] of Object.entries(all))
        if (key.startsWith("tab:") && typeof value === "string") found.set(Number(key.slice(4)), value);
      return found;
    });
    return tabs;
  };

  const rewrite = async () => {
    const current = await known();
    const urls = [...new Set(current.values())];
    const [views, settings] = await Promise.all([
      Promise.all(urls.map((url) => loadTabView(db, url))),
      loadSettings(db),
    ]);
    const byUrl = new Map(views.map((view) => [view.url, view]));
    const items: Record<string, unknown> = { [SETTINGS_KEY]: settings };
    // Tabs forgotten or moved on while the views were read are left alone.
    for (const [tabId, url] of current) {
      const view = byUrl.get(url);
      if (view) items[viewKey(tabId)] = view;
    }
    try {
      await browser.storage.session.set(items);
    } catch {
      // Over the storage's quota: no views rather than old ones (the popup then reads the database).
      await browser.storage.session.remove([...current.keys()].map(viewKey)).catch(() => {});
    }
  };

  let queue: Promise<void> = Promise.resolve();
  return {
    async remember(tabId, url) {
      const current = await known();
      current.set(tabId, url);
      await browser.storage.session.set({ [tabKey(tabId)]: url });
    },
    async pageOf(tabId) {
      return (await known()).get(tabId) ?? null;
    },
    async forget(tabId) {
      const current = await known();
      current.delete(tabId);
      await browser.storage.session.remove([tabKey(tabId), viewKey(tabId)]);
    },
    refresh() {
      queue = queue.then(rewrite).catch(() => {});
      return queue;
    },
  };
}
