/** One handler per message of the protocol (src/messaging/protocol.ts). */
import type { Handler, Handlers } from "../messaging/handle.ts";
import type { MessageName } from "../messaging/protocol.ts";
import type { IsnadDatabase } from "../storage/db.ts";
import { editFlag, flagStored, removeFlag, saveQuoteMark, unsaveQuoteMark } from "../storage/marks.ts";
import { pageKey } from "../storage/pages.ts";
import { setTheme, setUiLanguage } from "../storage/settings.ts";
import { showQuoteCount } from "./badge.ts";
import { setHighlights } from "./highlights.ts";
import { createLibraryBackground, type LibraryBackground } from "./library.ts";
import { createTabViews, type TabViews } from "./tabs.ts";

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

/**
 * Messages after which the popup's per-tab views (tabs.ts) need no rewrite: they only read, or change
 * nothing the views hold. Every other message is followed by a rewrite, so a message added later keeps
 * the views right by default.
 */
const LEAVES_VIEWS: ReadonlySet<MessageName> = new Set<MessageName>([
  "popup→background:getTabPage",
  "popup→background:getPageStatus",
  "popup→background:searchLibrary",
  "popup→background:getRelated",
  "popup→background:exportLibrary",
  "popup→background:setHighlights",
]);

/** The handlers, each change followed by a rewrite of the views before it answers (even when it failed). */
function rewritingViews(handlers: Handlers, views: TabViews): Handlers {
  const out: Record<string, Handler<MessageName>> = {};
  for (const [name, handler] of Object.entries(handlers) as [MessageName, Handler<MessageName>][]) {
    out[name] = LEAVES_VIEWS.has(name)
      ? handler
      : async (payload, sender) => {
          try {
            return await handler(payload, sender);
          } finally {
            await views.refresh();
          }
        };
  }
  return out as Handlers;
}

export function createHandlers(
  db: IsnadDatabase,
  library: LibraryBackground = createLibraryBackground(db),
  views: TabViews = createTabViews(db),
): Handlers {
  return rewritingViews(handlersOf(db, library, views), views);
}

function handlersOf(db: IsnadDatabase, library: LibraryBackground, views: TabViews): Handlers {
  return {
    "content→background:saveAnalysis": async ({ analysis }, from) => {
      const sender = { ...from, url: analysisUrl(analysis.url, from.url) };
      // The URL comes from the browser (sender.url), not from the message: a page cannot file its
      // analysis under another site's address. Saved unless the reader turned automatic saving off.
      const articles = analysis.isNewsArticle ? analysis.articles.length : 0;
      // The tab's page is recorded first: a popup open on the tab then finds the page and fills in by
      // itself (liveQuery) when the save lands, and readers never see the records without the tab.
      if (sender.tabId !== null && articles) {
        await views.remember(sender.tabId, pageKey(sender.url));
        await showQuoteCount(
          sender.tabId,
          analysis.articles.reduce((n, a) => n + a.quotes.length, 0),
        );
      }
      const outcome = await library.onAnalysis(analysis, sender.url, sender.tabId);
      return { articles, ...outcome };
    },
    ...library.handlers,
    "popup→background:getTabPage": async ({ tabId }) => ({ url: await views.pageOf(tabId) }),
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
