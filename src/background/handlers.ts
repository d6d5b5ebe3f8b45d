/** One handler per message of the protocol (src/messaging/protocol.ts). */
import type { Handlers } from "../messaging/handle.ts";
import type { IsnadDatabase } from "../storage/db.ts";
import { editFlag, flagStored, removeFlag, saveQuoteMark, unsaveQuoteMark } from "../storage/marks.ts";
import { pageKey } from "../storage/pages.ts";
import { setTheme, setUiLanguage } from "../storage/settings.ts";
import { showQuoteCount } from "./badge.ts";
import { setHighlights } from "./highlights.ts";
import { createLibraryBackground, type LibraryBackground } from "./library.ts";
import { rememberTabPage, tabPage } from "./tabs.ts";

/**
 * The address to file an analysis under. Normally the browser's (sender.url); after a single-page-app
 * navigation (history.pushState) Chromium still reports the address the document was loaded with, so
 * the analysis's own address is taken instead, but only when it has the sender's origin: pushState
 * cannot leave the origin, and a page still cannot file its analysis under another site's address.
 */
export function analysisUrl(claimed: string | null | undefined, senderUrl: string): string {
  try {
    if (claimed && new URL(claimed).origin === new URL(senderUrl).origin) return claimed;
  } catch {
    // Not a URL: the browser's address stands.
  }
  return senderUrl;
}

export function createHandlers(db: IsnadDatabase, library: LibraryBackground = createLibraryBackground(db)): Handlers {
  return {
    "content→background:saveAnalysis": async ({ analysis }, from) => {
      const sender = { ...from, url: analysisUrl(analysis.url, from.url) };
      // The URL comes from the browser (sender.url), not from the message: a page cannot file its
      // analysis under another site's address. Saved unless the reader turned automatic saving off.
      const articles = analysis.isNewsArticle ? analysis.articles.length : 0;
      // The tab's page is recorded first: a popup open on the tab then finds the page and fills in by
      // itself (liveQuery) when the save lands, and readers never see the records without the tab.
      if (sender.tabId !== null && articles) {
        await rememberTabPage(sender.tabId, pageKey(sender.url));
        await showQuoteCount(
          sender.tabId,
          analysis.articles.reduce((n, a) => n + a.quotes.length, 0),
        );
      }
      const outcome = await library.onAnalysis(analysis, sender.url, sender.tabId);
      return { articles, ...outcome };
    },
    ...library.handlers,
    "popup→background:getTabPage": async ({ tabId }) => ({ url: await tabPage(tabId) }),
    "popup→background:setUiLanguage": async ({ language }) => {
      await setUiLanguage(db, language);
      return { language };
    },
    "popup→background:setTheme": async ({ theme }) => {
      await setTheme(db, theme);
      return { theme };
    },
    "popup→background:saveQuote": async ({ id, tags, note }) => ({
      id: (await saveQuoteMark(db, id, { tags, note })).id,
    }),
    "popup→background:unsaveQuote": async ({ id }) => {
      await unsaveQuoteMark(db, id);
      return { id };
    },
    "popup→background:flagStatement": async ({ target, ...edit }) => ({ id: (await flagStored(db, target, edit)).id }),
    "popup→background:editFlag": async ({ id, ...edit }) => ({ id: (await editFlag(db, id, edit)).id }),
    "popup→background:removeFlag": async ({ id }) => {
      await removeFlag(db, id);
      return { id };
    },
    "popup→background:setHighlights": async ({ on }) => {
      await setHighlights(on);
      return { on };
    },
  };
}
