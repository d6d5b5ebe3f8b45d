/**
 * Golden extraction: what extractPage + detectLanguage give for each page under
 * tests/fixtures/pages/<name>/source.html, in the reviewable form stored as expected.json beside it.
 * Pages are read as `isnad analyze` reads them (declared charset, linkedom) and without a URL, as the
 * scorer runs them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHtml, parseDocument } from "../../src/cli/loadPage.ts";
import { detectLanguage } from "../../src/core/language/index.ts";
import { extractPage } from "../../src/extract/index.ts";

export const FIXTURES = fileURLToPath(new URL("../fixtures/pages/", import.meta.url));

export interface GoldenPage {
  isArabic: boolean;
  language: string | undefined;
  articleCount: number;
  articles: {
    title: string;
    outlet: string | null;
    publishedAt: string | null;
    byline: string | null;
    keywords: string[];
    relatedLinks: { title: string; url: string }[];
    blocks: string[];
  }[];
}

/** Fixture directories that hold a source.html. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => {
      try {
        readFileSync(join(FIXTURES, name, "source.html"));
        return true;
      } catch {
        return false;
      }
    })
    .sort();
}

/** Runs the extractor and language identification on one fixture. */
export function extractFixture(name: string): GoldenPage {
  const html = decodeHtml(readFileSync(join(FIXTURES, name, "source.html")));
  const page = extractPage(parseDocument(html), null);
  const language = detectLanguage(page.sampleText);
  return {
    isArabic: language.isArabic,
    language: language.code,
    articleCount: page.articles.length,
    articles: page.articles.map((a) => ({
      title: a.title,
      outlet: a.outlet,
      publishedAt: a.publishedAt,
      byline: a.byline,
      keywords: a.keywords,
      relatedLinks: a.relatedLinks,
      blocks: a.blocks.map((b) => `${b.kind}: ${b.text}`),
    })),
  };
}

export function expectedPath(name: string): string {
  return join(FIXTURES, name, "expected.json");
}
