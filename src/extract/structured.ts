/**
 * Structured data a page declares about itself: JSON-LD (schema.org, including @graph), Open Graph
 * and other meta tags, the canonical address.
 */
import { clean, decodeEntities } from "./text.ts";
import type { Scan } from "./units.ts";

/** schema.org types of news articles (and the article types news sites use for them). */
export const ARTICLE_TYPES = new Set([
  "NewsArticle",
  "Article",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "BackgroundNewsArticle",
  "OpinionNewsArticle",
  "ReviewNewsArticle",
  "AskPublicNewsArticle",
  "BlogPosting",
  "LiveBlogPosting",
  "Report",
  "ScholarlyArticle",
]);

/** schema.org types that mark a page as a listing of other pages. */
export const LISTING_TYPES = new Set(["CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"]);
/**
 * Schema.org types of a page's main thing that is not news (a recipe, a product, an event …): with one
 * of these and no article type, the page is not a news article whatever its og:type says (sites set
 * og:type "article" on every page).
 */
export const NOT_NEWS_TYPES = new Set([
  "Recipe",
  "Product",
  "Event",
  "JobPosting",
  "Course",
  "HowTo",
  "SoftwareApplication",
  "MobileApplication",
  "Movie",
  "Book",
  "Game",
  "VideoGame",
  "Hotel",
  "Restaurant",
  "LocalBusiness",
  "RealEstateListing",
]);

/** One article as JSON-LD describes it. */
export interface LdArticle {
  type: string;
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  authors: string[];
  keywords: string[];
  url: string | null;
}

export interface Structured {
  ldArticles: LdArticle[];
  /** Every top-level @type seen (for listing detection). */
  ldTypes: Set<string>;
  meta: Map<string, string>;
  canonical: string | null;
}

type Json = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === "string") return clean(decodeEntities(v)) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object") return str((v as Json).name ?? (v as Json)["@value"]);
  return null;
}

function types(node: Json): string[] {
  const t = node["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.replace(/^.*[/#:]/, ""));
}

function names(v: unknown): string[] {
  if (!v) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => str(x)).filter((x): x is string => !!x);
}

function keywordsOf(v: unknown): string[] {
  if (typeof v === "string") return decodeEntities(v).split(/[,،;]/).map(clean).filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(keywordsOf);
  return [];
}

/** Top-level nodes of a JSON-LD value: arrays and @graph flattened, nested values left alone. */
function topNodes(value: unknown, out: Json[]): void {
  if (Array.isArray(value)) for (const v of value) topNodes(v, out);
  else if (value && typeof value === "object") {
    const node = value as Json;
    if (node["@type"]) out.push(node);
    if (Array.isArray(node["@graph"])) topNodes(node["@graph"], out);
  }
}

function parseJsonLd(scripts: Element[]): { articles: LdArticle[]; types: Set<string> } {
  const articles: LdArticle[] = [];
  const seen = new Set<string>();
  for (const script of scripts) {
    const raw = script.textContent ?? "";
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      try {
        // Some sites leave raw newlines or trailing commas in strings; a second, forgiving try.
        value = JSON.parse(raw.replace(/[\n\r\t]+/g, " ").replace(/,\s*([}\]])/g, "$1"));
      } catch {
        continue;
      }
    }
    const nodes: Json[] = [];
    topNodes(value, nodes);
    for (const node of nodes) {
      const ts = types(node);
      for (const t of ts) seen.add(t);
      if (!ts.some((t) => ARTICLE_TYPES.has(t))) continue;
      const main = node.mainEntityOfPage;
      articles.push({
        type: ts.find((t) => ARTICLE_TYPES.has(t)) ?? "Article",
        headline: str(node.headline) ?? str(node.name),
        datePublished: str(node.datePublished) ?? str(node.dateCreated),
        publisher: str(node.publisher),
        authors: names(node.author),
        keywords: keywordsOf(node.keywords),
        url: str(node.url) ?? (typeof main === "string" ? main : str((main as Json | undefined)?.["@id"])),
      });
    }
  }
  return { articles, types: seen };
}

function readMeta(metas: Element[]): Map<string, string> {
  const meta = new Map<string, string>();
  for (const m of metas) {
    if (m.getAttribute("content") === null) continue;
    const key = (
      m.getAttribute("property") ??
      m.getAttribute("name") ??
      m.getAttribute("itemprop") ??
      ""
    ).toLowerCase();
    if (!key) continue;
    const content = clean(decodeEntities(m.getAttribute("content") ?? ""));
    if (!content) continue;
    // Several article:tag metas: keep them all, joined by a separator no tag contains.
    if (meta.has(key)) {
      if (key.endsWith(":tag")) meta.set(key, `${meta.get(key)}\u241e${content}`);
      continue;
    }
    meta.set(key, content);
  }
  return meta;
}

/** Reads JSON-LD, meta tags and the canonical link the page scan collected. */
export function readStructured(scan: Scan): Structured {
  const { articles, types } = parseJsonLd(scan.ldScripts);
  const canonical =
    scan.links.find((l) => (l.getAttribute("rel") ?? "").toLowerCase() === "canonical")?.getAttribute("href") ?? null;
  return { ldArticles: articles, ldTypes: types, meta: readMeta(scan.metas), canonical };
}

/** The first meta value among `keys`. */
export function metaValue(s: Structured, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = s.meta.get(k);
    if (v) return v;
  }
  return null;
}
