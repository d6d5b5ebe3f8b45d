/**
 * The statements of an article for linking quote variants. The core's quotes when it found any; when it
 * found none (older analyses, or an article whose attributions the core missed), the sentences that
 * carry a reporting cue or a quotation mark stand in, with the speaker unknown, so the same statement
 * in two outlets can still be linked when the wording is near-identical.
 */
import { keyTokens } from "../core/normalize/matchKey.ts";
import type { Article } from "../core/types.ts";
import { REPORTING_CUES } from "./lexicon/cues.ts";

const CUES = new Set(REPORTING_CUES);
const QUOTE_MARKS = /[«»"“”]/;

function hasCue(sentence: string): boolean {
  for (const t of keyTokens(sentence)) {
    if (CUES.has(t)) return true;
    if ((t.startsWith("و") || t.startsWith("ف")) && CUES.has(t.slice(1))) return true;
  }
  return false;
}

/**
 * Cue-bearing sentences of the text, split at sentence marks and at the commas before a participle cue
 * (… ، مؤكدا أن …) so each clause of attribution is one statement. Pure.
 */
export function cueSentences(text: string): string[] {
  const out: string[] = [];
  // A period after a one-letter word is an abbreviation (د. for دكتور, م. for مهندس), not a sentence end.
  for (const sentence of text.split(
    /(?<=[.!؟?])(?<!(?:^|\s)\p{L}\.)\s+|\n+|[،,]\s*(?=(?:م[ؤو]كد|مضيف|مشير|لافت|موضح|منوه|محذر)[اًـ]*\s)/u,
  )) {
    const s = sentence.trim();
    if (s.length < 20) continue;
    if (hasCue(s) || QUOTE_MARKS.test(s)) out.push(s);
  }
  return out;
}

/** A statement to compare: its display text and the id of the speaker (null when unknown). */
export interface Statement {
  text: string;
  speakerId: string | null;
}

/** The core's quotes, or cue sentences when the core found none. */
export function statementsOf(article: Article): Statement[] {
  if (article.quotes.length > 0) return article.quotes.map((q) => ({ text: q.text, speakerId: q.speakerId }));
  return cueSentences(article.text).map((text) => ({ text, speakerId: null }));
}
