import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { send } from "../../src/messaging/client.ts";

/**
 * The tab this view is about (the ?tab= parameter, else the active tab) and the URL of the page whose
 * analysis the background saved for it. Asked again when the background records a new page for the tab,
 * so a popup opened before the analysis finished fills in by itself.
 * tabId: undefined while looking, null when no tab was found. url: undefined while asking.
 */
export function useTabPage(fixedTabId: number | null) {
  const [tabId, setTabId] = useState<number | null | undefined>(fixedTabId ?? undefined);
  const [url, setUrl] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    if (fixedTabId !== null) return;
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id ?? null))
      .catch(() => setTabId(null));
  }, [fixedTabId]);

  useEffect(() => {
    if (tabId === undefined || tabId === null) return;
    let live = true;
    // storage.session is readable from the extension's pages: reading it here saves waking the service
    // worker on every popup open (the background's getTabPage answers the same when this fails).
    const key = `tab:${tabId}`;
    const ask = () =>
      browser.storage.session
        .get(key)
        .then((stored) => (typeof stored[key] === "string" ? (stored[key] as string) : null))
        .catch(() =>
          send("popup→background:getTabPage", { tabId }).then((result) => (result.ok ? result.value.url : null)),
        )
        .then((found) => {
          if (live) setUrl(found);
        });
    ask();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === "session" && key in changes) ask();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);

  return { tabId, url };
}
