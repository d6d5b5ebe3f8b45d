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

/** The article's body text, as offsets in Quote and Claim point into it (at most MAX_ARTICLE_CHARS). */
export function articleText(input: ArticleInput): string {
  return cutText(
    input.blocks
      .map((b) => b.text.trim())
      .filter(Boolean)
      .join(BLOCK_SEPARATOR),
    MAX_ARTICLE_CHARS,
  );
}

/** Analyzes one article found by the extractor. */
export function analyzeArticle(input: ArticleInput): Article {
  const text = articleText(input);
  const truncated = text.length < fullLength(input);
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
    ...(truncated ? { truncated } : {}),
  };
}

/** Length of the untruncated body text, without building it. */
function fullLength(input: ArticleInput): number {
  let n = 0;
  let parts = 0;
  for (const b of input.blocks) {
    const len = b.text.trim().length;
    if (len) {
      n += len;
      parts++;
    }
  }
  return n + Math.max(0, parts - 1) * BLOCK_SEPARATOR.length;
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
