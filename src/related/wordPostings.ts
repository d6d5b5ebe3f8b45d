/**
 * The related index's posting lists: word hash → numbers of the articles that have the word. Two parts:
 * a packed one (sorted hashes, offsets, numbers in typed arrays) that a snapshot stores and restores as
 * it is, and one of small lists for what was added since (one number stored bare: most words are rare).
 * A restarted worker thus reads the postings instead of rebuilding 30 million map entries at 100,000
 * articles. Lists keep their order: the packed entries (ascending numbers), then the added ones.
 */

/** The packed part, structured-cloneable. */
export interface PackedPostings {
  keys: Uint32Array;
  /** keys.length + 1 offsets into `nums`. */
  start: Uint32Array;
  nums: Uint32Array;
}

export class WordPostings {
  private keys: Uint32Array = new Uint32Array(0);
  private start: Uint32Array = new Uint32Array(1);
  /** Live entries of each packed list (removals shift the list's tail left). */
  private len: Uint32Array = new Uint32Array(0);
  private nums: Uint32Array = new Uint32Array(0);
  private readonly added = new Map<number, number | number[]>();

  /** Index of `h` among the packed keys, or -1. */
  private find(h: number): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid];
      if (k < h) lo = mid + 1;
      else if (k > h) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  add(h: number, num: number): void {
    const p = this.added.get(h);
    if (p === undefined) this.added.set(h, num);
    else if (typeof p === "number") this.added.set(h, [p, num]);
    else p.push(num);
  }

  remove(h: number, num: number): void {
    const p = this.added.get(h);
    if (p !== undefined) {
      if (typeof p === "number") {
        if (p === num) {
          this.added.delete(h);
          return;
        }
      } else {
        const at = p.indexOf(num);
        if (at >= 0) {
          p.splice(at, 1);
          if (p.length === 1) this.added.set(h, p[0]);
          else if (p.length === 0) this.added.delete(h);
          return;
        }
      }
    }
    const k = this.find(h);
    if (k < 0) return;
    const from = this.start[k];
    const end = from + this.len[k];
    for (let i = from; i < end; i++)
      if (this.nums[i] === num) {
        this.nums.copyWithin(i, i + 1, end);
        this.len[k]--;
        return;
      }
  }

  /** Number of articles with the word. */
  length(h: number): number {
    const k = this.find(h);
    const p = this.added.get(h);
    return (k < 0 ? 0 : this.len[k]) + (p === undefined ? 0 : typeof p === "number" ? 1 : p.length);
  }

  /** The articles with the word, packed ones first; undefined when none. */
  get(h: number): ArrayLike<number> | undefined {
    const k = this.find(h);
    const p = this.added.get(h);
    if (k < 0 || this.len[k] === 0) return p === undefined ? undefined : typeof p === "number" ? [p] : p;
    const packed = this.nums.subarray(this.start[k], this.start[k] + this.len[k]);
    if (p === undefined) return packed;
    const extra = typeof p === "number" ? [p] : p;
    const out = new Uint32Array(packed.length + extra.length);
    out.set(packed);
    out.set(extra, packed.length);
    return out;
  }

  /**
   * Everything packed, article numbers renumbered through `renum` (-1: dropped), each list ascending,
   * as `fromSnapshot` of the related index rebuilt them before (same order, so the same rankings).
   */
  pack(renum: (num: number) => number): PackedPostings {
    const all = new Set<number>();
    for (let k = 0; k < this.keys.length; k++) if (this.len[k]) all.add(this.keys[k]);
    for (const h of this.added.keys()) all.add(h);
    const sorted = Uint32Array.from(all).sort();
    let total = 0;
    for (const h of sorted) total += this.length(h);
    const nums = new Uint32Array(total);
    const start = new Uint32Array(sorted.length + 1);
    const keys = new Uint32Array(sorted.length);
    let n = 0;
    let kept = 0;
    for (const h of sorted) {
      const list = this.get(h) ?? [];
      const from = n;
      for (let i = 0; i < list.length; i++) {
        const m = renum(list[i]);
        if (m >= 0) nums[n++] = m;
      }
      if (n === from) continue;
      nums.subarray(from, n).sort();
      keys[kept] = h;
      start[++kept] = n;
    }
    return { keys: keys.slice(0, kept), start: start.slice(0, kept + 1), nums: nums.slice(0, n) };
  }

  /** Postings from `pack`'s output (checked: offsets within the numbers, keys ascending). */
  static unpack(p: PackedPostings): WordPostings {
    const w = new WordPostings();
    const n = p.keys.length;
    if (p.start.length !== n + 1 || p.start[0] !== 0 || p.start[n] !== p.nums.length)
      throw new Error("RelatedIndex: malformed postings");
    const len = new Uint32Array(n);
    for (let k = 0; k < n; k++) {
      if (p.start[k + 1] < p.start[k] || (k > 0 && p.keys[k] <= p.keys[k - 1]))
        throw new Error("RelatedIndex: malformed postings");
      len[k] = p.start[k + 1] - p.start[k];
    }
    w.keys = p.keys;
    w.start = p.start;
    w.len = len;
    w.nums = p.nums;
    return w;
  }

  /** Estimated bytes (typed arrays exactly, map entries and small lists at typical engine sizes). */
  estimateBytes(): number {
    let added = 0;
    for (const p of this.added.values()) added += 40 + (typeof p === "number" ? 0 : 16 + 4 * p.length);
    return this.keys.byteLength + this.start.byteLength + this.len.byteLength + this.nums.byteLength + added;
  }
}
