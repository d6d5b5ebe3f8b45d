/**
 * Links the page offers: "related / read also" boxes (an article's relatedLinks) and every
 * headline-like link title on the page (PageInput.pageLinks, where `SPEAKER: words` quotes sit).
 */
import type { RelatedLink } from "../core/types.ts";
import { absoluteUrl, arabicLetters, clean } from "./text.ts";
import type { Unit } from "./units.ts";

/** Headings that open a related-links box. */
export const RELATED_HEADING =
  /^\s*(?:[إا]قر[أا]\s+(?:[أا]يض[اًً]*|كذلك)|طالع\s+[أا]يض[اًً]*|[اإ]نظر\s+[أا]يض[اًً]*|شاهد\s+[أا]يض[اًً]*|(?:ال)?(?:مقالات|[أا]خبار|موضوعات|مواضيع|قصص)\s+(?:مشابهة|ذات صلة|متعلقة|(?:ال)?مشابهة|(?:ال)?متعلقة|مرتبطة|(?:ال)?مرتبطة)|ذات صلة|المزيد من|Related|Read also|See also)/i;

/** Elements a related box never grows into: they hold the article itself. */
const STOP = new Set(["ARTICLE", "MAIN", "BODY", "HTML"]);

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
    // "اقرأ أيضا: <a>…</a>" holds its own link; a label in its own element heads the nearest ancestor
    // holding two headline links or more, below the article, <main> and <body>.
    const links = (el: Element, enough: number) => {
      let n = 0;
      for (const a of el.querySelectorAll("a[href]")) if (linkFrom(a, null) && ++n >= enough) break;
      return n;
    };
    if (links(u.el, 1) >= 1) {
      boxes.push(u.el);
      continue;
    }
    let box: Element | null = u.el.parentElement;
    for (let level = 0; box && level < 9 && !STOP.has(box.tagName); level++, box = box.parentElement) {
      if (links(box, 2) >= 2) {
        boxes.push(box);
        break;
      }
    }
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
