/**
 * DOM → PageInput. Placeholder to be replaced by the page-understanding work. Uses only
 * querySelectorAll / textContent / getAttribute so it runs on the browser DOM and on linkedom alike.
 */
import type { PageInput } from "../core/types.ts";

export function extractPage(doc: Document, url: string | null): PageInput {
  const title = doc.querySelector("h1")?.textContent?.trim() ?? doc.title ?? "";
  const blocks = [...doc.querySelectorAll("p")].map((p) => ({ kind: "paragraph" as const, text: p.textContent ?? "" }));
  return {
    url,
    sampleText: doc.body?.textContent ?? "",
    articles: blocks.length
      ? [{ title, outlet: null, byline: null, publishedAt: null, keywords: [], blocks, relatedLinks: [] }]
      : [],
  };
}
