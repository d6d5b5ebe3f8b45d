/**
 * What the popup reads through Dexie, as library records (src/library/records.ts), straight from the
 * database through its indexes. Loaded after the first render (boot.ts reads the page before it).
 * Each reader takes only what its view shows: opening the popup reads one page's rows.
 */
import type { Flag, SavedArticle, SavedQuote } from "../src/library/records.ts";
import type { IsnadDatabase } from "../src/storage/db.ts";

export { loadPageView as loadPageArticles, type PageArticle, pageOrder } from "../src/storage/pages.ts";
export { groupBySpeaker, type SpeakerGroup } from "./page.ts";

/** The reader's saved quotes, newest first (the nested index holds only saved quotes). */
export async function savedQuotes(db: IsnadDatabase, limit: number): Promise<SavedQuote[]> {
  return db.quotes.orderBy("saved.savedAt").reverse().limit(limit).toArray();
}

/** Saved quotes with one tag, or of one speaker, walking that index. */
export async function savedQuotesBy(db: IsnadDatabase, by: { tag?: string; speakerKey?: string }, limit: number) {
  const rows = by.tag
    ? await db.quotes.where("saved.tags").equals(by.tag).limit(limit).toArray()
    : await db.quotes
        .where("speakerKey")
        .equals(by.speakerKey ?? "")
        .filter((q) => !!q.saved)
        .limit(limit)
        .toArray();
  return rows.sort((a, b) => ((a.saved?.savedAt ?? "") < (b.saved?.savedAt ?? "") ? 1 : -1));
}

/** The most recent flags, newest first. */
export async function recentFlags(db: IsnadDatabase, limit: number): Promise<Flag[]> {
  return db.flags.orderBy("createdAt").reverse().limit(limit).toArray();
}

/** The articles of these ids that are stored, by id. */
export async function articlesById(db: IsnadDatabase, ids: Iterable<string>): Promise<Map<string, SavedArticle>> {
  const unique = [...new Set(ids)].filter(Boolean);
  const rows = await db.articles.bulkGet(unique);
  return new Map(rows.filter((a): a is SavedArticle => !!a).map((a) => [a.id, a]));
}
