/**
 * The first of the popup's modules to run: a chunk of its own with ext.ts (vite.config.ts popupFirstLoad),
 * the popup page's first script. Module scripts run in the page's order once it is parsed; this one is
 * under a kilobyte, so it runs before the popup's main chunk (tens of kilobytes) has arrived and been
 * compiled. It marks the script's start (benchmark: tests/bench/popup.ts) and asks the browser at once for
 * what the first render shows. The toolbar popup is shown once its document has loaded: asked from the
 * popup's chunk, the answers came after that, so the popup was first shown empty; asked from here, they
 * come before it and the popup is shown with the page (bench:popup, every open, before and after). No
 * imports but the raw extension API (ext.ts), which must stay so.
 *
 * The background keeps, for each tab whose page it analyzed, the page's URL (`tab:<id>`) and the view
 * the popup shows first (`view:<id>`: the page's records, src/storage/pages.ts TabView), and a copy of the
 * reader's settings (`settings`), in storage.session (src/background/tabs.ts writes them); the in-page
 * highlights setting is in storage.local.
 */
import { ext } from "./ext.ts";

performance.mark("isnad:script-start");

export const HIGHLIGHTS_KEY = "highlights"; // src/background/highlights.ts
export const tabKey = (tabId: number) => `tab:${tabId}`;
export const viewKey = (tabId: number) => `view:${tabId}`;
export const SETTINGS_KEY = "settings";

// popup/index.html?tab=<id> shows that tab's page (used by "open in a tab" and by the end-to-end tests);
// without it the popup follows the active tab.
const param = new URLSearchParams(globalThis.location?.search).get("tab");
export const fixedTabId = param !== null && /^\d+$/.test(param) ? Number(param) : null;

/** The active tab of the popup's window; null when there is none. */
export async function activeTabId(): Promise<number | null> {
  try {
    const [tab] = (await ext()?.tabs.query({ active: true, currentWindow: true })) ?? [];
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

export interface EarlyRead {
  tabId: number | null;
  /** The tab's storage.session entries (tab, view, settings), as stored; undefined: unreadable. */
  session: Record<string, unknown> | undefined;
  /** Whether the in-page highlights are on (undefined: unreadable). */
  highlights: boolean | undefined;
}

async function readEarly(fixed: number | null): Promise<EarlyRead> {
  const api = ext();
  const highlights = api?.storage.local.get(HIGHLIGHTS_KEY).then(
    (stored) => stored[HIGHLIGHTS_KEY] !== false,
    () => undefined,
  );
  const tabId = fixed ?? (await activeTabId());
  const keys = tabId === null ? [SETTINGS_KEY] : [tabKey(tabId), viewKey(tabId), SETTINGS_KEY];
  const session = await api?.storage.session.get(keys).catch(() => undefined);
  return { tabId, session, highlights: await highlights };
}

/** Started when this module is evaluated, for the popup's tab (main.tsx awaits it through boot.ts). */
export const early: Promise<EarlyRead> = readEarly(fixedTabId);
