/**
 * The search index's postings: for each indexed term, the documents holding it, with the field and the
 * term's count there. Packed (compressed-row form: sorted terms, one offset per term, 6 bytes a posting
 * in two typed arrays), plus the postings added since the last packing in small arrays per term, so a
 * save costs little and a library of 100,000 articles stays in tens of megabytes.
 */

/** A term's postings: document (or article, for the title field), and field | count << 3. */
export interface Postings {
  docs: Uint32Array;
  meta: Uint16Array;
}

/** The packed form, structured-cloneable (IndexedDB). */
export interface PostingStoreSnapshot {
  /** The terms, sorted, joined with "\n" (match-key tokens never contain one). */
  terms: string;
  start: Uint32Array;
  docs: Uint32Array;
  meta: Uint16Array;
}

/** Counts above this are stored as this (BM25 saturates long before). */
const MAX_TF = (1 << 13) - 1;

export class PostingStore {
  private terms: string[] = [];
  private start: Uint32Array = new Uint32Array(1);
  private docs: Uint32Array = new Uint32Array(0);
  private meta: Uint16Array = new Uint16Array(0);
  /** Postings added since the last packing: [doc, meta, doc, meta, …] per term. */
  private delta = new Map<string, number[]>();
  /** Number of postings in `delta`. */
  pending = 0;

  /** Number of packed postings. */
  get packed(): number {
    return this.docs.length;
  }

  add(term: string, doc: number, field: number, tf: number): void {
    const m = field | (Math.min(tf, MAX_TF) << 3);
    const list = this.delta.get(term);
    if (list) list.push(doc, m);
    else this.delta.set(term, [doc, m]);
    this.pending++;
  }

  /** Position of the first packed term not below `term`. */
  private lowerBound(term: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid] < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The term's postings, in the order they were added; undefined when it has none. */
  get(term: string): Postings | undefined {
    const i = this.lowerBound(term);
    const packed = i < this.terms.length && this.terms[i] === term;
    const extra = this.delta.get(term);
    if (!packed && !extra) return undefined;
    const from = packed ? this.start[i] : 0;
    const to = packed ? this.start[i + 1] : 0;
    if (!extra) return { docs: this.docs.subarray(from, to), meta: this.meta.subarray(from, to) };
    const n = to - from + extra.length / 2;
    const docs = new Uint32Array(n);
    const meta = new Uint16Array(n);
    docs.set(this.docs.subarray(from, to));
    meta.set(this.meta.subarray(from, to));
    for (let k = 0, j = to - from; k < extra.length; k += 2, j++) {
      docs[j] = extra[k];
      meta[j] = extra[k + 1];
    }
    return { docs, meta };
  }

  /** Every indexed term that begins with `prefix` (itself included, when indexed). */
  *withPrefix(prefix: string): Generator<string> {
    for (let i = this.lowerBound(prefix); i < this.terms.length && this.terms[i].startsWith(prefix); i++)
      yield this.terms[i];
    for (const term of this.delta.keys()) {
      if (!term.startsWith(prefix)) continue;
      const i = this.lowerBound(term);
      if (i < this.terms.length && this.terms[i] === term) continue;
      yield term;
    }
  }

  /**
   * Packs everything into the typed arrays, renumbering each posting's document through `remap`
   * (-1: removed, dropped); terms left without postings are dropped.
   */
  compact(remap: (doc: number, field: number) => number): void {
    const fresh = [...this.delta.keys()].filter((t) => {
      const i = this.lowerBound(t);
      return !(i < this.terms.length && this.terms[i] === t);
    });
    fresh.sort();
    // Upper bound of the postings kept; trimmed below.
    const cap = this.docs.length + this.pending;
    const docs = new Uint32Array(cap);
    const meta = new Uint16Array(cap);
    const terms: string[] = [];
    const starts: number[] = [0];
    let n = 0;
    const take = (term: string, from: number, to: number) => {
      const before = n;
      for (let i = from; i < to; i++) {
        const d = remap(this.docs[i], this.meta[i] & 7);
        if (d < 0) continue;
        docs[n] = d;
        meta[n++] = this.meta[i];
      }
      const extra = this.delta.get(term);
      if (extra)
        for (let k = 0; k < extra.length; k += 2) {
          const d = remap(extra[k], extra[k + 1] & 7);
          if (d < 0) continue;
          docs[n] = d;
          meta[n++] = extra[k + 1];
        }
      if (n > before) {
        terms.push(term);
        starts.push(n);
      }
    };
    // Merge of the packed terms and the new ones, both sorted.
    let i = 0;
    let j = 0;
    while (i < this.terms.length || j < fresh.length) {
      if (j >= fresh.length || (i < this.terms.length && this.terms[i] < fresh[j])) {
        take(this.terms[i], this.start[i], this.start[i + 1]);
        i++;
      } else {
        take(fresh[j], 0, 0);
        j++;
      }
    }
    this.terms = terms;
    this.start = Uint32Array.from(starts);
    this.docs = docs.slice(0, n);
    this.meta = meta.slice(0, n);
    this.delta = new Map();
    this.pending = 0;
  }

  /** The packed form; call `compact` first (pending postings are not in it). */
  toSnapshot(): PostingStoreSnapshot {
    if (this.pending) throw new Error("postings not packed");
    return { terms: this.terms.join("\n"), start: this.start, docs: this.docs, meta: this.meta };
  }

  static fromSnapshot(s: PostingStoreSnapshot): PostingStore {
    const store = new PostingStore();
    store.terms = s.terms ? s.terms.split("\n") : [];
    if (
      s.start.length !== store.terms.length + 1 ||
      s.docs.length !== s.meta.length ||
      s.start[store.terms.length] !== s.docs.length
    )
      throw new Error("damaged search postings");
    store.start = s.start;
    store.docs = s.docs;
    store.meta = s.meta;
    return store;
  }

  /** Number of terms and of postings. */
  get counts(): { terms: number; postings: number } {
    return { terms: this.terms.length + this.delta.size, postings: this.docs.length + this.pending };
  }

  /** Approximate bytes held. */
  estimateBytes(): number {
    let strings = 0;
    for (const t of this.terms) strings += 24 + 2 * t.length;
    let delta = 0;
    for (const [t, list] of this.delta) delta += 80 + 2 * t.length + 4 * list.length;
    return strings + delta + this.start.byteLength + this.docs.byteLength + this.meta.byteLength;
  }
}
