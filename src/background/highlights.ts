/**
 * Whether quotes and claims are highlighted on pages. Kept in storage.local (not the database): content
 * scripts run in the news site's origin and cannot read the extension's IndexedDB, but they can read and
 * follow storage.local, so one write here reaches every open tab.
 */
import browser from "webextension-polyfill";

export const HIGHLIGHTS_KEY = "highlights";

export async function highlightsOn(): Promise<boolean> {
  const stored = await browser.storage.local.get(HIGHLIGHTS_KEY);
  return stored[HIGHLIGHTS_KEY] !== false;
}

export async function setHighlights(on: boolean): Promise<void> {
  await browser.storage.local.set({ [HIGHLIGHTS_KEY]: on });
}

/** Flips the setting (the keyboard shortcut); returns the new state. */
export async function toggleHighlights(): Promise<boolean> {
  const next = !(await highlightsOn());
  await setHighlights(next);
  return next;
}
