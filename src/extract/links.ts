/**
 * Links the page offers: "related / read also" boxes (an article's relatedLinks) and every
 * headline-like link title on the page (PageInput.pageLinks, where `SPEAKER: words` quotes sit).
 */
import type { RelatedLink } from "../core/types.ts";
import { absoluteUrl, arabicLetters, clean } from "./text.ts";
import type { Unit } from "./units.ts";

/** Headings that open a related-links box. */
export const RELATED_HEADING =
  /^\s*(?:[إا]قر[أا]\s+(?:[أا]يض[اًً]*|كذلك)|طالع\s+[أا]يض[اًً]*|شاهد\s+[أا]يض[اًً]*|مقالات\s+(?:مشابهة|ذات صلة|متعلقة)|[أا]خبار\s+(?:ذات صلة|متعلقة|مشابهة)|موضوعات\s+(?:ذات صلة|متعلقة)|مواضيع\s+(?:ذات صلة|متعلقة)|ذات صلة|المزيد من|Related|Read also|See also)/i;

/** Words in a headline link; navigation links ("أخبار مصر", "رياضة") have fewer. */
const MIN_WORDS = 4;

function linkFrom(a: Element, base: string | null, arabicOnly = false): RelatedLink | null {
  const title = clean(a.textContent) || clean(a.getAttribute("title"));
  if (!title || title.split(" ").length < MIN_WORDS || title.length > 300) return null;
  if (arabicOnly && arabicLetters(title) < 8) return null;
  const href = a.getAttribute("href");
  const url =
    absoluteUrl(href, base) ?? (href && !href.startsWith("#") && !/^javascript:/i.test(href) ? href.trim() : null);
  return url ? { title, url } : null;
}

/** Related boxes of the page: elements named as such, or opened by a related heading. */
export function findRelatedBoxes(named: Element[], units: Unit[]): Element[] {
  const boxes: Element[] = named.filter((el) => el.querySelector("a[href]"));
  for (const u of units) {
    // Only short labels: the heading itself, not a paragraph that happens to start with the words.
    if (u.text.length > 60 && !(u.linkChars > 0 && u.text.length < 300)) continue;
    if (!RELATED_HEADING.test(u.text)) continue;
    const h = u.el;
    const box = h.querySelector("a[href]") ? h : h.parentElement;
    if (box?.querySelector("a[href]")) boxes.push(box);
  }
  // Keep outermost boxes only: a box inside another adds nothing.
  return boxes.filter((b) => !boxes.some((o) => o !== b && o.contains(b)));
}

/** Headline links inside `box`, absolute, without duplicates. */
export function linksIn(box: Element, base: string | null): RelatedLink[] {
  const out: RelatedLink[] = [];
  const seen = new Set<string>();
  for (const a of box.querySelectorAll("a[href]")) {
    const link = linkFrom(a, base);
    if (!link || seen.has(link.url + link.title)) continue;
    seen.add(link.url + link.title);
    out.push(link);
  }
  return out;
}

/** Every headline-like Arabic link title among `anchors` (sidebars, most-read, related), capped. */
export function pageLinks(anchors: Element[], base: string | null, cap = 300): RelatedLink[] {
  const out: RelatedLink[] = [];
  const seen = new Set<string>();
  for (const a of anchors) {
    const link = linkFrom(a, base, true);
    if (!link || seen.has(link.title)) continue;
    seen.add(link.title);
    out.push(link);
    if (out.length >= cap) break;
  }
  return out;
}
