/**
 * Bylines and datelines as Arabic news writes them: "كتب: محمد علي", "كتبت - سارة أحمد", "بقلم: …",
 * and the Saudi dateline "عبدالله الراجحي- سبق- جدة: …" that opens the first paragraph.
 */
import { clean } from "./text.ts";

/** A short line that is only a byline: "كتب: أحمد علي", "بقلم د. سامي", "إعداد: …". */
const BYLINE_LINE =
  /^\s*(?:(?:كتبت|كتبها|كتبه|كتب|بقلم|By)(?:\s*[:：\-–—]\s*|\s+)|(?:[إا]عداد|تحرير|متابعة|ترجمة)\s*[:：\-–—]\s*)(?<name>[^\n:：]{3,60}?)\s*[.:：]?\s*$/i;

/** The Sabq-style dateline opening a paragraph: NAME- OUTLET- CITY: (two dashes, then a colon). */
const NAME_OUTLET_CITY =
  /^\s*(?<name>[^\-–—:：\n]{3,40}?)\s*[-–—]\s*(?<outlet>[^\-–—:：\n]{2,25}?)\s*[-–—]\s*(?<city>[^\-–—:：\n]{2,30}?)\s*[:：]\s*/;

/** "كتب - أحمد علي:" or "كتب: أحمد علي -" opening a paragraph, followed by the text. */
const BYLINE_LEAD = /^\s*(?:كتبت|كتب|بقلم)\s*[:：\-–—]\s*(?<name>[^\n:：\-–—]{3,40}?)\s*[:：\-–—]\s+/;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** When the whole line is a byline, the name it gives; otherwise null. */
export function bylineFromLine(line: string): string | null {
  const text = clean(line);
  if (text.length > 80) return null;
  const m = text.match(BYLINE_LINE);
  if (!m?.groups) return null;
  const name = clean(m.groups.name);
  return name && wordCount(name) <= 7 ? name : null;
}

/**
 * A byline or dateline opening a paragraph: returns the name (null for a pure dateline) and the rest
 * of the paragraph, or null when the paragraph does not open with one.
 */
export function splitLeadingByline(paragraph: string): { byline: string | null; rest: string } | null {
  const text = clean(paragraph);
  const lead = text.match(BYLINE_LEAD);
  if (lead?.groups && wordCount(lead.groups.name) <= 5) {
    return { byline: clean(lead.groups.name), rest: text.slice(lead[0].length) };
  }
  const m = text.match(NAME_OUTLET_CITY);
  if (m?.groups) {
    const { name, outlet, city } = m.groups;
    if (wordCount(name) <= 4 && wordCount(outlet) <= 3 && wordCount(city) <= 3) {
      return { byline: clean(name), rest: text.slice(m[0].length) };
    }
  }
  return null;
}

/** A name from an author element or structured data, when it reads like a person's or desk's name. */
export function plausibleByline(value: string | null | undefined, outlet: string | null): string | null {
  let name = clean(value);
  if (!name) return null;
  name = name.replace(/^(?:كتب|كتبت|بقلم|By)\s*[:：\-–—]?\s*/i, "").trim();
  if (!name || name.length > 60 || wordCount(name) > 7) return null;
  if (/^https?:/i.test(name)) return null;
  if (outlet && clean(outlet).toLowerCase() === name.toLowerCase()) return null;
  return name;
}
