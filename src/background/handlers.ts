/** One handler per message of the protocol (src/messaging/protocol.ts). */
import type { Handlers } from "../messaging/handle.ts";
import type { IsnadDatabase } from "../storage/db.ts";
import { savePageAnalysis } from "../storage/pages.ts";
import { setUiLanguage } from "../storage/settings.ts";
import { showQuoteCount } from "./badge.ts";
import { rememberTabPage, tabPage } from "./tabs.ts";

export function createHandlers(db: IsnadDatabase): Handlers {
  return {
    "content→background:saveAnalysis": async ({ analysis }, sender) => {
      // The URL comes from the browser (sender.url), not from the message: a page cannot file its
      // analysis under another site's address.
      const summary = await savePageAnalysis(db, analysis, { url: sender.url });
      if (sender.tabId !== null && summary.articleIds.length) {
        await rememberTabPage(sender.tabId, summary.url);
        await showQuoteCount(sender.tabId, summary.quotes);
      }
      return { articles: summary.articleIds.length, quotes: summary.quotes };
    },
    "popup→background:getTabPage": async ({ tabId }) => ({ url: await tabPage(tabId) }),
    "popup→background:setUiLanguage": async ({ language }) => {
      await setUiLanguage(db, language);
      return { language };
    },
  };
}
