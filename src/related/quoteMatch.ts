/**
 * Quote variants: the same statement as two articles word it. Outlets reorder words, swap synonyms of
 * the cue (قال / أكد), shorten titles (خادم الحرمين الشريفين / خادم الحرمين) and spell names differently,
 * so statements are compared as SETS of light-stemmed content words, not as strings.
 */
import { contentStems } from "./stem.ts";
import { termHash } from "./termVector.ts";

/** Overlap of two statements' content-word sets. */
export interface QuoteOverlap {
  shared: number;
  /** Shared words over the smaller set: 1 when one statement contains the other. */
  containment: number;
  jaccard: number;
  /** Size of the smaller set. */
  minSize: number;
  /** Shared pairs of consecutive words: verbatim stretches survive reordering elsewhere in the sentence. */
  sharedPhrases: number;
}

/** A statement's words for comparing: the word set and the set of consecutive word pairs, as sorted
 * unique hashes (compact, and intersected by one merge). */
export interface QuoteTokens {
  words: Uint32Array;
  phrases: Uint32Array;
}

/** The content words of a statement (light stems, stopwords dropped) and their consecutive pairs. */
export function quoteTokens(text: string): QuoteTokens {
  const stems = contentStems(text);
  const phrases = new Set<number>();
  for (let i = 0; i + 1 < stems.length; i++) phrases.add(termHash(`${stems[i]} ${stems[i + 1]}`, true));
  return { words: sortedUnique(stems.map((st) => termHash(st, false))), phrases: sortedUnique([...phrases]) };
}

function sortedUnique(xs: number[]): Uint32Array {
  return Uint32Array.from(new Set(xs)).sort();
}

function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** How much two statements overlap. */
export function quoteOverlap(a: QuoteTokens, b: QuoteTokens): QuoteOverlap {
  const shared = intersectionSize(a.words, b.words);
  const minSize = Math.min(a.words.length, b.words.length);
  const union = a.words.length + b.words.length - shared;
  // Phrases only matter once enough words are shared; skipping the rest keeps queries fast.
  const sharedPhrases = shared >= 5 ? intersectionSize(a.phrases, b.phrases) : 0;
  return {
    shared,
    containment: minSize ? shared / minSize : 0,
    jaccard: union ? shared / union : 0,
    minSize,
    sharedPhrases,
  };
}

/** How the two statements' speakers relate. */
export type SpeakerAgreement = "same" | "unknown" | "different";

/**
 * Thresholds. Same speaker: most of the shorter statement's words (3 at least), or a good part of a
 * longer one (5 words and 40%: outlets paraphrase reported speech), or a few verbatim word pairs.
 * Speaker missing on one side: near-identical wording (75% of 4+ words) or 5 verbatim word pairs.
 * Two different speakers: only a long verbatim stretch: attributions vary with the extractor and the
 * outlet (the minister in one article, his ministry or his title in another), a long text does not.
 */
export function isQuoteVariant(o: QuoteOverlap, speakers: SpeakerAgreement): boolean {
  if (speakers === "same")
    return (o.shared >= 3 && o.containment >= 0.6) || (o.shared >= 5 && o.containment >= 0.4) || o.sharedPhrases >= 4;
  if (speakers === "unknown") return (o.minSize >= 4 && o.containment >= 0.75) || o.sharedPhrases >= 5;
  return (o.minSize >= 8 && o.containment >= 0.9) || o.sharedPhrases >= 8;
}
