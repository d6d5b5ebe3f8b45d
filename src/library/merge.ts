/**
 * Merging two libraries (an import into the reader's library) without losing or duplicating anything:
 * records meet by id (speakers by key); the newer `updatedAt` wins; the reader's own words — flag notes,
 * saved-quote notes and tags — are never dropped, whichever side wins. Merging the same data twice
 * changes nothing the second time.
 */
import type {
  Flag,
  LibraryData,
  QuoteSaved,
  SavedArticle,
  SavedClaim,
  SavedQuote,
  SavedSpeaker,
  SpeakerMention,
} from "./records.ts";
import { summarize } from "./speakers.ts";
import { stableStringify } from "./stable.ts";

/** Per table: records added, records changed, records already identical. */
export interface MergeStats {
  added: number;
  updated: number;
  unchanged: number;
}

export interface MergeResult {
  data: LibraryData;
  stats: Record<keyof LibraryData, MergeStats>;
}

/** The earlier of two ISO 8601 timestamps (compared as strings: same format, same time zone "Z"). */
const earlier = (a: string, b: string): string => [a, b].sort()[0];

/**
 * Two notes as one: the one that contains the other, else both (the winner's first). A note already
 * merged in is contained in the result, so merging again adds nothing.
 */
export function mergeNotes(winner: string, loser: string): string {
  if (!loser || winner.includes(loser)) return winner;
  if (!winner || loser.includes(winner)) return loser;
  return `${winner}\n\n${loser}`;
}

function mergeSaved(winner: QuoteSaved | undefined, loser: QuoteSaved | undefined): QuoteSaved | undefined {
  if (!winner || !loser) return winner ?? loser;
  return {
    tags: [...winner.tags, ...loser.tags.filter((t) => !winner.tags.includes(t))],
    note: mergeNotes(winner.note, loser.note),
    savedAt: earlier(winner.savedAt, loser.savedAt),
  };
}

/** Newer `updatedAt` wins; on a tie the existing record stays. */
const newer = <T extends { updatedAt: string }>(existing: T, incoming: T): [T, T] =>
  incoming.updatedAt > existing.updatedAt ? [incoming, existing] : [existing, incoming];

function mergeQuote(existing: SavedQuote, incoming: SavedQuote): SavedQuote {
  const [w, l] = newer(existing, incoming);
  const saved = mergeSaved(w.saved, l.saved);
  const out: SavedQuote = { ...w };
  if (saved) out.saved = saved;
  return out;
}

function mergeFlag(existing: Flag, incoming: Flag): Flag {
  const [w, l] = newer(existing, incoming);
  return {
    ...w,
    note: mergeNotes(w.note, l.note),
    evidenceUrl: w.evidenceUrl ?? l.evidenceUrl,
    createdAt: earlier(w.createdAt, l.createdAt),
  };
}

const mentionId = (m: SpeakerMention): string => `${m.articleId}\u0000${m.key}\u0000${m.name}`;

function mergeSpeaker(existing: SavedSpeaker, incoming: SavedSpeaker): SavedSpeaker {
  const [w, l] = newer(existing, incoming);
  const ids = new Set(w.mentions.map(mentionId));
  const mentions = [...w.mentions, ...l.mentions.filter((m) => !ids.has(mentionId(m)))];
  return mentions.length === w.mentions.length ? w : summarize({ ...w, mentions });
}

function mergeTable<T>(
  existing: readonly T[],
  incoming: readonly T[],
  idOf: (r: T) => string,
  merge: (e: T, i: T) => T,
): { records: T[]; stats: MergeStats } {
  const out = new Map(existing.map((r) => [idOf(r), r]));
  const stats: MergeStats = { added: 0, updated: 0, unchanged: 0 };
  for (const r of incoming) {
    const id = idOf(r);
    const e = out.get(id);
    if (!e) {
      out.set(id, r);
      stats.added++;
      continue;
    }
    const before = stableStringify(e);
    if (before === stableStringify(r)) {
      stats.unchanged++;
      continue;
    }
    const m = merge(e, r);
    if (stableStringify(m) === before) stats.unchanged++;
    else {
      out.set(id, m);
      stats.updated++;
    }
  }
  return { records: [...out.values()], stats };
}

/** The union of two libraries (see the module comment for the rules). Neither input is changed. */
export function mergeLibrary(existing: LibraryData, incoming: LibraryData): MergeResult {
  const byId = (r: { id: string }) => r.id;
  const articles = mergeTable(existing.articles, incoming.articles, byId, (e, i) => {
    const [w, l] = newer(e, i);
    return { ...w, savedAt: earlier(w.savedAt, l.savedAt) };
  });
  const quotes = mergeTable(existing.quotes, incoming.quotes, byId, mergeQuote);
  const claims = mergeTable(existing.claims, incoming.claims, byId, (e, i) => newer(e, i)[0]);
  const speakers = mergeTable(existing.speakers, incoming.speakers, (s) => s.key, mergeSpeaker);
  const flags = mergeTable(existing.flags, incoming.flags, byId, mergeFlag);
  return {
    data: {
      articles: articles.records,
      quotes: quotes.records,
      speakers: speakers.records,
      claims: claims.records,
      flags: flags.records,
    },
    stats: {
      articles: articles.stats,
      quotes: quotes.stats,
      speakers: speakers.stats,
      claims: claims.stats,
      flags: flags.stats,
    },
  };
}

/**
 * Re-saving an analyzed article over its stored version: the new analysis replaces the article, quotes
 * and claims, but the reader's work stays — a saved quote keeps its tags and note (and stays even when
 * the new analysis no longer finds it), and the article keeps its first save date.
 * Returns the records to write and the ids of quotes and claims to delete.
 */
export function resave(
  stored: { article: SavedArticle | null; quotes: readonly SavedQuote[]; claims: readonly SavedClaim[] },
  fresh: { article: SavedArticle; quotes: readonly SavedQuote[]; claims: readonly SavedClaim[] },
): {
  article: SavedArticle;
  quotes: SavedQuote[];
  claims: SavedClaim[];
  deleteQuoteIds: string[];
  deleteClaimIds: string[];
} {
  const article = stored.article ? { ...fresh.article, savedAt: stored.article.savedAt } : fresh.article;
  const old = new Map(stored.quotes.map((q) => [q.id, q]));
  const freshIds = new Set(fresh.quotes.map((q) => q.id));
  const quotes = fresh.quotes.map((q) => {
    const saved = old.get(q.id)?.saved;
    return saved ? { ...q, saved } : q;
  });
  // Saved quotes the new analysis lost are kept as they were: the reader chose them.
  for (const q of stored.quotes) if (q.saved && !freshIds.has(q.id)) quotes.push(q);
  const keptIds = new Set(quotes.map((q) => q.id));
  const freshClaims = new Set(fresh.claims.map((c) => c.id));
  return {
    article,
    quotes,
    claims: [...fresh.claims],
    deleteQuoteIds: stored.quotes.filter((q) => !keptIds.has(q.id)).map((q) => q.id),
    deleteClaimIds: stored.claims.filter((c) => !freshClaims.has(c.id)).map((c) => c.id),
  };
}
