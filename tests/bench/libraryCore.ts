/**
 * The library bench's measuring part, run unchanged in Node (fake-indexeddb) and inside Chromium's
 * extension service worker (real IndexedDB; bundled and evaluated there by tests/bench/library.ts).
 *
 * A library of N articles is generated from analyzed real articles (SaudiNewsNet, one day): article i
 * keeps base article i mod B — its title, paragraphs, speakers and quotes as the analyzer found them —
 * with two sentences of other articles mixed in and a date spread over 30 days, so every text is
 * different while quotes, speakers and topics recur across articles as they do in news.
 */
import type { Article, PageAnalysis } from "../../src/core/types.ts";
import {
  recordsFromAnalysis,
  type SavedArticle,
  type SavedClaim,
  type SavedQuote,
  type SpeakerMention,
} from "../../src/library/records.ts";
import { addMentions } from "../../src/library/speakers.ts";
import { type ArticleFeatures, articleFeatures, parseTime } from "../../src/related/features.ts";
import type { TermVector } from "../../src/related/termVector.ts";
import { type FeaturesRecord, IsnadDatabase } from "../../src/storage/db.ts";
import { articleOfRecords, cardOf, LibraryIndexes } from "../../src/storage/indexes.ts";
import { saveAnalysis } from "../../src/storage/library.ts";
import { pageKey } from "../../src/storage/pages.ts";
import { speakerRow } from "../../src/storage/rows.ts";
import { rng } from "../support/rng.ts";

export interface BenchMaterial {
  bases: Article[];
  sentences: string[];
}

export interface BenchRow {
  articles: number;
  engine: string;
  insertS: number;
  /** Building both indexes from the tables (no persisted form yet). */
  buildS: number;
  persistSearchMs: number | null;
  persistRelatedMs: number;
  /** A restarted worker: loading the persisted related vectors and search snapshot. */
  reloadS: number;
  reloadRelatedS: number;
  reloadSearchS: number;
  relatedP50Ms: number;
  relatedP95Ms: number;
  /** JS heap in use after the queries (performance.memory or Node's), MB; null where the engine hides it. */
  heapMb: number | null;
  /** The related index and its cards in memory, estimated (RelatedIndex.estimateBytes), MB. */
  relatedIndexMb: number;
  /** The search index in memory, estimated (LibraryIndex.estimateBytes), MB. */
  searchIndexMb: number;
  searchP50Ms: number;
  searchP95Ms: number;
  saveMs: number;
  bytesPerArticle: number;
  bytesMethod: string;
}

/** Synthesized page i of the library (`extra`: the indexes of the two sentences mixed in). */
export function synthesize(m: BenchMaterial, i: number): { analysis: PageAnalysis; url: string; extra: number[] } {
  const rand = rng(i + 1);
  const base = m.bases[i % m.bases.length];
  const picks = [Math.floor(rand() * m.sentences.length), Math.floor(rand() * m.sentences.length)];
  const extra = picks.map((k) => m.sentences[k]);
  const text = [base.text, ...extra].join("\n\n");
  const day = String(1 + Math.floor(rand() * 30)).padStart(2, "0");
  const url = `https://bench.example/${i % 7}/article-${i}`;
  return {
    url,
    extra: picks,
    analysis: {
      url,
      language: { isArabic: true, arabicRatio: 0.95 },
      isNewsArticle: true,
      articles: [{ ...base, text, publishedAt: `2015-07-${day}T10:00:00Z` }],
    },
  };
}

/**
 * The related features of synthesized articles, made from parts computed once: an article is its base
 * article's paragraphs plus two sentence paragraphs, and no phrase or statement spans two paragraphs,
 * so its term vector is the sum of its base's and its sentences' vectors (the lead and speakers are the
 * base's; statements are the base's quotes, or — when it has none — the cue sentences of all three
 * parts). `check` compares this with articleFeatures over the stored records for some articles.
 */
class FeatureParts {
  private readonly bases = new Map<number, ArticleFeatures>();
  private readonly sentences = new Map<number, ArticleFeatures>();
  constructor(private readonly m: BenchMaterial) {}

  private base(b: number, of: () => Article): ArticleFeatures {
    let f = this.bases.get(b);
    if (!f) {
      // The base's own paragraphs, without the sentences mixed into article i.
      f = articleFeatures({ ...of(), text: this.m.bases[b].text });
      this.bases.set(b, f);
    }
    return f;
  }

  private sentence(k: number): ArticleFeatures {
    let f = this.sentences.get(k);
    if (!f) {
      const a = this.m.bases[0];
      f = articleFeatures({ ...a, title: "", text: this.m.sentences[k], speakers: [], quotes: [], claims: [] });
      this.sentences.set(k, f);
    }
    return f;
  }

  features(i: number, extra: number[], publishedAt: string | null, of: () => Article): ArticleFeatures {
    const base = this.base(i % this.m.bases.length, of);
    const parts = extra.map((k) => this.sentence(k));
    return {
      terms: sumVectors([base.terms, ...parts.map((p) => p.terms)]),
      lead: base.lead,
      speakers: base.speakers,
      quotes: this.m.bases[i % this.m.bases.length].quotes.length
        ? base.quotes
        : [...base.quotes, ...parts.flatMap((p) => p.quotes)],
      time: parseTime(publishedAt),
    };
  }
}

function sumVectors(vs: TermVector[]): TermVector {
  const counts = new Map<number, number>();
  for (const v of vs)
    for (let i = 0; i < v.ids.length; i++) counts.set(v.ids[i], (counts.get(v.ids[i]) ?? 0) + v.tf[i]);
  const ids = Uint32Array.from(counts.keys()).sort();
  const tf = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) tf[i] = Math.min(255, counts.get(ids[i]) ?? 1);
  return { ids, tf };
}

const CHUNK = 2000;

/**
 * The bench's setup, not what it measures: writes articles 0..n-1 as saving them one by one would leave
 * the tables (article, quote and claim records, the speaker registry, the related features rows), in
 * transactions of CHUNK articles with the registry built once at the end. Saving itself is measured
 * separately (`saveMs`, through saveAnalysis).
 */
export async function bulkLoad(
  db: IsnadDatabase,
  m: BenchMaterial,
  n: number,
  now: Date,
  log: (line: string) => void,
): Promise<void> {
  const parts = new FeatureParts(m);
  const mentions: SpeakerMention[] = [];
  let checked = 0;
  for (let i = 0; i < n; i += CHUNK) {
    const articles: SavedArticle[] = [];
    const quotes: SavedQuote[] = [];
    const claims: SavedClaim[] = [];
    const features: FeaturesRecord[] = [];
    for (let j = i; j < Math.min(n, i + CHUNK); j++) {
      const page = synthesize(m, j);
      const records = recordsFromAnalysis({ ...page.analysis, url: pageKey(page.url) }, now);
      const [a] = records.articles;
      const qs = records.quotes.filter((q) => q.articleId === a.id);
      const ms = records.mentions.filter((x) => x.articleId === a.id);
      const of = () => articleOfRecords(a, qs, ms);
      const f = parts.features(j, page.extra, a.publishedAt, of);
      if (checked < 40 && j % 97 === 0) {
        checked++;
        const exact = articleFeatures(of());
        if (JSON.stringify(toPlain(exact)) !== JSON.stringify(toPlain(f)))
          throw new Error(`bench: composed features of article ${j} differ from articleFeatures`);
      }
      articles.push(...records.articles);
      quotes.push(...records.quotes);
      claims.push(...records.claims);
      mentions.push(...records.mentions);
      features.push({ articleId: a.id, url: a.url || null, features: f, card: cardOf(a) });
    }
    await db.transaction("rw", [db.articles, db.quotes, db.claims, db.features], async () => {
      await db.articles.bulkPut(articles);
      await db.quotes.bulkPut(quotes);
      await db.claims.bulkPut(claims);
      await db.features.bulkPut(features);
    });
    if ((i / CHUNK) % 10 === 9) log(`  ${n}: inserted ${i + CHUNK}`);
  }
  const registry = addMentions([], mentions, now);
  const rows = registry.entries.map(speakerRow);
  for (let i = 0; i < rows.length; i += CHUNK) await db.speakers.bulkPut(rows.slice(i, i + CHUNK));
}

const toPlain = (f: ArticleFeatures) => ({
  ...f,
  terms: { ids: [...f.terms.ids], tf: [...f.terms.tf] },
  lead: { ids: [...f.lead.ids], tf: [...f.lead.tf] },
  quotes: f.quotes.map((q) => ({ ...q, tokens: { words: [...q.tokens.words], phrases: [...q.tokens.phrases] } })),
});

/** Bytes of JS heap in use, where the engine tells (Chromium's performance.memory; Node's process). */
function heapUsed(): number | null {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (memory) return memory.usedJSHeapSize;
  const proc = (globalThis as { process?: { memoryUsage(): { heapUsed: number; arrayBuffers: number } } }).process;
  if (proc) {
    const u = proc.memoryUsage();
    return u.heapUsed + u.arrayBuffers;
  }
  return null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Approximate stored size when the engine cannot tell (fake-indexeddb): JSON length of every row. */
async function jsonBytes(db: IsnadDatabase): Promise<number> {
  let total = 0;
  for (const table of db.tables) {
    await table.each((row) => {
      total += JSON.stringify(row, (_k, v) =>
        v instanceof Set ? [...v] : ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v,
      ).length;
    });
  }
  return total;
}

/** Measures one library size; `usage` reports bytes used by the origin where the engine can. */
export async function runSize(
  m: BenchMaterial,
  n: number,
  engine: string,
  log: (line: string) => void,
  usage?: () => Promise<number>,
): Promise<BenchRow> {
  const name = `isnad-bench-${n}`;
  await new IsnadDatabase(name).delete();
  const before = usage ? await usage() : 0;
  const db = new IsnadDatabase(name);
  await db.open();
  const now = new Date("2015-08-01T00:00:00Z");
  let t = performance.now();
  await bulkLoad(db, m, n, now, (line) => log(`  ${engine}${line}`));
  const insertS = (performance.now() - t) / 1000;

  t = performance.now();
  const first = new LibraryIndexes(db, { persistDelayMs: 1e9, relatedPersistDelayMs: 1e9 });
  const mb = () => {
    const h = heapUsed();
    return h === null ? "n/a" : `${Math.round(h / 2 ** 20)} MB`;
  };
  log(`  ${engine} ${n}: heap after insert ${mb()}`);
  // Each index on its own first, so the memory each one takes shows in the log (heap, and the driver's
  // process RSS samples between these lines).
  const [firstId] = await db.articles.toCollection().limit(1).primaryKeys();
  await first.relatedTo(firstId, { top: 1 });
  log(`  ${engine} ${n}: related index built in ${r1((performance.now() - t) / 1000)} s, heap ${mb()}`);
  const ts = performance.now();
  await first.searchLibrary("x", {});
  log(
    `  ${engine} ${n}: search index built in ${r1((performance.now() - ts) / 1000)} s (≈${Math.round(first.searchBytes() / 2 ** 20)} MB), heap ${mb()}`,
  );
  await first.warm();
  const buildS = (performance.now() - t) / 1000;
  t = performance.now();
  // At 100k the search snapshot (one JSON string) may exceed what the engine can hold: reported, and the
  // reload then rebuilds search from the tables.
  let persistSearchMs: number | null = null;
  try {
    await first.persistSearch();
    persistSearchMs = performance.now() - t;
  } catch (error) {
    log(`  ${engine} ${n}: search snapshot not written: ${error instanceof Error ? error.message : String(error)}`);
  }
  t = performance.now();
  await first.persistRelated();
  const persistRelatedMs = performance.now() - t;
  // Dropped before the reload: two copies of both indexes at 100k do not fit in a worker's heap.
  first.close();
  await first.reset();
  log(`  ${engine} ${n}: snapshots written, heap ${mb()}`);
  log(
    `  ${engine} ${n}: indexes built in ${r1(buildS)} s, snapshots written: search ${persistSearchMs === null ? "failed" : `${r1(persistSearchMs)} ms`}, related ${r1(persistRelatedMs)} ms`,
  );

  // What a restarted service worker does: load the persisted forms.
  t = performance.now();
  const indexes = new LibraryIndexes(db, { persistDelayMs: 1e9, relatedPersistDelayMs: 1e9 });
  await indexes.warm();
  const reloadS = (performance.now() - t) / 1000;
  log(`  ${engine} ${n}: reloaded in ${r1(reloadS)} s, heap ${mb()}`);

  const rand = rng(7);
  const ids = await db.articles.toCollection().primaryKeys();
  const related: number[] = [];
  for (let q = 0; q < 100; q++) {
    const id = ids[Math.floor(rand() * ids.length)];
    const s = performance.now();
    await indexes.relatedTo(id, { top: 20 });
    related.push(performance.now() - s);
  }
  const heap = heapUsed();
  const words = m.sentences.flatMap((s) => s.split(/\s+/)).filter((w) => w.length >= 4);
  const search: number[] = [];
  for (let q = 0; q < 50; q++) {
    const query = `${words[Math.floor(rand() * words.length)]} ${words[Math.floor(rand() * words.length)]}`;
    const s = performance.now();
    await indexes.searchLibrary(query, {}, { limit: 50, combine: "or" });
    search.push(performance.now() - s);
  }
  const saves: number[] = [];
  for (let j = 0; j < 15; j++) {
    const page = synthesize(m, n + j);
    const s = performance.now();
    await saveAnalysis(db, page.analysis, { url: page.url, now });
    await indexes.catchUp();
    saves.push(performance.now() - s);
  }
  indexes.close();
  const bytes = usage ? (await usage()) - before : await jsonBytes(db);
  db.close();
  const row: BenchRow = {
    articles: n,
    engine,
    insertS: r1(insertS),
    buildS: r1(buildS),
    persistSearchMs: persistSearchMs === null ? null : r1(persistSearchMs),
    persistRelatedMs: r1(persistRelatedMs),
    reloadS: r1(reloadS),
    reloadRelatedS: r1(indexes.loadMs.related / 1000),
    reloadSearchS: r1(indexes.loadMs.search / 1000),
    relatedP50Ms: r1(median(related)),
    relatedP95Ms: r1(p95(related)),
    heapMb: heap === null ? null : Math.round(heap / 2 ** 20),
    relatedIndexMb: Math.round(indexes.relatedBytes() / 2 ** 20),
    searchIndexMb: Math.round(indexes.searchBytes() / 2 ** 20),
    searchP50Ms: r1(median(search)),
    searchP95Ms: r1(p95(search)),
    saveMs: r1(median(saves)),
    bytesPerArticle: Math.round(bytes / n),
    bytesMethod: usage ? "navigator.storage.estimate" : "JSON length of stored rows (approximate)",
  };
  await new IsnadDatabase(name).delete();
  return row;
}
