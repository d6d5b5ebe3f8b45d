/**
 * Upgrade steps of the database (see schema.ts for the version history). Each converts the records the
 * version before it wrote; the legacy record shapes are spelled out here so the steps keep compiling
 * when the current shapes move on.
 */
import type { Transaction } from "dexie";
import type { Article, Claim, LanguageInfo, Quote, Speaker } from "../core/types.ts";
import { hash64 } from "../library/hash.ts";
import {
  type Flag,
  recordsFromAnalysis,
  type SavedArticle,
  type SavedClaim,
  type SavedQuote,
  type SavedSpeaker,
  type SpeakerMention,
  VERDICTS,
  type Verdict,
} from "../library/records.ts";
import { addMentions } from "../library/speakers.ts";
import { speakerRow } from "./rows.ts";

// ── v1 / v2 shapes ──────────────────────────────────────────────────────────────────────────────────

export interface V1Article {
  id: string;
  url: string;
  index: number;
  title: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  keywords: string[];
  text: string;
  relatedLinks: Article["relatedLinks"];
  language: LanguageInfo;
  savedAt: number;
  firstSavedAt: number;
  quoteCount: number;
  claimCount: number;
}
export interface V1Speaker extends Speaker {
  rowId: string;
  articleId: string;
  url: string;
  key: string;
}
export interface V1Quote extends Quote {
  rowId: string;
  articleId: string;
  url: string;
  speakerKey: string;
  savedAt: number;
}
export interface V1Claim extends Claim {
  rowId: string;
  articleId: string;
  url: string;
  savedAt: number;
}
export interface V1Flag {
  id?: number;
  articleId: string;
  targetId: string;
  kind: string;
  note: string;
  createdAt: number;
  targetKind?: "quote" | "claim" | "selection";
  text?: string;
  url?: string;
  evidenceUrl?: string | null;
  updatedAt?: number;
}
export interface V2SavedQuote {
  id: string;
  articleId: string;
  url: string;
  text: string;
  kind: Quote["kind"];
  cue: string | null;
  via: string | null;
  speakerKey: string;
  speakerName: string | null;
  speakerTitle: string | null;
  title: string;
  outlet: string;
  publishedAt: string | null;
  day: string;
  start: number;
  end: number;
  tags: string[];
  note: string;
  savedAt: number;
}

const iso = (ms: number | undefined): string => new Date(Number.isFinite(ms) ? (ms as number) : 0).toISOString();

/**
 * v2 → v3: per-page rows become library records. Each page's rows are put back together as the analysis
 * they came from and converted by the same code that saves new analyses (recordsFromAnalysis), so a
 * migrated article is the record a fresh save would have made; dates come from the old rows. Saved
 * quotes become their quote's `saved` (or a quote of their own when the analysis no longer has it);
 * flags keep their words and verdict; the speaker registry is built from every article's speakers.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const oldArticles = (await tx.table("articles").toArray()) as V1Article[];
  const oldSpeakers = (await tx.table("speakers").toArray()) as V1Speaker[];
  const oldQuotes = (await tx.table("quotes").toArray()) as V1Quote[];
  const oldClaims = (await tx.table("claims").toArray()) as V1Claim[];
  const oldFlags = (await tx.table("flags").toArray()) as V1Flag[];
  // (A version 1 database got its empty savedQuotes table from the version 2 step just before.)
  const oldSaved = (await tx.table("savedQuotes").toArray()) as V2SavedQuote[];

  const group = <T extends { articleId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.articleId, [...(m.get(r.articleId) ?? []), r]);
    return m;
  };
  const speakersOf = group(oldSpeakers);
  const quotesOf = group(oldQuotes);
  const claimsOf = group(oldClaims);
  const pages = new Map<string, V1Article[]>();
  for (const a of oldArticles) pages.set(a.url, [...(pages.get(a.url) ?? []), a]);

  const articles: SavedArticle[] = [];
  const quotes = new Map<string, SavedQuote>();
  const claims: SavedClaim[] = [];
  const mentions: SpeakerMention[] = [];
  /** old rowId / article id → new id */
  const quoteId = new Map<string, string>();
  const claimId = new Map<string, string>();
  const articleId = new Map<string, string>();

  for (const [url, rows] of pages) {
    rows.sort((a, b) => a.index - b.index);
    const analysisArticles: Article[] = rows.map((a) => ({
      title: a.title,
      outlet: a.outlet,
      byline: a.byline,
      publishedAt: a.publishedAt,
      keywords: a.keywords ?? [],
      text: a.text,
      relatedLinks: a.relatedLinks ?? [],
      speakers: (speakersOf.get(a.id) ?? []).map(({ rowId: _r, articleId: _a, url: _u, ...s }) => s),
      quotes: (quotesOf.get(a.id) ?? [])
        .sort((x, y) => x.start - y.start)
        .map(({ rowId: _r, articleId: _a, url: _u, speakerKey: _k, savedAt: _s, ...q }) => q),
      claims: (claimsOf.get(a.id) ?? [])
        .sort((x, y) => x.start - y.start)
        .map(({ rowId: _r, articleId: _a, url: _u, savedAt: _s, ...c }) => c),
    }));
    const records = recordsFromAnalysis(
      { url, language: rows[0].language, isNewsArticle: true, articles: analysisArticles },
      new Date(0),
    );
    rows.forEach((old, i) => {
      const fresh = records.articles[i];
      articleId.set(old.id, fresh.id);
      articles.push({ ...fresh, savedAt: iso(old.firstSavedAt), updatedAt: iso(old.savedAt) });
      // recordsFromAnalysis keeps the order of the quotes and claims it was given.
      const q = records.quotes.filter((r) => r.articleId === fresh.id);
      analysisArticles[i].quotes.forEach((oq, j) => {
        quoteId.set(`${old.id}/${oq.id}`, q[j].id);
      });
      for (const r of q) quotes.set(r.id, { ...r, updatedAt: iso(old.savedAt) });
      const c = records.claims.filter((r) => r.articleId === fresh.id);
      analysisArticles[i].claims.forEach((oc, j) => {
        claimId.set(`${old.id}/${oc.id}`, c[j].id);
      });
      for (const r of c) claims.push({ ...r, updatedAt: iso(old.savedAt) });
    });
    mentions.push(...records.mentions);
  }

  for (const s of oldSaved) {
    const saved = { tags: [...(s.tags ?? [])], note: s.note ?? "", savedAt: iso(s.savedAt) };
    const id = quoteId.get(s.id);
    const existing = id ? quotes.get(id) : undefined;
    if (existing) {
      quotes.set(existing.id, { ...existing, saved });
      continue;
    }
    // A selection, or a quote whose page was deleted: kept as a quote of its own, with its article.
    let aid = articleId.get(s.articleId);
    if (!aid) {
      aid = `a-${hash64(`legacy|${s.url}|${s.title}`)}`;
      if (!articles.some((a) => a.id === aid))
        articles.push({
          id: aid,
          url: s.url,
          canonicalUrl: s.url,
          textHash: "",
          title: s.title,
          outlet: s.outlet || null,
          byline: null,
          publishedAt: s.publishedAt,
          savedAt: iso(s.savedAt),
          updatedAt: iso(s.savedAt),
          keywords: [],
          text: "",
          language: { isArabic: true, arabicRatio: 1 },
          relatedLinks: [],
        });
    }
    const qid = `${aid}:q:${hash64(`${s.kind}|${s.text}`)}`;
    quotes.set(qid, {
      id: qid,
      articleId: aid,
      text: s.text,
      kind: s.kind,
      cue: s.cue,
      via: s.via,
      speakerKey: s.speakerKey,
      speakerName: s.speakerName,
      speakerTitle: s.speakerTitle,
      start: s.start,
      end: s.end,
      rule: null,
      confidence: null,
      updatedAt: iso(s.savedAt),
      saved,
    });
  }

  const quoteText = new Map([...quotes.values()].map((q) => [q.id, q.text]));
  const claimText = new Map(claims.map((c) => [c.id, c.text]));
  const flags: Flag[] = oldFlags.map((f) => {
    const kind = f.targetKind ?? "quote";
    const qid = kind === "quote" ? (quoteId.get(f.targetId) ?? null) : null;
    const cid = kind === "claim" ? (claimId.get(f.targetId) ?? null) : null;
    const text = f.text ?? (qid ? quoteText.get(qid) : cid ? claimText.get(cid) : "") ?? "";
    const verdict: Verdict = (VERDICTS as readonly string[]).includes(f.kind) ? (f.kind as Verdict) : "to-check";
    return {
      id: `f-${hash64(`legacy|${f.id ?? ""}|${f.targetId}|${text}|${f.createdAt}`)}`,
      articleId: articleId.get(f.articleId) ?? null,
      claimId: cid,
      quoteId: qid,
      text,
      verdict,
      note: f.note ?? "",
      evidenceUrl: f.evidenceUrl ?? null,
      createdAt: iso(f.createdAt),
      updatedAt: iso(f.updatedAt ?? f.createdAt),
    };
  });

  const registry: SavedSpeaker[] = addMentions([], mentions, new Date(0)).entries;
  // Registry entries are dated by their articles' latest save, not by the migration.
  const latest =
    articles
      .map((a) => a.updatedAt)
      .sort()
      .at(-1) ?? iso(0);

  await tx.table("articles").clear();
  await tx.table("articles").bulkAdd(articles);
  await tx.table("quotes3").bulkAdd([...quotes.values()]);
  await tx.table("claims3").bulkAdd(claims);
  await tx.table("speakers3").bulkAdd(registry.map((s) => speakerRow({ ...s, updatedAt: latest })));
  await tx.table("flags3").bulkAdd(flags);
  // The search and related indexes are built from the tables on first use.
  await tx.table("meta").put({ key: "indexes", rebuild: true });
}

/** v3 → v4: the records move, unchanged, to tables under their plain names. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  for (const name of ["quotes", "claims", "speakers", "flags"]) {
    const rows = await tx.table(`${name}3`).toArray();
    await tx.table(name).bulkAdd(rows);
  }
}
