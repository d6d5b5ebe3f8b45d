/** Quotes and speakers. Placeholder: the quotes work fills this in. */
import type { Quote, RelatedLink, Speaker } from "../types.ts";

export interface QuoteInput {
  title: string;
  text: string;
}

export function findQuotes(_input: QuoteInput): { quotes: Quote[]; speakers: Speaker[] } {
  return { quotes: [], speakers: [] };
}

/** `SPEAKER: words` quotes in the titles of the page's related or sidebar links. */
export function findHeadlineQuotesInLinks(_links: RelatedLink[]): { speaker: string; text: string; url?: string }[] {
  return [];
}
