/**
 * Import of a library JSON file (export.ts `exportJson`): the file is validated in full with valibot
 * before anything is merged, so a malformed file is rejected with a message naming the first problem and
 * the library is left exactly as it was. A valid file is merged by merge.ts `mergeLibrary`.
 */
import * as v from "valibot";
import { LIBRARY_FORMAT, LIBRARY_VERSION, type LibraryFile } from "./export.ts";
import { type MergeResult, mergeLibrary } from "./merge.ts";
import { type LibraryData, VERDICTS } from "./records.ts";

const str = v.string();
const nstr = v.nullable(v.string());
const iso = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/, "expected an ISO 8601 date"));
const nonEmpty = v.pipe(v.string(), v.minLength(1, "expected a non-empty id"));
const strings = v.array(v.string());
const speakerKind = v.picklist(["person", "organization", "state", "media", "group", "unknown"]);

// looseObject: fields a later 1.x version adds are kept, not stripped, so nothing is lost on re-export.
const ArticleSchema = v.looseObject({
  id: nonEmpty,
  url: str,
  canonicalUrl: str,
  textHash: str,
  title: str,
  outlet: nstr,
  byline: nstr,
  publishedAt: nstr,
  savedAt: iso,
  updatedAt: iso,
  keywords: strings,
  text: str,
  language: v.looseObject({ isArabic: v.boolean(), arabicRatio: v.number() }),
  relatedLinks: v.array(v.looseObject({ title: str, url: str })),
});

const QuoteSchema = v.looseObject({
  id: nonEmpty,
  articleId: nonEmpty,
  text: str,
  kind: v.picklist(["direct", "indirect", "headline"]),
  cue: nstr,
  via: nstr,
  speakerKey: str,
  speakerName: nstr,
  speakerTitle: nstr,
  start: v.number(),
  end: v.number(),
  rule: nstr,
  confidence: v.nullable(v.number()),
  updatedAt: iso,
  saved: v.optional(v.looseObject({ tags: strings, note: str, savedAt: iso })),
});

const ClaimSchema = v.looseObject({
  id: nonEmpty,
  articleId: nonEmpty,
  text: str,
  score: v.number(),
  reasons: strings,
  quoteId: nstr,
  start: v.number(),
  end: v.number(),
  type: v.nullable(v.picklist(["quantity", "event", "causal", "comparison", "prediction", "attributed"])),
  problems: strings,
  updatedAt: iso,
});

const MentionSchema = v.looseObject({
  key: str,
  name: str,
  aliases: strings,
  title: nstr,
  kind: speakerKind,
  articleId: str,
  outlet: nstr,
  date: str,
});

const SpeakerSchema = v.looseObject({
  key: nonEmpty,
  name: str,
  aliases: strings,
  titles: v.array(v.looseObject({ title: str, firstSeen: str, lastSeen: str, outlets: strings })),
  kind: speakerKind,
  mentions: v.array(MentionSchema),
  mergedInto: v.optional(str),
  mergedBy: v.optional(v.picklist(["auto", "reader"])),
  splitFrom: v.optional(str),
  updatedAt: iso,
});

const FlagSchema = v.looseObject({
  id: nonEmpty,
  articleId: nstr,
  claimId: nstr,
  quoteId: nstr,
  text: str,
  verdict: v.picklist(VERDICTS),
  note: str,
  evidenceUrl: nstr,
  createdAt: iso,
  updatedAt: iso,
});

const FileSchema = v.object({
  format: v.literal(LIBRARY_FORMAT),
  version: v.number(),
  exportedAt: iso,
  articles: v.array(ArticleSchema),
  quotes: v.array(QuoteSchema),
  speakers: v.array(SpeakerSchema),
  claims: v.array(ClaimSchema),
  flags: v.array(FlagSchema),
});

export type ImportResult = { ok: true; file: LibraryFile } | { ok: false; error: string };

/** "quotes[3].kind" from a valibot issue path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = "";
  for (const item of issue.path ?? []) {
    const k = (item as { key?: unknown }).key;
    out += typeof k === "number" ? `[${k}]` : out ? `.${String(k)}` : String(k);
  }
  return out || "file";
}

function duplicate(ids: string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/**
 * Parses and validates a library file. Errors say what is wrong and where, e.g.
 * `quotes[3].kind: Invalid type: …`, `not an Isnad library file`, `made by a newer version of Isnad`.
 */
export function parseLibraryFile(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, error: `not a JSON file (${e instanceof Error ? e.message : String(e)})` };
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== "object" || head.format !== LIBRARY_FORMAT) {
    return { ok: false, error: 'not an Isnad library file (format is not "isnad-library")' };
  }
  if (typeof head.version !== "number" || !Number.isInteger(head.version) || head.version < 1) {
    return { ok: false, error: "the file has no valid version number" };
  }
  if (head.version > LIBRARY_VERSION) {
    return {
      ok: false,
      error: `made by a newer version of Isnad (file version ${head.version}, this one reads ${LIBRARY_VERSION})`,
    };
  }
  const parsed = v.safeParse(FileSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more problems)` : "";
    return { ok: false, error: `${pathOf(issue)}: ${issue.message}${more}` };
  }
  const file = parsed.output as unknown as LibraryFile;
  for (const [name, ids] of [
    ["articles", file.articles.map((a) => a.id)],
    ["quotes", file.quotes.map((q) => q.id)],
    ["claims", file.claims.map((c) => c.id)],
    ["flags", file.flags.map((f) => f.id)],
    ["speakers", file.speakers.map((s) => s.key)],
  ] as const) {
    const d = duplicate([...ids]);
    if (d !== null) return { ok: false, error: `${name}: the id "${d}" appears twice` };
  }
  const articleIds = new Set(file.articles.map((a) => a.id));
  const bad = [...file.quotes, ...file.claims].find((r) => !articleIds.has(r.articleId));
  if (bad) return { ok: false, error: `"${bad.id}" belongs to article "${bad.articleId}", which is not in the file` };
  return { ok: true, file };
}

/**
 * Imports a library file into `existing`: validated first (an invalid file returns an error and no
 * data), then merged (merge.ts). The caller writes `data` back; `stats` says what was added or updated.
 */
export function importLibrary(
  existing: LibraryData,
  text: string,
): ({ ok: true } & MergeResult) | { ok: false; error: string } {
  const parsed = parseLibraryFile(text);
  if (!parsed.ok) return parsed;
  const { articles, quotes, speakers, claims, flags } = parsed.file;
  return { ok: true, ...mergeLibrary(existing, { articles, quotes, speakers, claims, flags }) };
}
