/**
 * The library's two in-memory indexes, kept by the background: full-text search (src/library
 * LibraryIndex) and related coverage (src/related RelatedIndex). Both are caches of the tables:
 *
 * - Every write records the articles it touched in `changes` (same transaction). `catchUp` applies
 *   those records, so the indexes follow the tables whatever wrote them (a save, an import, a delete).
 * - Search is persisted as one snapshot (LibraryIndex.toJSON) in `meta`, written a few seconds after
 *   the last change rather than on every save (at 100k articles the snapshot is large); the change
 *   records it covers are deleted with it. Loading = snapshot + the change records written since. A
 *   missing or unreadable snapshot is rebuilt from the tables.
 * - Related keeps each article's compact form (term vectors, speakers, statements) in `features`,
 *   written as articles change, so a restarted service worker loads vectors instead of re-analyzing.
 *   Articles without a features row (migrated, or saved while the worker stopped) get one on load.
 */
import type { Article, Quote, Speaker } from "../core/types.ts";
import type { SavedArticle, SavedClaim, SavedQuote, SavedSpeaker, SpeakerMention } from "../library/records.ts";
import { LibraryIndex, type SearchFilters, type SearchHit, type SearchOptions } from "../library/search.ts";
import { rootsOf, speakerMatcher, summarize } from "../library/speakers.ts";
import { type ArticleFeatures, articleFeatures } from "../related/features.ts";
import {
  type DiffPart,
  RelatedIndex,
  type RelatedQueryOptions,
  type RelatedResult,
  wordDiff,
} from "../related/index.ts";
import type { IsnadDatabase } from "./db.ts";
import { allSpeakers } from "./library.ts";
import { type SkippedRecord, validRecords } from "./rows.ts";

const SEARCH_SNAPSHOT = "search";

/** Speakers as the reader sees them: one entry per root, over its own and its merged entries' mentions. */
export function resolvedSpeakers(entries: readonly SavedSpeaker[]): SavedSpeaker[] {
  const roots = rootsOf(entries);
  const groups = new Map<string, SpeakerMention[]>();
  for (const e of entries) {
    const r = roots.get(e.key) ?? e.key;
    groups.set(r, [...(groups.get(r) ?? []), ...e.mentions]);
  }
  return entries
    .filter((e) => (roots.get(e.key) ?? e.key) === e.key)
    .map((e) => summarize({ ...e, mentions: groups.get(e.key) ?? [] }));
}

/**
 * An analyzed article put back together from its records (for the related index when no features row
 * exists): speakers from the registry's mentions, quotes with their speaker by key.
 */
export function articleOfRecords(
  a: SavedArticle,
  quotes: readonly SavedQuote[],
  mentions: readonly SpeakerMention[],
): Article {
  const speakers = new Map<string, Speaker>();
  for (const m of mentions)
    if (!speakers.has(m.key))
      speakers.set(m.key, { id: m.key, name: m.name, aliases: m.aliases, title: m.title, kind: m.kind });
  const q: Quote[] = [...quotes]
    .sort((x, y) => x.start - y.start)
    .map((x) => ({
      id: x.id,
      text: x.text,
      kind: x.kind,
      cue: x.cue,
      speakerId: x.speakerKey && speakers.has(x.speakerKey) ? x.speakerKey : null,
      via: x.via,
      start: x.start,
      end: x.end,
    }));
  return {
    title: a.title,
    outlet: a.outlet,
    byline: a.byline,
    publishedAt: a.publishedAt,
    keywords: a.keywords,
    text: a.text,
    speakers: [...speakers.values()],
    quotes: q,
    claims: [],
    relatedLinks: a.relatedLinks,
  };
}

/** A related article as the popup shows it. */
export interface RelatedArticle extends RelatedResult {
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  /** Each shared statement with the word diff from this article's wording to the other's. */
  variants: { text: string; otherText: string; overlap: number; diff: DiffPart[] }[];
}

export class LibraryIndexes {
  private search: LibraryIndex | null = null;
  private related: RelatedIndex | null = null;
  private readonly appliedSearch = new Map<string, number>();
  private readonly appliedRelated = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The speaker documents of the search index lag the registry; re-indexed before the next search. */
  private speakersDirty = false;
  /** How long the last `warm` took to load each index (for the bench and the logs). */
  readonly loadMs = { related: 0, search: 0 };
  /** Records skipped as damaged while building the indexes (reported, not fatal). */
  readonly skipped: SkippedRecord[] = [];

  constructor(
    private readonly db: IsnadDatabase,
    private readonly options: { persistDelayMs?: number } = {},
  ) {}

  /** Runs index work one job at a time (messages arrive concurrently; the indexes are shared). */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => {});
    return run;
  }

  /** Forgets the in-memory indexes (after "delete all data"). */
  reset(): Promise<void> {
    return this.serial(async () => {
      this.search = null;
      this.related = null;
      this.appliedSearch.clear();
      this.appliedRelated.clear();
    });
  }

  private async bundle(articleId: string) {
    const [article, quotes, claims] = await Promise.all([
      this.db.articles.get(articleId),
      this.db.quotes.where("articleId").equals(articleId).toArray(),
      this.db.claims.where("articleId").equals(articleId).toArray(),
    ]);
    const [a] = article ? validRecords("articles", [article], this.skipped) : [];
    if (!a) return null;
    return {
      article: a,
      quotes: validRecords("quotes", quotes, this.skipped),
      claims: validRecords("claims", claims, this.skipped),
    };
  }

  /**
   * Every article with its quotes and claims, 500 articles at a time. Quote and claim ids start with
   * their article's id (records.ts), so one key range per table reads a whole chunk.
   */
  private async eachBundle(
    ids: readonly string[],
    use: (b: { article: SavedArticle; quotes: SavedQuote[]; claims: SavedClaim[] }) => Promise<void> | void,
  ): Promise<void> {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i += 500) {
      const slice = sorted.slice(i, i + 500);
      const lo = slice[0];
      const hi = `${slice[slice.length - 1]}\uffff`;
      const [articles, quotes, claims] = await Promise.all([
        this.db.articles.bulkGet(slice),
        this.db.quotes.where(":id").between(lo, hi, true, true).toArray(),
        this.db.claims.where(":id").between(lo, hi, true, true).toArray(),
      ]);
      const group = <T extends { articleId: string }>(rows: T[]) => {
        const m = new Map<string, T[]>();
        for (const r of rows) {
          const list = m.get(r.articleId);
          if (list) list.push(r);
          else m.set(r.articleId, [r]);
        }
        return m;
      };
      const qs = group(validRecords("quotes", quotes, this.skipped));
      const cs = group(validRecords("claims", claims, this.skipped));
      for (const a of validRecords("articles", articles.filter(Boolean), this.skipped))
        await use({ article: a, quotes: qs.get(a.id) ?? [], claims: cs.get(a.id) ?? [] });
    }
  }

  private async loadSearch(): Promise<void> {
    const snapshot = await this.db.meta.get(SEARCH_SNAPSHOT);
    if (typeof snapshot?.json === "string") {
      try {
        this.search = LibraryIndex.loadJSON(snapshot.json);
        this.speakersDirty = true;
        return;
      } catch {
        // A damaged snapshot is only a cache: rebuilt below.
      }
    }
    const index = LibraryIndex.create();
    // Change records read first: everything they describe is in the tables read after them.
    const pending = await this.db.changes.toArray();
    const ids = await this.db.articles.toCollection().primaryKeys();
    await this.eachBundle(ids, (b) => index.indexArticle(b));
    for (const c of pending) this.appliedSearch.set(c.articleId, c.at);
    this.search = index;
    this.speakersDirty = true;
    this.schedulePersist();
  }

  private async featuresOf(articleId: string): Promise<{ url: string | null; f: ArticleFeatures } | null> {
    const b = await this.bundle(articleId);
    if (!b) return null;
    const rows = await this.db.speakers.where("_articles").equals(articleId).toArray();
    const mentions = validRecords("speakers", rows, this.skipped).flatMap((e) =>
      e.mentions.filter((m) => m.articleId === articleId),
    );
    return { url: b.article.url || null, f: articleFeatures(articleOfRecords(b.article, b.quotes, mentions)) };
  }

  private async loadRelated(): Promise<void> {
    const index = new RelatedIndex();
    const pending = await this.db.changes.toArray();
    const have = new Set<string>();
    await this.db.features.each((row) => {
      have.add(row.articleId);
      index.add({ id: row.articleId, url: row.url, article: EMPTY }, row.features as ArticleFeatures);
    });
    const ids = await this.db.articles.toCollection().primaryKeys();
    const idSet = new Set(ids);
    for (const id of have) if (!idSet.has(id)) index.remove(id);
    // Articles without their compact form (migrated, or saved while no index was loaded): made now.
    const missing = ids.filter((id) => !have.has(id));
    const made = new Set<string>();
    await this.eachBundle(missing, async (b) => {
      const rows = await this.db.speakers.where("_articles").equals(b.article.id).toArray();
      const mentions = validRecords("speakers", rows, this.skipped).flatMap((e) =>
        e.mentions.filter((m) => m.articleId === b.article.id),
      );
      const f = articleFeatures(articleOfRecords(b.article, b.quotes, mentions));
      const url = b.article.url || null;
      await this.db.features.put({ articleId: b.article.id, url, features: f });
      index.add({ id: b.article.id, url, article: EMPTY }, f);
      made.add(b.article.id);
    });
    // What was just made from the tables covers the change records read before.
    for (const c of pending) if (made.has(c.articleId)) this.appliedRelated.set(c.articleId, c.at);
    this.related = index;
  }

  /** Applies the change records the indexes have not seen (see the module comment). */
  private async applyChanges(): Promise<void> {
    const rows = await this.db.changes.toArray();
    let speakers = false;
    for (const c of rows) {
      if (c.articleId === "") {
        if ((this.appliedSearch.get("") ?? 0) < c.at) speakers = true;
        continue;
      }
      if ((this.appliedRelated.get(c.articleId) ?? 0) < c.at) {
        if (c.deleted) {
          await this.db.features.delete(c.articleId);
          this.related?.remove(c.articleId);
        } else {
          const made = await this.featuresOf(c.articleId);
          if (made) {
            await this.db.features.put({ articleId: c.articleId, url: made.url, features: made.f });
            this.related?.add({ id: c.articleId, url: made.url, article: EMPTY }, made.f);
          }
        }
        this.appliedRelated.set(c.articleId, c.at);
      }
      if (this.search && (this.appliedSearch.get(c.articleId) ?? 0) < c.at) {
        const b = c.deleted ? null : await this.bundle(c.articleId);
        if (b) this.search.indexArticle(b);
        else this.search.removeArticle(c.articleId);
        this.appliedSearch.set(c.articleId, c.at);
        speakers = true;
      }
    }
    if (this.search && speakers) {
      this.speakersDirty = true;
      const last = rows.find((r) => r.articleId === "");
      if (last) this.appliedSearch.set("", last.at);
    }
    if (this.search && rows.length) this.schedulePersist();
  }

  private async refreshSpeakers(): Promise<void> {
    if (!this.search || !this.speakersDirty) return;
    this.search.indexSpeakers(resolvedSpeakers(await allSpeakers(this.db, this.skipped)));
    this.speakersDirty = false;
  }

  /** Brings the indexes up to date with the tables; call after every write (cheap when nothing changed). */
  catchUp(): Promise<void> {
    return this.serial(() => this.applyChanges());
  }

  private schedulePersist(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.persistSearch().catch(() => {});
    }, this.options.persistDelayMs ?? 5000);
  }

  /** Writes the search snapshot and drops the change records it covers (one transaction). */
  persistSearch(): Promise<void> {
    return this.serial(async () => {
      if (!this.search) return;
      await this.refreshSpeakers();
      const json = this.search.toJSON();
      await this.db.transaction("rw", [this.db.meta, this.db.changes], async () => {
        const rows = await this.db.changes.toArray();
        const covered = rows
          .filter((r) => (this.appliedSearch.get(r.articleId) ?? 0) >= r.at)
          .filter((r) => r.articleId === "" || (this.appliedRelated.get(r.articleId) ?? 0) >= r.at)
          .map((r) => r.articleId);
        await this.db.meta.put({ key: SEARCH_SNAPSHOT, json, at: Date.now() });
        await this.db.changes.bulkDelete(covered);
      });
    });
  }

  /** Full-text search with filters (`speakerKey`: the speaker and every entry merged with it). */
  searchLibrary(
    query: string,
    filters: Omit<SearchFilters, "speaker"> & { speakerKey?: string },
    options: SearchOptions = {},
  ): Promise<SearchHit[]> {
    return this.serial(async () => {
      if (!this.search) await this.loadSearch();
      await this.applyChanges();
      await this.refreshSpeakers();
      const { speakerKey, ...rest } = filters;
      const speaker = speakerKey ? speakerMatcher(await allSpeakers(this.db, this.skipped), speakerKey) : undefined;
      return (this.search as LibraryIndex).search(query, { ...rest, ...(speaker ? { speaker } : {}) }, options);
    });
  }

  /** Articles of the library related to the saved article `articleId`, with why and quote variants. */
  relatedTo(articleId: string, options: RelatedQueryOptions = {}): Promise<RelatedArticle[]> {
    return this.serial(async () => {
      if (!this.related) await this.loadRelated();
      await this.applyChanges();
      const results = (this.related as RelatedIndex).query(articleId, options);
      const articles = await this.db.articles.bulkGet(results.map((r) => r.id));
      return results.flatMap((r, i) => {
        const a = articles[i];
        if (!a) return [];
        return [
          {
            ...r,
            title: a.title,
            outlet: a.outlet,
            publishedAt: a.publishedAt,
            variants: r.why.sharedQuotes.map((q) => ({ ...q, diff: wordDiff(q.text, q.otherText) })),
          },
        ];
      });
    });
  }

  /** Stops the pending snapshot timer (the snapshot is then written at the next change, or rebuilt). */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Loads both indexes now (e.g. when the worker starts), so the first query is fast. */
  warm(): Promise<void> {
    return this.serial(async () => {
      let t = performance.now();
      if (!this.related) await this.loadRelated();
      this.loadMs.related = performance.now() - t;
      t = performance.now();
      if (!this.search) await this.loadSearch();
      this.loadMs.search = performance.now() - t;
      await this.applyChanges();
      await this.refreshSpeakers();
    });
  }
}

/** The related index takes precomputed features; the article itself is then not read. */
const EMPTY: Article = {
  title: "",
  outlet: null,
  byline: null,
  publishedAt: null,
  keywords: [],
  text: "",
  speakers: [],
  quotes: [],
  claims: [],
  relatedLinks: [],
};
