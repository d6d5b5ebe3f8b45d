/**
 * What the popup reads, as library records (src/library/records.ts), straight from the database through
 * its indexes. Each reader takes only what its view shows: opening the popup reads one page's rows.
 */
import { articleIdOf, type Flag, type SavedArticle, type SavedClaim, type SavedQuote } from "../src/library/records.ts";
import type { IsnadDatabase } from "../src/storage/db.ts";
import { articlesOfPage } from "../src/storage/marks.ts";

/** One stored article of the page, with what was found in it and the reader's flags on it. */
export interface PageArticle {
  article: SavedArticle;
  quotes: SavedQuote[];
  claims: SavedClaim[];
  flags: Flag[];
}

/**
 * Articles in page order: the id of the article at position i of a page derives from the page's URL and
 * i (records.ts articleIdOf), so the order is recovered from the ids; an article filed under another id
 * (the same text saved from another URL) comes after.
 */
export function pageOrder(url: string, articles: SavedArticle[]): SavedArticle[] {
  const position = new Map<string, number>();
  for (let i = 0; i < articles.length + 5; i++) position.set(articleIdOf(url, i, ""), i);
  const at = (a: SavedArticle) => position.get(a.id) ?? Number.MAX_SAFE_INTEGER;
  return [...articles].sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : 1));
}

/** Everything stored for a page URL; [] when it was never saved. */
export async function loadPageArticles(db: IsnadDatabase, url: string): Promise<PageArticle[]> {
  const articles = pageOrder(url, await articlesOfPage(db, url));
  if (!articles.length) return [];
  const ids = articles.map((a) => a.id);
  const [quotes, claims, flags] = await Promise.all([
    db.quotes.where("articleId").anyOf(ids).toArray(),
    db.claims.where("articleId").anyOf(ids).toArray(),
    db.flags.where("articleId").anyOf(ids).toArray(),
  ]);
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return articles.map((article) => ({
    article,
    quotes: quotes.filter((q) => q.articleId === article.id).sort(byStart),
    claims: claims.filter((c) => c.articleId === article.id).sort(byStart),
    flags: flags.filter((f) => f.articleId === article.id),
  }));
}

/** Quotes grouped by speaker for display: speakers in the order they are first quoted, unnamed last. */
export interface SpeakerGroup {
  key: string;
  /** null: the article does not name who said it. */
  name: string | null;
  title: string | null;
  quotes: SavedQuote[];
}

export function groupBySpeaker(quotes: readonly SavedQuote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  const unnamed: SpeakerGroup = { key: "", name: null, title: null, quotes: [] };
  for (const q of quotes) {
    if (!q.speakerKey || !q.speakerName) {
      unnamed.quotes.push(q);
      continue;
    }
    let group = groups.get(q.speakerKey);
    if (!group) {
      group = { key: q.speakerKey, name: q.speakerName, title: q.speakerTitle, quotes: [] };
      groups.set(q.speakerKey, group);
    }
    // The fullest name and the first title the article gives.
    if (q.speakerName.length > (group.name ?? "").length) group.name = q.speakerName;
    group.title ??= q.speakerTitle;
    group.quotes.push(q);
  }
  const out = [...groups.values()];
  if (unnamed.quotes.length) out.push(unnamed);
  return out;
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
