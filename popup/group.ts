/** Quotes grouped by speaker, for display: speakers in the order they are first quoted, unnamed last. */
import type { QuoteRecord, SpeakerRecord } from "../src/storage/db.ts";

export interface SpeakerGroup {
  /** null: quotes whose speaker the article does not name. */
  speaker: SpeakerRecord | null;
  quotes: QuoteRecord[];
}

export function groupQuotesBySpeaker(quotes: QuoteRecord[], speakers: SpeakerRecord[]): SpeakerGroup[] {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const groups = new Map<string, SpeakerGroup>();
  const unnamed: SpeakerGroup = { speaker: null, quotes: [] };
  for (const quote of quotes) {
    const speaker = quote.speakerId ? byId.get(quote.speakerId) : undefined;
    if (!speaker) {
      unnamed.quotes.push(quote);
      continue;
    }
    let group = groups.get(speaker.id);
    if (!group) {
      group = { speaker, quotes: [] };
      groups.set(speaker.id, group);
    }
    group.quotes.push(quote);
  }
  const result = [...groups.values()];
  if (unnamed.quotes.length) result.push(unnamed);
  return result;
}
