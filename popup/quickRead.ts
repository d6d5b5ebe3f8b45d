/**
 * The popup's first read when the background's copy of the tab's view is missing (boot.ts): the tab's
 * page and the reader's settings straight from IndexedDB, without Dexie. Dexie and the rest of the
 * storage code are loaded after the first render (live.ts), so this costs one small script and one
 * transaction of one page's rows, whatever the library's size.
 * The rows are library records as the background (src/storage) writes them; the stores and indexes read
 * here are listed in QUICK_STORES, which a unit test checks against the current schema.
 */
import { articleIdOf } from "../src/library/articleId.ts";
import type { Flag, SavedArticle, SavedClaim, SavedQuote } from "../src/library/records.ts";
import { canonicalUrl } from "../src/library/url.ts";
import { assemblePage, type PageArticle, type StoredSettings, settingsOf } from "../src/storage/pages.ts";
import { THEME, UI_LANGUAGE } from "../src/storage/settings.ts";

/** src/storage/db.ts DB_NAME (not imported: that module loads Dexie). */
export const DB_NAME = "isnad";

/** The stores this reader opens, with the indexes it queries (primary keys need none). */
export const QUICK_STORES = {
  articles: ["url", "canonicalUrl"],
  quotes: ["articleId"],
  claims: ["articleId"],
  flags: ["articleId"],
  settings: [],
} as const;

let connection: Promise<IDBDatabase | null> | null = null;

/**
 * The database as it is on disk, never created nor upgraded here (that is the background's, through
 * Dexie): null when there is none yet. Closed at once when another context needs to upgrade it.
 */
function open(): Promise<IDBDatabase | null> {
  connection ??= new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    // Only a database that does not exist yet asks for an upgrade here (no version is requested):
    // aborting leaves nothing behind.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => closeQuickRead();
      resolve(db);
    };
    request.onerror = () => {
      connection = null;
      if (request.error?.name === "AbortError") resolve(null);
      else reject(request.error);
    };
  });
  return connection;
}

/** Closes this reader's connection (Dexie has its own once it is loaded). */
export function closeQuickRead(): void {
  const closing = connection;
  connection = null;
  closing?.then((db) => db?.close()).catch(() => {});
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((ok, fail) => {
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });

/**
 * Everything stored for a page URL, as popup/data.ts loadPageArticles reads it (by address, else by
 * canonical address), in one read-only transaction; [] when it was never saved. The rows of the
 * article the URL's first article id names are asked for together with the articles, so a page of one
 * article (most news pages) is read in one round trip to the database.
 */
export async function quickPage(url: string): Promise<PageArticle[]> {
  const db = await open();
  if (!db) return [];
  const tx = db.transaction(["articles", "quotes", "claims", "flags"], "readonly");
  const articles = tx.objectStore("articles");
  const rowsOf = (ids: string[]) => {
    const of = <T>(store: "quotes" | "claims" | "flags") => {
      const index = tx.objectStore(store).index("articleId");
      return Promise.all(ids.map((id) => done(index.getAll(id)))).then((lists) => lists.flat() as T[]);
    };
    return Promise.all([of<SavedQuote>("quotes"), of<SavedClaim>("claims"), of<Flag>("flags")]);
  };
  const first = articleIdOf(url, 0, "");
  const [byUrl, firstRows] = await Promise.all([done(articles.index("url").getAll(url)), rowsOf([first])]);
  let found = byUrl as SavedArticle[];
  if (!found.length) found = (await done(articles.index("canonicalUrl").getAll(canonicalUrl(url)))) as SavedArticle[];
  if (!found.length) return [];
  const others = found.map((a) => a.id).filter((id) => id !== first);
  const [quotes, claims, flags] = others.length ? await rowsOf(others) : [[], [], []];
  // assemblePage keeps only the rows of the articles found.
  return assemblePage(url, found, {
    quotes: [...firstRows[0], ...quotes],
    claims: [...firstRows[1], ...claims],
    flags: [...firstRows[2], ...flags],
  });
}

/** The reader's language and theme. */
export async function quickSettings(): Promise<StoredSettings> {
  const db = await open();
  if (!db) return settingsOf(undefined, undefined);
  const store = db.transaction("settings", "readonly").objectStore("settings");
  const [lang, theme] = await Promise.all([done(store.get(UI_LANGUAGE)), done(store.get(THEME))]);
  return settingsOf(lang, theme);
}
