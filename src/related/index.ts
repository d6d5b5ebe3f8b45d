/**
 * The related-coverage index: which saved articles report the same EVENT as this one, and why.
 *
 * Incremental (add / remove / query) so the extension's library can keep one in memory and the CLI can
 * build one from a JSONL file; the same code runs in both. Pure: no DOM, no storage, no Node APIs.
 *
 * Ranking: TF-IDF cosine over words (light stems folded to their spelling skeleton, so transliterated
 * names meet) and over word pairs (phrases: one event's articles share "ترقية وتعيين 125 قاضيا", one
 * topic's articles only share "وزارة العدل"), the cosine of headline + lead (what each article is
 * about), then shared statements (quote variants), shared speakers and closeness in time. An inverted
 * index over the query's rarest words finds the candidates, so a query touches a few hundred articles,
 * not the library.
 */
import type { Article } from "../core/types.ts";
import { type ArticleFeatures, articleFeatures, type QuoteFeature, type SpeakerFeature } from "./features.ts";
import { kthLargest } from "./kthLargest.ts";
import { isQuoteVariant, quoteOverlap, type SpeakerAgreement } from "./quoteMatch.ts";
import { compatibleSpeakers, type SpeakerKey, speakerKeyString } from "./speakerKey.ts";
import { isPhraseHash, LOG_TF, type TermVector } from "./termVector.ts";
import { type PackedPostings, WordPostings } from "./wordPostings.ts";

export { type DiffPart, wordDiff } from "./diff.ts";
export { compatibleSpeakers, type SpeakerKey, speakerKeyOf, speakerKeyString } from "./speakerKey.ts";
export { kthLargest };

/** An article as the library stores it: an id (the URL in the CLI), its URL and the analysis. */
export interface RelatedDoc {
  id: string;
  url?: string | null;
  article: Article;
}

/** The same statement in both articles: this article's wording and the other's. */
export interface SharedQuote {
  text: string;
  otherText: string;
  /** Share of the shorter statement's content words found in the other, 0..1. */
  overlap: number;
}

/** Why an article is related. */
export interface RelatedWhy {
  /** Speakers quoted in both, by their fullest name (spelling variants merged). */
  sharedSpeakers: string[];
  sharedQuotes: SharedQuote[];
  /** Text similarity, 0..1 (cosine of words and of phrases). */
  similarity: number;
  /** "wire-copy": the same text (an agency's) in both; "follow-up": the same event reported at least
   * `followUpHours` later; "same-event"; "related": weaker evidence. */
  relation: "wire-copy" | "follow-up" | "same-event" | "related";
}

/** One related article. */
export interface RelatedResult {
  id: string;
  url: string | null;
  score: number;
  why: RelatedWhy;
}

/** Query options. */
export interface RelatedQueryOptions {
  /** At most this many results (default 30). */
  top?: number;
  /** Results scoring below this are dropped (default 0.05). */
  minScore?: number;
}

/** Weights of the ranking; exported so benches can report them, not meant to be tuned per library. */
export const RANKING = {
  /** Share of the phrase cosine in the similarity (the rest is the word cosine). */
  phraseShare: 0.5,
  /** Share of the headline-and-lead cosine in the score: a round-up that mentions the event in its
   * fourth paragraph is about something else. */
  leadShare: 0.5,
  /** Added per shared statement, at most `maxQuotes` counted. */
  perQuote: 0.08,
  maxQuotes: 3,
  /** Added per shared speaker, scaled by the similarity (a shared minister alone is a topic, not an event). */
  perSpeaker: 0.15,
  maxSpeakers: 3,
  /** Time closeness: score × (1 - timeShare + timeShare × e^(-hours apart / timeScaleHours)). */
  timeShare: 0.3,
  timeScaleHours: 72,
  /** Query terms used to find candidates, and candidates scored exactly. */
  queryTerms: 80,
  candidates: 150,
  /** Beyond the requested count, this many more are checked for shared speakers and statements. */
  recheck: 20,
  /** Terms in more than this share of the library are too common to find candidates with. */
  maxDfShare: 0.08,
  /** Postings read per query at most (after the word that crosses it): bounds a query's cost. */
  postingsBudget: 20_000,
  /** Phrase cosine above which two articles are treated as copies of one text. */
  wireCopy: 0.6,
  /** Similarity above which (or with a shared statement) the relation is "same-event". */
  sameEvent: 0.25,
  /** A same-event article this many hours after the query's is a follow-up. */
  followUpHours: 12,
} as const;

/** Weighted vector of a query: ids, TF-IDF weights, and the idf of each id. */
interface Weighted {
  ids: Uint32Array;
  w: Float64Array;
  idf: Float64Array;
}

/**
 * Dot products of a query's weights with a stored vector (log-tf × the query's idf), one sorted merge;
 * the stored vector is `len` entries of the arena from `off`. Returns the phrase part in `out[0]` and
 * the word part in `out[1]` (a reused pair, so the hot loop allocates nothing).
 */
function dot(q: Weighted, ids: Uint32Array, tf: Uint8Array, off: number, len: number, out: Float64Array): void {
  let i = 0;
  let j = off;
  const end = off + len;
  let words = 0;
  let phrases = 0;
  const a = q.ids;
  while (i < a.length && j < end) {
    if (a[i] < ids[j]) i++;
    else if (a[i] > ids[j]) j++;
    else {
      const x = q.w[i] * LOG_TF[tf[j]] * q.idf[i];
      if (isPhraseHash(a[i])) phrases += x;
      else words += x;
      i++;
      j++;
    }
  }
  out[0] = phrases;
  out[1] = words;
}

/**
 * Document frequencies of phrases are counted in a hashed table (a counting sketch) rather than a map:
 * a library has millions of distinct word pairs, most seen once. The table grows with the library
 * (rebuilt from the stored vectors) so collisions stay rare.
 */
const SKETCH_MIN_BITS = 16;
const SKETCH_MAX_BITS = 24;
const SKETCH_PER_ARTICLE = 256;

/** What the second pass needs of an article: its speakers and statements (the bulky part: texts). */
export interface RelatedDetails {
  speakers: SpeakerFeature[];
  quotes: QuoteFeature[];
}

/** A growable array of 32-bit words (statement word hashes of every article, back to back). */
class WordArena {
  data: Uint32Array = new Uint32Array(1024);
  used = 0;
  dead = 0;

  push(v: Uint32Array): number {
    if (this.used + v.length > this.data.length) {
      const data = new Uint32Array(Math.max(this.used + v.length, Math.ceil(this.data.length * 1.5)));
      data.set(this.data.subarray(0, this.used));
      this.data = data;
    }
    this.data.set(v, this.used);
    const off = this.used;
    this.used += v.length;
    return off;
  }
}

type PackedSpeaker = [name: string, first: string | null, last: string, words: string[], title: string[]];
/** Statement: text, index of its speaker in the article's list (-1: unknown), word and phrase counts. */
type PackedQuote = [text: string, speaker: number, words: number, phrases: number];

/**
 * Packs text into a string of one-byte characters, which engines store at one byte a character instead
 * of two: the Arabic block U+0600–U+067F becomes U+0080–U+00FF, other characters below U+0080 stay, and
 * anything else is written as U+007F followed by its UTF-16 code unit as four hex digits (U+007F itself
 * included, so decoding is exact).
 */
export function packText(text: string): string {
  // Built from char codes in one go: a string grown by `+=` is a rope of many small nodes, which costs
  // far more memory than the flat one-byte string this makes.
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f) codes.push(c);
    else if (c >= 0x600 && c < 0x680) codes.push(c - 0x580);
    else {
      codes.push(0x7f);
      for (const h of c.toString(16).padStart(4, "0")) codes.push(h.charCodeAt(0));
    }
  }
  let out = "";
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
  return out;
}

/** The text `packText` packed. */
export function unpackText(packed: string): string {
  const codes = new Uint16Array(packed.length);
  let n = 0;
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    if (c === 0x7f) {
      codes[n++] = Number.parseInt(packed.slice(i + 1, i + 5), 16);
      i += 4;
    } else codes[n++] = c >= 0x80 ? c + 0x580 : c;
  }
  return UTF16.decode(codes.subarray(0, n));
}

/** Turns UTF-16 code units back into a string natively (much faster than building it in script); typed
 * arrays are little-endian on every platform browsers and Node run on. */
const UTF16 = new TextDecoder("utf-16le");

/**
 * An article's speakers and statements as one string (their texts) plus their word hashes appended to
 * `arena`: a few strings and typed arrays for the whole library instead of a dozen objects per article.
 */
function packDetails(d: RelatedDetails, arena: WordArena): { json: string; off: number } {
  const off = arena.used;
  const speakers: PackedSpeaker[] = d.speakers.map((s) => [s.name, s.key.first, s.key.last, s.key.words, s.key.title]);
  const keyOf = (s: SpeakerFeature) => `${s.name}\u0000${speakerKeyString(s.key)}`;
  const quotes: PackedQuote[] = d.quotes.map((q) => {
    arena.push(q.tokens.words);
    arena.push(q.tokens.phrases);
    let at = q.speaker ? d.speakers.indexOf(q.speaker) : -1;
    // Identity is lost when features went through storage as separate values: matched by name and key.
    if (q.speaker && at < 0) {
      const k = keyOf(q.speaker);
      at = d.speakers.findIndex((s) => keyOf(s) === k);
      if (at < 0) {
        speakers.push([
          q.speaker.name,
          q.speaker.key.first,
          q.speaker.key.last,
          q.speaker.key.words,
          q.speaker.key.title,
        ]);
        at = speakers.length - 1;
      }
    }
    return [q.text, at, q.tokens.words.length, q.tokens.phrases.length];
  });
  return { json: packText(JSON.stringify([speakers, quotes, d.speakers.length])), off };
}

/** The details back from their packed form; word hashes are views of the arena (valid until it changes). */
function unpackDetails(json: string, data: Uint32Array, off: number): RelatedDetails {
  const [ps, pq, own] = JSON.parse(unpackText(json)) as [PackedSpeaker[], PackedQuote[], number];
  const all: SpeakerFeature[] = ps.map(([name, first, last, words, title]) => ({
    name,
    key: { first, last, words, title },
  }));
  let at = off;
  const quotes: QuoteFeature[] = pq.map(([text, speaker, w, p]) => {
    const words = data.subarray(at, at + w);
    const phrases = data.subarray(at + w, at + w + p);
    at += w + p;
    return { text, tokens: { words, phrases }, speaker: speaker >= 0 ? all[speaker] : null };
  });
  return { speakers: all.slice(0, own), quotes };
}

/** A growable pair of typed arrays holding many term vectors back to back (an arena). */
class VectorArena {
  ids: Uint32Array;
  tf: Uint8Array;
  used = 0;
  /** Entries of removed or replaced vectors: reclaimed by `compact`. */
  dead = 0;

  constructor(capacity = 1024) {
    this.ids = new Uint32Array(capacity);
    this.tf = new Uint8Array(capacity);
  }

  /** An arena over existing arrays, full. */
  static wrap(ids: Uint32Array, tf: Uint8Array): VectorArena {
    const arena = new VectorArena(0);
    arena.ids = ids;
    arena.tf = tf;
    arena.used = ids.length;
    return arena;
  }

  /** Appends a vector; returns its offset. */
  push(v: TermVector): number {
    const n = v.ids.length;
    if (this.used + n > this.ids.length) this.grow(this.used + n);
    this.ids.set(v.ids, this.used);
    this.tf.set(v.tf, this.used);
    const off = this.used;
    this.used += n;
    return off;
  }

  private grow(need: number): void {
    // 1.5× rather than 2×: at 100k articles the arena is the index's largest part.
    const size = Math.max(need, Math.ceil(this.ids.length * 1.5));
    const ids = new Uint32Array(size);
    ids.set(this.ids.subarray(0, this.used));
    const tf = new Uint8Array(size);
    tf.set(this.tf.subarray(0, this.used));
    this.ids = ids;
    this.tf = tf;
  }

  /** A view (no copy) of the vector at `off`. */
  view(off: number, len: number): TermVector {
    return { ids: this.ids.subarray(off, off + len), tf: this.tf.subarray(off, off + len) };
  }
}

/** Per-article numbers kept in typed arrays indexed by article number (objects per article cost more). */
class Columns {
  cap = 0;
  termOff = new Uint32Array(0);
  termLen = new Uint32Array(0);
  leadOff = new Uint32Array(0);
  leadLen = new Uint32Array(0);
  /** Milliseconds since the epoch, NaN when unknown. */
  time = new Float64Array(0);
  normUni = new Float64Array(0);
  normBi = new Float64Array(0);
  normLead = new Float64Array(0);
  /** Library size the norms were computed at, -1 for never. */
  normAt = new Int32Array(0);
  /** Distinct words (not phrases), for ranking candidates before their cosine. */
  words = new Uint32Array(0);
  /** Where the article's statement word hashes are in the word arena. */
  wordOff = new Uint32Array(0);
  wordLen = new Uint32Array(0);

  ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(n, 1024, Math.ceil(this.cap * 1.5));
    const grow = <T extends Uint32Array | Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.termOff = grow(this.termOff, (k) => new Uint32Array(k));
    this.termLen = grow(this.termLen, (k) => new Uint32Array(k));
    this.leadOff = grow(this.leadOff, (k) => new Uint32Array(k));
    this.leadLen = grow(this.leadLen, (k) => new Uint32Array(k));
    this.time = grow(this.time, (k) => new Float64Array(k));
    this.normUni = grow(this.normUni, (k) => new Float64Array(k));
    this.normBi = grow(this.normBi, (k) => new Float64Array(k));
    this.normLead = grow(this.normLead, (k) => new Float64Array(k));
    this.normAt = grow(this.normAt, (k) => new Int32Array(k));
    this.words = grow(this.words, (k) => new Uint32Array(k));
    this.wordOff = grow(this.wordOff, (k) => new Uint32Array(k));
    this.wordLen = grow(this.wordLen, (k) => new Uint32Array(k));
    this.cap = cap;
  }
}

/**
 * The index in a form to store and load back (typed arrays and strings: structured-cloneable, so
 * IndexedDB keeps it as it is). Speakers and statements are not part of it.
 */
export interface RelatedSnapshot {
  /** 1: postings rebuilt from the vectors on load; 2: postings stored (`postings`). */
  version: 1 | 2;
  ids: string[];
  urls: (string | null)[];
  /** Per article: time (NaN when unknown), and the lengths of its vectors in the arenas below. */
  time: Float64Array;
  termLen: Uint32Array;
  leadLen: Uint32Array;
  termIds: Uint32Array;
  termTf: Uint8Array;
  leadIds: Uint32Array;
  leadTf: Uint8Array;
  /** Per article: norms of its word, phrase and lead vectors (3 each) and the library size they are of. */
  norms: Float64Array;
  normAt: Int32Array;
  /** Per article: its speakers and statements packed (see packDetails), and their word hashes. */
  details: string[];
  wordLen: Uint32Array;
  words: Uint32Array;
  /** Speaker key → written forms of the name with their counts (for canonical names). */
  names: [string, [string, number][]][];
  /** The word postings, article numbers as in this snapshot (version 2). */
  postings?: PackedPostings;
}

/** A candidate after the first pass (text scores). */
interface Scored {
  num: number;
  text: number;
  similarity: number;
  cosBi: number;
  timeFactor: number;
}

/**
 * The related-coverage index. Memory: each article's term vectors live in two shared arenas (typed
 * arrays), its numbers in typed columns, its words in posting lists, and its speakers and statements
 * in one string plus their word hashes in a third arena (unpacked only for the few articles a query
 * explains): a few bytes per term rather than objects per article, so 100k articles fit.
 */
export class RelatedIndex {
  private readonly byId = new Map<string, number>();
  /** Article number → id (undefined once removed), URL, packed details. */
  private readonly ids: (string | undefined)[] = [];
  private readonly urls: (string | null)[] = [];
  private readonly details: (string | undefined)[] = [];
  private words = new WordArena();
  private readonly cols = new Columns();
  private terms = new VectorArena();
  private leads = new VectorArena();
  /** Word hash → numbers of the articles that have it (wordPostings.ts). */
  private postings = new WordPostings();
  /** Speaker key → how often each written form of the name occurs in the library. */
  private readonly names = new Map<string, Map<string, number>>();
  private sketchBits = SKETCH_MIN_BITS;
  /** Scratch accumulator of candidate scores, reused by every query (always zero between queries). */
  private acc = new Float64Array(1024);
  private phraseDf = new Uint16Array(1 << SKETCH_MIN_BITS);
  private readonly pair = new Float64Array(2);

  /** Number of articles in the index. */
  get size(): number {
    return this.byId.size;
  }

  /** True when an article with this id is indexed. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * Estimated bytes of the index: its typed arrays exactly, strings at two bytes a character, posting
   * lists and maps at typical engine sizes (for benches; the engines do not tell per object).
   */
  estimateBytes(): number {
    const c = this.cols;
    let strings = 0;
    for (let num = 0; num < this.ids.length; num++) {
      // Details are packed to one-byte characters (packText).
      strings += 2 * ((this.ids[num]?.length ?? 0) + (this.urls[num]?.length ?? 0)) + (this.details[num]?.length ?? 0);
      strings += 48; // three string headers and array slots
    }
    const postings = this.postings.estimateBytes();
    return (
      this.terms.ids.byteLength +
      this.terms.tf.byteLength +
      this.leads.ids.byteLength +
      this.leads.tf.byteLength +
      this.words.data.byteLength +
      c.cap * (4 * 8 + 8 * 4 + 4) +
      this.phraseDf.byteLength +
      this.acc.byteLength +
      strings +
      postings +
      this.byId.size * 40
    );
  }

  /**
   * Adds (or replaces) an article. `features` (articleFeatures(doc.article), computed earlier and kept by
   * the extension's storage) spares recomputing them when a library is reloaded.
   */
  add(doc: RelatedDoc, features?: ArticleFeatures): void {
    if (this.byId.has(doc.id)) this.remove(doc.id);
    const f = features ?? articleFeatures(doc.article);
    const num = this.ids.length;
    this.ids.push(doc.id);
    this.urls.push(doc.url ?? null);
    const packed = packDetails(f, this.words);
    this.details.push(packed.json);
    this.byId.set(doc.id, num);
    const c = this.cols;
    c.ensure(num + 1);
    c.termOff[num] = this.terms.push(f.terms);
    c.termLen[num] = f.terms.ids.length;
    c.leadOff[num] = this.leads.push(f.lead);
    c.leadLen[num] = f.lead.ids.length;
    c.time[num] = f.time ?? Number.NaN;
    c.normAt[num] = -1;
    c.wordOff[num] = packed.off;
    c.wordLen[num] = this.words.used - packed.off;
    let words = 0;
    for (const h of f.terms.ids) if (!isPhraseHash(h)) words++;
    c.words[num] = Math.max(1, words);
    this.count(num, 1);
    this.countNames(f.speakers, 1);
    if (this.byId.size * SKETCH_PER_ARTICLE > 1 << this.sketchBits && this.sketchBits < SKETCH_MAX_BITS)
      this.growSketch();
  }

  /** Removes an article; unknown ids are ignored. */
  remove(id: string): void {
    const num = this.byId.get(id);
    if (num === undefined) return;
    this.count(num, -1);
    const d = this.detailsOf(num);
    if (d) this.countNames(d.speakers, -1);
    this.byId.delete(id);
    this.ids[num] = undefined;
    this.details[num] = undefined;
    this.terms.dead += this.cols.termLen[num];
    this.leads.dead += this.cols.leadLen[num];
    this.words.dead += this.cols.wordLen[num];
    if (this.terms.dead > 4096 && this.terms.dead > this.terms.used / 2) this.compact();
    else if (this.words.dead > 4096 && this.words.dead > this.words.used / 2) this.compact();
  }

  /** The index as a snapshot (live articles only, vectors packed without slack). */
  toSnapshot(): RelatedSnapshot {
    this.trim();
    const live: number[] = [];
    for (let num = 0; num < this.ids.length; num++) if (this.ids[num] !== undefined) live.push(num);
    const c = this.cols;
    const renum = new Int32Array(this.ids.length).fill(-1);
    live.forEach((num, i) => {
      renum[num] = i;
    });
    // After compact(true) the live vectors lie in number order, back to back, from offset 0.
    return {
      version: 2,
      postings: this.postings.pack((num) => renum[num]),
      ids: live.map((num) => this.ids[num] as string),
      urls: live.map((num) => this.urls[num]),
      time: Float64Array.from(live, (num) => c.time[num]),
      termLen: Uint32Array.from(live, (num) => c.termLen[num]),
      leadLen: Uint32Array.from(live, (num) => c.leadLen[num]),
      norms: Float64Array.from({ length: live.length * 3 }, (_, i) => {
        const num = live[Math.floor(i / 3)];
        return i % 3 === 0 ? c.normUni[num] : i % 3 === 1 ? c.normBi[num] : c.normLead[num];
      }),
      normAt: Int32Array.from(live, (num) => c.normAt[num]),
      details: live.map((num) => this.details[num] as string),
      wordLen: Uint32Array.from(live, (num) => c.wordLen[num]),
      words: this.words.data.slice(0, this.words.used),
      termIds: this.terms.ids.slice(0, this.terms.used),
      termTf: this.terms.tf.slice(0, this.terms.used),
      leadIds: this.leads.ids.slice(0, this.leads.used),
      leadTf: this.leads.tf.slice(0, this.leads.used),
      names: [...this.names].map(([k, forms]) => [k, [...forms]]),
    };
  }

  /**
   * An index from a snapshot; throws on a malformed one. Posting lists,
   * phrase frequencies and word counts are rebuilt from the vectors (linear, no re-analysis).
   */
  static fromSnapshot(s: RelatedSnapshot): RelatedIndex {
    const n = s.ids.length;
    const ok =
      (s.version === 1 || (s.version === 2 && s.postings !== undefined)) &&
      s.urls.length === n &&
      s.time.length === n &&
      s.termLen.length === n &&
      s.leadLen.length === n &&
      s.termIds.length === s.termTf.length &&
      s.leadIds.length === s.leadTf.length &&
      s.termLen.reduce((a, b) => a + b, 0) === s.termIds.length &&
      s.leadLen.reduce((a, b) => a + b, 0) === s.leadIds.length &&
      s.details.length === n &&
      s.norms.length === 3 * n &&
      s.normAt.length === n &&
      s.wordLen.length === n &&
      s.wordLen.reduce((a, b) => a + b, 0) === s.words.length;
    if (!ok) throw new Error("RelatedIndex: malformed snapshot");
    const index = new RelatedIndex();
    // Stored postings are used as they are; a version 1 snapshot rebuilds them from the vectors below.
    const stored = s.version === 2 && s.postings ? WordPostings.unpack(s.postings) : null;
    if (stored) index.postings = stored;
    index.terms = VectorArena.wrap(s.termIds, s.termTf);
    index.words.data = s.words;
    index.words.used = s.words.length;
    index.leads = VectorArena.wrap(s.leadIds, s.leadTf);
    const c = index.cols;
    c.ensure(n);
    let t = 0;
    let l = 0;
    let w = 0;
    for (let num = 0; num < n; num++) {
      index.ids.push(s.ids[num]);
      index.urls.push(s.urls[num]);
      index.details.push(s.details[num]);
      c.wordOff[num] = w;
      c.wordLen[num] = s.wordLen[num];
      w += s.wordLen[num];
      index.byId.set(s.ids[num], num);
      c.termOff[num] = t;
      c.termLen[num] = s.termLen[num];
      c.leadOff[num] = l;
      c.leadLen[num] = s.leadLen[num];
      t += s.termLen[num];
      l += s.leadLen[num];
      c.time[num] = s.time[num];
      c.normUni[num] = s.norms[3 * num];
      c.normBi[num] = s.norms[3 * num + 1];
      c.normLead[num] = s.norms[3 * num + 2];
      c.normAt[num] = s.normAt[num];
      let words = 0;
      for (let i = c.termOff[num]; i < t; i++) if (!isPhraseHash(s.termIds[i])) words++;
      c.words[num] = Math.max(1, words);
      // Phrase frequencies are counted by growSketch below; words only when no postings were stored.
      if (!stored) index.count(num, 1);
    }
    for (const [k, forms] of s.names) index.names.set(k, new Map(forms));
    index.growSketch();
    return index;
  }

  /**
   * Call after a bulk load: releases the slack of the arenas (they grow by half again as articles are
   * added; vectors of removed articles go too) and computes every article's norms now, so the first
   * queries do not pay for them.
   */
  trim(): void {
    this.compact(true);
    for (const num of this.byId.values()) this.norms(num);
  }

  /** Rewrites the arenas without the vectors of removed articles (numbers stay); `exact`: no slack. */
  private compact(exact = false): void {
    const terms = new VectorArena(exact ? this.terms.used - this.terms.dead : 1024);
    const leads = new VectorArena(exact ? this.leads.used - this.leads.dead : 1024);
    const words = new WordArena();
    if (exact) words.data = new Uint32Array(this.words.used - this.words.dead);
    const c = this.cols;
    for (let num = 0; num < this.ids.length; num++) {
      if (this.ids[num] === undefined) {
        c.termLen[num] = 0;
        c.leadLen[num] = 0;
        c.wordLen[num] = 0;
        continue;
      }
      c.termOff[num] = terms.push(this.terms.view(c.termOff[num], c.termLen[num]));
      c.leadOff[num] = leads.push(this.leads.view(c.leadOff[num], c.leadLen[num]));
      c.wordOff[num] = words.push(this.words.data.subarray(c.wordOff[num], c.wordOff[num] + c.wordLen[num]));
    }
    this.terms = terms;
    this.leads = leads;
    this.words = words;
  }

  /** The speakers and statements of article `num`, unpacked; null once removed. */
  private detailsOf(num: number): RelatedDetails | null {
    const json = this.details[num];
    return json === undefined ? null : unpackDetails(json, this.words.data, this.cols.wordOff[num]);
  }

  private countNames(speakers: readonly SpeakerFeature[], delta: 1 | -1): void {
    for (const sp of speakers) {
      const k = speakerKeyString(sp.key);
      let forms = this.names.get(k);
      if (!forms) {
        if (delta < 0) continue;
        forms = new Map();
        this.names.set(k, forms);
      }
      const c = (forms.get(sp.name) ?? 0) + delta;
      if (c > 0) forms.set(sp.name, c);
      else forms.delete(sp.name);
      if (forms.size === 0) this.names.delete(k);
    }
  }

  /**
   * The canonical name of a speaker: the form of the name the library uses most often for this key
   * (ties: the longer form), so one person is named the same way in every result.
   */
  canonicalName(sp: { name: string; key: SpeakerKey }): string {
    const forms = this.names.get(speakerKeyString(sp.key));
    if (!forms) return sp.name;
    let best = sp.name;
    let bestCount = forms.get(sp.name) ?? 0;
    for (const [name, c] of forms)
      if (c > bestCount || (c === bestCount && name.length > best.length)) {
        best = name;
        bestCount = c;
      }
    return best;
  }

  private slot(h: number): number {
    return h >>> (32 - this.sketchBits);
  }

  private count(num: number, delta: 1 | -1): void {
    const { ids } = this.terms;
    const off = this.cols.termOff[num];
    const end = off + this.cols.termLen[num];
    for (let i = off; i < end; i++) {
      const h = ids[i];
      if (isPhraseHash(h)) {
        const k = this.slot(h);
        const c = this.phraseDf[k] + delta;
        if (c >= 0 && c <= 0xffff) this.phraseDf[k] = c;
      } else if (delta > 0) this.postings.add(h, num);
      else this.postings.remove(h, num);
    }
  }

  private growSketch(): void {
    while (this.byId.size * SKETCH_PER_ARTICLE > 1 << this.sketchBits && this.sketchBits < SKETCH_MAX_BITS)
      this.sketchBits += 2;
    this.phraseDf = new Uint16Array(1 << this.sketchBits);
    const { ids } = this.terms;
    for (const num of this.byId.values()) {
      const off = this.cols.termOff[num];
      const end = off + this.cols.termLen[num];
      for (let i = off; i < end; i++) {
        const h = ids[i];
        if (!isPhraseHash(h)) continue;
        const k = this.slot(h);
        if (this.phraseDf[k] < 0xffff) this.phraseDf[k]++;
      }
    }
  }

  private postingLength(h: number): number {
    return this.postings.length(h);
  }

  private df(h: number): number {
    return isPhraseHash(h) ? this.phraseDf[this.slot(h)] : this.postingLength(h);
  }

  private idf(h: number): number {
    const df = this.df(h);
    return df === 0 ? 0 : Math.log(1 + this.byId.size / df);
  }

  // Norms depend on document frequencies, which change as the library grows: recomputed lazily when
  // the library size has moved by more than 5% since.
  private norms(num: number): void {
    const n = this.byId.size;
    const c = this.cols;
    if (c.normAt[num] >= 0 && Math.abs(n - c.normAt[num]) <= 0.05 * n) return;
    let u = 0;
    let b = 0;
    const { ids, tf } = this.terms;
    const off = c.termOff[num];
    const end = off + c.termLen[num];
    for (let i = off; i < end; i++) {
      const x = LOG_TF[tf[i]] * this.idf(ids[i]);
      if (isPhraseHash(ids[i])) b += x * x;
      else u += x * x;
    }
    let l = 0;
    const lead = this.leads;
    const loff = c.leadOff[num];
    const lend = loff + c.leadLen[num];
    for (let i = loff; i < lend; i++) {
      const x = LOG_TF[lead.tf[i]] * this.idf(lead.ids[i]);
      l += x * x;
    }
    c.normLead[num] = Math.sqrt(l);
    c.normUni[num] = Math.sqrt(u);
    c.normBi[num] = Math.sqrt(b);
    c.normAt[num] = n;
  }

  private weigh(v: TermVector): Weighted {
    const idf = new Float64Array(v.ids.length);
    const w = new Float64Array(v.ids.length);
    for (let i = 0; i < v.ids.length; i++) {
      idf[i] = this.idf(v.ids[i]);
      w[i] = LOG_TF[v.tf[i]] * idf[i];
    }
    return { ids: v.ids, w, idf };
  }

  /**
   * Articles related to an indexed article (by id) or to an article not in the index, best first,
   * the article itself excluded. An unknown id gives no result.
   */
  query(q: string | RelatedDoc, opts: RelatedQueryOptions = {}): RelatedResult[] {
    const ranked = this.rank(q, opts);
    if (!ranked) return [];
    const self = ranked.own ?? this.detailsOf(ranked.selfNum);
    if (!self) return [];
    return this.explain(ranked, self, (num) => this.detailsOf(num), opts);
  }

  /** Pass 1: candidates from the posting lists of the query's rarest words, scored by text. */
  private rank(
    q: string | RelatedDoc,
    opts: RelatedQueryOptions,
  ): { selfNum: number; own: RelatedDetails | null; time: number | null; scored: Scored[] } | null {
    const top = opts.top ?? 30;
    let selfNum = -1;
    let terms: TermVector;
    let lead: TermVector;
    let time: number | null;
    let own: RelatedDetails | null = null;
    const c = this.cols;
    if (typeof q === "string") {
      const num = this.byId.get(q);
      if (num === undefined) return null;
      selfNum = num;
    } else selfNum = this.byId.get(q.id) ?? -1;
    if (selfNum >= 0) {
      terms = this.terms.view(c.termOff[selfNum], c.termLen[selfNum]);
      lead = this.leads.view(c.leadOff[selfNum], c.leadLen[selfNum]);
      time = Number.isNaN(c.time[selfNum]) ? null : c.time[selfNum];
    } else {
      const f = articleFeatures((q as RelatedDoc).article);
      terms = f.terms;
      lead = f.lead;
      time = f.time;
      own = { speakers: f.speakers, quotes: f.quotes };
    }
    const self = selfNum >= 0;

    const qv = this.weigh(terms);
    const ql = this.weigh(lead);
    let qu = 0;
    let qb = 0;
    for (let i = 0; i < qv.ids.length; i++) {
      if (isPhraseHash(qv.ids[i])) qb += qv.w[i] * qv.w[i];
      else qu += qv.w[i] * qv.w[i];
    }
    let qLead = 0;
    for (let i = 0; i < ql.ids.length; i++) qLead += ql.w[i] * ql.w[i];
    const qNormLead = Math.sqrt(qLead);
    const qNormUni = Math.sqrt(qu);
    const qNormBi = Math.sqrt(qb);

    // Candidates: accumulate over the query's heaviest words that are not too common.
    const maxDf = Math.max(20, RANKING.maxDfShare * this.byId.size);
    const probe: number[] = [];
    for (let i = 0; i < qv.ids.length; i++) {
      if (isPhraseHash(qv.ids[i]) || qv.w[i] === 0) continue;
      // Words only the query has find nothing.
      const df = this.postingLength(qv.ids[i]) - (self ? 1 : 0);
      if (df > 0 && df <= maxDf) probe.push(i);
    }
    probe.sort((a, b) => qv.w[b] - qv.w[a]);
    // Scores accumulate in a reused array indexed by article number; the heaviest (rarest) words come
    // first and the walk stops once enough postings were read, so a query's cost stays bounded as the
    // library grows.
    if (this.acc.length < this.ids.length) this.acc = new Float64Array(this.ids.length * 2);
    const acc = this.acc;
    const touched: number[] = [];
    let read = 0;
    for (const i of probe.slice(0, RANKING.queryTerms)) {
      const list = this.postings.get(qv.ids[i]);
      if (list === undefined) continue;
      const x = qv.w[i] * qv.idf[i];
      for (let k = 0; k < list.length; k++) {
        const num = list[k];
        if (num === selfNum) continue;
        if (acc[num] === 0) touched.push(num);
        acc[num] += x;
      }
      read += list.length;
      if (read >= RANKING.postingsBudget) break;
    }
    // Ranked as a cosine would rank them: a long article shares more words with anything. The best
    // `candidates` are selected through a threshold found on a typed copy (a query can touch tens of
    // thousands of articles; sorting objects for each would cost more than scoring the few kept).
    const x = new Float64Array(touched.length);
    for (let k = 0; k < touched.length; k++) {
      const num = touched[k];
      x[k] = acc[num] / Math.sqrt(c.words[num] || 1);
      acc[num] = 0;
    }
    const keep = Math.min(RANKING.candidates, touched.length);
    const threshold = keep === 0 ? 0 : kthLargest(Float64Array.from(x), keep);
    const picked: number[] = [];
    for (let k = 0; k < touched.length; k++) if (x[k] > threshold) picked.push(k);
    for (let k = 0; k < touched.length && picked.length < keep; k++) if (x[k] === threshold) picked.push(k);
    // Best first; equal scores in the order their articles were reached (a stable sort).
    picked.sort((a, b) => x[b] - x[a] || a - b);
    const candidates = picked.map((k) => touched[k]).filter((num) => this.ids[num] !== undefined);

    // Text scores of every candidate.
    const scored: Scored[] = [];
    const pair = this.pair;
    for (const num of candidates) {
      this.norms(num);
      dot(qv, this.terms.ids, this.terms.tf, c.termOff[num], c.termLen[num], pair);
      const db = pair[0];
      const du = pair[1];
      dot(ql, this.leads.ids, this.leads.tf, c.leadOff[num], c.leadLen[num], pair);
      const dl = pair[1];
      const cosUni = qNormUni && c.normUni[num] ? du / (qNormUni * c.normUni[num]) : 0;
      const cosBi = qNormBi && c.normBi[num] ? db / (qNormBi * c.normBi[num]) : 0;
      const cosLead = qNormLead && c.normLead[num] ? dl / (qNormLead * c.normLead[num]) : 0;
      const similarity = (1 - RANKING.phraseShare) * cosUni + RANKING.phraseShare * cosBi;
      let timeFactor = 1;
      const ct = c.time[num];
      if (time !== null && !Number.isNaN(ct)) {
        const hours = Math.abs(time - ct) / 3_600_000;
        timeFactor = 1 - RANKING.timeShare + RANKING.timeShare * Math.exp(-hours / RANKING.timeScaleHours);
      }
      const text = (1 - RANKING.leadShare) * similarity + RANKING.leadShare * cosLead;
      scored.push({ num, text, similarity, cosBi, timeFactor });
    }
    scored.sort((a, b) => b.text * b.timeFactor - a.text * a.timeFactor);
    return { selfNum, own, time, scored: scored.slice(0, top + RANKING.recheck) };
  }

  /** Pass 2: speakers and statements, compared only for the articles that can make the list. */
  private explain(
    ranked: { time: number | null; scored: Scored[] },
    self: RelatedDetails,
    detailsOf: (num: number) => RelatedDetails | null,
    opts: RelatedQueryOptions,
  ): RelatedResult[] {
    const top = opts.top ?? 30;
    const minScore = opts.minScore ?? 0.05;
    const results: RelatedResult[] = [];
    for (const { num, text, similarity, cosBi, timeFactor } of ranked.scored) {
      const other = detailsOf(num);
      const id = this.ids[num];
      if (!other || id === undefined) continue;
      const sharedSpeakers = sharedSpeakersOf(self.speakers, other.speakers, (sp) => this.canonicalName(sp));
      const sharedQuotes = sharedQuotesOf(self, other);
      const score =
        timeFactor *
        (text +
          RANKING.perSpeaker * similarity * Math.min(sharedSpeakers.length, RANKING.maxSpeakers) +
          RANKING.perQuote * Math.min(sharedQuotes.length, RANKING.maxQuotes));
      if (score < minScore) continue;
      const sameEvent = similarity >= RANKING.sameEvent || sharedQuotes.length > 0;
      const ct = this.cols.time[num];
      const later = ranked.time !== null && !Number.isNaN(ct) && ct - ranked.time >= RANKING.followUpHours * 3_600_000;
      const relation: RelatedWhy["relation"] =
        cosBi >= RANKING.wireCopy ? "wire-copy" : sameEvent ? (later ? "follow-up" : "same-event") : "related";
      results.push({
        id,
        url: this.urls[num],
        score: round(score),
        why: { sharedSpeakers, sharedQuotes, similarity: round(similarity), relation },
      });
    }
    results.sort((a, b) => b.score - a.score);
    return results.slice(0, top);
  }
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** How many name words a speaker's name has once titles are set aside: the fullest form is canonical. */
function fullness(s: SpeakerFeature): number {
  return s.key.words.length + (s.key.first ? 10 : 0);
}

/**
 * Speakers quoted in both articles, each once, by the fullest name either article gives, or by the
 * library's canonical form of that name when `canonical` is given.
 */
export function sharedSpeakersOf(
  a: SpeakerFeature[],
  b: SpeakerFeature[],
  canonical: (s: SpeakerFeature) => string = (s) => s.name,
): string[] {
  const out: SpeakerFeature[] = [];
  for (const sa of a) {
    let best: SpeakerFeature | null = null;
    for (const sb of b) if (compatibleSpeakers(sa.key, sb.key) && (!best || fullness(sb) > fullness(best))) best = sb;
    if (!best) continue;
    const canon = fullness(best) > fullness(sa) ? best : sa;
    const dup = out.findIndex((o) => compatibleSpeakers(o.key, canon.key));
    if (dup < 0) out.push(canon);
    else if (fullness(canon) > fullness(out[dup])) out[dup] = canon;
  }
  return out.map(canonical);
}

function agreement(a: SpeakerFeature | null, b: SpeakerFeature | null): SpeakerAgreement {
  if (!a || !b) return "unknown";
  return compatibleSpeakers(a.key, b.key) ? "same" : "different";
}

/** Statements of `a` found again in `b`, each of `a`'s statements paired with its best variant. */
export function sharedQuotesOf(a: Pick<ArticleFeatures, "quotes">, b: Pick<ArticleFeatures, "quotes">): SharedQuote[] {
  const out: SharedQuote[] = [];
  const usedB = new Set<number>();
  for (const qa of a.quotes) {
    let best = -1;
    let bestOverlap = 0;
    b.quotes.forEach((qb, j) => {
      if (usedB.has(j)) return;
      const o = quoteOverlap(qa.tokens, qb.tokens);
      if (!isQuoteVariant(o, agreement(qa.speaker, qb.speaker))) return;
      const score = o.containment + o.jaccard;
      if (score > bestOverlap) {
        bestOverlap = score;
        best = j;
      }
    });
    if (best < 0) continue;
    usedB.add(best);
    const o = quoteOverlap(qa.tokens, b.quotes[best].tokens);
    out.push({ text: qa.text, otherText: b.quotes[best].text, overlap: round(o.containment) });
  }
  return out;
}
