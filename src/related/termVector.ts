/**
 * Compact term vectors: each term is a 32-bit hash (words and phrases told apart by the lowest bit),
 * kept as sorted typed arrays, so a library of 100k articles fits in memory and two articles are
 * compared by one merge of two sorted arrays. A rare hash collision only blurs a weight.
 */

/** Term hashes sorted ascending, with the log-scaled frequency of each: 1 + ln(tf). */
export interface TermVector {
  ids: Uint32Array;
  w: Float32Array;
}

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
export function toVector(tf: Map<number, number>): TermVector {
  const ids = Uint32Array.from(tf.keys()).sort();
  const w = new Float32Array(ids.length);
  for (let i = 0; i < ids.length; i++) w[i] = 1 + Math.log(tf.get(ids[i]) ?? 1);
  return { ids, w };
}
