/**
 * A small, fast, non-cryptographic string hash for stable record ids. Ids only need to be the same for the
 * same input on every machine and to collide rarely among one reader's few thousand articles; nothing
 * secret depends on them, so a cryptographic hash (async in WebCrypto) would only cost.
 */

/**
 * Two 32-bit FNV-1a lanes with different offset bases over the UTF-16 code units, as 16 hex digits
 * (64 bits: a collision among a million ids has a probability near 3·10⁻⁸).
 */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    // The second lane also mixes the position, so it is not a function of the first.
    b = Math.imul(b ^ c ^ (i & 0xff), 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
