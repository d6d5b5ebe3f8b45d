/**
 * What the related index keeps of one analyzed article: term frequencies of light stems and of stem
 * pairs (phrases tell one event from another topic far better than single words), the speakers by key,
 * and the statements with their word sets.
 */
import type { Article } from "../core/types.ts";
import { type QuoteTokens, quoteTokens } from "./quoteMatch.ts";
import { foldNameToken, type SpeakerKey, speakerKeyOf } from "./speakerKey.ts";
import { statementsOf } from "./statements.ts";
import { contentStems } from "./stem.ts";
import { type TermVector, termHash, toVector } from "./termVector.ts";

/** The headline names the event: its words count as much as this many mentions in the body. */
export const TITLE_WEIGHT = 3;
/** Content words of the first paragraph that count as the lead. */
export const LEAD_WORDS = 40;

/** A speaker of the article with its key. */
export interface SpeakerFeature {
  name: string;
  key: SpeakerKey;
}

/** A statement of the article: display text, word set and the speaker's key (null when unknown). */
export interface QuoteFeature {
  text: string;
  tokens: QuoteTokens;
  speaker: SpeakerFeature | null;
}

/** The indexed form of one article. */
export interface ArticleFeatures {
  /** Words (spelling skeletons of light stems) and phrases (pairs of consecutive light stems). */
  terms: TermVector;
  /** Words of the headline and the lead (the first paragraph): what the article is ABOUT. */
  lead: TermVector;
  speakers: SpeakerFeature[];
  quotes: QuoteFeature[];
  /** Milliseconds since the epoch, or null when the article has no usable date. */
  time: number | null;
}

function addTerms(terms: Map<number, number>, stems: string[], weight: number): void {
  for (let i = 0; i < stems.length; i++) {
    // Words are compared by their spelling skeleton: transliterated names (سروج / سوروتش, ستامبولي /
    // اسطمبولي) and hamza or vowel-letter variants meet; phrases keep the exact stems.
    const uni = termHash(foldNameToken(stems[i]), false);
    terms.set(uni, (terms.get(uni) ?? 0) + weight);
    if (i + 1 < stems.length) {
      const bi = termHash(`${stems[i]} ${stems[i + 1]}`, true);
      terms.set(bi, (terms.get(bi) ?? 0) + weight);
    }
  }
}

/** Parses an ISO-like date ("2015-07-22T10:00:00" or "2015-07-22 10:00:00"); null when unusable. */
export function parseTime(s: string | null): number | null {
  if (!s) return null;
  const t = Date.parse(s.includes("T") ? s : s.replace(" ", "T"));
  return Number.isFinite(t) ? t : null;
}

/**
 * A copy of a statement that does not keep the whole article text alive: engines represent a slice
 * as a view into its parent string, and the index should hold statements, not every article's body.
 */
function detach(s: string): string {
  return ` ${s}`.slice(1);
}

/** Builds the indexed form of an analyzed article. */
export function articleFeatures(article: Article): ArticleFeatures {
  const terms = new Map<number, number>();
  addTerms(terms, contentStems(article.title), TITLE_WEIGHT);
  // Paragraph by paragraph, so no phrase spans two paragraphs.
  const paragraphs = article.text.split(/\n+/).filter((p) => p.trim());
  for (const para of paragraphs) addTerms(terms, contentStems(para), 1);
  const lead = new Map<number, number>();
  const leadStems = [...contentStems(article.title), ...contentStems(paragraphs[0] ?? "").slice(0, LEAD_WORDS)];
  for (const st of leadStems) {
    const k = termHash(foldNameToken(st), false);
    lead.set(k, (lead.get(k) ?? 0) + 1);
  }

  const byId = new Map<string, SpeakerFeature>();
  const speakers: SpeakerFeature[] = [];
  for (const sp of article.speakers) {
    const key = speakerKeyOf(sp.name, sp.title);
    if (!key) continue;
    const f = { name: sp.name, key };
    byId.set(sp.id, f);
    speakers.push(f);
  }
  const quotes: QuoteFeature[] = statementsOf(article).map((q) => ({
    text: detach(q.text),
    tokens: quoteTokens(q.text),
    speaker: q.speakerId ? (byId.get(q.speakerId) ?? null) : null,
  }));
  return { terms: toVector(terms), lead: toVector(lead), speakers, quotes, time: parseTime(article.publishedAt) };
}
