import { useEffect, useState } from "preact/hooks";
import { activeTabId, tabKey } from "../early.ts";
import { ext } from "../ext.ts";
import { send } from "../send.ts";

/**
 * The URL of the page whose analysis the background saved for a tab; null when none was. storage.session
 * is readable from the extension's pages: reading it here saves waking the service worker on every popup
 * open (the background's getTabPage answers the same when this fails).
 */
export function tabPageUrl(tabId: number): Promise<string | null> {
  const key = tabKey(tabId);
  return Promise.resolve()
    .then(() => ext()?.storage.session.get(key) ?? Promise.reject(new Error("no extension API")))
    .then((stored) => (typeof stored[key] === "string" ? (stored[key] as string) : null))
    .catch(() =>
      send("popup→background:getTabPage", { tabId }).then((result) => (result.ok ? result.value.url : null)),
    );
}

/**
 * The tab this view is about (the ?tab= parameter, else the active tab) and the URL of the page whose
 * analysis the background saved for it. Asked again when the background records a new page for the tab,
 * so a popup opened before the analysis finished fills in by itself. `known`: both, already read.
 * tabId: undefined while looking, null when no tab was found. url: undefined while asking.
 */
export function useTabPage(fixedTabId: number | null, known?: { tabId: number | null; url: string | null }) {
  const [tabId, setTabId] = useState<number | null | undefined>(known ? known.tabId : (fixedTabId ?? undefined));
  const [url, setUrl] = useState<string | null | undefined>(known?.url);

  useEffect(() => {
    if (fixedTabId !== null || known) return;
    activeTabId().then(setTabId);
  }, [fixedTabId]);

  useEffect(() => {
    if (tabId === undefined || tabId === null) return;
    let live = true;
    const ask = () =>
      tabPageUrl(tabId).then((found) => {
        if (live) setUrl(found);
      });
    if (!known || known.tabId !== tabId) ask();
    const key = tabKey(tabId);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === "session" && key in changes) ask();
    };
    const events = ext()?.storage.onChanged;
    events?.addListener(onChanged);
    return () => {
      live = false;
      events?.removeListener(onChanged);
    };
  }, [tabId]);

  return { tabId, url };
}
