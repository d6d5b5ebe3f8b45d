/**
 * The compact search index (src/library/search.ts) against the minisearch index it replaced
 * (tests/support/minisearchOracle.ts): seeded random libraries of Arabic quotes, claims, titles, saved
 * notes and speakers, with removals and re-saves, then random queries (prefixes, clitics, AND / OR,
 * filters). Both must return the same hits with the same scores in the same order (ties may differ in
 * order only), also after a snapshot round trip.
 */
import { describe, expect, it } from "vitest";
import type { Article, QuoteKind } from "../../src/core/types.ts";
import { type PageRecords, recordsFromAnalysis } from "../../src/library/records.ts";
import { LibraryIndex, type SearchFilters, type SearchHit, type SearchOptions } from "../../src/library/search.ts";
import { addMentions, resolveSpeaker, speakerMatcher } from "../../src/library/speakers.ts";
import { MiniSearchOracle } from "../support/minisearchOracle.ts";
import { rng } from "../support/rng.ts";
import { article, NOW, page, quoteIn, speaker } from "./library.fixtures.ts";

const WORDS = [
  "حكومة",
  "مفاوضات",
  "وزير",
  "خارجية",
  "كرملين",
  "كييف",
  "موسكو",
  "عقوبات",
  "اقتصاد",
  "نفط",
  "أسعار",
  "ارتفاع",
  "رئيس",
  "برلمان",
  "انتخابات",
  "غزة",
  "مساعدات",
  "مسؤولية",
  "غربية",
  "حكومية",
  "مفاوض",
  "2023",
  "100",
  "opec",
];
const CLITICS = ["", "", "ال", "بال", "وال", "لل", "و"];
const SUFFIXES = ["", "", "ات", "ة", "ية", "ين", "ون"];
const STOPWORDS = ["في", "من", "على", "قال", "إن"];
const NAMES: [string, string][] = [
  ["ديمتري بيسكوف", "المتحدث باسم الكرملين"],
  ["دميتري بيسكوف", "المتحدث الرسمي"],
  ["سيرغي لافروف", "وزير الخارجية الروسي"],
  ["سيرجي لافروف", "وزير الخارجية"],
  ["محمد بن سلمان", "ولي العهد"],
  ["أنطونيو غوتيريش", "الأمين العام للأمم المتحدة"],
];
const OUTLETS = ["الوطن", "الجزيرة نت", "الشرق الأوسط"];
const TAGS = ["روسيا", "عقوبات", "غزة"];

function library(seed: number) {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const word = () => {
    const w = pick(WORDS);
    return /^[a-z0-9]+$/.test(w) ? w : pick(CLITICS) + w + (w.endsWith("ة") ? "" : pick(SUFFIXES));
  };
  const phrase = (n: number) => Array.from({ length: n }, () => (rand() < 0.2 ? pick(STOPWORDS) : word())).join(" ");
  const pages: PageRecords[] = [];
  for (let i = 0; i < 30; i++) {
    const speakers = [0, 1].map((k) => {
      const [name, title] = pick(NAMES);
      return speaker(`s${k}`, name, rand() < 0.7 ? title : null);
    });
    const quoteTexts = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => phrase(3 + Math.floor(rand() * 8)));
    const text = quoteTexts.map((q, k) => `${phrase(4)} «${q}» ${k}.`).join(" ");
    const quotes = quoteTexts.map((q, k) =>
      quoteIn(
        text,
        `q${k}`,
        q,
        rand() < 0.85 ? `s${k % 2}` : null,
        pick<QuoteKind>(["direct", "indirect", "headline"]),
      ),
    );
    const a: Article = article({
      title: phrase(4 + Math.floor(rand() * 5)),
      outlet: rand() < 0.1 ? null : pick(OUTLETS),
      publishedAt:
        rand() < 0.1
          ? null
          : `2023-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-1${Math.floor(rand() * 10)}T10:00:00Z`,
      text,
      speakers,
      quotes,
      claims: quotes
        .filter(() => rand() < 0.5)
        .map((q, k) => ({
          id: `c${k}`,
          text: rand() < 0.5 ? q.text : phrase(6),
          score: 0.6,
          reasons: ["attributed"],
          quoteId: rand() < 0.7 ? q.id : null,
          start: q.start,
          end: q.end,
          type: rand() < 0.5 ? ("attributed" as const) : ("quantity" as const),
        })),
    });
    const p = recordsFromAnalysis(page(`https://news${i % 5}.example/${i}`, [a]), NOW);
    for (const q of p.quotes)
      if (rand() < 0.25)
        q.saved = { tags: TAGS.filter(() => rand() < 0.5), note: phrase(3), savedAt: NOW.toISOString() };
    pages.push(p);
  }
  return { pages, rand, pick, word };
}

/** Applies the same history to both indexes: everything saved, some deleted, some re-saved smaller. */
async function build(seed: number) {
  const { pages, rand, pick, word } = library(seed);
  const ours = LibraryIndex.create();
  const oracle = MiniSearchOracle.create();
  const both = (f: (x: LibraryIndex | MiniSearchOracle) => void) => {
    f(ours);
    f(oracle);
  };
  for (const p of pages) both((x) => x.indexArticle({ article: p.articles[0], quotes: p.quotes, claims: p.claims }));
  const registry = addMentions(
    [],
    pages.flatMap((p) => p.mentions),
    NOW,
  ).entries;
  const roots = registry.map((e) => resolveSpeaker(registry, e.key)).filter((e) => e !== null);
  both((x) => x.indexSpeakers(roots));
  for (let k = 0; k < 5; k++) {
    const p = pick(pages);
    both((x) => x.removeArticle(p.articles[0].id));
  }
  // Packed and renumbered mid-history (as a long build does): later saves go on top of packed postings.
  ours.compact();
  for (let k = 0; k < 5; k++) {
    const p = pick(pages);
    const quotes = p.quotes.filter(() => rand() < 0.6);
    both((x) => x.indexArticle({ article: p.articles[0], quotes, claims: p.claims.slice(0, 1) }));
  }
  both((x) => x.indexSpeakers(roots.slice(0, -1)));
  await oracle.settle();
  return { ours, oracle, pages, registry, rand, pick, word };
}

/** Hits compared: same length, same scores in order, same records within each run of equal scores. */
function expectSame(ours: SearchHit[], oracle: SearchHit[], label: string) {
  const norm = (hits: SearchHit[]) =>
    hits.map((h) => ({ ...h, score: Number(h.score.toPrecision(9)), terms: [...h.terms].sort() }));
  const a = norm(ours);
  const b = norm(oracle);
  expect(
    a.map((h) => h.score),
    label,
  ).toEqual(b.map((h) => h.score));
  const key = (h: (typeof a)[number]) => `${h.score}|${h.type}|${h.ref}|${h.articleId}|${h.terms.join(",")}`;
  expect(a.map(key).sort(), label).toEqual(b.map(key).sort());
  // Records in the same place unless their score ties with a neighbour's.
  a.forEach((h, i) => {
    const tied = (j: number) => j >= 0 && j < a.length && a[j].score === h.score;
    if (!tied(i - 1) && !tied(i + 1)) expect(key(h), label).toBe(key(b[i]));
  });
}

describe("compact search index = the minisearch index it replaced", () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`random library ${seed}: same hits, scores and order for 150 random queries`, async () => {
      const { ours, oracle, pages, registry, rand, pick, word } = await build(seed);
      const restored = LibraryIndex.fromSnapshot(structuredClone(ours.toSnapshot()));
      expect(ours.size).toBe(oracle.size);
      let nonEmpty = 0;
      for (let k = 0; k < 150; k++) {
        const words = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => word());
        // Sometimes the reader is still typing the last word, or types a speaker's name.
        if (rand() < 0.4) words[words.length - 1] = words[words.length - 1].slice(0, 2 + Math.floor(rand() * 3));
        if (rand() < 0.15)
          words.splice(
            0,
            words.length,
            ...pick(NAMES)[0]
              .split(" ")
              .slice(0, 1 + Math.floor(rand() * 2)),
          );
        if (rand() < 0.05) words.length = 0;
        const query = words.join(" ");
        const filters: SearchFilters = {};
        if (rand() < 0.2) filters.types = [pick(["quote", "claim", "title", "speaker"] as const)];
        if (rand() < 0.15) filters.outlets = [pick(OUTLETS)];
        if (rand() < 0.15) filters.from = "2023-06-01";
        if (rand() < 0.15) filters.to = "2023-09-30";
        if (rand() < 0.1) filters.tags = [pick(TAGS)];
        if (rand() < 0.1) filters.quoteKinds = [pick(["direct", "indirect"] as const)];
        if (rand() < 0.1) filters.speaker = speakerMatcher(registry, pick(pages).mentions[0]?.key ?? "");
        const options: SearchOptions = {
          ...(rand() < 0.3 ? { combine: "or" as const } : {}),
          ...(rand() < 0.2 ? { prefix: false } : {}),
          ...(rand() < 0.3 ? { limit: 1 + Math.floor(rand() * 8) } : {}),
        };
        const label = `${query} ${JSON.stringify({ ...filters, speaker: !!filters.speaker })} ${JSON.stringify(options)}`;
        const expected = oracle.search(query, filters, options);
        if (expected.length) nonEmpty++;
        expectSame(ours.search(query, filters, options), expected, label);
        expectSame(restored.search(query, filters, options), expected, `restored: ${label}`);
      }
      // The queries found things (the comparison is not over empty lists).
      expect(nonEmpty).toBeGreaterThan(75);
    });
  }

  it("an empty query lists in the same order (newest first, then by id) with a limit", async () => {
    const { ours, oracle } = await build(9);
    for (const filters of [{}, { types: ["quote" as const] }, { outlets: ["الوطن"] }])
      expect(ours.search("", filters, { limit: 17 })).toEqual(oracle.search("", filters, { limit: 17 }));
  });
});
