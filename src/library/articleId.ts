/**
 * The id of a saved article, in a module of its own so the popup's first load can order a page's
 * articles without loading the rest of the records code (records.ts re-exports it).
 */
import { hash64 } from "./hash.ts";
import { canonicalUrl } from "./url.ts";

/**
 * The id an article gets: from its canonical URL (plus its position when a page holds several), or from
 * its text when the page has no URL.
 */
export function articleIdOf(url: string | null, index: number, textHash: string): string {
  if (!url) return `a-${textHash}`;
  return `a-${hash64(index > 0 ? `${canonicalUrl(url)}#${index}` : canonicalUrl(url))}`;
}
