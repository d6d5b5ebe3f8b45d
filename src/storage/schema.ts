/**
 * The database's schema, version by version. Each version lists the tables it changes (Dexie keeps the
 * others) and, when stored records must change shape, the upgrade step that converts the records written
 * by the version before it. Upgrades run one step per version, in order, inside the one "versionchange"
 * transaction the browser gives Dexie: a failed step leaves the database at its old version, untouched.
 *
 *   v1  articles, speakers, quotes, claims, flags, settings: per-page rows (ms timestamps, `${url}#i` ids)
 *   v2  + savedQuotes: the reader's saved quotes as snapshots (tags, note)
 *   v3  library records (src/library/records.ts): articles converted in place; quotes, claims, the
 *       speaker registry and flags go to new tables (their primary keys change, which IndexedDB cannot
 *       do in place); saved quotes fold into their quote's `saved`; meta + changes for the indexes
 *   v4  the new tables take the plain names back (quotes, claims, speakers, flags); + features (the
 *       related index's per-article form, so a restarted service worker need not re-analyze)
 *
 * Never edit a released version's line: add a version.
 */
import type Dexie from "dexie";
import { upgradeToV3, upgradeToV4 } from "./migrate.ts";

/** Table definitions per version (Dexie syntax: primary key first, then indexes; null deletes). */
export const SCHEMA_HISTORY: readonly { version: number; stores: Record<string, string | null> }[] = [
  {
    version: 1,
    stores: {
      articles: "id, url, savedAt, publishedAt, outlet",
      speakers: "rowId, articleId, url, key",
      quotes: "rowId, articleId, url, speakerKey, savedAt",
      claims: "rowId, articleId, url, score",
      flags: "++id, articleId, targetId, createdAt",
      settings: "key",
    },
  },
  {
    version: 2,
    stores: { savedQuotes: "id, savedAt, speakerKey, outlet, day, url, *tags" },
  },
  {
    version: 3,
    stores: {
      articles: "id, url, canonicalUrl, textHash, savedAt, publishedAt, outlet",
      quotes: null,
      claims: null,
      speakers: null,
      flags: null,
      savedQuotes: null,
      quotes3: "id, articleId",
      claims3: "id, articleId",
      speakers3: "key",
      flags3: "id",
      meta: "key",
      changes: "articleId",
    },
  },
  {
    version: 4,
    stores: {
      quotes3: null,
      claims3: null,
      speakers3: null,
      flags3: null,
      // Saved quotes are the ones with `saved`: the nested indexes hold only them.
      quotes: "id, articleId, speakerKey, saved.savedAt, *saved.tags",
      claims: "id, articleId",
      // `_articles` / `_last` are storage-only fields (articles mentioning the speaker, last name word):
      // a save loads only the registry entries it can touch.
      speakers: "key, *_articles, _last, mergedInto, splitFrom",
      flags: "id, articleId, claimId, quoteId, createdAt",
      // The related index's compact form of each article (term vectors, speakers, statements).
      features: "articleId",
    },
  },
];

/** The version this code writes. */
export const SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1].version;

const UPGRADES: Record<number, (tx: import("dexie").Transaction) => Promise<void>> = {
  3: upgradeToV3,
  4: upgradeToV4,
};

/**
 * Declares the versions up to `upTo` on a Dexie instance (all of them by default). Tests declare an
 * older version to write data as that version did, then open it with the current code.
 */
export function declareSchema(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  for (const step of SCHEMA_HISTORY) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    const upgrade = UPGRADES[step.version];
    if (upgrade) version.upgrade(upgrade);
  }
}
