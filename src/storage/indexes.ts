/**
 * The library's two in-memory indexes, kept by the background: full-text search (src/library
 * LibraryIndex) and related coverage (src/related RelatedIndex). Both are caches of the tables:
 *
 * - Every write records the articles it touched in `changes` (same transaction). `catchUp` applies
 *   those records, so the indexes follow the tables whatever wrote them (a save, an import, a delete).
 * - Memory at 100,000 articles (Chromium, tests/bench/library.ts): related ≈ 670 MB estimated, search
 *   ≈ 200 MB; no value of more than 8M entries is built or stored, and no JSON string of an index.
 * - Search is persisted as a snapshot (LibraryIndex.toSnapshot: typed arrays and strings, stored by
 *   structured clone, its postings in parts of 8M) in `meta`, written a few seconds after the last
 *   change rather than on every save; the change records it covers are deleted with it. Loading =
 *   snapshot + the change records written since. A missing or unreadable snapshot (or one of the
 *   minisearch JSON form, before search snapshot v2) is rebuilt from the tables, 500 articles a read.
 * - Related keeps each article's compact form (term vectors, speakers, statements) and its card (title,
 *   outlet, date) in `features`, written as articles change. The index itself lives in memory in packed
 *   form (typed arrays; see src/related RelatedIndex), so a query reads nothing from IndexedDB. It is
 *   also persisted as a snapshot in `meta` (a few large rows: the vectors and the word postings' article
 *   numbers in parts of 8M, the rest in the head row; written a minute after the last change and right
 *   after a load from rows) stamped with the last change record it covers: a restarted
 *   worker loads the snapshot and replays the change records written since; without a usable snapshot
 *   it reads the features rows. Articles without a features row (migrated) get one on load. Change
 *   records are dropped once both snapshots cover them.
 */
import Dexie from "dexie";
import type { Article, Quote, Speaker } from "../core/types.ts";
import type { SavedArticle, SavedClaim, SavedQuote, SavedSpeaker, SpeakerMention } from "../library/records.ts";
import {
  LibraryIndex,
  type SearchFilters,
  type SearchHit,
  type SearchOptions,
  type SearchSnapshot,
} from "../library/search.ts";
import { rootsOf, speakerMatcher, summarize } from "../library/speakers.ts";
import { type ArticleFeatures, articleFeatures } from "../related/features.ts";
import {
  type DiffPart,
  RelatedIndex,
  type RelatedQueryOptions,
  type RelatedResult,
  type RelatedSnapshot,
  wordDiff,
} from "../related/index.ts";
import type { ArticleCard, FeaturesRecord, IsnadDatabase } from "./db.ts";
import { allSpeakers, change } from "./library.ts";
import { type SkippedRecord, validRecords } from "./rows.ts";

const SEARCH_SNAPSHOT = "search";
/** Postings per stored part of the search snapshot (48 MB). */
const SEARCH_PART = 1 << 23;
/** Features rows read per request when loading the related index. */
const FEATURE_PAGE = 2000;
const RELATED_SNAPSHOT = "related";
const RELATED_MARK = "related-at";
/** Change records replayed on a start beyond which the related snapshot is renewed at once. */
const REPLAY_LIMIT = 100;
/** Terms per stored part of the related snapshot (40 MB): large values, but far below engines' limits. */
const RELATED_PART = 1 << 23;

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
  /** Cards (title, outlet, date) of the indexed articles, for related results. */
  private cards = new Map<string, ArticleCard>();
  private relatedTimer: ReturnType<typeof setTimeout> | null = null;
  /** Records skipped as damaged while building the indexes (reported, not fatal). */
  readonly skipped: SkippedRecord[] = [];

  /**
   * False while no write has touched the change records since they were last read: a query then skips
   * reading them (one IndexedDB round trip less per query). Dexie reports every committed write, from
   * this context or another one of the extension's, through its "storagemutated" event.
   */
  private stale = true;
  private readonly onMutated = (parts: Record<string, unknown>) => {
    const prefix = `idb://${this.db.name}/changes/`;
    for (const part of Object.keys(parts))
      if (part.startsWith(prefix)) {
        this.stale = true;
        return;
      }
  };

  constructor(
    private readonly db: IsnadDatabase,
    private readonly options: {
      persistDelayMs?: number;
      relatedPersistDelayMs?: number;
      /** Postings per stored part of the search snapshot (tests write small parts). */
      searchPart?: number;
    } = {},
  ) {
    Dexie.on("storagemutated", this.onMutated);
  }

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
      this.cards = new Map();
      this.stale = true;
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

  /** The stored search snapshot, or null when there is none or it is unreadable. */
  private async readSearchSnapshot(): Promise<LibraryIndex | null> {
    try {
      const head = await this.db.meta.get(SEARCH_SNAPSHOT);
      if (!head || typeof head.parts !== "number") return null;
      const keys = Array.from({ length: head.parts }, (_, i) => `${SEARCH_SNAPSHOT}:${i}`);
      const parts = (await this.db.meta.bulkGet(keys)).map((p) => {
        if (!(p?.docs instanceof Uint32Array) || !(p.meta instanceof Uint16Array)) throw new Error("damaged");
        return { docs: p.docs, meta: p.meta };
      });
      const docs = joined(
        Uint32Array,
        parts.map((p) => p.docs),
      );
      const meta = joined(
        Uint16Array,
        parts.map((p) => p.meta),
      );
      const snapshot = head.snapshot as SearchSnapshot;
      return LibraryIndex.fromSnapshot({ ...snapshot, postings: { ...snapshot.postings, docs, meta } });
    } catch {
      // A missing part or a damaged snapshot (or one of minisearch's, before v2): only a cache.
      return null;
    }
  }

  private async loadSearch(): Promise<void> {
    const stored = await this.readSearchSnapshot();
    if (stored) {
      this.search = stored;
      this.speakersDirty = true;
      return;
    }
    const index = LibraryIndex.create();
    // Change records read first: everything they describe is in the tables read after them.
    const pending = await this.db.changes.toArray();
    const ids = await this.db.articles.toCollection().primaryKeys();
    await this.eachBundle(ids, (b) => index.indexArticle(b));
    index.compact();
    for (const c of pending) this.appliedSearch.set(c.articleId, c.at);
    this.search = index;
    this.speakersDirty = true;
    this.schedulePersist();
  }

  private async featuresOf(
    articleId: string,
  ): Promise<{ url: string | null; f: ArticleFeatures; card: ArticleCard } | null> {
    const b = await this.bundle(articleId);
    if (!b) return null;
    const rows = await this.db.speakers.where("_articles").equals(articleId).toArray();
    const mentions = validRecords("speakers", rows, this.skipped).flatMap((e) =>
      e.mentions.filter((m) => m.articleId === articleId),
    );
    return {
      url: b.article.url || null,
      f: articleFeatures(articleOfRecords(b.article, b.quotes, mentions)),
      card: cardOf(b.article),
    };
  }

  private async loadRelated(): Promise<void> {
    if (await this.loadRelatedSnapshot()) return;
    const index = new RelatedIndex();
    const cards = new Map<string, ArticleCard>();
    const pending = await this.db.changes.toArray();
    const have = new Set<string>();
    // Read in pages by key (getAll) rather than with a cursor: far fewer round trips at 100k rows.
    let last: string | null = null;
    for (;;) {
      const rows: FeaturesRecord[] = await (last === null
        ? this.db.features.orderBy(":id")
        : this.db.features.where(":id").above(last)
      )
        .limit(FEATURE_PAGE)
        .toArray();
      for (const row of rows) {
        have.add(row.articleId);
        index.add({ id: row.articleId, url: row.url, article: EMPTY }, row.features as ArticleFeatures);
        if (row.card) cards.set(row.articleId, row.card);
      }
      if (rows.length < FEATURE_PAGE) break;
      last = rows[rows.length - 1].articleId;
    }
    const ids = await this.db.articles.toCollection().primaryKeys();
    const idSet = new Set(ids);
    for (const id of have)
      if (!idSet.has(id)) {
        index.remove(id);
        cards.delete(id);
      }
    // Rows written before cards were kept: the card from the article.
    const noCard = ids.filter((id) => have.has(id) && !cards.has(id));
    for (let i = 0; i < noCard.length; i += 500)
      for (const a of await this.db.articles.bulkGet(noCard.slice(i, i + 500))) if (a) cards.set(a.id, cardOf(a));
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
      const card = cardOf(b.article);
      await this.db.features.put({ articleId: b.article.id, url, features: f, card });
      index.add({ id: b.article.id, url, article: EMPTY }, f);
      cards.set(b.article.id, card);
      made.add(b.article.id);
    });
    // What was just made from the tables covers the change records read before.
    for (const c of pending) if (made.has(c.articleId)) this.appliedRelated.set(c.articleId, c.at);
    index.trim();
    this.related = index;
    this.cards = cards;
    // The next worker loads the snapshot instead of every row.
    this.scheduleRelatedPersist(1000);
  }

  /** Loads the related snapshot and what it covers; false when there is none or it is unreadable. */
  private async loadRelatedSnapshot(): Promise<boolean> {
    try {
      const head = await this.db.meta.get(RELATED_SNAPSHOT);
      if (!head || typeof head.parts !== "number" || typeof head.coveredAt !== "number") return false;
      const keys = Array.from({ length: head.parts }, (_, i) => `${RELATED_SNAPSHOT}:${i}`);
      const parts = (await this.db.meta.bulkGet(keys)).map((p) => {
        // A missing or damaged part: the snapshot is unusable (caught below; rows are read instead).
        if (!(p?.termIds instanceof Uint32Array) || !(p.termTf instanceof Uint8Array)) throw new Error("damaged");
        // The postings' article numbers (snapshots of version 2; absent before).
        const nums = p.nums instanceof Uint32Array ? p.nums : new Uint32Array(0);
        return { ids: p.termIds, tf: p.termTf, nums };
      });
      const termIds = joined(
        Uint32Array,
        parts.map((p) => p.ids),
      );
      const termTf = joined(
        Uint8Array,
        parts.map((p) => p.tf),
      );
      const storedSnapshot = head.snapshot as Omit<RelatedSnapshot, "termIds" | "termTf">;
      if (storedSnapshot.postings) {
        storedSnapshot.postings = {
          ...storedSnapshot.postings,
          nums: joined(
            Uint32Array,
            parts.map((p) => p.nums),
          ),
        };
      }
      const snapshot = { ...storedSnapshot, termIds, termTf };
      const index = RelatedIndex.fromSnapshot(snapshot);
      const cards = new Map<string, ArticleCard>();
      const stored = head.cards as (ArticleCard | null)[];
      snapshot.ids.forEach((id, i) => {
        const card = stored[i];
        if (card) cards.set(id, card);
      });
      // Change records up to the snapshot's stamp are in it; later ones are applied as usual.
      const pending = await this.db.changes.toArray();
      let replay = 0;
      for (const c of pending) {
        if (c.articleId === "") continue;
        if (c.at <= head.coveredAt) this.appliedRelated.set(c.articleId, c.at);
        else replay++;
      }
      this.related = index;
      this.cards = cards;
      this.stale = true;
      // A service worker rarely lives until the minute-long persist timer fires: when many changes had to
      // be replayed, a fresh snapshot is written soon so the next start does not replay them again.
      if (replay > REPLAY_LIMIT) this.scheduleRelatedPersist(1000);
      return true;
    } catch {
      // Only a cache: rebuilt from the features rows.
      return false;
    }
  }

  private scheduleRelatedPersist(delayMs: number): void {
    if (this.relatedTimer) clearTimeout(this.relatedTimer);
    this.relatedTimer = setTimeout(() => {
      this.relatedTimer = null;
      this.persistRelated().catch(() => {});
    }, delayMs);
  }

  /**
   * Writes the related snapshot (the index's arrays in a few large rows of `meta`, so a restarted worker
   * reads a handful of values instead of a row per article), stamped with the last change it covers.
   */
  persistRelated(): Promise<void> {
    return this.serial(async () => {
      if (!this.related) return;
      await this.applyChanges();
      const { termIds, termTf, postings, ...rest } = this.related.toSnapshot();
      // The postings' numbers go in the parts with the vectors; their keys and offsets in the head row.
      const nums = postings?.nums ?? new Uint32Array(0);
      const snapshot = { ...rest, ...(postings ? { postings: { keys: postings.keys, start: postings.start } } : {}) };
      const cards = snapshot.ids.map((id) => this.cards.get(id) ?? null);
      await this.db.transaction("rw", [this.db.meta, this.db.changes], async () => {
        const rows = await this.db.changes.toArray();
        const unapplied = rows
          .filter((r) => r.articleId !== "" && (this.appliedRelated.get(r.articleId) ?? 0) < r.at)
          .map((r) => r.at);
        // Covered: every change record stamped up to here (a later write gets a later stamp).
        const coveredAt = unapplied.length ? Math.min(...unapplied) - 1 : change("", false).at;
        await this.db.meta.where(":id").between(`${RELATED_SNAPSHOT}:`, `${RELATED_SNAPSHOT}:\uffff`).delete();
        let parts = 0;
        for (let i = 0; i < termIds.length || i < nums.length || parts === 0; i += RELATED_PART) {
          await this.db.meta.put({
            key: `${RELATED_SNAPSHOT}:${parts}`,
            termIds: termIds.slice(i, i + RELATED_PART),
            termTf: termTf.slice(i, i + RELATED_PART),
            nums: nums.slice(i, i + RELATED_PART),
          });
          parts++;
        }
        await this.db.meta.put({ key: RELATED_SNAPSHOT, parts, coveredAt, snapshot, cards, at: Date.now() });
        // A small row with the stamp alone, for persistSearch (the head row is large).
        await this.db.meta.put({ key: RELATED_MARK, coveredAt });
      });
    });
  }

  /** Applies the change records the indexes have not seen (see the module comment). */
  private async applyChanges(): Promise<void> {
    if (!this.stale) return;
    // Cleared before reading: a write committed meanwhile marks it again.
    this.stale = false;
    const rows = await this.db.changes.toArray();
    let speakers = false;
    let relatedChanged = false;
    for (const c of rows) {
      if (c.articleId === "") {
        if ((this.appliedSearch.get("") ?? 0) < c.at) speakers = true;
        continue;
      }
      if ((this.appliedRelated.get(c.articleId) ?? 0) < c.at) {
        if (c.deleted) {
          await this.db.features.delete(c.articleId);
          this.related?.remove(c.articleId);
          this.cards.delete(c.articleId);
        } else {
          const made = await this.featuresOf(c.articleId);
          if (made) {
            await this.db.features.put({ articleId: c.articleId, url: made.url, features: made.f, card: made.card });
            this.related?.add({ id: c.articleId, url: made.url, article: EMPTY }, made.f);
            this.cards.set(c.articleId, made.card);
          }
        }
        this.appliedRelated.set(c.articleId, c.at);
        if (this.related) relatedChanged = true;
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
    if (relatedChanged) this.scheduleRelatedPersist(this.options.relatedPersistDelayMs ?? 60_000);
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
      // Typed arrays and strings, stored by structured clone: no JSON string of the whole index is made.
      const { postings, ...rest } = this.search.toSnapshot();
      const { docs, meta, ...dictionary } = postings;
      const snapshot = { ...rest, postings: dictionary };
      await this.db.transaction("rw", [this.db.meta, this.db.changes], async () => {
        const rows = await this.db.changes.toArray();
        const mark = await this.db.meta.get(RELATED_MARK);
        const relatedAt = typeof mark?.coveredAt === "number" ? mark.coveredAt : Number.POSITIVE_INFINITY;
        const covered = rows
          .filter((r) => (this.appliedSearch.get(r.articleId) ?? 0) >= r.at)
          .filter((r) => r.articleId === "" || (this.appliedRelated.get(r.articleId) ?? 0) >= r.at)
          // …and by the stored related snapshot, if any (a restarted worker replays the rest from them).
          .filter((r) => r.articleId === "" || r.at <= relatedAt)
          .map((r) => r.articleId);
        await this.db.meta.where(":id").between(`${SEARCH_SNAPSHOT}:`, `${SEARCH_SNAPSHOT}:\uffff`).delete();
        let parts = 0;
        const size = this.options.searchPart ?? SEARCH_PART;
        for (let i = 0; i < docs.length || parts === 0; i += size) {
          await this.db.meta.put({
            key: `${SEARCH_SNAPSHOT}:${parts}`,
            docs: docs.slice(i, i + size),
            meta: meta.slice(i, i + size),
          });
          parts++;
        }
        await this.db.meta.put({ key: SEARCH_SNAPSHOT, parts, snapshot, at: Date.now() });
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

  /** Estimated bytes of the in-memory search index (for the bench), 0 before it loads. */
  searchBytes(): number {
    return this.search?.estimateBytes() ?? 0;
  }

  /** Estimated bytes of the in-memory related index and its cards (for the bench), 0 before it loads. */
  relatedBytes(): number {
    if (!this.related) return 0;
    let cards = 0;
    for (const [id, c] of this.cards) cards += 64 + 2 * (id.length + c.title.length + (c.outlet?.length ?? 0) + 24);
    return this.related.estimateBytes() + cards;
  }

  /** Articles of the library related to the saved article `articleId`, with why and quote variants. */
  relatedTo(articleId: string, options: RelatedQueryOptions = {}): Promise<RelatedArticle[]> {
    return this.serial(async () => {
      if (!this.related) await this.loadRelated();
      await this.applyChanges();
      // In memory: no IndexedDB read on the way unless a card is missing.
      const results = (this.related as RelatedIndex).query(articleId, options);
      const missing = results.map((r) => r.id).filter((id) => !this.cards.has(id));
      if (missing.length)
        for (const a of await this.db.articles.bulkGet(missing)) if (a) this.cards.set(a.id, cardOf(a));
      return results.flatMap((r) => {
        const card = this.cards.get(r.id);
        if (!card) return [];
        return [
          {
            ...r,
            ...card,
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
    if (this.relatedTimer) clearTimeout(this.relatedTimer);
    this.relatedTimer = null;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
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

/** What a related result shows of an article. */
export function cardOf(a: SavedArticle): ArticleCard {
  return { title: a.title, outlet: a.outlet, publishedAt: a.publishedAt };
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

/** The parts of a snapshot's typed array, stored one record each, joined back into one array. */
function joined<T extends Uint8Array | Uint16Array | Uint32Array>(
  Kind: new (length: number) => T,
  parts: readonly T[],
): T {
  const out = new Kind(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
