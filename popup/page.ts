/**
 * The page's stored analysis as the popup shows it, from library records (src/library/records.ts). Kept
 * free of the database code: both readers (quickRead.ts for the first render, data.ts through Dexie
 * after it) assemble their rows here, so they give the same result.
 */
import { articleIdOf } from "../src/library/articleId.ts";
import type { Flag, SavedArticle, SavedClaim, SavedQuote } from "../src/library/records.ts";

/** One stored article of the page, with what was found in it and the reader's flags on it. */
export interface PageArticle {
  article: SavedArticle;
  quotes: SavedQuote[];
  claims: SavedClaim[];
  flags: Flag[];
}

/**
 * Articles in page order: the id of the article at position i of a page derives from the page's URL and
 * i (articleIdOf), so the order is recovered from the ids; an article filed under another id (the same
 * text saved from another URL) comes after.
 */
export function pageOrder(url: string, articles: SavedArticle[]): SavedArticle[] {
  const position = new Map<string, number>();
  for (let i = 0; i < articles.length + 5; i++) position.set(articleIdOf(url, i, ""), i);
  const at = (a: SavedArticle) => position.get(a.id) ?? Number.MAX_SAFE_INTEGER;
  return [...articles].sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : 1));
}

/** The page's articles in page order, each with its quotes and claims in text order and its flags. */
export function assemblePage(
  url: string,
  articles: SavedArticle[],
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
