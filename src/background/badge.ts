/** The toolbar badge: how many quotes were found on the page in this tab. */
import browser from "webextension-polyfill";

export async function showQuoteCount(tabId: number, quotes: number): Promise<void> {
  // Chrome resets a tab's badge when the tab navigates, so a stale count never outlives its page.
  await browser.action.setBadgeBackgroundColor({ tabId, color: "#0b6e4f" });
  await browser.action.setBadgeText({ tabId, text: quotes > 0 ? String(quotes) : "" });
}
