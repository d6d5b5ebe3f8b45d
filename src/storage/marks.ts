/**
 * The reader's own marks on the library: saved quotes (a quote's `saved`: tags, note) and flags (a
 * verdict on a quote, a claim or a selected passage). Only the background calls these writers; the record
 * changes themselves are the library's pure edits (src/library/edits.ts).
 */
import { matchKey } from "../core/normalize/matchKey.ts";
import { createFlag, saveQuote, unsaveQuote, updateFlag } from "../library/edits.ts";
import { hash64 } from "../library/hash.ts";
import type { Flag, SavedArticle, SavedQuote, Verdict } from "../library/records.ts";
import { canonicalUrl } from "../library/url.ts";
import type { IsnadDatabase } from "./db.ts";
import { change } from "./library.ts";

export interface QuoteEdit {
  tags: readonly string[];
  note: string;
}

/** Saves a quote to the reader's library, or changes its tags and note. Throws when it is not stored. */
export async function saveQuoteMark(
  db: IsnadDatabase,
  quoteId: string,
  edit: QuoteEdit,
  now = new Date(),
): Promise<SavedQuote> {
  return db.transaction("rw", [db.quotes, db.changes], async () => {
    const quote = await db.quotes.get(quoteId);
    if (!quote) throw new Error("quote not found");
    const saved = saveQuote(quote, { tags: edit.tags, note: edit.note }, now);
    await db.quotes.put(saved);
    // Tags and notes are searchable: the search index re-reads the article (storage/indexes.ts).
    await db.changes.put(change(quote.articleId, false));
    return saved;
  });
}

/** Takes a quote out of the reader's library (it stays in its article's analysis). */
export async function unsaveQuoteMark(db: IsnadDatabase, quoteId: string, now = new Date()): Promise<void> {
  await db.transaction("rw", [db.quotes, db.changes], async () => {
    const quote = await db.quotes.get(quoteId);
    if (!quote?.saved) return;
    await db.quotes.put(unsaveQuote(quote, now));
    await db.changes.put(change(quote.articleId, false));
  });
}

export interface FlagEdit {
  verdict: Verdict;
  note: string;
  evidenceUrl: string | null;
}

/**
 * Flags a stored quote or claim. A quote or claim carries one flag: flagging it again changes that flag.
 * Throws when the quote or claim is not stored.
 */
export async function flagStored(
  db: IsnadDatabase,
  target: { kind: "quote" | "claim"; id: string },
  edit: FlagEdit,
  now = new Date(),
): Promise<Flag> {
  return db.transaction("rw", [db.quotes, db.claims, db.flags], async () => {
    const row = target.kind === "quote" ? await db.quotes.get(target.id) : await db.claims.get(target.id);
    if (!row) throw new Error(`${target.kind} not found`);
    const previous = await db.flags
      .where(target.kind === "quote" ? "quoteId" : "claimId")
      .equals(target.id)
      .first();
    const flag = previous
      ? updateFlag(previous, edit, now)
      : createFlag(
          target.kind === "quote"
            ? { kind: "quote", quoteId: row.id, articleId: row.articleId, text: row.text }
            : { kind: "claim", claimId: row.id, articleId: row.articleId, text: row.text },
          edit,
          now,
        );
    await db.flags.put(flag);
    return flag;
  });
}

/** Changes a flag by its id (the library view edits flags of selections too). Throws when it is gone. */
export async function editFlag(db: IsnadDatabase, id: string, edit: FlagEdit, now = new Date()): Promise<Flag> {
  return db.transaction("rw", db.flags, async () => {
    const flag = await db.flags.get(id);
    if (!flag) throw new Error("flag not found");
    const next = updateFlag(flag, edit, now);
    await db.flags.put(next);
    return next;
  });
}

export async function removeFlag(db: IsnadDatabase, id: string): Promise<void> {
  await db.flags.delete(id);
}

/** The stored articles of a page URL (matched by canonical URL, so tracking parameters do not matter). */
export async function articlesOfPage(db: IsnadDatabase, url: string): Promise<SavedArticle[]> {
  const byUrl = await db.articles.where("url").equals(url).toArray();
  if (byUrl.length) return byUrl;
  return db.articles.where("canonicalUrl").equals(canonicalUrl(url)).toArray();
}

/** The article of a page whose text holds the selection (else the page's first), with the selection's key. */
async function selectionContext(db: IsnadDatabase, pageUrl: string, text: string) {
  const key = matchKey(text);
  const articles = await articlesOfPage(db, pageUrl);
  const article = articles.find((a) => matchKey(a.text).includes(key)) ?? articles[0];
  return { key, article };
}

/**
 * Saves text selected on a page as a quote of that page's article. A selection inside (or around) a
 * quote the analyzer found saves that quote, with its speaker; any other selection becomes a quote of its
 * own, with no speaker, for the reader to complete. Returns null when the page was never analyzed (there
 * is no article to file the quote under).
 */
export async function saveSelection(
  db: IsnadDatabase,
  pageUrl: string,
  selection: string,
  now = new Date(),
): Promise<SavedQuote | null> {
  const text = selection.replace(/\s+/g, " ").trim();
  if (!text) return null;
  return db.transaction("rw", [db.articles, db.quotes, db.changes], async () => {
    const { key, article } = await selectionContext(db, pageUrl, text);
    if (!article) return null;
    const quotes = await db.quotes.where("articleId").equals(article.id).toArray();
    const found = quotes.find((q) => {
      const k = matchKey(q.text);
      return k.includes(key) || key.includes(k);
    });
    const quote: SavedQuote = found ?? {
      id: `${article.id}:s:${hash64(key)}`,
      articleId: article.id,
      text,
      kind: "direct",
      cue: null,
      via: null,
      speakerKey: "",
      speakerName: null,
      speakerTitle: null,
      start: article.text.indexOf(text),
      end: article.text.indexOf(text) === -1 ? -1 : article.text.indexOf(text) + text.length,
      rule: "reader.selection",
      confidence: null,
      updatedAt: now.toISOString(),
    };
    const saved = saveQuote(quote, {}, now);
    await db.quotes.put(saved);
    await db.changes.put(change(article.id, false));
    return saved;
  });
}

/** Flags text selected on a page ("to check"), filed under the page's article when it was analyzed. */
export async function flagSelection(
  db: IsnadDatabase,
  pageUrl: string,
  selection: string,
  now = new Date(),
): Promise<Flag | null> {
  const text = selection.replace(/\s+/g, " ").trim();
  if (!text) return null;
  return db.transaction("rw", [db.articles, db.flags], async () => {
    const { article } = await selectionContext(db, pageUrl, text);
    const flag = createFlag({ kind: "selection", articleId: article?.id ?? null, text }, { verdict: "to-check" }, now);
    await db.flags.put(flag);
    return flag;
  });
}
