/**
 * The library's records: what Isnad keeps of an analyzed page on the reader's machine, derived from the
 * analysis contract (src/core/types.ts). Plain JSON-safe data (ISO date strings, no class instances), so
 * the same records go into IndexedDB, through messages and into export files unchanged.
 */
import { keyTokens, matchKey } from "../core/normalize/matchKey.ts";
import type {
  Article,
  ClaimType,
  LanguageInfo,
  PageAnalysis,
  QuoteKind,
  RelatedLink,
  SpeakerKind,
} from "../core/types.ts";
import { articleIdOf } from "./articleId.ts";
import { hash64 } from "./hash.ts";
import { libraryKey } from "./speakerKey.ts";
import { canonicalUrl } from "./url.ts";

export { articleIdOf };

/** One saved article. `id` is stable: the same article saved again updates this record. */
export interface SavedArticle {
  id: string;
  /** The page URL as it was saved ("" when the analysis had none, e.g. a local file). */
  url: string;
  /** See url.ts: tracking parameters and fragment removed; the identity of the article. */
  canonicalUrl: string;
  /** Hash of the text's match-key tokens: the same text saved from another URL is the same article. */
  textHash: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  /** ISO 8601, as the page gave it. */
  publishedAt: string | null;
  /** ISO 8601: first saved, and last updated. */
  savedAt: string;
  updatedAt: string;
  keywords: string[];
  text: string;
  language: LanguageInfo;
  relatedLinks: RelatedLink[];
}

/** What the reader added to a quote they chose to keep. */
export interface QuoteSaved {
  tags: string[];
  note: string;
  /** ISO 8601. */
  savedAt: string;
}

/** One quote of a saved article, with its speaker denormalized so lists and exports need no join. */
export interface SavedQuote {
  /** `${articleId}:q:…`, stable across re-saves while the quote's words and kind stay the same. */
  id: string;
  articleId: string;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  via: string | null;
  /** libraryKey of the speaker's name; "" when the article does not say who. */
  speakerKey: string;
  speakerName: string | null;
  speakerTitle: string | null;
  /** UTF-16 offsets into the article's text (-1 when the quote is not in the body). */
  start: number;
  end: number;
  rule: string | null;
  confidence: number | null;
  /** ISO 8601: when this version of the record was written. */
  updatedAt: string;
  /** Present when the reader saved the quote (tags, note); never dropped by a re-save or an import. */
  saved?: QuoteSaved;
}

/** One check-worthy claim of a saved article. */
export interface SavedClaim {
  id: string;
  articleId: string;
  text: string;
  score: number;
  reasons: string[];
  /** Id of the SavedQuote the claim sits in. */
  quoteId: string | null;
  start: number;
  end: number;
  type: ClaimType | null;
  /** Consistency problems the analyzer found ("contradiction" …), as in the contract's Claim.flags. */
  problems: string[];
  updatedAt: string;
}

/** A title a speaker was given, and when and where. */
export interface TitleSeen {
  title: string;
  /** ISO dates (yyyy-mm-dd) of the first and last article that gave it. */
  firstSeen: string;
  lastSeen: string;
  /** Outlets that gave it, sorted. */
  outlets: string[];
}

/** One article's mention of a speaker: the unit the registry merges and splits. */
export interface SpeakerMention {
  /** libraryKey of `name`. */
  key: string;
  name: string;
  aliases: string[];
  title: string | null;
  kind: SpeakerKind;
  articleId: string;
  outlet: string | null;
  /** yyyy-mm-dd: the article's publication date, or its save date. */
  date: string;
}

/**
 * A person or body across the library. `name`, `aliases`, `titles`, `kind` are a summary of `mentions`
 * (see speakers.ts). The reader's corrections: `mergedInto` points at the entry this one is the same
 * speaker as (set by a merge, undone by unmerge); `splitFrom` names the entry it was split off.
 */
export interface SavedSpeaker {
  key: string;
  /** The fullest form seen. */
  name: string;
  aliases: string[];
  titles: TitleSeen[];
  kind: SpeakerKind;
  mentions: SpeakerMention[];
  mergedInto?: string;
  /** "auto": a surname-only entry attached to the unique full name; "reader": merged by hand. */
  mergedBy?: "auto" | "reader";
  splitFrom?: string;
  updatedAt: string;
}

export type Verdict = "to-check" | "false" | "misleading" | "true" | "unverifiable";

export const VERDICTS: readonly Verdict[] = ["to-check", "false", "misleading", "true", "unverifiable"];

/** The reader's verdict on a claim, a quote, or a selected passage. */
export interface Flag {
  id: string;
  articleId: string | null;
  claimId: string | null;
  quoteId: string | null;
  /** The statement flagged, as text: kept even if the claim or quote it came from is re-analyzed away. */
  text: string;
  verdict: Verdict;
  note: string;
  evidenceUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Settings {
  autoSave: boolean;
  language: "ar" | "en" | "auto";
  theme: "light" | "dark" | "auto";
}

export const DEFAULT_SETTINGS: Settings = { autoSave: true, language: "auto", theme: "auto" };

/** Everything a library holds, as plain arrays (an export file, a merge's input and output). */
export interface LibraryData {
  articles: SavedArticle[];
  quotes: SavedQuote[];
  speakers: SavedSpeaker[];
  claims: SavedClaim[];
  flags: Flag[];
}

/** The records one analyzed page produces. */
export interface PageRecords {
  articles: SavedArticle[];
  quotes: SavedQuote[];
  claims: SavedClaim[];
  /** Fold these into the registry with speakers.ts `addMentions`. */
  mentions: SpeakerMention[];
}

/** What `recordsFromAnalysis` needs to know of articles already saved, to reuse their ids. */
export type ArticleIdentity = Pick<SavedArticle, "id" | "canonicalUrl" | "textHash">;

/** Hash of an article text's match-key tokens: whitespace, punctuation and diacritics do not change it. */
export function textHashOf(text: string): string {
  return hash64(keyTokens(text).join(" "));
}

/** yyyy-mm-dd of an ISO date string as written (the publisher's own calendar day), or null. */
export function dayOf(iso: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso ?? "");
  return m ? m[1] : null;
}

/** Gives each id of a list a numeric suffix from its second occurrence on, so ids stay unique. */
function uniqueIds(base: string[]): string[] {
  const seen = new Map<string, number>();
  return base.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

function articleRecords(
  article: Article,
  index: number,
  analysis: PageAnalysis,
  nowIso: string,
  existing: readonly ArticleIdentity[],
  out: PageRecords,
): void {
  const url = analysis.url ?? "";
  const textHash = textHashOf(article.text);
  const canonical = url ? canonicalUrl(url) : "";
  // The same text saved from another address (AMP page, mirror) is the same article.
  const same = existing.find((e) => e.textHash === textHash && textHash !== textHashOf(""));
  const id = same ? same.id : articleIdOf(url || null, index, textHash);
  out.articles.push({
    id,
    url,
    canonicalUrl: canonical,
    textHash,
    title: article.title,
    outlet: article.outlet,
    byline: article.byline,
    publishedAt: article.publishedAt,
    savedAt: nowIso,
    updatedAt: nowIso,
    keywords: [...article.keywords],
    text: article.text,
    language: { ...analysis.language },
    relatedLinks: article.relatedLinks.map((l) => ({ title: l.title, url: l.url })),
  });

  const speakers = new Map(article.speakers.map((s) => [s.id, s]));
  const quoteIds = uniqueIds(article.quotes.map((q) => `${id}:q:${hash64(`${q.kind}|${matchKey(q.text)}`)}`));
  const quoteIdMap = new Map<string, string>();
  article.quotes.forEach((q, i) => {
    quoteIdMap.set(q.id, quoteIds[i]);
    const sp = q.speakerId ? speakers.get(q.speakerId) : undefined;
    out.quotes.push({
      id: quoteIds[i],
      articleId: id,
      text: q.text,
      kind: q.kind,
      cue: q.cue,
      via: q.via,
      speakerKey: sp ? libraryKey(sp.name, sp.kind) : "",
      speakerName: sp ? sp.name : null,
      speakerTitle: sp ? sp.title : null,
      start: q.start,
      end: q.end,
      rule: q.rule ?? null,
      confidence: q.confidence ?? null,
      updatedAt: nowIso,
    });
  });

  const claimIds = uniqueIds(article.claims.map((c) => `${id}:c:${hash64(matchKey(c.text))}`));
  article.claims.forEach((c, i) => {
    out.claims.push({
      id: claimIds[i],
      articleId: id,
      text: c.text,
      score: c.score,
      reasons: [...c.reasons],
      quoteId: c.quoteId ? (quoteIdMap.get(c.quoteId) ?? null) : null,
      start: c.start,
      end: c.end,
      type: c.type ?? null,
      problems: [...(c.flags ?? [])],
      updatedAt: nowIso,
    });
  });

  const date = dayOf(article.publishedAt) ?? nowIso.slice(0, 10);
  for (const s of article.speakers) {
    const key = libraryKey(s.name, s.kind);
    if (!key) continue;
    out.mentions.push({
      key,
      name: s.name,
      aliases: [...s.aliases],
      title: s.title,
      kind: s.kind,
      articleId: id,
      outlet: article.outlet,
      date,
    });
  }
}

/**
 * The records to save for one analyzed page: one SavedArticle per Article with its quotes, claims and
 * speaker mentions. Ids derive from the canonical URL (or the text when there is no URL), so saving the
 * same page again yields the same ids; pass the identities of saved articles as `existing` to also
 * recognize the same text saved under another URL. Pages that are not news articles give no records.
 */
export function recordsFromAnalysis(
  analysis: PageAnalysis,
  now: Date,
  existing: readonly ArticleIdentity[] = [],
): PageRecords {
  const out: PageRecords = { articles: [], quotes: [], claims: [], mentions: [] };
  if (!analysis.isNewsArticle) return out;
  const nowIso = now.toISOString();
  analysis.articles.forEach((a, i) => {
    articleRecords(a, i, analysis, nowIso, existing, out);
  });
  return out;
}
