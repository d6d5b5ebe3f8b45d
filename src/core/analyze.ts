/**
 * The core pipeline: PageInput → PageAnalysis. Pure: no DOM, no browser or Node APIs.
 * Stages, in order: language → per article (text → quotes and speakers → claims).
 */
import { findClaims } from "./claims/index.ts";
import { detectLanguage } from "./language/index.ts";
import { findHeadlineQuotesInLinks, findQuotes } from "./quotes/index.ts";
import type { Article, ArticleInput, PageAnalysis, PageInput } from "./types.ts";

/** Blocks are joined with a blank line so paragraph breaks stay visible to segmentation. */
export const BLOCK_SEPARATOR = "\n\n";

/** The article's body text, as offsets in Quote and Claim point into it. */
export function articleText(input: ArticleInput): string {
  return input.blocks
    .map((b) => b.text.trim())
    .filter(Boolean)
    .join(BLOCK_SEPARATOR);
}

/** Analyzes one article found by the extractor. */
export function analyzeArticle(input: ArticleInput): Article {
  const text = articleText(input);
  const { quotes, speakers } = findQuotes({ title: input.title, text });
  const claims = findClaims({ text, quotes, speakers });
  return {
    title: input.title,
    outlet: input.outlet,
    byline: input.byline,
    publishedAt: input.publishedAt,
    keywords: input.keywords,
    text,
    speakers,
    quotes,
    claims,
    relatedLinks: input.relatedLinks,
  };
}

/** Runs the whole core over a page. A page that is not Arabic is not analyzed and holds no article. */
export function analyzePage(input: PageInput, now: () => number = () => Date.now()): PageAnalysis {
  const t0 = now();
  const language = detectLanguage(input.sampleText);
  const articles = language.isArabic ? input.articles.map(analyzeArticle) : [];
  const headlineQuotes = language.isArabic ? findHeadlineQuotesInLinks(input.pageLinks ?? []) : [];
  return {
    url: input.url,
    language,
    isNewsArticle: articles.length > 0,
    articles,
    headlineQuotes,
    timings: { totalMs: now() - t0 },
  };
}
