/**
 * The extension's IndexedDB database (Dexie), opened only from extension pages: the background service
 * worker writes, the popup reads. (Opened from a content script it would land in the news site's origin.)
 *
 * The tables hold the library's records (src/library/records.ts) as they are; the schema and its version
 * history, with the upgrade step of each version, are in schema.ts.
 */
import Dexie, { type Table } from "dexie";
import type { Flag, SavedArticle, SavedClaim, SavedQuote } from "../library/records.ts";
import type { SpeakerRow } from "./rows.ts";
import { declareSchema, SCHEMA_VERSION } from "./schema.ts";

export const DB_NAME = "isnad";

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Book-keeping of the derived indexes (search, related): snapshots and flags. */
export interface MetaRecord {
  key: string;
  [field: string]: unknown;
}

/** An article saved or deleted since the indexes' last snapshot (written in the same transaction). */
export interface ChangeRecord {
  /** "" stands for the speaker registry. */
  articleId: string;
  deleted: boolean;
  /** When it was recorded (ms, made unique): an index that applied it at or after this is up to date. */
  at: number;
}

/** The related index's form of one saved article (src/related/features.ts ArticleFeatures). */
export interface FeaturesRecord {
  articleId: string;
  url: string | null;
  features: unknown;
  /**
   * What a related result shows of the article (title, outlet, date), so a query reads one row per
   * result. Rows written before it was added lack it; the article is read instead.
   */
  card?: ArticleCard;
}

/** The few fields of a saved article a related result shows. */
export interface ArticleCard {
  title: string;
  outlet: string | null;
  publishedAt: string | null;
}

export class IsnadDatabase extends Dexie {
  articles!: Table<SavedArticle, string>;
  quotes!: Table<SavedQuote, string>;
  claims!: Table<SavedClaim, string>;
  speakers!: Table<SpeakerRow, string>;
  flags!: Table<Flag, string>;
  settings!: Table<SettingRecord, string>;
  meta!: Table<MetaRecord, string>;
  changes!: Table<ChangeRecord, string>;
  features!: Table<FeaturesRecord, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    declareSchema(this);
  }

  /**
   * Opens (explicitly or on first use), refusing a database written by a newer version. Dexie alone would
   * open it and add whatever tables it misses; this leaves it exactly as the newer version wrote it.
   */
  override open(): ReturnType<Dexie["open"]> {
    if (this.isOpen()) return super.open();
    return Dexie.Promise.resolve(versionOnDisk(this.name)).then((found) => {
      if (found <= SCHEMA_VERSION) return super.open();
      const error = new DowngradeError(found);
      // Fail the way Dexie fails an open (its internal state), so queries waiting for the database get
      // this error instead of waiting forever.
      const state = (this as unknown as { _state: DexieOpenState })._state;
      state.dbOpenError = error;
      state.openComplete = true;
      state.dbReadyResolve();
      throw error;
    }) as ReturnType<Dexie["open"]>;
  }
}

/** Raised when the database on disk was written by a newer Isnad than this one. */
export class DowngradeError extends Error {
  constructor(found: number) {
    super(
      `the library was written by a newer version of Isnad (database version ${found}, this one knows up to ${SCHEMA_VERSION}); update Isnad — nothing was changed`,
    );
    this.name = "DowngradeError";
  }
}

/**
 * The Dexie version of a database on disk (IndexedDB's version is Dexie's × 10), read from the list of
 * databases without opening it; 0 when there is none or the browser cannot list them.
 */
export async function versionOnDisk(name: string): Promise<number> {
  const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory?.databases) return 0;
  const found = (await factory.databases()).find((d) => d.name === name);
  return Math.floor((found?.version ?? 0) / 10);
}
interface DexieOpenState {
  dbOpenError: Error | null;
  openComplete: boolean;
  dbReadyResolve: () => void;
}

let shared: IsnadDatabase | null = null;

/** The one database instance of this context. */
export function openDatabase(): IsnadDatabase {
  shared ??= new IsnadDatabase();
  return shared;
}
