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
import { type ArticleFeatures, articleFeatures, type SpeakerFeature } from "./features.ts";
import { isQuoteVariant, quoteOverlap, type SpeakerAgreement } from "./quoteMatch.ts";
import { compatibleSpeakers, type SpeakerKey, speakerKeyString } from "./speakerKey.ts";
import { isPhraseHash, LOG_TF, type TermVector } from "./termVector.ts";

export { type DiffPart, wordDiff } from "./diff.ts";
export { compatibleSpeakers, type SpeakerKey, speakerKeyOf, speakerKeyString } from "./speakerKey.ts";

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

interface Entry {
  num: number;
  id: string;
  url: string | null;
  f: ArticleFeatures;
  /** Norms of the word, phrase and lead vectors, and the library size they were computed at. */
  normUni: number;
  normBi: number;
  normLead: number;
  normAt: number;
  /** Number of distinct words (not phrases), for ranking candidates before their cosine. */
  words: number;
}

/** Weighted vector of a query: ids, TF-IDF weights, and the idf of each id. */
interface Weighted {
  ids: Uint32Array;
  w: Float64Array;
  idf: Float64Array;
}

/** Dot product of a query's weights with another vector's (log-tf × the query's idf): one sorted merge. */
function dot(q: Weighted, v: TermVector, split: (phrase: number, word: number) => void): void {
  let i = 0;
  let j = 0;
  let words = 0;
  let phrases = 0;
  const a = q.ids;
  const b = v.ids;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      const x = q.w[i] * LOG_TF[v.tf[j]] * q.idf[i];
      if (isPhraseHash(a[i])) phrases += x;
      else words += x;
      i++;
      j++;
    }
  }
  split(phrases, words);
}

/**
 * Document frequencies of phrases are counted in a hashed table (a counting sketch) rather than a map:
 * a library has millions of distinct word pairs, most seen once. The table grows with the library
 * (rebuilt from the stored vectors) so collisions stay rare.
 */
const SKETCH_MIN_BITS = 16;
const SKETCH_MAX_BITS = 24;
const SKETCH_PER_ARTICLE = 256;

/** The related-coverage index. */
export class RelatedIndex {
  private readonly byId = new Map<string, Entry>();
  private readonly byNum: (Entry | undefined)[] = [];
  /** Word hash → numbers of the articles that have it. */
  private readonly postings = new Map<number, number[]>();
  /** Speaker key → how often each written form of the name occurs in the library. */
  private readonly names = new Map<string, Map<string, number>>();
  private sketchBits = SKETCH_MIN_BITS;
  /** Scratch accumulator of candidate scores, reused by every query (always zero between queries). */
  private acc = new Float64Array(1024);
  private phraseDf = new Uint16Array(1 << SKETCH_MIN_BITS);

  /** Number of articles in the index. */
  get size(): number {
    return this.byId.size;
  }

  /** True when an article with this id is indexed. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * Adds (or replaces) an article. `features` (articleFeatures(doc.article), computed earlier and kept by
   * the extension's storage) spares recomputing them when a library is reloaded.
   */
  add(doc: RelatedDoc, features?: ArticleFeatures): void {
    if (this.byId.has(doc.id)) this.remove(doc.id);
    const e: Entry = {
      num: this.byNum.length,
      id: doc.id,
      url: doc.url ?? null,
      f: features ?? articleFeatures(doc.article),
      normUni: 0,
      normBi: 0,
      normLead: 0,
      normAt: -1,
      words: 1,
    };
    e.words = Math.max(1, e.f.terms.ids.filter((h) => !isPhraseHash(h)).length);
    this.byNum.push(e);
    this.byId.set(doc.id, e);
    this.count(e, 1);
    this.countNames(e, 1);
    if (this.byId.size * SKETCH_PER_ARTICLE > 1 << this.sketchBits && this.sketchBits < SKETCH_MAX_BITS)
      this.growSketch();
  }

  /** Removes an article; unknown ids are ignored. */
  remove(id: string): void {
    const e = this.byId.get(id);
    if (!e) return;
    this.byId.delete(id);
    this.byNum[e.num] = undefined;
    this.count(e, -1);
    this.countNames(e, -1);
  }

  private countNames(e: Entry, delta: 1 | -1): void {
    for (const sp of e.f.speakers) {
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

  private count(e: Entry, delta: 1 | -1): void {
    const ids = e.f.terms.ids;
    for (let i = 0; i < ids.length; i++) {
      const h = ids[i];
      if (isPhraseHash(h)) {
        const k = this.slot(h);
        const c = this.phraseDf[k] + delta;
        if (c >= 0 && c <= 0xffff) this.phraseDf[k] = c;
      } else if (delta > 0) {
        const p = this.postings.get(h);
        if (p) p.push(e.num);
        else this.postings.set(h, [e.num]);
      } else {
        const p = this.postings.get(h);
        if (!p) continue;
        const at = p.indexOf(e.num);
        if (at >= 0) p.splice(at, 1);
        if (p.length === 0) this.postings.delete(h);
      }
    }
  }

  private growSketch(): void {
    while (this.byId.size * SKETCH_PER_ARTICLE > 1 << this.sketchBits && this.sketchBits < SKETCH_MAX_BITS)
      this.sketchBits += 2;
    this.phraseDf = new Uint16Array(1 << this.sketchBits);
    for (const e of this.byId.values())
      for (const h of e.f.terms.ids) {
        if (!isPhraseHash(h)) continue;
        const k = this.slot(h);
        if (this.phraseDf[k] < 0xffff) this.phraseDf[k]++;
      }
  }

  private df(h: number): number {
    return isPhraseHash(h) ? this.phraseDf[this.slot(h)] : (this.postings.get(h)?.length ?? 0);
  }

  private idf(h: number): number {
    const df = this.df(h);
    return df === 0 ? 0 : Math.log(1 + this.byId.size / df);
  }

  // Norms depend on document frequencies, which change as the library grows: recomputed lazily when
  // the library size has moved by more than 5% since.
  private norms(e: Entry): void {
    const n = this.byId.size;
    if (e.normAt >= 0 && Math.abs(n - e.normAt) <= 0.05 * n) return;
    let u = 0;
    let b = 0;
    const { ids, tf } = e.f.terms;
    for (let i = 0; i < ids.length; i++) {
      const x = LOG_TF[tf[i]] * this.idf(ids[i]);
      if (isPhraseHash(ids[i])) b += x * x;
      else u += x * x;
    }
    let l = 0;
    for (let i = 0; i < e.f.lead.ids.length; i++) {
      const x = LOG_TF[e.f.lead.tf[i]] * this.idf(e.f.lead.ids[i]);
      l += x * x;
    }
    e.normLead = Math.sqrt(l);
    e.normUni = Math.sqrt(u);
    e.normBi = Math.sqrt(b);
    e.normAt = n;
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
    const top = opts.top ?? 30;
    const minScore = opts.minScore ?? 0.05;
    let self: Entry | undefined;
    let f: ArticleFeatures;
    if (typeof q === "string") {
      self = this.byId.get(q);
      if (!self) return [];
      f = self.f;
    } else {
      self = this.byId.get(q.id);
      f = self ? self.f : articleFeatures(q.article);
    }
    const selfNum = self?.num ?? -1;

    const qv = this.weigh(f.terms);
    const ql = this.weigh(f.lead);
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
      const df = (this.postings.get(qv.ids[i])?.length ?? 0) - (self ? 1 : 0);
      if (df > 0 && df <= maxDf) probe.push(i);
    }
    probe.sort((a, b) => qv.w[b] - qv.w[a]);
    // Scores accumulate in a reused array indexed by article number; the heaviest (rarest) words come
    // first and the walk stops once enough postings were read, so a query's cost stays bounded as the
    // library grows.
    if (this.acc.length < this.byNum.length) this.acc = new Float64Array(this.byNum.length * 2);
    const acc = this.acc;
    const touched: number[] = [];
    let read = 0;
    for (const i of probe.slice(0, RANKING.queryTerms)) {
      const posting = this.postings.get(qv.ids[i]);
      if (!posting) continue;
      const x = qv.w[i] * qv.idf[i];
      for (const num of posting) {
        if (num === selfNum) continue;
        if (acc[num] === 0) touched.push(num);
        acc[num] += x;
      }
      read += posting.length;
      if (read >= RANKING.postingsBudget) break;
    }
    // Ranked as a cosine would rank them: a long article shares more words with anything.
    const ranked = touched.map((num) => ({ num, x: acc[num] / Math.sqrt(this.byNum[num]?.words ?? 1) }));
    for (const num of touched) acc[num] = 0;
    const candidates = ranked
      .sort((a, b) => b.x - a.x)
      .slice(0, RANKING.candidates)
      .map(({ num }) => this.byNum[num])
      .filter((e): e is Entry => e !== undefined);

    // Pass 1: text scores of every candidate.
    const scored: { c: Entry; text: number; similarity: number; cosBi: number; timeFactor: number }[] = [];
    for (const c of candidates) {
      this.norms(c);
      let du = 0;
      let db = 0;
      dot(qv, c.f.terms, (p, w) => {
        db = p;
        du = w;
      });
      let dl = 0;
      dot(ql, c.f.lead, (_p, w) => {
        dl = w;
      });
      const cosUni = qNormUni && c.normUni ? du / (qNormUni * c.normUni) : 0;
      const cosBi = qNormBi && c.normBi ? db / (qNormBi * c.normBi) : 0;
      const cosLead = qNormLead && c.normLead ? dl / (qNormLead * c.normLead) : 0;
      const similarity = (1 - RANKING.phraseShare) * cosUni + RANKING.phraseShare * cosBi;
      let timeFactor = 1;
      if (f.time !== null && c.f.time !== null) {
        const hours = Math.abs(f.time - c.f.time) / 3_600_000;
        timeFactor = 1 - RANKING.timeShare + RANKING.timeShare * Math.exp(-hours / RANKING.timeScaleHours);
      }
      const text = (1 - RANKING.leadShare) * similarity + RANKING.leadShare * cosLead;
      scored.push({ c, text, similarity, cosBi, timeFactor });
    }
    scored.sort((a, b) => b.text * b.timeFactor - a.text * a.timeFactor);

    // Pass 2: speakers and statements, compared only for the articles that can make the list.
    const results: RelatedResult[] = [];
    for (const { c, text, similarity, cosBi, timeFactor } of scored.slice(0, top + RANKING.recheck)) {
      const sharedSpeakers = sharedSpeakersOf(f.speakers, c.f.speakers, (sp) => this.canonicalName(sp));
      const sharedQuotes = sharedQuotesOf(f, c.f);
      const score =
        timeFactor *
        (text +
          RANKING.perSpeaker * similarity * Math.min(sharedSpeakers.length, RANKING.maxSpeakers) +
          RANKING.perQuote * Math.min(sharedQuotes.length, RANKING.maxQuotes));
      if (score < minScore) continue;
      const sameEvent = similarity >= RANKING.sameEvent || sharedQuotes.length > 0;
      const later = f.time !== null && c.f.time !== null && c.f.time - f.time >= RANKING.followUpHours * 3_600_000;
      const relation: RelatedWhy["relation"] =
        cosBi >= RANKING.wireCopy ? "wire-copy" : sameEvent ? (later ? "follow-up" : "same-event") : "related";
      results.push({
        id: c.id,
        url: c.url,
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
export function sharedQuotesOf(a: ArticleFeatures, b: ArticleFeatures): SharedQuote[] {
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
