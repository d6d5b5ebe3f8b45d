/**
 * Which page each tab showed when its analysis was saved, so the popup of tab N finds the stored page
 * without the "tabs" permission (the sender's URL comes with every message). Kept in storage.session:
 * it survives the service worker being stopped and is forgotten when the browser closes.
 */
import browser from "webextension-polyfill";

const key = (tabId: number) => `tab:${tabId}`;

export async function rememberTabPage(tabId: number, url: string): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: url });
}

export async function tabPage(tabId: number): Promise<string | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const url = stored[key(tabId)];
  return typeof url === "string" ? url : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
