/**
 * The extension's IndexedDB database (Dexie), opened only from extension pages: the background service
 * worker writes, the popup reads. (Opened from a content script it would land in the news site's origin.)
 *
 * Schema versions are numbered; each later version adds one `this.version(n).stores(…).upgrade(…)` step
 * below the previous one and a test that upgrades data stored by the version before it.
 */
import Dexie, { type Table } from "dexie";
import type { Article, Claim, LanguageInfo, Quote, Speaker } from "../core/types.ts";

export const DB_NAME = "isnad";

/**
 * One analyzed article. A page may hold several articles (a main story and a second one below it), so the
 * id is the page key plus the article's index on the page. The body, speakers, quotes and claims are kept
 * in their own tables so the library can query them across articles.
 */
export interface ArticleRecord {
  /** `${pageKey}#${index}` */
  id: string;
  /** The page URL without its #fragment: the same page saved again replaces its records. */
  url: string;
  index: number;
  title: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  keywords: string[];
  text: string;
  relatedLinks: Article["relatedLinks"];
  language: LanguageInfo;
  /** ms since the epoch: last save, and first save (kept across updates). */
  savedAt: number;
  firstSavedAt: number;
  /** Counts, so lists need not load the quotes. */
  quoteCount: number;
  claimCount: number;
}

/** A speaker of one article; `key` (match key of the name) joins the same speaker across articles. */
export interface SpeakerRecord extends Speaker {
  /** `${articleId}/${speaker.id}` */
  rowId: string;
  articleId: string;
  url: string;
  key: string;
}

export interface QuoteRecord extends Quote {
  /** `${articleId}/${quote.id}` */
  rowId: string;
  articleId: string;
  url: string;
  /** Key of the quote's speaker, "" when the article does not say who. */
  speakerKey: string;
  savedAt: number;
}

export interface ClaimRecord extends Claim {
  rowId: string;
  articleId: string;
  url: string;
  savedAt: number;
}

/** A user's mark on a quote or claim ("wrong speaker", "checked" …); written by later work. */
export interface FlagRecord {
  id?: number;
  articleId: string;
  /** rowId of the quote or claim flagged. */
  targetId: string;
  kind: string;
  note: string;
  createdAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export class IsnadDatabase extends Dexie {
  articles!: Table<ArticleRecord, string>;
  speakers!: Table<SpeakerRecord, string>;
  quotes!: Table<QuoteRecord, string>;
  claims!: Table<ClaimRecord, string>;
  flags!: Table<FlagRecord, number>;
  settings!: Table<SettingRecord, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Indexes serve the popup (by url), the library (by date, outlet, speaker key) and cascading deletes
    // (by articleId).
    this.version(1).stores({
      articles: "id, url, savedAt, publishedAt, outlet",
      speakers: "rowId, articleId, url, key",
      quotes: "rowId, articleId, url, speakerKey, savedAt",
      claims: "rowId, articleId, url, score",
      flags: "++id, articleId, targetId, createdAt",
      settings: "key",
    });
  }
}

let shared: IsnadDatabase | null = null;

/** The one database instance of this context. */
export function openDatabase(): IsnadDatabase {
  shared ??= new IsnadDatabase();
  return shared;
}
