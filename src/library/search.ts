/**
 * The library's full-text search over quotes, claims, article titles and speakers, with Arabic match keys
 * (src/core/normalize/matchKey.ts) and light stemming (stem.ts), so بالحكومة finds الحكومة and دميتري
 * finds ديمتري's diacritized spelling. The index is updated article by article as the background saves,
 * filtered by speaker, outlet, dates, tags and kinds, and persisted as a snapshot of typed arrays instead
 * of being rebuilt.
 *
 * Ranking is minisearch's (BM25+ per field with field boosts, prefix matches weighted down by the letters
 * they add, each hit's score times the number of query terms it matched), which this module replaced: a
 * minisearch index of 100,000 articles took ≈ 1.5 GB of heap and a snapshot of ≈ 460 million characters
 * (one JSON string, near V8's limit), more than an extension's service worker can hold. Here a posting is
 * 6 bytes in typed arrays (CompactPostings); a document is a few numbers; an article's title is indexed
 * once for the article rather than once per quote; refs are kept one string per article.
 */
import { keyTokens } from "../core/normalize/matchKey.ts";
import type { QuoteKind } from "../core/types.ts";
import { kthLargest } from "../related/kthLargest.ts";
import { SEARCH_STOPWORDS } from "./lexicon/searchAffixes.ts";
import { dayOf, type SavedArticle, type SavedClaim, type SavedQuote, type SavedSpeaker } from "./records.ts";
import { PostingStore, type PostingStoreSnapshot } from "./searchPostings.ts";
import { foldNameToken, nameTokens } from "./speakerKey.ts";
import { searchStem } from "./stem.ts";

export type DocType = "quote" | "claim" | "title" | "speaker";

/** A search result: which record, of what type, in which article, how well it matched. */
export interface SearchHit {
  type: DocType;
  /** Quote id, claim id, article id or speaker key. */
  ref: string;
  articleId: string;
  score: number;
  /** The stems that matched, for highlighting through the same match-key folding. */
  terms: string[];
}

export interface SearchFilters {
  types?: DocType[];
  /** Is the quote (speakerKey, articleId) by the speaker looked for? See speakers.ts `speakerMatcher`. */
  speaker?: (speakerKey: string, articleId: string) => boolean;
  outlets?: string[];
  /** yyyy-mm-dd, inclusive; compared with the article's publication date (or its save date). */
  from?: string;
  to?: string;
  /** Saved quotes carrying all of these tags. */
  tags?: string[];
  quoteKinds?: QuoteKind[];
}

export interface SearchOptions {
  /** Treat the last query word as a prefix (search as you type). Default true. */
  prefix?: boolean;
  /** "and" (default): every word must match; "or": any. */
  combine?: "and" | "or";
  limit?: number;
}

/** What `indexArticle` needs of one saved article. */
export interface ArticleBundle {
  article: SavedArticle;
  quotes: readonly SavedQuote[];
  claims: readonly SavedClaim[];
}

const STOP = new Set(SEARCH_STOPWORDS);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const FORMAT = "isnad-search";
/** 1: minisearch's JSON (no longer read: rebuilt from the tables); 2: this module's snapshot. */
const VERSION = 2;

/** Tokens of text for the index and for queries: match-key words, stopwords dropped, stems kept. */
export function searchTerms(text: string): string[] {
  return keyTokens(text)
    .filter((t) => !STOP.has(t))
    .map(searchStem);
}

const processTerm = (term: string): string | null => (STOP.has(term) ? null : searchStem(term));

/** Document types, by code. */
const TYPES: readonly DocType[] = ["title", "quote", "claim", "speaker"];
const TITLE_DOC = 0;
const QUOTE_DOC = 1;
const SPEAKER_DOC = 3;
/**
 * The indexed fields and their boosts (what a match in each is worth). The title field belongs to the
 * article: every document of an article (its title, quotes and claims) matches its title's words.
 */
const FIELDS = ["text", "speaker", "names", "title", "note"] as const;
const BOOST = [2, 1.5, 1.5, 1, 1.2];
const F_TITLE = 3;
const F_NAMES = 2;
/** Fields stored per document (all but the title): their slot in the per-document lengths. */
const DOC_FIELDS = [0, 1, 2, -1, 3];
const ALL_FIELDS = 0b11111;
/** BM25+ parameters and the weight of a prefix match (minisearch's defaults, kept with its ranking). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
/** Separates the refs of an article's documents in one string (ids and keys never contain it). */
const SEP = "\u001f";
/** Postings added since the last compaction beyond which they may be packed (bounds a build's memory). */
const DELTA_LIMIT = 1 << 20;
/** Removed documents beyond which (and beyond the live ones) the index is compacted. */
const DEAD_LIMIT = 50_000;

/** A growable typed array. */
type Grow<T extends Uint8Array | Uint16Array | Uint32Array> = { a: T; n: number };

function grow<T extends Uint8Array | Uint16Array | Uint32Array>(g: Grow<T>, need: number): void {
  if (need <= g.a.length) return;
  const next = new (g.a.constructor as new (n: number) => T)(Math.max(need, g.a.length * 2, 64));
  next.set(g.a);
  g.a = next;
}

/** The structured-cloneable form of the index (typed arrays and strings), for IndexedDB. */
export interface SearchSnapshot {
  format: string;
  version: number;
  postings: PostingStoreSnapshot;
  strings: string[];
  docs: number;
  docArticle: Uint32Array;
  docType: Uint8Array;
  docKind: Uint32Array;
  docSpeaker: Uint32Array;
  docLen: Uint16Array;
  articleIds: string[];
  articleRefs: string[];
  articleFirst: Uint32Array;
  articleCount: Uint32Array;
  articleOutlet: Uint32Array;
  articleDate: Uint32Array;
  articleTitleLen: Uint16Array;
  tags: [number, string[]][];
}

/**
 * A query's working arrays (one slot per document): a term's scores (spec), its word's (leaf), the
 * query's (total), and the query terms each document matched (a bit each, `words` words per document).
 * A slot is current when its stamp (…At) equals the level's mark; marks only grow, so nothing is cleared.
 */
interface Work {
  mark: number;
  words: number;
  spec: Float64Array;
  specAt: Uint32Array;
  leaf: Float64Array;
  leafAt: Uint32Array;
  total: Float64Array;
  totalAt: Uint32Array;
  terms: Uint32Array;
  termsAt: Uint32Array;
}

/**
 * An incremental search index of the library. Documents are grouped by article, so re-saving an article
 * replaces its documents, and deleting it removes them.
 */
export class LibraryIndex {
  private postings = new PostingStore();
  /** Interned strings (outlets, dates, speaker keys, kinds); 0 is "". */
  private strings: string[] = [""];
  private codes = new Map<string, number>([["", 0]]);

  // Documents, by ordinal: ordinals only grow; removed ones are dropped at the next compaction.
  private docs = 0;
  private docArticle: Grow<Uint32Array> = { a: new Uint32Array(0), n: 0 };
  private docType: Grow<Uint8Array> = { a: new Uint8Array(0), n: 0 };
  private docKind: Grow<Uint32Array> = { a: new Uint32Array(0), n: 0 };
  private docSpeaker: Grow<Uint32Array> = { a: new Uint32Array(0), n: 0 };
  /** Unique tokens of each per-document field (text, speaker, names, note), 4 per document. */
  private docLen: Grow<Uint16Array> = { a: new Uint16Array(0), n: 0 };
  private docAlive: Grow<Uint8Array> = { a: new Uint8Array(0), n: 0 };
  /** Tags of saved quotes (few), by document ordinal. */
  private tags = new Map<number, string[]>();

  // Articles, by ordinal (the speaker documents form the article ""). Their documents are contiguous.
  private articleIds: string[] = [];
  /** The refs of an article's quotes and claims (its title's ref is its id), or the speakers' keys. */
  private articleRefs: string[] = [];
  private articleFirst: Grow<Uint32Array> = { a: new Uint32Array(0), n: 0 };
  private articleCount: Grow<Uint32Array> = { a: new Uint32Array(0), n: 0 };
  private articleOutlet: Grow<Uint32Array> = { a: new Uint32Array(0), n: 0 };
  private articleDate: Grow<Uint32Array> = { a: new Uint32Array(0), n: 0 };
  private articleTitleLen: Grow<Uint16Array> = { a: new Uint16Array(0), n: 0 };
  private byArticle = new Map<string, number>();

  /** Live documents, and the sum of each field's length over them (for the average length in BM25). */
  private live = 0;
  private fieldTotal = new Float64Array(FIELDS.length);
  /** Removed documents still holding slots (dropped by `compact`). */
  private dead = 0;

  private constructor() {}

  /** An empty index. */
  static create(): LibraryIndex {
    return new LibraryIndex();
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.live;
  }

  private code(s: string): number {
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.strings.length;
      this.strings.push(s);
      this.codes.set(s, c);
    }
    return c;
  }

  /** Token counts of a field's value: (processed term → occurrences) and the unique raw tokens. */
  private static analyze(value: string): { tf: Map<string, number>; length: number } {
    const tokens = keyTokens(value);
    const tf = new Map<string, number>();
    for (const t of tokens) {
      const p = processTerm(t);
      if (p) tf.set(p, (tf.get(p) ?? 0) + 1);
    }
    return { tf, length: new Set(tokens).size };
  }

  private addArticle(
    id: string,
    outlet: string,
    date: string,
    title: string,
    docs: { type: number; ref: string; kind: string; speakerKey: string; fields: string[]; tags: string[] }[],
  ): void {
    const a = this.articleIds.length;
    const first = this.docs;
    this.articleIds.push(id);
    this.articleRefs.push(docs.map((d) => d.ref).join(SEP));
    for (const g of [this.articleFirst, this.articleCount, this.articleOutlet, this.articleDate]) grow(g, a + 1);
    grow(this.articleTitleLen, a + 1);
    this.articleFirst.a[a] = first;
    this.articleCount.a[a] = docs.length;
    this.articleOutlet.a[a] = this.code(outlet);
    this.articleDate.a[a] = this.code(date);
    this.articleFirst.n = this.articleCount.n = this.articleOutlet.n = this.articleDate.n = a + 1;
    this.articleTitleLen.n = a + 1;
    this.byArticle.set(id, a);

    const n = first + docs.length;
    for (const g of [this.docArticle, this.docKind, this.docSpeaker]) grow(g, n);
    grow(this.docType, n);
    grow(this.docAlive, n);
    grow(this.docLen, n * 4);
    docs.forEach((d, i) => {
      const doc = first + i;
      this.docArticle.a[doc] = a;
      this.docType.a[doc] = d.type;
      this.docKind.a[doc] = this.code(d.kind);
      this.docSpeaker.a[doc] = this.code(d.speakerKey);
      this.docAlive.a[doc] = 1;
      if (d.tags.length) this.tags.set(doc, d.tags);
      d.fields.forEach((value, f) => {
        const slot = DOC_FIELDS[f];
        if (slot < 0) return;
        const { tf, length } = LibraryIndex.analyze(value);
        this.docLen.a[doc * 4 + slot] = Math.min(length, 0xffff);
        this.fieldTotal[f] += Math.min(length, 0xffff);
        for (const [term, count] of tf) this.postings.add(term, doc, f, count);
      });
    });
    this.docs = n;
    this.docArticle.n = this.docType.n = this.docKind.n = this.docSpeaker.n = this.docAlive.n = n;
    this.docLen.n = n * 4;
    // The title once for the article; its length counts for each of its documents.
    const { tf, length } = LibraryIndex.analyze(title);
    this.articleTitleLen.a[a] = Math.min(length, 0xffff);
    this.fieldTotal[F_TITLE] += Math.min(length, 0xffff) * docs.length;
    for (const [term, count] of tf) this.postings.add(term, a, F_TITLE, count);
    this.live += docs.length;
    // Packed when the new postings reach half the packed ones (at least DELTA_LIMIT): a bulk build then
    // copies each posting a few times, not once per packing. Also when removed documents outnumber the
    // live ones (the speaker documents are replaced after every save).
    if (
      this.postings.pending > Math.max(DELTA_LIMIT, this.postings.packed / 2) ||
      this.dead > Math.max(DEAD_LIMIT, this.live)
    )
      this.compact();
  }

  /** Adds or replaces an article's title, quotes and claims. */
  indexArticle({ article, quotes, claims }: ArticleBundle): void {
    this.removeArticle(article.id);
    const date = dayOf(article.publishedAt) ?? dayOf(article.savedAt) ?? "";
    const quoteKey = new Map<string, string>();
    for (const q of quotes) quoteKey.set(q.id, q.speakerKey);
    // Fields in FIELDS order: text, speaker, names, title (the article's), note.
    this.addArticle(article.id, article.outlet ?? "", date, article.title, [
      { type: TITLE_DOC, ref: article.id, kind: "", speakerKey: "", fields: [article.title, "", "", "", ""], tags: [] },
      ...quotes.map((q) => ({
        type: QUOTE_DOC,
        ref: q.id,
        kind: q.kind as string,
        speakerKey: q.speakerKey,
        fields: [
          q.text,
          [q.speakerName ?? "", q.speakerTitle ?? ""].join(" "),
          nameTokens(q.speakerName ?? "").join(" "),
          "",
          q.saved ? [q.saved.note, ...q.saved.tags].join(" ") : "",
        ],
        tags: q.saved ? [...q.saved.tags] : [],
      })),
      ...claims.map((c) => ({
        type: 2,
        ref: c.id,
        kind: c.type ?? "",
        speakerKey: c.quoteId ? (quoteKey.get(c.quoteId) ?? "") : "",
        fields: [c.text, "", "", "", ""],
        tags: [],
      })),
    ]);
  }

  /** Removes an article's documents (nothing happens for an unknown id). */
  removeArticle(articleId: string): void {
    const a = this.byArticle.get(articleId);
    if (a === undefined) return;
    this.byArticle.delete(articleId);
    const first = this.articleFirst.a[a];
    const count = this.articleCount.a[a];
    for (let doc = first; doc < first + count; doc++) {
      this.docAlive.a[doc] = 0;
      this.tags.delete(doc);
      for (let f = 0; f < FIELDS.length; f++)
        if (DOC_FIELDS[f] >= 0) this.fieldTotal[f] -= this.docLen.a[doc * 4 + DOC_FIELDS[f]];
    }
    this.fieldTotal[F_TITLE] -= this.articleTitleLen.a[a] * count;
    // Kept at 0 documents: a dead article's title postings then match nothing.
    this.articleCount.a[a] = 0;
    this.live -= count;
    this.dead += count;
  }

  /**
   * Replaces the speaker documents with the registry's speakers as the reader sees them (pass the
   * resolved root entries: speakers.ts `resolveSpeaker`).
   */
  indexSpeakers(speakers: readonly SavedSpeaker[]): void {
    this.removeArticle("");
    this.addArticle(
      "",
      "",
      "",
      "",
      speakers.map((s) => ({
        type: SPEAKER_DOC,
        ref: s.key,
        kind: s.kind,
        speakerKey: s.key,
        fields: [
          [s.name, ...s.aliases].join(" "),
          s.titles.map((t) => t.title).join(" "),
          [s.name, ...s.aliases].flatMap((n) => nameTokens(n)).join(" "),
          "",
          "",
        ],
        tags: [],
      })),
    );
  }

  /**
   * Packs postings added since the last call and drops removed documents, renumbering documents and
   * articles. Called by the index itself as postings accumulate, and before a snapshot.
   */
  compact(): void {
    const docMap = new Int32Array(this.docs).fill(-1);
    const articleMap = new Int32Array(this.articleIds.length).fill(-1);
    let docs = 0;
    let articles = 0;
    const live = [...this.byArticle.values()].sort((x, y) => x - y);
    const n = this.live;
    const docArticle = new Uint32Array(n);
    const docType = new Uint8Array(n);
    const docKind = new Uint32Array(n);
    const docSpeaker = new Uint32Array(n);
    const docLen = new Uint16Array(n * 4);
    const tags = new Map<number, string[]>();
    const m = live.length;
    const first = new Uint32Array(m);
    const count = new Uint32Array(m);
    const outlet = new Uint32Array(m);
    const date = new Uint32Array(m);
    const titleLen = new Uint16Array(m);
    const ids: string[] = [];
    const refs: string[] = [];
    const byArticle = new Map<string, number>();
    for (const a of live) {
      articleMap[a] = articles;
      ids.push(this.articleIds[a]);
      refs.push(this.articleRefs[a]);
      byArticle.set(this.articleIds[a], articles);
      first[articles] = docs;
      count[articles] = this.articleCount.a[a];
      outlet[articles] = this.articleOutlet.a[a];
      date[articles] = this.articleDate.a[a];
      titleLen[articles] = this.articleTitleLen.a[a];
      const from = this.articleFirst.a[a];
      for (let doc = from; doc < from + this.articleCount.a[a]; doc++) {
        docMap[doc] = docs;
        docArticle[docs] = articles;
        docType[docs] = this.docType.a[doc];
        docKind[docs] = this.docKind.a[doc];
        docSpeaker[docs] = this.docSpeaker.a[doc];
        docLen.set(this.docLen.a.subarray(doc * 4, doc * 4 + 4), docs * 4);
        const t = this.tags.get(doc);
        if (t) tags.set(docs, t);
        docs++;
      }
      articles++;
    }
    this.postings.compact((doc, field) => (field === F_TITLE ? articleMap[doc] : docMap[doc]));
    this.docs = docs;
    this.docArticle = { a: docArticle, n: docs };
    this.docType = { a: docType, n: docs };
    this.docKind = { a: docKind, n: docs };
    this.docSpeaker = { a: docSpeaker, n: docs };
    this.docLen = { a: docLen, n: docs * 4 };
    this.docAlive = { a: new Uint8Array(docs).fill(1), n: docs };
    this.tags = tags;
    this.articleIds = ids;
    this.articleRefs = refs;
    this.articleFirst = { a: first, n: m };
    this.articleCount = { a: count, n: m };
    this.articleOutlet = { a: outlet, n: m };
    this.articleDate = { a: date, n: m };
    this.articleTitleLen = { a: titleLen, n: m };
    this.byArticle = byArticle;
    this.dead = 0;
    // Interned strings no live document uses are dropped too.
    const used = new Uint8Array(this.strings.length);
    used[0] = 1;
    for (const g of [docKind, docSpeaker, outlet, date]) for (const c of g) used[c] = 1;
    const remap = new Uint32Array(this.strings.length);
    const strings: string[] = [];
    this.strings.forEach((s, i) => {
      if (used[i]) {
        remap[i] = strings.length;
        strings.push(s);
      }
    });
    for (const g of [docKind, docSpeaker, outlet, date]) for (let i = 0; i < g.length; i++) g[i] = remap[g[i]];
    this.strings = strings;
    this.codes = new Map(strings.map((s, i) => [s, i]));
    // Recomputed exactly (the running sums drift by float rounding over many removals).
    this.fieldTotal.fill(0);
    for (let doc = 0; doc < docs; doc++)
      for (let f = 0; f < FIELDS.length; f++)
        if (DOC_FIELDS[f] >= 0) this.fieldTotal[f] += docLen[doc * 4 + DOC_FIELDS[f]];
    for (let a = 0; a < m; a++) this.fieldTotal[F_TITLE] += titleLen[a] * count[a];
  }

  /** The index as typed arrays and strings (compacted first), to store with IndexedDB's structured clone. */
  toSnapshot(): SearchSnapshot {
    this.compact();
    return {
      format: FORMAT,
      version: VERSION,
      postings: this.postings.toSnapshot(),
      strings: this.strings,
      docs: this.docs,
      docArticle: this.docArticle.a,
      docType: this.docType.a,
      docKind: this.docKind.a,
      docSpeaker: this.docSpeaker.a,
      docLen: this.docLen.a,
      articleIds: this.articleIds,
      articleRefs: this.articleRefs,
      articleFirst: this.articleFirst.a,
      articleCount: this.articleCount.a,
      articleOutlet: this.articleOutlet.a,
      articleDate: this.articleDate.a,
      articleTitleLen: this.articleTitleLen.a,
      tags: [...this.tags.entries()],
    };
  }

  /** Restores an index from `toSnapshot()`'s output; throws on anything else. */
  static fromSnapshot(s: SearchSnapshot): LibraryIndex {
    if (s?.format !== FORMAT || s.version !== VERSION) throw new Error("not an Isnad search index of this version");
    const x = new LibraryIndex();
    const n = s.docs;
    const m = s.articleIds.length;
    const sized = (a: { length: number }, want: number) => {
      if (a.length !== want) throw new Error("damaged search index");
    };
    for (const a of [s.docArticle, s.docType, s.docKind, s.docSpeaker]) sized(a, n);
    sized(s.docLen, n * 4);
    for (const a of [s.articleRefs, s.articleFirst, s.articleCount, s.articleOutlet, s.articleDate, s.articleTitleLen])
      sized(a, m);
    x.postings = PostingStore.fromSnapshot(s.postings);
    x.strings = s.strings;
    x.codes = new Map(s.strings.map((str, i) => [str, i]));
    x.docs = n;
    x.docArticle = { a: s.docArticle, n };
    x.docType = { a: s.docType, n };
    x.docKind = { a: s.docKind, n };
    x.docSpeaker = { a: s.docSpeaker, n };
    x.docLen = { a: s.docLen, n: n * 4 };
    x.docAlive = { a: new Uint8Array(n).fill(1), n };
    x.tags = new Map(s.tags);
    x.articleIds = s.articleIds;
    x.articleRefs = s.articleRefs;
    x.articleFirst = { a: s.articleFirst, n: m };
    x.articleCount = { a: s.articleCount, n: m };
    x.articleOutlet = { a: s.articleOutlet, n: m };
    x.articleDate = { a: s.articleDate, n: m };
    x.articleTitleLen = { a: s.articleTitleLen, n: m };
    x.byArticle = new Map(s.articleIds.map((id, a) => [id, a]));
    x.live = n;
    for (let doc = 0; doc < n; doc++)
      for (let f = 0; f < FIELDS.length; f++)
        if (DOC_FIELDS[f] >= 0) x.fieldTotal[f] += s.docLen[doc * 4 + DOC_FIELDS[f]];
    for (let a = 0; a < m; a++) x.fieldTotal[F_TITLE] += s.articleTitleLen[a] * s.articleCount[a];
    return x;
  }

  /** Live documents holding the term, per field (an article's title counts once per document of it). */
  private fieldCounts(postings: { docs: Uint32Array; meta: Uint16Array }): number[] {
    const { docs, meta } = postings;
    const df = [0, 0, 0, 0, 0];
    for (let i = 0; i < docs.length; i++) {
      const f = meta[i] & 7;
      if (f === F_TITLE) df[f] += this.articleCount.a[docs[i]];
      else if (this.docAlive.a[docs[i]]) df[f]++;
    }
    return df;
  }

  /** Per-query working arrays, one slot per document, reused across queries (see `search`). */
  private work: Work | null = null;

  private workArrays(sources: number): Work {
    const words = Math.max(1, Math.ceil(sources / 32));
    let w = this.work;
    if (!w || w.spec.length < this.docs || w.words < words || w.mark > 0xfffffff0) {
      const n = Math.max(this.docs, 64);
      w = {
        mark: 0,
        words,
        spec: new Float64Array(n),
        specAt: new Uint32Array(n),
        leaf: new Float64Array(n),
        leafAt: new Uint32Array(n),
        total: new Float64Array(n),
        totalAt: new Uint32Array(n),
        terms: new Uint32Array(n * words),
        termsAt: new Uint32Array(n),
      };
      this.work = w;
    }
    return w;
  }

  private describe(doc: number): { type: DocType; ref: string; articleId: string; id: string } {
    const a = this.docArticle.a[doc];
    const type = TYPES[this.docType.a[doc]];
    const articleId = this.articleIds[a];
    const ref = type === "title" ? articleId : this.articleRefs[a].split(SEP)[doc - this.articleFirst.a[a]];
    return { type, ref, articleId, id: `${type[0]}|${ref}` };
  }

  /** Searches; an empty query with filters lists every matching document (newest first). */
  search(query: string, filters: SearchFilters = {}, options: SearchOptions = {}): SearchHit[] {
    const types = filters.types ? new Set(filters.types) : null;
    const outlets = filters.outlets ? new Set(filters.outlets) : null;
    const kinds = filters.quoteKinds ? new Set<string>(filters.quoteKinds) : null;
    const keep = (doc: number): boolean => {
      const type = TYPES[this.docType.a[doc]];
      const a = this.docArticle.a[doc];
      if (types && !types.has(type)) return false;
      if (
        filters.speaker &&
        (type === "speaker" ||
          type === "title" ||
          !filters.speaker(this.strings[this.docSpeaker.a[doc]], this.articleIds[a]))
      )
        return false;
      if (outlets && !outlets.has(this.strings[this.articleOutlet.a[a]])) return false;
      const date = this.strings[this.articleDate.a[a]];
      if ((filters.from || filters.to) && (!date || type === "speaker")) return false;
      if (filters.from && date < filters.from) return false;
      if (filters.to && date > filters.to) return false;
      if (filters.tags?.length) {
        const t = this.tags.get(doc) ?? [];
        if (!filters.tags.every((x) => t.includes(x))) return false;
      }
      if (kinds && (type !== "quote" || !kinds.has(this.strings[this.docKind.a[doc]]))) return false;
      return true;
    };
    // A query of stopwords only asks for nothing in particular: no hits rather than the whole library.
    if (query.trim() && searchTerms(query).length === 0) return [];
    const prefix = options.prefix ?? true;
    const words = keyTokens(query).filter((t) => !STOP.has(t));
    if (!words.length) return this.listAll(keep, options.limit);
    // Each word matches as written (stemmed) or as a folded name form (speakerKey.ts), so a reader who
    // types دميتري or سيرجي finds the article's ديمتري or سيرغي; the last word may be a prefix.
    const sources = new Map<string, number>();
    const leaves = words.map((w, i) => {
      const isPrefix = prefix && i === words.length - 1;
      const specs: { term: string; source: number; fields: number; prefix: boolean }[] = [];
      const push = (text: string, fields: number) => {
        for (const t of keyTokens(text)) {
          const term = processTerm(t);
          if (!term) continue;
          if (!sources.has(term)) sources.set(term, sources.size);
          specs.push({ term, source: sources.get(term) as number, fields, prefix: isPrefix });
        }
      };
      push(w, ALL_FIELDS);
      // The folded form is looked up in the names field only, and only when it stems differently.
      const folded = foldNameToken(w);
      if (searchStem(folded) !== searchStem(w)) push(folded, 1 << F_NAMES);
      // While typing, the last word may stop inside a suffix (المفاوضا… before المفاوضات, الحكومي… before
      // الحكومية), where its stem is longer than the indexed one: one letter less still finds it.
      if (isPrefix && searchStem(w).length >= 4) push(w.slice(0, -1), ALL_FIELDS);
      return specs;
    });

    // minisearch's evaluation, with arrays instead of a map of objects per matched document: a term's
    // results (spec) are added into its word's (leaf), and the words' into the query's (total) — OR: all
    // documents, AND: those in every word — in the same order and with the same float sums. A document's
    // slot counts for a level when its stamp there is the level's current mark.
    const W = this.workArrays(sources.size);
    const nw = W.words;
    const termsMark = ++W.mark;
    let totalMark = 0;
    let order: number[] = [];
    /** The indexed terms scored, in order, with the fields they were looked up in (for `match` below). */
    const derivedSeq: { derived: string; fields: number }[] = [];
    const and = options.combine !== "or";
    leaves.forEach((specs, li) => {
      const leafMark = ++W.mark;
      const leafOrder: number[] = [];
      for (const spec of specs) {
        const specMark = ++W.mark;
        const specOrder: number[] = [];
        const bit = 1 << (spec.source & 31);
        const slot = spec.source >>> 5;
        const add = (doc: number, v: number) => {
          if (W.specAt[doc] !== specMark) {
            W.specAt[doc] = specMark;
            W.spec[doc] = v;
            specOrder.push(doc);
          } else W.spec[doc] += v;
          if (W.termsAt[doc] !== termsMark) {
            W.termsAt[doc] = termsMark;
            for (let k = doc * nw; k < doc * nw + nw; k++) W.terms[k] = 0;
          }
          W.terms[doc * nw + slot] |= bit;
        };
        const score = (derived: string, weight: number) => {
          const postings = this.postings.get(derived);
          if (!postings) return;
          derivedSeq.push({ derived, fields: spec.fields });
          const { docs, meta } = postings;
          const dfs = this.fieldCounts(postings);
          // Field by field, as minisearch adds them (same order of the float sums).
          for (let f = 0; f < FIELDS.length; f++) {
            const df = dfs[f];
            if (!(spec.fields & (1 << f)) || !df) continue;
            const avg = this.fieldTotal[f] / this.live;
            const idf = Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
            const boost = weight * BOOST[f];
            const bm25 = (tf: number, length: number) =>
              boost * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
            for (let i = 0; i < docs.length; i++) {
              if ((meta[i] & 7) !== f) continue;
              const tf = meta[i] >>> 3;
              if (f === F_TITLE) {
                const a = docs[i];
                const count = this.articleCount.a[a];
                if (!count) continue;
                const v = bm25(tf, this.articleTitleLen.a[a]);
                const from = this.articleFirst.a[a];
                for (let doc = from; doc < from + count; doc++) add(doc, v);
              } else if (this.docAlive.a[docs[i]]) add(docs[i], bm25(tf, this.docLen.a[docs[i] * 4 + DOC_FIELDS[f]]));
            }
          }
        };
        score(spec.term, 1);
        if (spec.prefix)
          for (const derived of this.postings.withPrefix(spec.term)) {
            const distance = derived.length - spec.term.length;
            if (distance) score(derived, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance));
          }
        for (const doc of specOrder) {
          if (W.leafAt[doc] !== leafMark) {
            W.leafAt[doc] = leafMark;
            W.leaf[doc] = W.spec[doc];
            leafOrder.push(doc);
          } else W.leaf[doc] += W.spec[doc];
        }
      }
      const mark = ++W.mark;
      if (li === 0) {
        for (const doc of leafOrder) {
          W.totalAt[doc] = mark;
          W.total[doc] = W.leaf[doc];
        }
        order = leafOrder;
      } else if (and) {
        // In this word's order, as minisearch's AND keeps the second operand's.
        const next: number[] = [];
        for (const doc of leafOrder)
          if (W.totalAt[doc] === totalMark) {
            W.totalAt[doc] = mark;
            W.total[doc] += W.leaf[doc];
            next.push(doc);
          }
        order = next;
      } else {
        for (const doc of order) W.totalAt[doc] = mark;
        for (const doc of leafOrder)
          if (W.totalAt[doc] === mark) W.total[doc] += W.leaf[doc];
          else {
            W.totalAt[doc] = mark;
            W.total[doc] = W.leaf[doc];
            order.push(doc);
          }
      }
      totalMark = mark;
    });

    const kept: number[] = [];
    const scores: number[] = [];
    for (const doc of order) {
      if (!keep(doc)) continue;
      let quality = 0;
      for (let k = doc * nw; k < doc * nw + nw; k++) quality += popcount(W.terms[k]);
      kept.push(doc);
      scores.push(W.total[doc] * (quality || 1));
    }
    // Sorted by score, ties in evaluation order; with a limit, only the documents scoring at least the
    // limit-th best score are sorted (the same first hits as sorting them all).
    const limit = options.limit && options.limit < kept.length ? options.limit : kept.length;
    const floor = limit < kept.length ? kthLargest(Float64Array.from(scores), limit) : Number.NEGATIVE_INFINITY;
    const found: { doc: number; score: number }[] = [];
    kept.forEach((doc, i) => {
      if (scores[i] >= floor) found.push({ doc, score: scores[i] });
    });
    found.sort((x, y) => y.score - x.score);
    const hits = found.slice(0, limit);
    // The indexed terms each hit matched, in the order minisearch first met them: only for the hits returned.
    const matched = new Map<number, string[]>(hits.map((h) => [h.doc, []]));
    const hitArticles = new Set(hits.map((h) => this.docArticle.a[h.doc]));
    const note = (doc: number, derived: string) => {
      const list = matched.get(doc);
      if (list && !list.includes(derived)) list.push(derived);
    };
    for (const { derived, fields } of derivedSeq) {
      const postings = this.postings.get(derived);
      if (!postings) continue;
      const { docs, meta } = postings;
      for (let i = 0; i < docs.length; i++) {
        const f = meta[i] & 7;
        if (!(fields & (1 << f))) continue;
        if (f !== F_TITLE) {
          if (matched.has(docs[i])) note(docs[i], derived);
        } else if (hitArticles.has(docs[i])) {
          const from = this.articleFirst.a[docs[i]];
          for (let doc = from; doc < from + this.articleCount.a[docs[i]]; doc++) note(doc, derived);
        }
      }
    }
    return hits.map(({ doc, score }) => {
      const { type, ref, articleId } = this.describe(doc);
      return { type, ref, articleId, score, terms: objectKeyOrder(matched.get(doc) ?? []) };
    });
  }

  /** Every document that passes the filters, newest first (then by id). */
  private listAll(keep: (doc: number) => boolean, limit: number | undefined): SearchHit[] {
    const docs: number[] = [];
    for (let doc = 0; doc < this.docs; doc++) if (this.docAlive.a[doc] && keep(doc)) docs.push(doc);
    const dateOf = (doc: number) => this.strings[this.articleDate.a[this.docArticle.a[doc]]];
    docs.sort((x, y) => cmp(dateOf(y), dateOf(x)));
    // Within a date, by id: only the dates that reach into the requested count need their ids.
    const end = limit ? Math.min(limit, docs.length) : docs.length;
    const hits: SearchHit[] = [];
    for (let i = 0; i < end; ) {
      let j = i + 1;
      while (j < docs.length && dateOf(docs[j]) === dateOf(docs[i])) j++;
      const group = docs.slice(i, j).map((doc) => this.describe(doc));
      group.sort((x, y) => cmp(x.id, y.id));
      for (const d of group) hits.push({ type: d.type, ref: d.ref, articleId: d.articleId, score: 1, terms: [] });
      i = j;
    }
    return limit ? hits.slice(0, limit) : hits;
  }

  /** Number of indexed terms and of postings (for the bench). */
  postingCounts(): { terms: number; postings: number } {
    return this.postings.counts;
  }

  /** Approximate bytes held (typed arrays and strings), for the bench. */
  estimateBytes(): number {
    let strings = 0;
    for (const s of this.strings) strings += 24 + 2 * s.length;
    for (const s of this.articleIds) strings += 24 + 2 * s.length;
    for (const s of this.articleRefs) strings += 24 + 2 * s.length;
    const arrays = [
      this.docArticle,
      this.docType,
      this.docKind,
      this.docSpeaker,
      this.docLen,
      this.docAlive,
      this.articleFirst,
      this.articleCount,
      this.articleOutlet,
      this.articleDate,
      this.articleTitleLen,
    ].reduce((n, g) => n + g.a.byteLength, 0);
    return this.postings.estimateBytes() + strings + arrays;
  }
}

const popcount = (x: number): number => {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/**
 * Matched terms in the order minisearch reported them (the keys of an object): integer-like keys (a
 * number such as 2023) first, ascending, then the others as they were added.
 */
function objectKeyOrder(terms: string[]): string[] {
  const isIndex = (t: string) => /^(0|[1-9]\d*)$/.test(t) && Number(t) < 2 ** 32 - 1;
  const ints = terms.filter(isIndex).sort((x, y) => Number(x) - Number(y));
  return ints.length ? [...ints, ...terms.filter((t) => !isIndex(t))] : terms;
}
