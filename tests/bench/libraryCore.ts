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
import { IsnadDatabase } from "../../src/storage/db.ts";
import { LibraryIndexes } from "../../src/storage/indexes.ts";
import { saveAnalyses, saveAnalysis } from "../../src/storage/library.ts";

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
  persistSearchMs: number;
  /** A restarted worker: loading the persisted related vectors and search snapshot. */
  reloadS: number;
  reloadRelatedS: number;
  reloadSearchS: number;
  relatedP50Ms: number;
  relatedP95Ms: number;
  searchP50Ms: number;
  searchP95Ms: number;
  saveMs: number;
  bytesPerArticle: number;
  bytesMethod: string;
}

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Synthesized page i of the library. */
export function synthesize(m: BenchMaterial, i: number): { analysis: PageAnalysis; url: string } {
  const rand = random(i + 1);
  const base = m.bases[i % m.bases.length];
  const extra = [
    m.sentences[Math.floor(rand() * m.sentences.length)],
    m.sentences[Math.floor(rand() * m.sentences.length)],
  ];
  const text = [base.text, ...extra].join("\n\n");
  const day = String(1 + Math.floor(rand() * 30)).padStart(2, "0");
  const url = `https://bench.example/${i % 7}/article-${i}`;
  return {
    url,
    analysis: {
      url,
      language: { isArabic: true, arabicRatio: 0.95 },
      isNewsArticle: true,
      articles: [{ ...base, text, publishedAt: `2015-07-${day}T10:00:00Z` }],
    },
  };
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
  for (let i = 0; i < n; i += 500) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + 500); j++) batch.push(synthesize(m, j));
    await saveAnalyses(db, batch, now);
    if ((i / 500) % 20 === 19) log(`  ${engine} ${n}: inserted ${i + 500}`);
  }
  const insertS = (performance.now() - t) / 1000;

  t = performance.now();
  const first = new LibraryIndexes(db, { persistDelayMs: 1e9 });
  await first.warm();
  const buildS = (performance.now() - t) / 1000;
  t = performance.now();
  await first.persistSearch();
  const persistSearchMs = performance.now() - t;
  log(`  ${engine} ${n}: indexes built in ${r1(buildS)} s, search snapshot written in ${r1(persistSearchMs)} ms`);

  // What a restarted service worker does: load the persisted forms.
  t = performance.now();
  const indexes = new LibraryIndexes(db, { persistDelayMs: 1e9 });
  await indexes.warm();
  const reloadS = (performance.now() - t) / 1000;

  const rand = random(7);
  const ids = await db.articles.toCollection().primaryKeys();
  const related: number[] = [];
  for (let q = 0; q < 100; q++) {
    const id = ids[Math.floor(rand() * ids.length)];
    const s = performance.now();
    await indexes.relatedTo(id, { top: 20 });
    related.push(performance.now() - s);
  }
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
  first.close();
  indexes.close();
  const bytes = usage ? (await usage()) - before : await jsonBytes(db);
  db.close();
  const row: BenchRow = {
    articles: n,
    engine,
    insertS: r1(insertS),
    buildS: r1(buildS),
    persistSearchMs: r1(persistSearchMs),
    reloadS: r1(reloadS),
    reloadRelatedS: r1(indexes.loadMs.related / 1000),
    reloadSearchS: r1(indexes.loadMs.search / 1000),
    relatedP50Ms: r1(median(related)),
    relatedP95Ms: r1(p95(related)),
    searchP50Ms: r1(median(search)),
    searchP95Ms: r1(p95(search)),
    saveMs: r1(median(saves)),
    bytesPerArticle: Math.round(bytes / n),
    bytesMethod: usage ? "navigator.storage.estimate" : "JSON length of stored rows (approximate)",
  };
  await new IsnadDatabase(name).delete();
  return row;
}
