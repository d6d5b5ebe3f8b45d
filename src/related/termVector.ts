/**
 * Compact term vectors: each term is a 32-bit hash (words and phrases told apart by the lowest bit),
 * kept as sorted typed arrays, so a library of 100k articles fits in memory and two articles are
 * compared by one merge of two sorted arrays. A rare hash collision only blurs a weight.
 */

/** Term hashes sorted ascending, with the frequency of each (capped at 255: one byte a term). */
export interface TermVector {
  ids: Uint32Array;
  tf: Uint8Array;
}

/** 1 + ln(tf) for every one-byte frequency: the log-scaled weight, looked up instead of computed. */
export const LOG_TF: Float64Array = Float64Array.from({ length: 256 }, (_, tf) => (tf === 0 ? 0 : 1 + Math.log(tf)));

/** FNV-1a hash of a term; the lowest bit is 1 for a phrase (a pair of words), 0 for a word. */
export function termHash(term: string, phrase: boolean): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h & ~1) | (phrase ? 1 : 0)) >>> 0;
}

/** True when the hash is a phrase's. */
export const isPhraseHash = (h: number): boolean => (h & 1) === 1;

/** Packs hashed term frequencies into a sorted vector. */
export function toVector(counts: Map<number, number>): TermVector {
  const ids = Uint32Array.from(counts.keys()).sort();
  const tf = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) tf[i] = Math.min(255, Math.max(1, Math.round(counts.get(ids[i]) ?? 1)));
  return { ids, tf };
}
