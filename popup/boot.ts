/**
 * What the popup's first render shows, read before anything is rendered: the tab, its page's URL, the
 * reader's settings and the page's stored analysis. The database is opened while the tab is looked up,
 * so the first paint is the page itself (right language, right theme), not a "loading" line.
 */
import browser from "webextension-polyfill";
import { activeTabId, tabPageUrl } from "./hooks/useTabPage.ts";
import type { PageArticle } from "./page.ts";
import { quickPage, quickSettings, type StoredSettings } from "./quickRead.ts";

export const HIGHLIGHTS_KEY = "highlights"; // src/background/highlights.ts

/** Whether the in-page highlights are on (storage.local; on unless turned off). */
export async function highlightsOn(): Promise<boolean> {
  const stored = await browser.storage.local.get(HIGHLIGHTS_KEY);
  return stored[HIGHLIGHTS_KEY] !== false;
}

export interface FirstRead {
  tabId: number | null;
  url: string | null;
  settings: StoredSettings;
  page: PageArticle[];
  /** Whether the in-page highlights are on (undefined: could not be read). */
  highlights: boolean | undefined;
}

export async function firstRead(fixedTabId: number | null): Promise<FirstRead> {
  const settings = quickSettings();
  const highlights = highlightsOn().catch(() => undefined);
  const tabId = fixedTabId ?? (await activeTabId());
  const url = tabId === null ? null : await tabPageUrl(tabId);
  performance.mark("isnad:tab-page-known");
  const [stored, page, on] = await Promise.all([settings, url ? quickPage(url) : [], highlights]);
  return { tabId, url, settings: stored, page, highlights: on };
}

/** The first read, or undefined when it fails or takes longer than `ms` (the views then read for themselves). */
export function firstReadWithin(fixedTabId: number | null, ms: number): Promise<FirstRead | undefined> {
  return Promise.race([
    firstRead(fixedTabId).catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, ms)),
  ]);
}
