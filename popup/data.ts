/**
 * What the popup reads through Dexie, as library records (src/library/records.ts), straight from the
 * database through its indexes. Loaded after the first render (quickRead.ts reads the page before it).
 * Each reader takes only what its view shows: opening the popup reads one page's rows.
 */
import type { Flag, SavedArticle, SavedQuote } from "../src/library/records.ts";
import type { IsnadDatabase } from "../src/storage/db.ts";
import { articlesOfPage } from "../src/storage/marks.ts";
import { assemblePage, type PageArticle } from "./page.ts";

export { groupBySpeaker, type PageArticle, pageOrder, type SpeakerGroup } from "./page.ts";

/** Everything stored for a page URL; [] when it was never saved. */
export async function loadPageArticles(db: IsnadDatabase, url: string): Promise<PageArticle[]> {
  const articles = await articlesOfPage(db, url);
  if (!articles.length) return [];
  const ids = articles.map((a) => a.id);
  const [quotes, claims, flags] = await Promise.all([
    db.quotes.where("articleId").anyOf(ids).toArray(),
    db.claims.where("articleId").anyOf(ids).toArray(),
    db.flags.where("articleId").anyOf(ids).toArray(),
  ]);
  return assemblePage(url, articles, { quotes, claims, flags });
}

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
