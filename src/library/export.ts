/**
 * Exports of the library: the lossless JSON file (re-importable, see import.ts), a CSV of quotes for
 * spreadsheets, CSL-JSON of saved quotes for reference managers (Zotero), and schema.org ClaimReview
 * JSON-LD for the statements the reader gave a verdict. All outputs are deterministic: the same data
 * gives the same bytes.
 */
import type { SpeakerKind } from "../core/types.ts";
import { VERDICT_LABELS } from "./lexicon/verdictLabels.ts";
import { dayOf, type Flag, type LibraryData, type SavedArticle, type SavedQuote } from "./records.ts";
import { stableStringify } from "./stable.ts";

export const LIBRARY_FORMAT = "isnad-library";
/** Version of the JSON file format; import.ts reads this version and refuses newer ones. */
export const LIBRARY_VERSION = 1;

/** The JSON export file. */
export interface LibraryFile extends LibraryData {
  format: typeof LIBRARY_FORMAT;
  version: number;
  exportedAt: string;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The library with every list in a fixed order (records by id, speakers by key, mentions by article). */
export function sortLibrary(data: LibraryData): LibraryData {
  return {
    articles: [...data.articles].sort(byId),
    quotes: [...data.quotes].sort(byId),
    speakers: [...data.speakers]
      .sort((a, b) => cmp(a.key, b.key))
      .map((s) => ({
        ...s,
        mentions: [...s.mentions].sort(
          (a, b) => cmp(a.date, b.date) || cmp(a.articleId, b.articleId) || cmp(a.key, b.key) || cmp(a.name, b.name),
        ),
      })),
    claims: [...data.claims].sort(byId),
    flags: [...data.flags].sort(byId),
  };
}

/** The whole library as the versioned JSON file (sorted lists and keys, 2-space indent, final newline). */
export function exportJson(data: LibraryData, now: Date): string {
  const sorted = sortLibrary(data);
  // The header first for a human opening the file; every record's keys sorted.
  const body = [
    `  "format": ${JSON.stringify(LIBRARY_FORMAT)}`,
    `  "version": ${LIBRARY_VERSION}`,
    `  "exportedAt": ${JSON.stringify(now.toISOString())}`,
    ...(["articles", "quotes", "speakers", "claims", "flags"] as const).map(
      (k) => `  ${JSON.stringify(k)}: ${stableStringify(sorted[k], 2).replace(/\n/g, "\n  ")}`,
    ),
  ];
  return `{\n${body.join(",\n")}\n}\n`;
}

// ── CSV ────────────────────────────────────────────────────────────────────────────────────────────

const CSV_COLUMNS = [
  "speaker",
  "title",
  "quote",
  "kind",
  "cue",
  "via",
  "outlet",
  "article title",
  "date",
  "url",
  "tags",
  "note",
] as const;

const CSV_HEADERS_AR: Record<(typeof CSV_COLUMNS)[number], string> = {
  speaker: "المتحدث",
  title: "الصفة",
  quote: "الاقتباس",
  kind: "النوع",
  cue: "فعل القول",
  via: "المصدر الناقل",
  outlet: "الوسيلة",
  "article title": "عنوان المقال",
  date: "التاريخ",
  url: "الرابط",
  tags: "الوسوم",
  note: "ملاحظة",
};

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF, quotes doubled. A field
 * starting with = + - @ (or a tab/CR) gets a leading apostrophe, so a spreadsheet shows it instead of
 * running it as a formula (a hostile page could otherwise plant one in a "quote").
 */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export interface CsvOptions {
  /** Header row language; "en" (default) gives the column names above. */
  headers?: "en" | "ar";
}

/**
 * Quotes as CSV: UTF-8 with a byte-order mark (so Excel reads Arabic correctly), CRLF line ends, one row
 * per quote in the given order; tags joined with "; ".
 */
export function exportQuotesCsv(
  quotes: readonly SavedQuote[],
  articles: readonly SavedArticle[],
  options: CsvOptions = {},
): string {
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  const header = CSV_COLUMNS.map((c) => (options.headers === "ar" ? CSV_HEADERS_AR[c] : c));
  const rows = [header.map(csvField).join(",")];
  for (const q of quotes) {
    const a = byArticle.get(q.articleId);
    const cells = [
      q.speakerName ?? "",
      q.speakerTitle ?? "",
      q.text,
      q.kind,
      q.cue ?? "",
      q.via ?? "",
      a?.outlet ?? "",
      a?.title ?? "",
      dayOf(a?.publishedAt) ?? "",
      a?.url ?? "",
      (q.saved?.tags ?? []).join("; "),
      q.saved?.note ?? "",
    ];
    rows.push(cells.map(csvField).join(","));
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}

// ── CSL-JSON ───────────────────────────────────────────────────────────────────────────────────────

/** A CSL-JSON item (the subset Isnad writes). */
export interface CslItem {
  id: string;
  type: "article-newspaper";
  title: string;
  "container-title"?: string;
  author?: { literal: string }[];
  issued?: { "date-parts": [[number, number, number]] };
  accessed?: { "date-parts": [[number, number, number]] };
  URL?: string;
  language: string;
  abstract: string;
  note: string;
}

function dateParts(iso: string | null | undefined): { "date-parts": [[number, number, number]] } | undefined {
  const d = dayOf(iso);
  if (!d) return undefined;
  const [y, m, day] = d.split("-").map(Number);
  return { "date-parts": [[y, m, day]] };
}

// Bylines often carry a verb or label before the name (بقلم: …, كتب: …, By …); Zotero wants the name.
const BYLINE_LABEL = /^\s*(بقلم|كتبت?|كتابة|إعداد|اعداد|تحرير|by)\s*[:：-]?\s*/i;

/**
 * Authors of a byline: label removed, split on commas and on a separate " و " / " and "; each kept as a
 * literal name. An attached و is not split: too many names start with it (وليد, وائل, وفاء).
 */
export function bylineAuthors(byline: string | null): { literal: string }[] {
  if (!byline) return [];
  return byline
    .replace(BYLINE_LABEL, "")
    .split(/\s*[،,]\s*|\s+و\s+|\s+and\s+/i)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((literal) => ({ literal }));
}

/** How a quote is attributed in a note: "SPEAKER، TITLE: «TEXT»" (reported speech without «»). */
function attributed(q: SavedQuote): string {
  const who = [q.speakerName, q.speakerTitle].filter(Boolean).join("، ");
  const words = q.kind === "indirect" ? q.text : `«${q.text}»`;
  return who ? `${who}: ${words}` : words;
}

/**
 * CSL-JSON items for quotes (pass the saved ones): one "article-newspaper" item per quote, the article
 * as the cited work, the quote with its speaker as abstract and note, and the reader's note after it.
 */
export function exportCslJson(quotes: readonly SavedQuote[], articles: readonly SavedArticle[]): CslItem[] {
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  return quotes.flatMap((q) => {
    const a = byArticle.get(q.articleId);
    if (!a) return [];
    const item: CslItem = {
      id: q.id,
      type: "article-newspaper",
      title: a.title,
      language: "ar",
      abstract: attributed(q),
      note: "",
    };
    if (a.outlet) item["container-title"] = a.outlet;
    const authors = bylineAuthors(a.byline);
    if (authors.length) item.author = authors;
    const issued = dateParts(a.publishedAt);
    if (issued) item.issued = issued;
    const accessed = dateParts(a.savedAt);
    if (accessed) item.accessed = accessed;
    if (a.url) item.URL = a.url;
    item.note = [attributed(q), q.saved?.note, q.saved?.tags.length ? q.saved.tags.join("; ") : ""]
      .filter(Boolean)
      .join("\n");
    return [item];
  });
}

// ── ClaimReview ────────────────────────────────────────────────────────────────────────────────────

export interface ClaimReviewOptions {
  /** Label language of the textual rating; default "ar". */
  lang?: "ar" | "en";
  /** Who reviewed (the reader's organization), written as the ClaimReview's author. */
  reviewer?: { name: string; url?: string };
  /** Also export flags still "to-check" (no verdict yet); default false. */
  includeUnreviewed?: boolean;
}

const personOrOrg = (kind: SpeakerKind | undefined): string =>
  kind === "person" || kind === "unknown" || kind === undefined ? "Person" : "Organization";

/**
 * schema.org ClaimReview JSON-LD (an "@graph" of reviews) for flagged statements: the statement as
 * claimReviewed, the verdict as reviewRating.alternateName, the speaker as the claim's author, the article
 * as its appearance, the reader's note as reviewBody and the evidence link as citation.
 */
export function exportClaimReviews(data: LibraryData, options: ClaimReviewOptions = {}): string {
  const lang = options.lang ?? "ar";
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const quotes = new Map(data.quotes.map((q) => [q.id, q]));
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  const kindOf = (q: SavedQuote): SpeakerKind | undefined =>
    data.speakers.find((s) => s.mentions.some((m) => m.articleId === q.articleId && m.key === q.speakerKey))?.kind;
  const flags = [...data.flags]
    .filter((f) => options.includeUnreviewed || f.verdict !== "to-check")
    .sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
  const graph = flags.map((f: Flag) => {
    const claim = f.claimId ? claims.get(f.claimId) : undefined;
    const quote = f.quoteId ? quotes.get(f.quoteId) : claim?.quoteId ? quotes.get(claim.quoteId) : undefined;
    const article = articles.get(f.articleId ?? claim?.articleId ?? quote?.articleId ?? "");
    const item: Record<string, unknown> = { "@type": "Claim" };
    if (quote?.speakerName) item.author = { "@type": personOrOrg(kindOf(quote)), name: quote.speakerName };
    if (article) {
      if (article.publishedAt) item.datePublished = article.publishedAt;
      const appearance: Record<string, unknown> = { "@type": "NewsArticle", headline: article.title };
      if (article.url) appearance.url = article.url;
      if (article.publishedAt) appearance.datePublished = article.publishedAt;
      if (article.outlet) appearance.publisher = { "@type": "Organization", name: article.outlet };
      item.appearance = appearance;
    }
    const review: Record<string, unknown> = {
      "@type": "ClaimReview",
      claimReviewed: f.text,
      datePublished: dayOf(f.updatedAt),
      inLanguage: "ar",
      itemReviewed: item,
      reviewRating: { "@type": "Rating", alternateName: VERDICT_LABELS[lang][f.verdict] },
    };
    if (f.note) review.reviewBody = f.note;
    if (f.evidenceUrl) review.citation = f.evidenceUrl;
    if (options.reviewer) {
      review.author = {
        "@type": "Organization",
        name: options.reviewer.name,
        ...(options.reviewer.url ? { url: options.reviewer.url } : {}),
      };
    }
    return review;
  });
  return `${stableStringify({ "@context": "https://schema.org", "@graph": graph }, 2)}\n`;
}
