/**
 * The page's stored analysis as the popup shows it. The records are assembled in src/storage/pages.ts
 * (the background's per-tab copy and the popup's Dexie reader both use it); only types come from there, so
 * the popup's first load carries no storage code.
 */
import type { SavedQuote } from "../src/library/records.ts";

export type { PageArticle, ShownArticle } from "../src/storage/pages.ts";

/** Quotes grouped by speaker for display: speakers in the order they are first quoted, unnamed last. */
export interface SpeakerGroup {
  key: string;
  /** null: the article does not name who said it. */
  name: string | null;
  title: string | null;
  quotes: SavedQuote[];
}

export function groupBySpeaker(quotes: readonly SavedQuote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  const unnamed: SpeakerGroup = { key: "", name: null, title: null, quotes: [] };
  for (const q of quotes) {
    if (!q.speakerKey || !q.speakerName) {
      unnamed.quotes.push(q);
      continue;
    }
    let group = groups.get(q.speakerKey);
    if (!group) {
      group = { key: q.speakerKey, name: q.speakerName, title: q.speakerTitle, quotes: [] };
      groups.set(q.speakerKey, group);
    }
    // The fullest name and the first title the article gives.
    if (q.speakerName.length > (group.name ?? "").length) group.name = q.speakerName;
    group.title ??= q.speakerTitle;
    group.quotes.push(q);
  }
  const out = [...groups.values()];
  if (unnamed.quotes.length) out.push(unnamed);
  return out;
}
