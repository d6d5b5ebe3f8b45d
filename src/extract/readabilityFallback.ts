/**
 * Fallback body extraction with @mozilla/readability, for article pages whose body our own
 * heuristics cannot cut into blocks. Readability mutates the document it parses, so it gets a clone;
 * it is slow, so it is never on the path of pages that structured data or our heuristics handle.
 */
import { Readability } from "@mozilla/readability";
import type { Block } from "../core/types.ts";
import { clean } from "./text.ts";

/** Paragraph blocks of Readability's article text, or [] when it finds none. */
export function readabilityBlocks(doc: Document): Block[] {
  try {
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability(clone, { charThreshold: 200 }).parse();
    if (!article?.textContent) return [];
    return article.textContent
      .split(/\n\s*\n|\n/)
      .map(clean)
      .filter((t) => t.length > 1)
      .map((text) => ({ kind: "paragraph" as const, text }));
  } catch {
    return [];
  }
}
