/**
 * Headline cleaning: document titles and og:title often carry the site's name ("… - اليوم السابع",
 * "CNNArabic.com - …", "… | Lebanon News"). The name is dropped when it matches a known name of the
 * site, or when it looks like a site name (a domain, a short Latin name beside an Arabic headline).
 */
import { arabicLetters, clean, looseKey, wordOverlap } from "./text.ts";

/** Separators sites put between headline and site name. Spaces around them are required. */
const SEPARATOR = /\s+(?:[-–—|:•·»«]|::|\/\/)\s+/;

function looksLikeSiteName(part: string, rest: string, siteNames: string[]): boolean {
  const p = clean(part);
  if (!p) return true;
  const key = looseKey(p);
  for (const name of siteNames) {
    if (!name) continue;
    const n = looseKey(name);
    if (!n) continue;
    if (key === n || key.replace(/ /g, "") === n.replace(/ /g, "")) return true;
    if (wordOverlap(p, name) >= 0.6 && p.split(" ").length <= 5) return true;
  }
  if (/\.(?:com|net|org|tv|news|info|ae|sa|eg|qa|lb|ma|dz)\b/i.test(p) && p.split(" ").length <= 3) return true;
  // A short Latin segment next to an Arabic headline is a site name ("Sputnik Arabic", "Lebanon News").
  const words = p.split(" ").length;
  if (words <= 4 && arabicLetters(p) === 0 && arabicLetters(rest) > 10) return true;
  return false;
}

/**
 * Removes site names from the start or end of a headline. `siteNames` are names the page gives for
 * itself (og:site_name, publisher, the outlet table). A headline is never emptied.
 */
export function cleanTitle(raw: string | null | undefined, siteNames: string[] = []): string {
  let title = clean(raw);
  if (!title) return "";
  for (let round = 0; round < 3; round++) {
    const parts = title.split(SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1];
    const first = parts[0];
    const withoutLast = title.slice(0, title.length - last.length).replace(/\s*(?:[-–—|:•·»«]|::|\/\/)\s*$/, "");
    const withoutFirst = title.slice(first.length).replace(/^\s*(?:[-–—|:•·»«]|::|\/\/)\s*/, "");
    if (looksLikeSiteName(last, withoutLast, siteNames) && withoutLast) title = clean(withoutLast);
    else if (looksLikeSiteName(first, withoutFirst, siteNames) && withoutFirst) title = clean(withoutFirst);
    else break;
  }
  return title;
}

/** The site name a document title carries beside the headline, when the headline is known. */
export function siteNameFromTitle(docTitle: string, headline: string): string | null {
  const t = clean(docTitle);
  const h = clean(headline);
  if (!t || !h || t === h) return null;
  const i = t.indexOf(h);
  if (i < 0) return null;
  const rest = clean(`${t.slice(0, i)} ${t.slice(i + h.length)}`.replace(/^[\s\-–—|:•·»«]+|[\s\-–—|:•·»«]+$/g, ""));
  return rest && rest.split(" ").length <= 5 ? rest : null;
}
