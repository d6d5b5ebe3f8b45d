/**
 * Stored rows and the library records they hold. Rows are the library records (src/library/records.ts)
 * as they are, except speakers, which carry two storage-only index fields. Reading checks each record's
 * shape: a record damaged on disk (a bug in an older version, a manual edit) is skipped and reported,
 * never allowed to break the reader's whole library.
 */
import type { Flag, SavedArticle, SavedClaim, SavedQuote, SavedSpeaker } from "../library/records.ts";
import { lastOfKey } from "../library/speakerKey.ts";

/** A registry entry as stored: with the articles that mention it and its last name word, indexed. */
export interface SpeakerRow extends SavedSpeaker {
  _articles: string[];
  _last: string;
}

export function speakerRow(s: SavedSpeaker): SpeakerRow {
  return { ...s, _articles: [...new Set(s.mentions.map((m) => m.articleId))], _last: lastOfKey(s.key) };
}

export function speakerOf(row: SavedSpeaker): SavedSpeaker {
  const { _articles: _a, _last: _l, ...s } = row as SpeakerRow;
  return s;
}

const isStr = (x: unknown): x is string => typeof x === "string";
const isNStr = (x: unknown): boolean => x === null || typeof x === "string";
const isNum = (x: unknown): boolean => typeof x === "number" && Number.isFinite(x);
const isStrs = (x: unknown): boolean => Array.isArray(x) && x.every(isStr);
const obj = (x: unknown): Record<string, unknown> | null =>
  x && typeof x === "object" && !Array.isArray(x) ? (x as Record<string, unknown>) : null;

/** Checks of the fields every reader relies on; the name of the first one that fails, or null. */
const CHECKS = {
  articles: (r: Record<string, unknown>) =>
    (!isStr(r.id) && "id") ||
    (!isStr(r.url) && "url") ||
    (!isStr(r.canonicalUrl) && "canonicalUrl") ||
    (!isStr(r.title) && "title") ||
    (!isStr(r.text) && "text") ||
    (!isNStr(r.outlet) && "outlet") ||
    (!isNStr(r.publishedAt) && "publishedAt") ||
    (!isStr(r.savedAt) && "savedAt") ||
    (!isStr(r.updatedAt) && "updatedAt") ||
    (!isStrs(r.keywords) && "keywords") ||
    (!obj(r.language) && "language") ||
    (!Array.isArray(r.relatedLinks) && "relatedLinks") ||
    null,
  quotes: (r: Record<string, unknown>) =>
    (!isStr(r.id) && "id") ||
    (!isStr(r.articleId) && "articleId") ||
    (!isStr(r.text) && "text") ||
    (!["direct", "indirect", "headline"].includes(r.kind as string) && "kind") ||
    (!isStr(r.speakerKey) && "speakerKey") ||
    (!isNStr(r.speakerName) && "speakerName") ||
    (!isNum(r.start) && "start") ||
    (!isNum(r.end) && "end") ||
    (!isStr(r.updatedAt) && "updatedAt") ||
    (r.saved !== undefined &&
      !(obj(r.saved) && isStrs(obj(r.saved)?.tags) && isStr(obj(r.saved)?.note) && isStr(obj(r.saved)?.savedAt)) &&
      "saved") ||
    null,
  claims: (r: Record<string, unknown>) =>
    (!isStr(r.id) && "id") ||
    (!isStr(r.articleId) && "articleId") ||
    (!isStr(r.text) && "text") ||
    (!isNum(r.score) && "score") ||
    (!isStrs(r.reasons) && "reasons") ||
    (!isNum(r.start) && "start") ||
    (!isStr(r.updatedAt) && "updatedAt") ||
    null,
  speakers: (r: Record<string, unknown>) =>
    (!isStr(r.key) && "key") ||
    (!isStr(r.name) && "name") ||
    (!isStrs(r.aliases) && "aliases") ||
    (!Array.isArray(r.titles) && "titles") ||
    (!Array.isArray(r.mentions) && "mentions") ||
    (!(r.mentions as unknown[]).every((m) => obj(m) && isStr(obj(m)?.articleId) && isStr(obj(m)?.key)) && "mentions") ||
    null,
  flags: (r: Record<string, unknown>) =>
    (!isStr(r.id) && "id") ||
    (!isStr(r.text) && "text") ||
    (!isStr(r.verdict) && "verdict") ||
    (!isStr(r.note) && "note") ||
    (!isStr(r.createdAt) && "createdAt") ||
    (!isStr(r.updatedAt) && "updatedAt") ||
    null,
} as const;

export type TableName = keyof typeof CHECKS;

/** A record skipped because it failed its check. */
export interface SkippedRecord {
  table: TableName;
  key: string;
  problem: string;
}

interface RecordOf {
  articles: SavedArticle;
  quotes: SavedQuote;
  claims: SavedClaim;
  speakers: SavedSpeaker;
  flags: Flag;
}

/**
 * The valid records of a list read from `table`; each invalid one is left out and described in
 * `skipped` (with its key and the first field that is wrong).
 */
export function validRecords<T extends TableName>(
  table: T,
  rows: readonly unknown[],
  skipped: SkippedRecord[],
): RecordOf[T][] {
  const out: RecordOf[T][] = [];
  for (const row of rows) {
    const r = obj(row);
    const bad = r ? CHECKS[table](r) : "not an object";
    if (bad || !r) {
      const key = r ? String(r.id ?? r.key ?? "?") : "?";
      skipped.push({ table, key, problem: `${bad}: invalid` });
      continue;
    }
    out.push((table === "speakers" ? speakerOf(r as unknown as SavedSpeaker) : r) as unknown as RecordOf[T]);
  }
  return out;
}
