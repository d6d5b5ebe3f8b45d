/**
 * Pages and the library: the key a page is filed under, and what is stored for a page. Saving is in
 * library.ts (saveAnalysis); the popup's own readers are in popup/data.ts.
 */
import { articleIdOf, type SavedArticle, type SavedClaim, type SavedQuote } from "../library/records.ts";
import type { IsnadDatabase } from "./db.ts";
import { validRecords } from "./rows.ts";

/** The key a page is stored under: its URL without the #fragment (the same article, another anchor). */
export function pageKey(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

/** One stored article with what was found in it. */
export interface StoredArticle {
  article: SavedArticle;
  quotes: SavedQuote[];
  claims: SavedClaim[];
}

/** Everything stored for a page (by its address, fragment dropped); empty when it was never saved. */
export async function loadPage(db: IsnadDatabase, url: string): Promise<StoredArticle[]> {
  return db.transaction("r", [db.articles, db.quotes, db.claims], async () => {
    const key = pageKey(url);
    const rows = validRecords("articles", await db.articles.where("url").equals(key).toArray(), []);
    // Page order: the article at position i of a page has the id articleIdOf(url, i) (records.ts).
    const position = new Map(rows.map((_, i) => [articleIdOf(key, i, ""), i]));
    const at = (a: SavedArticle) => position.get(a.id) ?? rows.length;
    const articles = rows.sort((a, b) => at(a) - at(b));
    const ids = articles.map((a) => a.id);
    const [quotes, claims] = await Promise.all([
      db.quotes.where("articleId").anyOf(ids).toArray(),
      db.claims.where("articleId").anyOf(ids).toArray(),
    ]);
    const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
    return articles.map((article) => ({
      article,
      quotes: validRecords("quotes", quotes, [])
        .filter((q) => q.articleId === article.id)
        .sort(byStart),
      claims: validRecords("claims", claims, [])
        .filter((c) => c.articleId === article.id)
        .sort(byStart),
    }));
  });
}
