/**
 * The reader's edits as pure functions over records: saving a quote with tags and a note, flagging a
 * statement with a verdict, and reading settings with their defaults. Each returns a new record with
 * `updatedAt` set, so merges (merge.ts) know which version is newer.
 */
import * as v from "valibot";
import { hash64 } from "./hash.ts";
import { DEFAULT_SETTINGS, type Flag, type SavedQuote, type Settings, VERDICTS, type Verdict } from "./records.ts";

/**
 * Tags as the reader typed them, cleaned: trimmed, a leading # dropped, inner spaces collapsed, empty
 * ones and repeats (compared without case) removed, first spelling kept.
 */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    const t = raw.trim().replace(/^#+/, "").replace(/\s+/g, " ").trim();
    const k = t.toLowerCase();
    if (t && !seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  }
  return out;
}

/** Saves a quote (or edits a saved one): tags and note replaced by what is given, first save date kept. */
export function saveQuote(quote: SavedQuote, edit: { tags?: readonly string[]; note?: string }, now: Date): SavedQuote {
  const nowIso = now.toISOString();
  return {
    ...quote,
    updatedAt: nowIso,
    saved: {
      tags: cleanTags(edit.tags ?? quote.saved?.tags ?? []),
      note: (edit.note ?? quote.saved?.note ?? "").trim(),
      savedAt: quote.saved?.savedAt ?? nowIso,
    },
  };
}

/** Un-saves a quote: it stays in its article's analysis, without the reader's tags and note. */
export function unsaveQuote(quote: SavedQuote, now: Date): SavedQuote {
  const { saved: _saved, ...rest } = quote;
  return { ...rest, updatedAt: now.toISOString() };
}

/** What the reader flags: a claim, a quote, or a passage they selected in an article. */
export type FlagTarget =
  | { kind: "claim"; claimId: string; articleId: string; text: string }
  | { kind: "quote"; quoteId: string; articleId: string; text: string }
  | { kind: "selection"; articleId: string | null; text: string };

/**
 * A new flag. Its id derives from the target and the creation time, so the same flag made on two
 * machines at different times stays two flags, and an export re-imported does not duplicate it.
 */
export function createFlag(
  target: FlagTarget,
  edit: { verdict?: Verdict; note?: string; evidenceUrl?: string | null },
  now: Date,
): Flag {
  const nowIso = now.toISOString();
  const claimId = target.kind === "claim" ? target.claimId : null;
  const quoteId = target.kind === "quote" ? target.quoteId : null;
  return {
    id: `f-${hash64(`${claimId ?? ""}|${quoteId ?? ""}|${target.articleId ?? ""}|${target.text}|${nowIso}`)}`,
    articleId: target.articleId,
    claimId,
    quoteId,
    text: target.text.trim(),
    verdict: edit.verdict ?? "to-check",
    note: (edit.note ?? "").trim(),
    evidenceUrl: cleanUrl(edit.evidenceUrl ?? null),
    createdAt: nowIso,
    updatedAt: nowIso,
  };
}

/** Changes a flag's verdict, note or evidence. */
export function updateFlag(
  flag: Flag,
  edit: { verdict?: Verdict; note?: string; evidenceUrl?: string | null },
  now: Date,
): Flag {
  return {
    ...flag,
    verdict: edit.verdict ?? flag.verdict,
    note: edit.note === undefined ? flag.note : edit.note.trim(),
    evidenceUrl: edit.evidenceUrl === undefined ? flag.evidenceUrl : cleanUrl(edit.evidenceUrl),
    updatedAt: now.toISOString(),
  };
}

/** An evidence link: trimmed, http(s) only (a javascript: link must never become clickable), else null. */
export function cleanUrl(url: string | null): string | null {
  const u = (url ?? "").trim();
  return /^https?:\/\/\S+$/i.test(u) ? u : null;
}

/** True for a known verdict string. */
export function isVerdict(value: unknown): value is Verdict {
  return typeof value === "string" && (VERDICTS as readonly string[]).includes(value);
}

const SettingsSchema = v.object({
  autoSave: v.fallback(v.boolean(), DEFAULT_SETTINGS.autoSave),
  language: v.fallback(v.picklist(["ar", "en", "auto"]), DEFAULT_SETTINGS.language),
  theme: v.fallback(v.picklist(["light", "dark", "auto"]), DEFAULT_SETTINGS.theme),
});

/** Settings read from storage: each missing or invalid field takes its default (autoSave on, "auto"). */
export function readSettings(stored: unknown): Settings {
  const input = stored && typeof stored === "object" ? stored : {};
  return v.parse(SettingsSchema, { ...DEFAULT_SETTINGS, ...input }) as Settings;
}
