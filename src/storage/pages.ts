/**
 * Saving and reading analyzed pages. Only the background calls the writers; the popup calls the readers
 * (inside Dexie liveQuery, so it follows changes). Later work (search, export, migrations) adds modules
 * beside this one and reuses `pageKey` and the record types.
 */

import { matchKey } from "../core/normalize/matchKey.ts";
import type { PageAnalysis } from "../core/types.ts";
import type { ArticleRecord, ClaimRecord, IsnadDatabase, QuoteRecord, SpeakerRecord } from "./db.ts";

/** The key a page is stored under: its URL without the #fragment (the same article, another anchor). */
export function pageKey(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

export interface SaveOptions {
  /** The URL the page was analyzed at (the content script's location, checked by the background). */
  url: string;
  savedAt?: number;
}

export interface SaveSummary {
  url: string;
  articleIds: string[];
  quotes: number;
}

/**
 * Stores one page's analysis in a single transaction: its articles with their speakers, quotes and
 * claims. Saving the same page again replaces what was stored for it (first save time kept), so a page
 * re-analyzed after an update never appears twice. A page with no article is not stored.
 */
export async function savePageAnalysis(
  db: IsnadDatabase,
  analysis: PageAnalysis,
  options: SaveOptions,
): Promise<SaveSummary> {
  const url = pageKey(options.url);
  const savedAt = options.savedAt ?? Date.now();
  const articles: ArticleRecord[] = [];
  const speakers: SpeakerRecord[] = [];
  const quotes: QuoteRecord[] = [];
  const claims: ClaimRecord[] = [];

  analysis.articles.forEach((article, index) => {
    const articleId = `${url}#${index}`;
    const speakerKeys = new Map<string, string>();
    for (const speaker of article.speakers) {
      const key = speaker.key || matchKey(speaker.name);
      speakerKeys.set(speaker.id, key);
      speakers.push({ ...speaker, key, rowId: `${articleId}/${speaker.id}`, articleId, url });
    }
    for (const quote of article.quotes) {
      const speakerKey = quote.speakerId ? (speakerKeys.get(quote.speakerId) ?? "") : "";
      quotes.push({ ...quote, rowId: `${articleId}/${quote.id}`, articleId, url, speakerKey, savedAt });
    }
    for (const claim of article.claims) {
      claims.push({ ...claim, rowId: `${articleId}/${claim.id}`, articleId, url, savedAt });
    }
    articles.push({
      id: articleId,
      url,
      index,
      title: article.title,
      outlet: article.outlet,
      byline: article.byline,
      publishedAt: article.publishedAt,
      keywords: article.keywords,
      text: article.text,
      relatedLinks: article.relatedLinks,
      language: analysis.language,
      savedAt,
      firstSavedAt: savedAt,
      quoteCount: article.quotes.length,
      claimCount: article.claims.length,
    });
  });

  if (articles.length === 0) return { url, articleIds: [], quotes: 0 };

  await db.transaction("rw", [db.articles, db.speakers, db.quotes, db.claims], async () => {
    const previous = await db.articles.where("url").equals(url).toArray();
    const firstSaved = new Map(previous.map((a) => [a.id, a.firstSavedAt]));
    for (const article of articles) article.firstSavedAt = firstSaved.get(article.id) ?? savedAt;
    await deleteArticleRows(
      db,
      previous.map((a) => a.id),
    );
    await db.articles.bulkPut(articles);
    await db.speakers.bulkPut(speakers);
    await db.quotes.bulkPut(quotes);
    await db.claims.bulkPut(claims);
  });
  return { url, articleIds: articles.map((a) => a.id), quotes: quotes.length };
}

/** Deletes articles and their speakers, quotes and claims; call inside a rw transaction on those tables. */
async function deleteArticleRows(db: IsnadDatabase, articleIds: string[]): Promise<void> {
  if (!articleIds.length) return;
  await db.speakers.where("articleId").anyOf(articleIds).delete();
  await db.quotes.where("articleId").anyOf(articleIds).delete();
  await db.claims.where("articleId").anyOf(articleIds).delete();
  await db.articles.bulkDelete(articleIds);
}

/** Removes a stored page and everything found in it (user flags stay, they are the user's work). */
export async function deletePage(db: IsnadDatabase, url: string): Promise<void> {
  const key = pageKey(url);
  await db.transaction("rw", [db.articles, db.speakers, db.quotes, db.claims], async () => {
    const ids = await db.articles.where("url").equals(key).primaryKeys();
    await deleteArticleRows(db, ids);
  });
}

/** One stored article with what was found in it, as the popup shows it. */
export interface StoredArticle {
  article: ArticleRecord;
  speakers: SpeakerRecord[];
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
}

/** Everything stored for a page, articles in page order; empty when the page was never saved. */
export async function loadPage(db: IsnadDatabase, url: string): Promise<StoredArticle[]> {
  const key = pageKey(url);
  return db.transaction("r", [db.articles, db.speakers, db.quotes, db.claims], async () => {
    const articles = await db.articles.where("url").equals(key).sortBy("index");
    const [speakers, quotes, claims] = await Promise.all([
      db.speakers.where("url").equals(key).toArray(),
      db.quotes.where("url").equals(key).toArray(),
      db.claims.where("url").equals(key).toArray(),
    ]);
    // Quotes and claims keep the order the core found them in (their offsets into the text).
    const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
    return articles.map((article) => ({
      article,
      speakers: speakers.filter((s) => s.articleId === article.id),
      quotes: quotes.filter((q) => q.articleId === article.id).sort(byStart),
      claims: claims.filter((c) => c.articleId === article.id).sort(byStart),
    }));
  });
}

/** Quotes of one speaker across every stored article, newest first. */
export async function quotesBySpeaker(db: IsnadDatabase, speakerKey: string): Promise<QuoteRecord[]> {
  const rows = await db.quotes.where("speakerKey").equals(speakerKey).toArray();
  return rows.sort((a, b) => b.savedAt - a.savedAt);
}

/** Most recently saved articles first. */
export async function recentArticles(db: IsnadDatabase, limit = 50): Promise<ArticleRecord[]> {
  return db.articles.orderBy("savedAt").reverse().limit(limit).toArray();
}
