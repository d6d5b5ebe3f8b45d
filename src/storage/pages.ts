/**
 * Pages and the library: the key a page is filed under, what is stored for a page, and what the popup
 * shows for a page (its view: the page's records assembled in page order, read by the popup through
 * Dexie in popup/data.ts and kept per tab by the background in src/background/tabs.ts). Saving is in
 * library.ts (saveAnalysis).
 */
import { articleIdOf, type Flag, type SavedArticle, type SavedClaim, type SavedQuote } from "../library/records.ts";
import { canonicalUrl } from "../library/url.ts";
import type { UiLanguage } from "../messaging/protocol.ts";
import type { IsnadDatabase } from "./db.ts";
import { validRecords } from "./rows.ts";
import { THEME, type Theme, UI_LANGUAGE } from "./settings.ts";

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

// ── What the popup shows for a page ─────────────────────────────────────────────────────────────────

/**
 * An article as the popup shows it: everything but its text, which no view displays (the text stays in
 * the database; leaving it out keeps the per-tab copy in storage.session small whatever the page's size).
 */
export type ShownArticle = Omit<SavedArticle, "text">;

/** One stored article of the page, with what was found in it and the reader's flags on it. */
export interface PageArticle {
  article: ShownArticle;
  quotes: SavedQuote[];
  claims: SavedClaim[];
  flags: Flag[];
}

/**
 * Articles in page order: the id of the article at position i of a page derives from the page's URL and
 * i (articleIdOf), so the order is recovered from the ids; an article filed under another id (the same
 * text saved from another URL) comes after.
 */
export function pageOrder<A extends { id: string }>(url: string, articles: A[]): A[] {
  const position = new Map<string, number>();
  for (let i = 0; i < articles.length + 5; i++) position.set(articleIdOf(url, i, ""), i);
  const at = (a: A) => position.get(a.id) ?? Number.MAX_SAFE_INTEGER;
  return [...articles].sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : 1));
}

/** The page's articles in page order, each with its quotes and claims in text order and its flags. */
export function assemblePage(
  url: string,
  articles: ShownArticle[],
  rows: { quotes: SavedQuote[]; claims: SavedClaim[]; flags: Flag[] },
): PageArticle[] {
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return pageOrder(url, articles).map((article) => ({
    article,
    quotes: rows.quotes.filter((q) => q.articleId === article.id).sort(byStart),
    claims: rows.claims.filter((c) => c.articleId === article.id).sort(byStart),
    flags: rows.flags.filter((f) => f.articleId === article.id),
  }));
}

/** Everything stored for a page URL (by address, else by canonical address); [] when it was never saved. */
export async function loadPageView(db: IsnadDatabase, url: string): Promise<PageArticle[]> {
  // As marks.ts articlesOfPage (not imported: marks.ts reaches this module through library.ts).
  let articles = await db.articles.where("url").equals(url).toArray();
  if (!articles.length) articles = await db.articles.where("canonicalUrl").equals(canonicalUrl(url)).toArray();
  if (!articles.length) return [];
  const ids = articles.map((a) => a.id);
  const [quotes, claims, flags] = await Promise.all([
    db.quotes.where("articleId").anyOf(ids).toArray(),
    db.claims.where("articleId").anyOf(ids).toArray(),
    db.flags.where("articleId").anyOf(ids).toArray(),
  ]);
  return assemblePage(url, articles, { quotes, claims, flags });
}

/** The reader's stored choices; lang null: never chosen (the browser's language applies). */
export interface StoredSettings {
  lang: UiLanguage | null;
  theme: Theme;
}

/** Settings from their stored rows' values, as src/storage/settings.ts reads them. */
export function settingsOf(
  lang: { value: unknown } | undefined,
  theme: { value: unknown } | undefined,
): StoredSettings {
  return {
    lang: lang ? (lang.value === "en" ? "en" : "ar") : null,
    theme: theme?.value === "light" || theme?.value === "dark" ? theme.value : "auto",
  };
}

/** The reader's language and theme. */
export async function loadSettings(db: IsnadDatabase): Promise<StoredSettings> {
  const [lang, theme] = await db.settings.bulkGet([UI_LANGUAGE, THEME]);
  return settingsOf(lang, theme);
}

/**
 * What the popup of a tab shows first, kept by the background in storage.session for each tab whose
 * page it analyzed (src/background/tabs.ts), so opening the popup costs one read of that storage instead
 * of opening the database: the page's records, its articles without their text.
 */
export interface TabView {
  /** The page the view is of (the tab's `tab:<id>` entry when it was written). */
  url: string;
  page: PageArticle[];
}

/** The tab view of a page, from the database. */
export async function loadTabView(db: IsnadDatabase, url: string): Promise<TabView> {
  const page = await loadPageView(db, url);
  return {
    url,
    page: page.map((s) => {
      const { text: _text, ...article } = s.article as SavedArticle;
      return { ...s, article };
    }),
  };
}
