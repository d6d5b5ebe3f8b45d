/**
 * The library's messages in the background: saving analyzed pages (automatically, or when the reader
 * asks), "is this page saved?", search, related coverage, export, import, deletes and the reader's
 * corrections of the speaker registry. The indexes live here, in memory, kept up to date after every
 * write (storage/indexes.ts); storage functions throw StorageErrors whose message the popup can show.
 */
import type { PageAnalysis } from "../core/types.ts";
import type { Handler } from "../messaging/handle.ts";
import type { MessageName } from "../messaging/protocol.ts";
import type { IsnadDatabase } from "../storage/db.ts";
import { LibraryIndexes } from "../storage/indexes.ts";
import {
  deleteAllData,
  deleteArticles,
  editRegistry,
  exportLibrary,
  getLibrarySettings,
  importLibraryFile,
  isSaved,
  loadLibrary,
  StorageError,
  saveAnalysis,
  setAutoSave,
} from "../storage/library.ts";
import { pageKey } from "../storage/pages.ts";

type LibraryMessage =
  | "popup→background:getPageStatus"
  | "popup→background:savePage"
  | "popup→background:setAutoSave"
  | "popup→background:searchLibrary"
  | "popup→background:getRelated"
  | "popup→background:exportLibrary"
  | "popup→background:importLibrary"
  | "popup→background:deleteArticle"
  | "popup→background:deleteAllData"
  | "popup→background:editSpeakers"
  | "popup→background:checkLibrary";

/** The last analysis of each tab, kept so "save this page" works when automatic saving is off. */
interface TabAnalysis {
  url: string;
  analysis: PageAnalysis;
}

export interface LibraryBackground {
  indexes: LibraryIndexes;
  /** The content script's analysis: saved when automatic saving is on, else kept for "save this page". */
  onAnalysis(
    analysis: PageAnalysis,
    url: string,
    tabId: number | null,
  ): Promise<{ articleIds: string[]; quotes: number; saved: boolean; alreadySaved: boolean }>;
  handlers: { [N in LibraryMessage]: Handler<N> };
}

export function createLibraryBackground(db: IsnadDatabase, tabs = new Map<number, TabAnalysis>()): LibraryBackground {
  const indexes = new LibraryIndexes(db);

  const save = async (analysis: PageAnalysis, url: string) => {
    const outcome = await saveAnalysis(db, analysis, { url });
    await indexes.catchUp();
    return outcome;
  };

  const onAnalysis: LibraryBackground["onAnalysis"] = async (analysis, url, tabId) => {
    if (tabId !== null) tabs.set(tabId, { url: pageKey(url), analysis });
    const { autoSave } = await getLibrarySettings(db);
    if (!autoSave) {
      const ids = await isSaved(db, url, analysis);
      const quotes = analysis.articles.reduce((n, a) => n + a.quotes.length, 0);
      return { articleIds: ids, quotes, saved: false, alreadySaved: ids.length > 0 };
    }
    const outcome = await save(analysis, url);
    return { articleIds: outcome.articleIds, quotes: outcome.quotes, saved: true, alreadySaved: outcome.alreadySaved };
  };

  const handlers: LibraryBackground["handlers"] = {
    "popup→background:getPageStatus": async ({ tabId }) => {
      const tab = tabs.get(tabId);
      const { autoSave } = await getLibrarySettings(db);
      if (!tab) return { url: null, saved: false, articleIds: [], autoSave, canSave: false };
      const ids = await isSaved(db, tab.url, tab.analysis);
      return { url: tab.url, saved: ids.length > 0, articleIds: ids, autoSave, canSave: true };
    },
    "popup→background:savePage": async ({ tabId }) => {
      const tab = tabs.get(tabId);
      if (!tab)
        throw new StorageError(
          "this page's analysis is no longer available: reload the page, then save it",
          "not-found",
        );
      const outcome = await save(tab.analysis, tab.url);
      return { articleIds: outcome.articleIds, quotes: outcome.quotes, alreadySaved: outcome.alreadySaved };
    },
    "popup→background:setAutoSave": async ({ on }) => {
      await setAutoSave(db, on);
      return { on };
    },
    "popup→background:searchLibrary": async ({ query, filters, limit }) => ({
      hits: await indexes.searchLibrary(query, filters ?? {}, { limit: limit ?? 100 }),
    }),
    "popup→background:getRelated": async ({ articleId, tabId, top }) => {
      let id = articleId ?? null;
      if (!id && tabId !== undefined) {
        const tab = tabs.get(tabId);
        id = tab ? ((await isSaved(db, tab.url, tab.analysis))[0] ?? null) : null;
      }
      if (!id) return { articleId: null, related: [] };
      return { articleId: id, related: await indexes.relatedTo(id, { top: top ?? 20 }) };
    },
    "popup→background:exportLibrary": async ({ format, savedOnly, lang }) => {
      const file = await exportLibrary(db, format, { savedOnly, lang });
      return { name: file.name, mimeType: file.mimeType, content: file.content, skipped: file.skipped.length };
    },
    "popup→background:importLibrary": async ({ text }) => {
      const stats = await importLibraryFile(db, text);
      await indexes.catchUp();
      return { stats };
    },
    "popup→background:deleteArticle": async ({ articleIds }) => {
      const deleted = await deleteArticles(db, articleIds);
      await indexes.catchUp();
      return { deleted };
    },
    "popup→background:deleteAllData": async () => {
      await deleteAllData(db);
      await indexes.reset();
      tabs.clear();
      return { deleted: true };
    },
    "popup→background:editSpeakers": async ({ edit }) => {
      const result = await editRegistry(db, edit);
      await indexes.catchUp();
      return result;
    },
    "popup→background:checkLibrary": async () => {
      const { skipped } = await loadLibrary(db);
      return { skipped };
    },
  };
  return { indexes, onAnalysis, handlers };
}

/** For the type check in handlers.ts: every library message has its handler. */
export type LibraryMessageName = LibraryMessage & MessageName;
