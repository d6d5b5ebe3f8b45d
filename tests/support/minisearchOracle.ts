/**
 * The library search as it was built on minisearch (src/library/search.ts before its compact form), kept
 * as the reference the compact index is checked against (tests/unit/library.search.test.ts): same hits,
 * same scores, same order. Test support only; not shipped.
 */
import MiniSearch, { type Options, type Query, type SearchResult } from "minisearch";
import { keyTokens } from "../../src/core/normalize/matchKey.ts";
import type { QuoteKind } from "../../src/core/types.ts";
import { SEARCH_STOPWORDS } from "../../src/library/lexicon/searchAffixes.ts";
import { dayOf, type SavedSpeaker } from "../../src/library/records.ts";
import {
  type ArticleBundle,
  type DocType,
  type SearchFilters,
  type SearchHit,
  type SearchOptions,
  searchTerms,
} from "../../src/library/search.ts";
import { foldNameToken, nameTokens } from "../../src/library/speakerKey.ts";
import { searchStem } from "../../src/library/stem.ts";

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

const STOP = new Set(SEARCH_STOPWORDS);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
export class MiniSearchOracle {
  private ms: MiniSearch<SearchDoc>;
  private byArticle: Map<string, string[]>;

  private constructor(ms: MiniSearch<SearchDoc>, byArticle: Map<string, string[]>) {
    this.ms = ms;
    this.byArticle = byArticle;
  }

  /** An empty index. */
  static create(): MiniSearchOracle {
    return new MiniSearchOracle(new MiniSearch<SearchDoc>(OPTIONS), new Map());
  }

  /**
   * Drops removed documents from the postings. Until then minisearch counts a removed document in a
   * term's document frequency for the documents scored before it in that query (it finds out on the way),
   * so its scores after a removal depend on the queries made since; the compact index always counts live
   * documents, which is minisearch's result once vacuumed.
   */
  async settle(): Promise<void> {
    await this.ms.vacuum({ batchSize: 1e9, batchWait: 0 });
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
