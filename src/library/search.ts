/**
 * The library's full-text search over quotes, claims, article titles and speakers (minisearch), with
 * Arabic match keys (src/core/normalize/matchKey.ts) and light stemming (stem.ts), so بالحكومة finds
 * الحكومة and دميتري finds ديمتري's diacritized spelling. The index is updated article by article as the
 * background saves, filtered by speaker, outlet, dates, tags and kinds, and serializable so it can be
 * persisted instead of rebuilt.
 */
import MiniSearch, { type Options, type Query, type SearchResult } from "minisearch";
import { keyTokens } from "../core/normalize/matchKey.ts";
import type { QuoteKind } from "../core/types.ts";
import { SEARCH_STOPWORDS } from "./lexicon/searchAffixes.ts";
import { dayOf, type SavedArticle, type SavedClaim, type SavedQuote, type SavedSpeaker } from "./records.ts";
import { foldNameToken, nameTokens } from "./speakerKey.ts";
import { searchStem } from "./stem.ts";

export type DocType = "quote" | "claim" | "title" | "speaker";

/** One indexed document (a quote, a claim, an article title or a speaker). */
interface SearchDoc {
  id: string;
  type: DocType;
  articleId: string;
  /** The record's own id (quote, claim, article id, or speaker key). */
  ref: string;
  text: string;
  speaker: string;
  /** The speaker's name tokens folded as in speakerKey.ts, so دميتري finds ديمتري. */
  names: string;
  title: string;
  note: string;
  speakerKey: string;
  outlet: string;
  date: string;
  tags: string[];
  kind: string;
}

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
const VERSION = 1;

/** Tokens of text for the index and for queries: match-key words, stopwords dropped, stems kept. */
export function searchTerms(text: string): string[] {
  return keyTokens(text)
    .filter((t) => !STOP.has(t))
    .map(searchStem);
}

const OPTIONS: Options<SearchDoc> = {
  fields: ["text", "speaker", "names", "title", "note"],
  storeFields: ["type", "articleId", "ref", "speakerKey", "outlet", "date", "tags", "kind"],
  tokenize: (text) => keyTokens(text),
  processTerm: (term) => (STOP.has(term) ? null : searchStem(term)),
  searchOptions: { boost: { text: 2, speaker: 1.5, names: 1.5, note: 1.2, title: 1 } },
};

/**
 * An incremental search index of the library. Documents are grouped by article, so re-saving an article
 * replaces its documents, and deleting it removes them.
 */
export class LibraryIndex {
  private ms: MiniSearch<SearchDoc>;
  private byArticle: Map<string, string[]>;

  private constructor(ms: MiniSearch<SearchDoc>, byArticle: Map<string, string[]>) {
    this.ms = ms;
    this.byArticle = byArticle;
  }

  /** An empty index. */
  static create(): LibraryIndex {
    return new LibraryIndex(new MiniSearch<SearchDoc>(OPTIONS), new Map());
  }

  /** Restores an index from `toJSON()`'s output; throws on a string that is not one. */
  static loadJSON(json: string): LibraryIndex {
    const data = JSON.parse(json) as {
      format?: string;
      version?: number;
      index: unknown;
      byArticle: [string, string[]][];
    };
    if (data.format !== FORMAT || data.version !== VERSION)
      throw new Error("not an Isnad search index of this version");
    const ms = MiniSearch.loadJSON<SearchDoc>(JSON.stringify(data.index), OPTIONS);
    return new LibraryIndex(ms, new Map(data.byArticle));
  }

  /** The index as a JSON string, to persist. */
  toJSON(): string {
    return JSON.stringify({
      format: FORMAT,
      version: VERSION,
      index: this.ms.toJSON(),
      byArticle: [...this.byArticle.entries()].sort((a, b) => a[0].localeCompare(b[0])),
    });
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.ms.documentCount;
  }

  /** Adds or replaces an article's title, quotes and claims. */
  indexArticle({ article, quotes, claims }: ArticleBundle): void {
    this.removeArticle(article.id);
    const date = dayOf(article.publishedAt) ?? dayOf(article.savedAt) ?? "";
    const outlet = article.outlet ?? "";
    const base = { articleId: article.id, outlet, date, title: article.title };
    const docs: SearchDoc[] = [
      {
        ...base,
        id: `t|${article.id}`,
        type: "title",
        ref: article.id,
        text: article.title,
        speaker: "",
        names: "",
        note: "",
        speakerKey: "",
        tags: [],
        kind: "",
      },
    ];
    const quoteKey = new Map<string, string>();
    for (const q of quotes) {
      quoteKey.set(q.id, q.speakerKey);
      docs.push({
        ...base,
        id: `q|${q.id}`,
        type: "quote",
        ref: q.id,
        text: q.text,
        speaker: [q.speakerName ?? "", q.speakerTitle ?? ""].join(" "),
        names: nameTokens(q.speakerName ?? "").join(" "),
        note: q.saved ? [q.saved.note, ...q.saved.tags].join(" ") : "",
        speakerKey: q.speakerKey,
        tags: q.saved ? [...q.saved.tags] : [],
        kind: q.kind,
      });
    }
    for (const c of claims) {
      docs.push({
        ...base,
        id: `c|${c.id}`,
        type: "claim",
        ref: c.id,
        text: c.text,
        speaker: "",
        names: "",
        note: "",
        speakerKey: c.quoteId ? (quoteKey.get(c.quoteId) ?? "") : "",
        tags: [],
        kind: c.type ?? "",
      });
    }
    this.ms.addAll(docs);
    this.byArticle.set(
      article.id,
      docs.map((d) => d.id),
    );
  }

  /** Removes an article's documents (nothing happens for an unknown id). */
  removeArticle(articleId: string): void {
    for (const id of this.byArticle.get(articleId) ?? []) if (this.ms.has(id)) this.ms.discard(id);
    this.byArticle.delete(articleId);
  }

  /**
   * Replaces the speaker documents with the registry's speakers as the reader sees them (pass the
   * resolved root entries: speakers.ts `resolveSpeaker`).
   */
  indexSpeakers(speakers: readonly SavedSpeaker[]): void {
    this.removeArticle("");
    const docs: SearchDoc[] = speakers.map((s) => ({
      id: `s|${s.key}`,
      type: "speaker",
      articleId: "",
      ref: s.key,
      text: [s.name, ...s.aliases].join(" "),
      speaker: s.titles.map((t) => t.title).join(" "),
      names: [s.name, ...s.aliases].flatMap((n) => nameTokens(n)).join(" "),
      title: "",
      note: "",
      speakerKey: s.key,
      outlet: "",
      date: "",
      tags: [],
      kind: s.kind,
    }));
    this.ms.addAll(docs);
    this.byArticle.set(
      "",
      docs.map((d) => d.id),
    );
  }

  /** Searches; an empty query with filters lists every matching document (newest first). */
  search(query: string, filters: SearchFilters = {}, options: SearchOptions = {}): SearchHit[] {
    const keep = (r: Pick<SearchDoc, "type" | "articleId" | "speakerKey" | "outlet" | "date" | "tags" | "kind">) => {
      if (filters.types && !filters.types.includes(r.type)) return false;
      if (
        filters.speaker &&
        (r.type === "speaker" || r.type === "title" || !filters.speaker(r.speakerKey, r.articleId))
      )
        return false;
      if (filters.outlets && !filters.outlets.includes(r.outlet)) return false;
      if ((filters.from || filters.to) && (!r.date || r.type === "speaker")) return false;
      if (filters.from && r.date < filters.from) return false;
      if (filters.to && r.date > filters.to) return false;
      if (filters.tags?.length && !filters.tags.every((t) => r.tags.includes(t))) return false;
      if (filters.quoteKinds && (r.type !== "quote" || !filters.quoteKinds.includes(r.kind as QuoteKind))) return false;
      return true;
    };
    // A query of stopwords only asks for nothing in particular: no hits rather than the whole library.
    if (query.trim() && searchTerms(query).length === 0) return [];
    const prefix = options.prefix ?? true;
    const filter = (r: SearchResult) => keep(r as unknown as SearchDoc);
    const words = keyTokens(query).filter((t) => !STOP.has(t));
    // Each word matches as written (stemmed) or as a folded name form (speakerKey.ts), so a reader who
    // types دميتري or سيرجي finds the article's ديمتري or سيرغي; the last word may be a prefix.
    const leaves = words.map((w, i): Query => {
      const isPrefix = prefix && i === words.length - 1;
      const variants: Query[] = [w];
      // The folded form is looked up in the names field only, and only when it stems differently.
      const folded = foldNameToken(w);
      if (searchStem(folded) !== searchStem(w))
        variants.push({ queries: [folded], fields: ["names"], prefix: isPrefix });
      // While typing, the last word may stop inside a suffix (المفاوضا… before المفاوضات, الحكومي… before
      // الحكومية), where its stem is longer than the indexed one: one letter less still finds it.
      if (isPrefix && searchStem(w).length >= 4) variants.push(w.slice(0, -1));
      return { combineWith: "OR", queries: variants, prefix: isPrefix };
    });
    const results: SearchResult[] = words.length
      ? this.ms.search({ combineWith: options.combine === "or" ? "OR" : "AND", queries: leaves }, { filter })
      : this.ms
          .search(MiniSearch.wildcard, { filter })
          .sort((a, b) => cmp(String(b.date), String(a.date)) || cmp(String(a.id), String(b.id)));
    const hits = results.map((r) => ({
      type: r.type as DocType,
      ref: r.ref as string,
      articleId: r.articleId as string,
      score: r.score,
      terms: r.terms,
    }));
    return options.limit ? hits.slice(0, options.limit) : hits;
  }
}
