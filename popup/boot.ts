/**
 * What the popup's first render shows, read before anything is rendered: the tab, its page's URL, the
 * reader's settings and the page's stored analysis, from the background's copies in storage.session
 * (asked for by early.ts as soon as the popup's script runs), so the first paint is the page itself
 * (right language, right theme), not a "loading" line. When the view is missing (not written yet, or of
 * another page), the database is read directly (quickRead.ts, loaded only then).
 */
import type { PageArticle, StoredSettings, TabView } from "../src/storage/pages.ts";
import { type EarlyRead, early, HIGHLIGHTS_KEY, SETTINGS_KEY, tabKey, viewKey } from "./early.ts";
import { ext } from "./ext.ts";
import { tabPageUrl } from "./hooks/useTabPage.ts";

export { HIGHLIGHTS_KEY };

/** Whether the in-page highlights are on (storage.local; on unless turned off). */
export async function highlightsOn(): Promise<boolean> {
  const api = ext();
  if (!api) return true;
  const stored = await api.storage.local.get(HIGHLIGHTS_KEY);
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

/** The background's view of the tab, when it is of `url` and has the expected shape. */
export function viewOf(value: unknown, url: string | null): TabView | null {
  if (!url || typeof value !== "object" || value === null) return null;
  const view = value as Partial<TabView>;
  return view.url === url && Array.isArray(view.page) ? (view as TabView) : null;
}

/** The background's copy of the reader's settings, when it has the expected shape. */
export function storedSettingsOf(value: unknown): StoredSettings | null {
  if (typeof value !== "object" || value === null) return null;
  const { lang, theme } = value as Partial<StoredSettings>;
  const langOk = lang === null || lang === "ar" || lang === "en";
  return langOk && (theme === "auto" || theme === "light" || theme === "dark") ? { lang, theme } : null;
}

/**
 * What the first render shows, from the early read (`read`, early.ts) and, for what it lacks, the
 * background (the tab's page) and the database (quickRead.ts).
 */
export async function firstRead(read: Promise<EarlyRead> = early): Promise<FirstRead> {
  const { tabId, session, highlights } = await read;
  let url: string | null = null;
  if (tabId !== null) {
    const stored = session?.[tabKey(tabId)];
    // storage.session unreadable here: the background answers.
    url = session ? (typeof stored === "string" ? stored : null) : await tabPageUrl(tabId);
  }
  performance.mark("isnad:tab-page-known");
  const page = url === null ? [] : viewOf(session?.[viewKey(tabId ?? -1)], url)?.page;
  const settings = storedSettingsOf(session?.[SETTINGS_KEY]);
  if (page && settings) return { tabId, url, settings, page, highlights };
  const quick = await import("./quickRead.ts");
  const [readSettings, readPage] = await Promise.all([
    settings ?? quick.quickSettings(),
    page ?? (url ? quick.quickPage(url) : []),
  ]);
  return { tabId, url, settings: readSettings, page: readPage, highlights };
}

/** The first read, or undefined when it fails or takes longer than `ms` (the views then read for themselves). */
export function firstReadWithin(ms: number): Promise<FirstRead | undefined> {
  return Promise.race([
    firstRead().catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, ms)),
  ]);
}
