/**
 * The library in IndexedDB: saving analyzed pages as library records (src/library), the speaker registry
 * across articles, the reader's saved quotes and flags, deletes, export and import. Every write is one
 * Dexie transaction: it happens entirely or not at all, and a failure comes back as a StorageError with
 * a message a person can act on ("storage full …").
 *
 * Each write also records the articles it touched in `changes`, in the same transaction, so the search
 * index (a cache of the tables, see indexes.ts) can catch up from its last snapshot.
 */
import type { PageAnalysis } from "../core/types.ts";
import { readSettings } from "../library/edits.ts";
import { exportClaimReviews, exportCslJson, exportJson, exportQuotesCsv, sortLibrary } from "../library/export.ts";
import { importLibrary } from "../library/import.ts";
import { type MergeStats, resave } from "../library/merge.ts";
import {
  type ArticleIdentity,
  type LibraryData,
  type PageRecords,
  recordsFromAnalysis,
  type SavedSpeaker,
  type Settings,
  type SpeakerMention,
} from "../library/records.ts";
import { lastOfKey } from "../library/speakerKey.ts";
import {
  addMentions,
  mergeSpeakers,
  type RegistryResult,
  type RegistryUpdate,
  removeArticleMentions,
  splitSpeaker,
  unmergeSpeaker,
  unsplitSpeaker,
} from "../library/speakers.ts";
import type { ChangeRecord, IsnadDatabase } from "./db.ts";
import { pageKey } from "./pages.ts";
import { type SkippedRecord, speakerRow, type TableName, validRecords } from "./rows.ts";

/** A failed storage operation, with a message for the reader. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly code: "storage-full" | "not-found" | "invalid" | "failed",
  ) {
    super(message);
    this.name = "StorageError";
  }
}

/** Turns what IndexedDB or Dexie threw into a StorageError that says what happened. */
export function storageError(error: unknown, doing: string): StorageError {
  if (error instanceof StorageError) return error;
  const e = error as { name?: string; message?: string; inner?: { name?: string; message?: string } };
  const name = e?.inner?.name ?? e?.name ?? "";
  const detail = e?.inner?.message ?? e?.message ?? String(error);
  if (name === "QuotaExceededError" || /quota/i.test(detail))
    return new StorageError(
      `storage full: could not ${doing}; delete articles you no longer need, or export and clear the library (nothing was written)`,
      "storage-full",
    );
  return new StorageError(`could not ${doing}: ${detail} (nothing was written)`, "failed");
}

async function guarded<T>(doing: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw storageError(error, doing);
  }
}

let lastStamp = 0;
/** A change record; its stamp grows strictly, so "applied at or after" is exact. */
export function change(articleId: string, deleted: boolean): ChangeRecord {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return { articleId, deleted, at: lastStamp };
}

const AUTO_SAVE = "autoSave";

/** The library's settings (settings table, one row per field); missing or invalid fields default. */
export async function getLibrarySettings(db: IsnadDatabase): Promise<Settings> {
  const rows = await db.settings.bulkGet([AUTO_SAVE, "uiLanguage", "theme"]);
  return readSettings({ autoSave: rows[0]?.value, language: rows[1]?.value, theme: rows[2]?.value });
}

/** Save every analyzed Arabic article (true, the default) or only those the reader asks to save. */
export async function setAutoSave(db: IsnadDatabase, on: boolean): Promise<void> {
  await guarded("change the setting", () => db.settings.put({ key: AUTO_SAVE, value: on }));
}

// ── the speaker registry ───────────────────────────────────────────────────────────────────────────

/**
 * The registry entries a change to these articles and keys can touch: the entries of the keys and of
 * their last name words, entries mentioning the articles, entries sharing a last name word with any of
 * those, and entries pointing at them (merges, splits) or pointed at. Everything else stays on disk.
 */
async function registrySubset(
  db: IsnadDatabase,
  keys: Iterable<string>,
  articleIds: string[],
): Promise<SavedSpeaker[]> {
  const found = new Map<string, SavedSpeaker>();
  const add = (rows: SavedSpeaker[]) => {
    for (const r of rows) found.set(r.key, r);
  };
  const names = new Set(keys);
  for (const k of [...names]) names.add(lastOfKey(k));
  add(await db.speakers.where("_articles").anyOf(articleIds).toArray());
  for (const r of found.values()) names.add(lastOfKey(r.key));
  add(
    await db.speakers
      .where("key")
      .anyOf([...names])
      .toArray(),
  );
  add(
    await db.speakers
      .where("_last")
      .anyOf([...names])
      .toArray(),
  );
  const held = [...found.keys()];
  add(await db.speakers.where("mergedInto").anyOf(held).toArray());
  add(await db.speakers.where("splitFrom").anyOf(held).toArray());
  const targets = [...found.values()].flatMap((s) => [s.mergedInto, s.splitFrom]).filter((k): k is string => !!k);
  add(await db.speakers.where("key").anyOf(targets).toArray());
  return validRecords("speakers", [...found.values()], []);
}

async function writeRegistry(db: IsnadDatabase, update: RegistryUpdate): Promise<void> {
  const changed = new Set(update.changed);
  await db.speakers.bulkPut(update.entries.filter((e) => changed.has(e.key)).map(speakerRow));
  if (update.removed.length) await db.speakers.bulkDelete(update.removed);
}

/** The whole registry (for the reader's speaker views and the search index). */
export async function allSpeakers(db: IsnadDatabase, skipped: SkippedRecord[] = []): Promise<SavedSpeaker[]> {
  return validRecords("speakers", await db.speakers.toArray(), skipped);
}

/** The reader's corrections of the registry: merge, unmerge, split by articles, unsplit. */
export type RegistryEdit =
  | { op: "merge"; fromKey: string; intoKey: string }
  | { op: "unmerge"; key: string }
  | { op: "split"; key: string; articleIds: string[] }
  | { op: "unsplit"; key: string };

/** Applies a registry correction in one transaction; refused corrections come back as a StorageError. */
export async function editRegistry(
  db: IsnadDatabase,
  edit: RegistryEdit,
  now = new Date(),
): Promise<{ changed: string[]; removed: string[]; newKey?: string }> {
  return guarded("change the speakers", () =>
    db.transaction("rw", [db.speakers, db.changes], async () => {
      const entries = await allSpeakers(db);
      let result: RegistryResult & { newKey?: string };
      if (edit.op === "merge") result = mergeSpeakers(entries, edit.fromKey, edit.intoKey, now);
      else if (edit.op === "unmerge") result = unmergeSpeaker(entries, edit.key, now);
      else if (edit.op === "split") result = splitSpeaker(entries, edit.key, edit.articleIds, now);
      else result = unsplitSpeaker(entries, edit.key, now);
      if (!result.ok) throw new StorageError(result.error, "invalid");
      await writeRegistry(db, result);
      // Speaker documents of the search index follow the registry.
      await db.changes.put(change("", false));
      return { changed: result.changed, removed: result.removed, newKey: result.newKey };
    }),
  );
}

// ── saving pages ───────────────────────────────────────────────────────────────────────────────────

export interface SaveOutcome {
  /** Ids of the page's articles as stored. */
  articleIds: string[];
  quotes: number;
  /** True when the page (or the same text) was in the library before this save. */
  alreadySaved: boolean;
  /** The records written, for the in-memory indexes. */
  records: PageRecords;
}

/** What a stored article is known by: its id (from the canonical URL) and the hash of its text. */
async function identities(db: IsnadDatabase, fresh: PageRecords): Promise<ArticleIdentity[]> {
  const hashes = fresh.articles.map((a) => a.textHash).filter(Boolean);
  const rows = await db.articles.where("textHash").anyOf(hashes).toArray();
  return rows.map((a) => ({ id: a.id, canonicalUrl: a.canonicalUrl, textHash: a.textHash }));
}

/**
 * Saves one page's analysis, filed under `url` (the address the browser reported, fragment dropped).
 * The same article saved again — same canonical URL, or the same text at another address — updates its
 * record: the new analysis replaces quotes and claims, the reader's saved quotes (tags, notes) and flags
 * stay, and the first save date is kept. One transaction: on failure nothing is written.
 */
export async function saveAnalysis(
  db: IsnadDatabase,
  analysis: PageAnalysis,
  options: { url: string; now?: Date },
): Promise<SaveOutcome> {
  const [outcome] = await saveAnalyses(db, [{ analysis, url: options.url }], options.now);
  return outcome;
}

/**
 * Saves several pages in one transaction (an import of analyses, the benchmark's bulk load): as
 * `saveAnalysis` page by page, with the registry updated once for all of them.
 */
export async function saveAnalyses(
  db: IsnadDatabase,
  pages: readonly { analysis: PageAnalysis; url: string }[],
  now = new Date(),
): Promise<SaveOutcome[]> {
  const prepared = pages.map(({ analysis, url }) => {
    const page: PageAnalysis = { ...analysis, url: pageKey(url) || analysis.url };
    return { page, probe: recordsFromAnalysis(page, now) };
  });
  return guarded(pages.length === 1 ? "save the article" : "save the articles", async () => {
    if (prepared.every((p) => p.probe.articles.length === 0))
      return prepared.map((p) => ({ articleIds: [], quotes: 0, alreadySaved: false, records: p.probe }));
    return db.transaction("rw", [db.articles, db.quotes, db.claims, db.speakers, db.changes], async () => {
      const outcomes: SaveOutcome[] = [];
      const allMentions: SpeakerMention[] = [];
      for (const { page, probe } of prepared) {
        if (probe.articles.length === 0) {
          outcomes.push({ articleIds: [], quotes: 0, alreadySaved: false, records: probe });
          continue;
        }
        const records = recordsFromAnalysis(page, now, await identities(db, probe));
        let alreadySaved = false;
        const written: PageRecords = { articles: [], quotes: [], claims: [], mentions: records.mentions };
        for (const fresh of records.articles) {
          const [article, quotes, claims] = await Promise.all([
            db.articles.get(fresh.id),
            db.quotes.where("articleId").equals(fresh.id).toArray(),
            db.claims.where("articleId").equals(fresh.id).toArray(),
          ]);
          if (article) alreadySaved = true;
          const r = resave(
            { article: article ?? null, quotes, claims },
            {
              article: fresh,
              quotes: records.quotes.filter((q) => q.articleId === fresh.id),
              claims: records.claims.filter((c) => c.articleId === fresh.id),
            },
          );
          await db.articles.put(r.article);
          if (r.deleteQuoteIds.length) await db.quotes.bulkDelete(r.deleteQuoteIds);
          if (r.deleteClaimIds.length) await db.claims.bulkDelete(r.deleteClaimIds);
          await db.quotes.bulkPut(r.quotes);
          await db.claims.bulkPut(r.claims);
          written.articles.push(r.article);
          written.quotes.push(...r.quotes);
          written.claims.push(...r.claims);
        }
        allMentions.push(...records.mentions);
        outcomes.push({
          articleIds: written.articles.map((a) => a.id),
          quotes: written.quotes.length,
          alreadySaved,
          records: written,
        });
      }
      const ids = outcomes.flatMap((o) => o.articleIds);
      const entries = await registrySubset(
        db,
        allMentions.map((m) => m.key),
        ids,
      );
      await writeRegistry(db, addMentions(entries, allMentions, now));
      await db.changes.bulkPut(ids.map((articleId) => change(articleId, false)));
      return outcomes;
    });
  });
}

/** Whether a page is in the library: its address, or the same text under another address. */
export async function isSaved(db: IsnadDatabase, url: string, analysis?: PageAnalysis): Promise<string[]> {
  const byUrl = await db.articles.where("url").equals(pageKey(url)).primaryKeys();
  if (byUrl.length || !analysis) return byUrl;
  const probe = recordsFromAnalysis({ ...analysis, url: pageKey(url) }, new Date());
  const ids = new Set(probe.articles.map((a) => a.id));
  const hashes = probe.articles.map((a) => a.textHash);
  const same = await db.articles.where("textHash").anyOf(hashes).primaryKeys();
  const byId = await db.articles
    .where("id")
    .anyOf([...ids])
    .primaryKeys();
  return [...new Set([...byId, ...same])];
}

// ── deleting ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Deletes articles with their quotes (saved ones included) and claims, and their mentions in the
 * registry. Flags stay: they carry the flagged words, and they are the reader's work.
 */
export async function deleteArticles(db: IsnadDatabase, articleIds: string[], now = new Date()): Promise<number> {
  if (!articleIds.length) return 0;
  return guarded("delete the article", () =>
    db.transaction("rw", [db.articles, db.quotes, db.claims, db.speakers, db.changes], async () => {
      const present = (await db.articles.bulkGet(articleIds)).filter((a) => a !== undefined).map((a) => a.id);
      await db.quotes.where("articleId").anyOf(articleIds).delete();
      await db.claims.where("articleId").anyOf(articleIds).delete();
      await db.articles.bulkDelete(articleIds);
      let entries = await registrySubset(db, [], articleIds);
      for (const id of articleIds) {
        const update = removeArticleMentions(entries, id, now);
        await writeRegistry(db, update);
        entries = update.entries;
      }
      await db.changes.bulkPut(articleIds.map((articleId) => change(articleId, true)));
      return present.length;
    }),
  );
}

/** Deletes every record of the library (articles, quotes, claims, speakers, flags, indexes); settings stay. */
export async function deleteAllData(db: IsnadDatabase): Promise<void> {
  await guarded("delete the library", () =>
    db.transaction(
      "rw",
      [db.articles, db.quotes, db.claims, db.speakers, db.flags, db.meta, db.changes, db.features],
      async () => {
        await Promise.all([
          db.features.clear(),
          db.articles.clear(),
          db.quotes.clear(),
          db.claims.clear(),
          db.speakers.clear(),
          db.flags.clear(),
          db.meta.clear(),
          db.changes.clear(),
        ]);
      },
    ),
  );
}

// ── reading, export, import ────────────────────────────────────────────────────────────────────────

/** Reads tables, skipping (and reporting) records that fail their check. */
export async function readTable<T extends TableName>(db: IsnadDatabase, table: T, skipped: SkippedRecord[]) {
  return validRecords(table, await db.table(table).toArray(), skipped);
}

/** The whole library as library records, with the records skipped as damaged. */
export async function loadLibrary(db: IsnadDatabase): Promise<{ data: LibraryData; skipped: SkippedRecord[] }> {
  const skipped: SkippedRecord[] = [];
  return db.transaction("r", [db.articles, db.quotes, db.claims, db.speakers, db.flags], async () => {
    const data: LibraryData = {
      articles: await readTable(db, "articles", skipped),
      quotes: await readTable(db, "quotes", skipped),
      speakers: await readTable(db, "speakers", skipped),
      claims: await readTable(db, "claims", skipped),
      flags: await readTable(db, "flags", skipped),
    };
    return { data, skipped };
  });
}

export type ExportFormat = "json" | "csv" | "csl-json" | "claimreview";

export interface ExportFile {
  name: string;
  mimeType: string;
  content: string;
  /** Records left out because they were damaged. */
  skipped: SkippedRecord[];
}

/**
 * A file of the library: the whole library as JSON (re-importable), the quotes as CSV (all quotes, or
 * only the saved ones), the saved quotes as CSL-JSON, the flags as ClaimReview JSON-LD.
 */
export async function exportLibrary(
  db: IsnadDatabase,
  format: ExportFormat,
  options: { now?: Date; savedOnly?: boolean; lang?: "ar" | "en" } = {},
): Promise<ExportFile> {
  const now = options.now ?? new Date();
  const { data, skipped } = await loadLibrary(db);
  const day = now.toISOString().slice(0, 10);
  const sorted = sortLibrary(data);
  const saved = sorted.quotes.filter((q) => q.saved);
  switch (format) {
    case "json":
      return {
        name: `isnad-library-${day}.json`,
        mimeType: "application/json",
        content: exportJson(data, now),
        skipped,
      };
    case "csv":
      return {
        name: `isnad-quotes-${day}.csv`,
        mimeType: "text/csv",
        content: exportQuotesCsv(options.savedOnly ? saved : sorted.quotes, sorted.articles, { headers: options.lang }),
        skipped,
      };
    case "csl-json":
      return {
        name: `isnad-quotes-${day}.csl.json`,
        mimeType: "application/vnd.citationstyles.csl+json",
        content: `${JSON.stringify(exportCslJson(saved, sorted.articles), null, 2)}\n`,
        skipped,
      };
    case "claimreview":
      return {
        name: `isnad-claimreview-${day}.jsonld`,
        mimeType: "application/ld+json",
        content: exportClaimReviews(sorted, { lang: options.lang }),
        skipped,
      };
  }
}

export type ImportStats = Record<keyof LibraryData, MergeStats>;

/**
 * Imports a library JSON file: validated in full, then merged with the library (merge.ts: nothing
 * duplicated, the reader's notes and tags never lost) and written in one transaction. An invalid file
 * changes nothing and comes back as a StorageError naming the problem.
 */
export async function importLibraryFile(db: IsnadDatabase, text: string): Promise<ImportStats> {
  return guarded("import the file", () =>
    db.transaction("rw", [db.articles, db.quotes, db.claims, db.speakers, db.flags, db.changes], async () => {
      const { data } = await loadLibrary(db);
      const result = importLibrary(data, text);
      if (!result.ok) throw new StorageError(`not imported: ${result.error}`, "invalid");
      const changedIds = (table: keyof LibraryData) => result.stats[table].added + result.stats[table].updated > 0;
      if (changedIds("articles")) await db.articles.bulkPut(result.data.articles);
      if (changedIds("quotes")) await db.quotes.bulkPut(result.data.quotes);
      if (changedIds("claims")) await db.claims.bulkPut(result.data.claims);
      if (changedIds("speakers")) await db.speakers.bulkPut(result.data.speakers.map(speakerRow));
      if (changedIds("flags")) await db.flags.bulkPut(result.data.flags);
      if (changedIds("articles") || changedIds("quotes") || changedIds("claims") || changedIds("speakers")) {
        const touched = new Set([
          ...result.data.quotes.map((q) => q.articleId),
          ...result.data.articles.map((a) => a.id),
        ]);
        await db.changes.bulkPut([...touched, ""].map((articleId) => change(articleId, false)));
      }
      return result.stats;
    }),
  );
}

/** Mentions of one article in the registry (the speakers its analysis named). */
export async function mentionsOf(db: IsnadDatabase, articleId: string): Promise<SpeakerMention[]> {
  const entries = validRecords("speakers", await db.speakers.where("_articles").equals(articleId).toArray(), []);
  return entries.flatMap((e) => e.mentions.filter((m) => m.articleId === articleId));
}
