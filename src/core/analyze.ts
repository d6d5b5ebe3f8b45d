/**
 * The core pipeline: PageInput → PageAnalysis. Pure: no DOM, no browser or Node APIs.
 * Stages, in order: language → per article (text → quotes and speakers → claims).
 */
import { findClaims } from "./claims/index.ts";
import { detectLanguage } from "./language/index.ts";
import { findHeadlineQuotesInLinks, findQuotes } from "./quotes/index.ts";
import { BLOCK_SEPARATOR } from "./segment/index.ts";
import type { Article, ArticleInput, PageAnalysis, PageInput } from "./types.ts";

/** Blocks are joined with a blank line so paragraph breaks stay visible to segmentation. */
export { BLOCK_SEPARATOR };

/**
 * Longest body text analyzed, in UTF-16 units. The longest real long-form pieces run to about 60,000
 * characters; 200,000 leaves room for those three times over while keeping one page's analysis to a few
 * seconds on a slow machine. Longer text (a data dump, a book, a page stuffed with generated text) is cut
 * at the bound: the analyzed text is a prefix of the full text, so offsets into it still point at the
 * same words of the page, and the article says `truncated: true`.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** Cuts text to at most `max` units at the last whitespace before the bound, never inside a surrogate pair. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max);
  const newline = text.lastIndexOf("\n", max);
  // Words are kept whole when a break sits in the last tenth; a 1 MB "word" is cut where the bound falls.
  let end = Math.max(space, newline) > max * 0.9 ? Math.max(space, newline) : max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}

/**
 * The article's body text (at most MAX_ARTICLE_CHARS) and whether it was cut. Blocks are joined only
 * until the bound is passed: a 10 MB page is not copied whole to keep its first 200,000 characters. The
 * cut looks at no character beyond index MAX_ARTICLE_CHARS, so the result is the same as cutting the
 * full join; and the text was cut exactly when the full join is longer than the bound.
 */
export function bodyText(input: ArticleInput): { text: string; truncated: boolean } {
  const parts: string[] = [];
  let length = 0;
  for (const block of input.blocks) {
    const t = block.text.trim();
    if (!t) continue;
    if (parts.length) length += BLOCK_SEPARATOR.length;
    parts.push(t);
    length += t.length;
    if (length > MAX_ARTICLE_CHARS) break;
  }
  return { text: cutText(parts.join(BLOCK_SEPARATOR), MAX_ARTICLE_CHARS), truncated: length > MAX_ARTICLE_CHARS };
}

/** The article's body text, as offsets in Quote and Claim point into it (at most MAX_ARTICLE_CHARS). */
export function articleText(input: ArticleInput): string {
  return bodyText(input).text;
}

/** The article's fields the extractor gave, around the analysis of its text. */
export function articleOf(
  input: ArticleInput,
  body: { text: string; truncated: boolean },
  found: Pick<Article, "speakers" | "quotes" | "claims">,
): Article {
  return {
    title: input.title,
    outlet: input.outlet,
    byline: input.byline,
    publishedAt: input.publishedAt,
    keywords: input.keywords,
    text: body.text,
    speakers: found.speakers,
    quotes: found.quotes,
    claims: found.claims,
    relatedLinks: input.relatedLinks,
    ...(body.truncated ? { truncated: true } : {}),
  };
}

/** Analyzes one article found by the extractor. */
export function analyzeArticle(input: ArticleInput): Article {
  const body = bodyText(input);
  const { quotes, speakers } = findQuotes({ title: input.title, text: body.text });
  const claims = findClaims({ text: body.text, quotes, speakers });
  return articleOf(input, body, { speakers, quotes, claims });
}

/** Runs the whole core over a page. A page that is not Arabic is not analyzed and holds no article. */
export function analyzePage(input: PageInput, now: () => number = () => Date.now()): PageAnalysis {
  const t0 = now();
  const language = detectLanguage(input.sampleText);
  const articles = language.isArabic ? input.articles.map(analyzeArticle) : [];
  const headlineQuotes = language.isArabic ? findHeadlineQuotesInLinks(input.pageLinks ?? []) : [];
  return pageAnalysisOf(input, language, articles, headlineQuotes, now() - t0);
}

/** The page's analysis from its parts (also what steps.ts assembles after its slices). */
export function pageAnalysisOf(
  input: PageInput,
  language: PageAnalysis["language"],
  articles: Article[],
  headlineQuotes: PageAnalysis["headlineQuotes"],
  totalMs: number,
): PageAnalysis {
  return {
    url: input.url,
    language,
    isNewsArticle: articles.length > 0,
    articles,
    headlineQuotes,
    timings: { totalMs },
  };
}
