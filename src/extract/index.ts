/**
 * DOM → PageInput: every Arabic news article on the page, with its metadata, and nothing else.
 *
 * Order of work, cheapest first: structured data (JSON-LD, Open Graph, meta) → one pass cutting the
 * body into text units → the article containers (several <article>s that each hold a headline and a
 * body, or the element holding the most paragraph text) → body blocks without furniture → metadata.
 * @mozilla/readability is only a fallback, for article pages whose body our heuristics cannot find.
 * Uses only querySelectorAll / textContent / getAttribute-style DOM API, so it runs on the live
 * browser DOM and on linkedom alike.
 */
import { BLOCK_SPEAKER_WORDS, parseHeadlineQuote, withoutBullet } from "../core/quotes/headline.ts";
import { runSteps, type Steps } from "../core/stepper.ts";
import type { ArticleInput, Block, PageInput, RelatedLink } from "../core/types.ts";
import { BOILERPLATE_LINE, COMMENT_POLICY, CREDIT_LINE, SOURCE_LINE } from "./boilerplate.ts";
import { bylineFromLine, plausibleByline, splitLeadingByline } from "./byline.ts";
import { REFERENCE_HEADINGS, urlKind } from "./classify.ts";
import { normalizeDate, parseArabicDate } from "./dates.ts";
import { findRelatedBoxes, linksIn, pageLinks } from "./links.ts";
import { isNonNewsUrl, outletForUrl, resolveOutlet } from "./outlet.ts";
import { readabilityBlocks } from "./readabilityFallback.ts";
import { LISTING_TYPES, metaValue, NOT_NEWS_TYPES, readStructured, type Structured } from "./structured.ts";
import { absoluteUrl, arabicLetters, clean, looseKey, wordOverlap } from "./text.ts";
import { cleanTitle, siteNameFromTitle } from "./title.ts";
import { collectUnitsSteps, type Scan, type Unit, unitsWithin } from "./units.ts";

export { cleanTitle } from "./title.ts";

/** A paragraph shorter than this adds nothing to a container's score (captions, labels). */
const MIN_SCORED = 30;
/** Body text (characters outside links) an article needs; with strong article signals, the lower one. */
const MIN_BODY = 450;
const MIN_BODY_DECLARED = 200;
/** With a JSON-LD article the page says what it is: a one-paragraph flash is still an article. */
const MIN_BODY_LD = 120;
/** Characters of page text kept for language identification. */
const SAMPLE_CHARS = 6000;
/**
 * Readability reads a clone of the whole document in one go; above this much unit text (characters) that
 * clone and parse would be one long task of seconds, and a page that large is no article Readability
 * could recover better than our units.
 */
const READABILITY_MAX_CHARS = 300_000;
/** Units handled between two yields of the body pass (each costs a few regular expression tests). */
const UNITS_PER_STEP = 250;

function isProse(u: Unit): boolean {
  return (
    (u.kind === "paragraph" || u.kind === "blockquote") &&
    u.text.length >= MIN_SCORED &&
    u.linkChars / u.text.length < 0.5
  );
}

function proseChars(units: Unit[]): number {
  let n = 0;
  for (const u of units) if (isProse(u)) n += u.text.length - u.linkChars;
  return n;
}

/** Readability's idea, simplified: a paragraph scores its parent fully and its grandparent half. */
function bestContainer(units: Unit[]): Element | null {
  const scores = new Map<Element, number>();
  const add = (el: Element | undefined, w: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + w);
  };
  for (const u of units) {
    if (u.furnitureDepth >= 0 || !isProse(u)) continue;
    const w = u.text.length - u.linkChars;
    const a = u.ancestors;
    const holder = u.el.tagName === "P" || u.el.tagName === "BLOCKQUOTE" ? a.length - 2 : a.length - 1;
    add(a[holder], w);
    add(a[holder - 1], w / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores)
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  return best;
}

/** Grows the container to its parent while that adds body text (a lead, a second body part) but no teasers. */
function expandContainer(units: Unit[], container: Element): Element {
  let current = container;
  let own = proseChars(unitsWithin(units, current));
  for (let i = 0; i < 2; i++) {
    const parent = current.parentElement;
    if (!parent || parent.tagName === "BODY" || parent.tagName === "HTML") break;
    const within = unitsWithin(units, parent);
    const chars = proseChars(within);
    if (chars <= own || chars > own * 1.4) break;
    if (within.filter((u) => u.linked).length > 1) break;
    current = parent;
    own = chars;
  }
  return current;
}

/**
 * Prose units that are teasers: the only paragraph of their parent, beside a headline link outside the
 * paragraph (a search result, a card whose title is a bare link). Article paragraphs share a parent.
 */
function teaserCount(prose: Unit[]): number {
  const perParent = new Map<Element, number>();
  for (const u of prose) {
    const parent = u.ancestors[u.ancestors.length - 2];
    if (parent) perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
  }
  let n = 0;
  for (const u of prose) {
    const parent = u.ancestors[u.ancestors.length - 2];
    if (!parent || perParent.get(parent) !== 1 || u.el === parent) continue;
    for (const a of parent.querySelectorAll("a[href]")) {
      if (u.el.contains(a)) continue;
      if (clean(a.textContent).split(" ").length >= 4) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Headings that are links ("cards") among the units: many of them make a listing. */
function linkedHeadings(units: Unit[]): number {
  let n = 0;
  for (const u of units) if ((u.kind === "heading" || u.kind === "title") && u.linked) n++;
  return n;
}

/**
 * Blocks that each hold one of the page's headlines (<h1>, not a link) and a body of their own: for
 * each headline, the largest ancestor that holds no other headline. Two to four such blocks with prose
 * enough are several articles; anything else is left to the single-container search.
 */
function headlineBlocks(units: Unit[]): Element[] {
  const titles = units.filter((u) => u.kind === "title" && !u.linked);
  if (titles.length < 2 || titles.length > 4) return [];
  const blocks: Element[] = [];
  for (const t of titles) {
    let block: Element | null = null;
    // (ancestors run from the root down to the element itself: climb from the end.)
    for (let d = t.ancestors.length - 1; d >= 0; d--) {
      const a = t.ancestors[d] as Element;
      if (titles.some((o) => o !== t && o.ancestors.includes(a))) break;
      block = a;
    }
    if (!block || block.closest("aside,nav,footer,header")) return [];
    const within = unitsWithin(units, block);
    if (proseChars(within) < MIN_BODY || linkedHeadings(within) >= 2) return [];
    blocks.push(block);
  }
  return blocks;
}

interface PageClues {
  s: Structured;
  url: string | null;
  siteNames: string[];
  docTitle: string;
}

/** The page's address: the given URL, else the canonical or og:url when absolute. */
function pageUrl(given: string | null, s: Structured): string | null {
  if (given) return given;
  for (const candidate of [s.canonical, metaValue(s, "og:url"), s.ldArticles[0]?.url]) {
    const abs = absoluteUrl(candidate, null);
    if (abs && /^https?:/i.test(abs)) return abs;
  }
  return null;
}

/**
 * The site's own host when the page does not say its address: the host most of its absolute links
 * point to (five at least), as an address for the outlet table only.
 */
function dominantHost(anchors: Element[]): string | null {
  const counts = new Map<string, number>();
  for (const a of anchors) {
    const m = (a.getAttribute("href") ?? "").match(/^(?:https?:)?\/\/([^/?#:]+)/i);
    if (m) counts.set(m[1].toLowerCase(), (counts.get(m[1].toLowerCase()) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 4;
  for (const [host, c] of counts)
    if (c > n) {
      best = host;
      n = c;
    }
  return best ? `https://${best}/` : null;
}

/**
 * Site names the page's titles reveal: a short segment at either end of <title> that og:title repeats
 * at its other end or leaves out ("خبر - المدينة نيوز" beside "المدينة نيوز - خبر").
 */
function titleSegmentNames(docTitle: string, ogTitle: string | null): string[] {
  const parts = docTitle
    .split(/\s+[-–—|]\s+/)
    .map(clean)
    .filter(Boolean);
  if (parts.length < 2) return [];
  const out: string[] = [];
  const og = clean(ogTitle);
  for (const part of [parts[0], parts[parts.length - 1]]) {
    if (part.split(" ").length > 4) continue;
    const ogParts = og.split(/\s+[-–—|]\s+/).map(clean);
    // A segment og:title also carries as its own segment, while both titles hold a longer headline.
    if (og && ogParts.length >= 2 && ogParts.includes(part)) out.push(part);
  }
  return out;
}

/** Headline of an article container: its h1, else its first heading, else null. */
function containerHeadline(units: Unit[]): Unit | null {
  return (
    units.find((u) => u.kind === "title" && !u.linked) ?? units.find((u) => u.kind === "heading" && !u.linked) ?? null
  );
}

/**
 * A date read from the text near the headline ("٢ مايو ٢٠٢٤"), made exact by a <time datetime> of the
 * same day when the page has one (the element usually is that very text); else the date as read.
 */
function sharpened(day: string | null, exact: string | null): string | null {
  if (!day || !exact) return day;
  const apart = Math.abs(Date.parse(exact) - Date.parse(day));
  return apart < 36 * 3_600_000 ? exact : day;
}

/** The first date written near the headline (dateline, "نشر في …"), as ISO 8601. */
function dateNear(units: Unit[], from: number): string | null {
  for (let i = Math.max(0, from); i < Math.min(units.length, from + 25); i++) {
    const u = units[i];
    if (u.text.length > 120) continue;
    const d = parseArabicDate(u.text);
    if (d) return d;
  }
  return null;
}

/** Elements of `list` inside `root` (the whole page when root is null). */
function within_(list: Element[], root: Element | null): Element[] {
  return root ? list.filter((el) => root.contains(el)) : list;
}

function timeDatetime(scan: Scan, root: Element | null): string | null {
  for (const t of within_(scan.times, root)) {
    const d = normalizeDate(t.getAttribute("datetime"));
    if (d) return d;
  }
  return null;
}

const GENERIC_KEYWORDS = /^(?:news|أخبار|اخبار|عاجل|خبر|الأخبار|الاخبار|breaking|home|الرئيسية)$/i;

function splitKeywords(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(/[,،;\u241e]/)
    .map(clean)
    .filter(Boolean);
}

const TAG_LABEL = /^(?:كلمات دلالية|الكلمات المفتاحية|الكلمات الدالة|الكلمات الدلالية|الوسوم|وسوم|Tags)\s*:?/;

/** Links of a "كلمات دلالية" / tags box inside `root`; `units` find boxes labelled in text. */
function tagBoxKeywords(scan: Scan, root: Element | null, units: Unit[]): string[] {
  const out: string[] = [];
  for (const el of within_(scan.tagBoxes, root)) {
    let found = false;
    for (const a of el.querySelectorAll("a")) {
      const t = clean(a.textContent || a.getAttribute("title")).replace(/^#/, "");
      if (t && t.length <= 50) {
        found = true;
        if (!out.includes(t)) out.push(t);
      }
    }
    // Some sites put the tag's words beside an empty link: a short box is one tag.
    const own = found ? "" : clean(el.textContent);
    if (own && own.length <= 40 && !out.includes(own)) out.push(own);
  }
  if (out.length) return out;
  // A labelled line: "كلمات دلالية: غزة روسيا …" with links, or a label followed by a list of links.
  for (const u of units) {
    if (u.text.length > 400 || !TAG_LABEL.test(u.text)) continue;
    if (root && !u.ancestors.includes(root)) continue;
    const el = u.el.querySelector("a") ? u.el : u.el.parentElement;
    if (!el) continue;
    for (const a of el.querySelectorAll("a")) {
      const t = clean(a.textContent).replace(/^#/, "");
      if (t && t.length <= 50 && !out.includes(t)) out.push(t);
    }
    if (out.length) break;
  }
  return out;
}

function keywordsFor(
  container: Element,
  first: boolean,
  clues: PageClues,
  outlet: string | null,
  units: Unit[],
  scan: Scan,
): string[] {
  const fromBox = tagBoxKeywords(scan, container, units);
  let list = fromBox;
  if (!list.length && first) {
    const s = clues.s;
    list = tagBoxKeywords(scan, null, units);
    if (!list.length) list = s.ldArticles[0]?.keywords ?? [];
    if (!list.length) list = splitKeywords(metaValue(s, "article:tag", "og:article:tag"));
    if (!list.length) list = splitKeywords(metaValue(s, "news_keywords", "keywords"));
  }
  const outletKey = outlet ? looseKey(outlet) : "";
  const seen = new Set<string>();
  return list.filter((k) => {
    const key = looseKey(k);
    if (!key || seen.has(key) || GENERIC_KEYWORDS.test(k) || key === outletKey || k.length > 60) return false;
    if (clues.siteNames.some((n) => looseKey(n) === key)) return false;
    seen.add(key);
    return true;
  });
}

/** Latin and Arabic letters in `text`, counted up to 25: a timestamp or a counter has few. */
function letterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length && n < 25; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c <= 0x24f) ||
      (c >= 0x0620 && c <= 0x06d3)
    )
      n++;
  }
  return n;
}

interface BodyResult {
  blocks: Block[];
  byline: string | null;
  sourceLine: string | null;
  dateInText: string | null;
}

/** Body blocks from a container's units: furniture, link lists, bylines, credits and dates removed. */
function* bodyBlocks(units: Unit[], title: string): Steps<BodyResult> {
  const blocks: Block[] = [];
  let byline: string | null = null;
  let sourceLine: string | null = null;
  let dateInText: string | null = null;
  const titleKey = looseKey(title);
  // The body runs from the first to the last prose unit: labels, counters and "see also" headings
  // before or after it are furniture the class names did not give away.
  const anchor = (u: Unit) =>
    (isProse(u) || (u.kind === "listItem" && u.text.length >= MIN_SCORED && u.linkChars / u.text.length < 0.3)) &&
    letterCount(u.text) >= 25;
  const firstAnchor = units.findIndex(anchor);
  let lastAnchor = -1;
  for (let i = units.length - 1; i >= 0; i--)
    if (anchor(units[i])) {
      lastAnchor = i;
      break;
    }
  for (let i = 0; i < units.length; i++) {
    if (i % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
    const u = units[i];
    const text = u.text;
    const outside = i < firstAnchor || i > lastAnchor;
    if (outside) {
      // Outside the body only bylines, datelines and source lines are worth reading …
      const b = text.length < 90 ? bylineFromLine(text) : null;
      if (b) byline ??= b;
      const source = text.match(SOURCE_LINE);
      if (source) sourceLine ??= source[1];
      // … and a standfirst between the headline and the body that quotes someone ("رئيس اتحاد
      // المصدرين أحمد قاراجا: الصادرات تضاعفت خلال عام"): it is the article's, and the core reads it.
      if (!b && !source && standfirstQuote(u, i, firstAnchor, titleKey)) blocks.push({ kind: "heading", text });
      continue;
    }
    if (u.linked) continue;
    if (u.linkChars / text.length > 0.6 && text.length < 300) continue;
    if (BOILERPLATE_LINE.test(text) && text.length < 200) continue;
    if (text.length < 400 && COMMENT_POLICY.test(text)) continue;
    if (REFERENCE_HEADINGS.test(text)) continue;
    const source = text.match(SOURCE_LINE);
    if (source) {
      sourceLine ??= source[1];
      continue;
    }
    if (text.length < 80 && CREDIT_LINE.test(text)) continue;
    if (!blocks.length && looseKey(text) === titleKey) continue;
    if (text.length < 90) {
      const b = bylineFromLine(text);
      if (b) {
        byline ??= b;
        continue;
      }
      // A line that is only a date (and time) is a dateline, not body.
      const stripped = text.replace(/[\d٠-٩:/\-–—.,،|()\s]|[صم]$/g, "");
      const d = parseArabicDate(text);
      if (d && stripped.length < 40) {
        dateInText ??= d;
        continue;
      }
    }
    let t = text;
    if (blocks.length < 2) {
      const lead = splitLeadingByline(t);
      if (lead && lead.rest.length > 40) {
        byline ??= lead.byline;
        t = lead.rest;
      }
    }
    const kind = u.kind === "title" ? "heading" : u.kind;
    blocks.push({ kind, text: t });
  }
  return { blocks, byline, sourceLine, dateInText };
}

/** Longest standfirst kept from before the body, in characters. */
const MAX_STANDFIRST = 250;

/**
 * A unit before the body's first paragraph that reads as a headline quote (`SPEAKER: words`), not a
 * link, not the headline itself.
 */
function standfirstQuote(u: Unit, i: number, firstAnchor: number, titleKey: string): boolean {
  return (
    i < firstAnchor &&
    !u.linked &&
    u.linkChars === 0 &&
    u.text.length <= MAX_STANDFIRST &&
    looseKey(u.text) !== titleKey &&
    parseHeadlineQuote(withoutBullet(u.text), BLOCK_SPEAKER_WORDS) !== null
  );
}

/**
 * The standfirsts quoting someone between the headline (units[from]) and the body (units[to]): one line,
 * or a list of subtitle bullets under the headline as Gulf papers set them ("«الكهرباء»: …"، "نواب: …").
 */
function standfirstsBetween(units: Unit[], from: number, to: number, title: string): string[] {
  if (from < 0 || to <= from) return [];
  const titleKey = looseKey(title);
  const found: string[] = [];
  for (let i = from + 1; i < Math.min(to, from + 8); i++) {
    const u = units[i] as Unit;
    if (standfirstQuote(u, i, to, titleKey)) found.push(u.text);
  }
  return found;
}

/** A byline line between the headline and the body ("كتبت أسماء نصار"). */
function bylineBetween(units: Unit[], from: number, to: number): string | null {
  if (from < 0 || to <= from) return null;
  for (let i = from + 1; i < Math.min(to, from + 20); i++) {
    const b = units[i].text.length < 90 ? bylineFromLine(units[i].text) : null;
    if (b) return b;
  }
  return null;
}

/** Byline from author elements inside the container or the page. */
function bylineFromElements(scan: Scan, root: Element | null, outlet: string | null): string | null {
  for (const el of within_(scan.authors, root)) {
    const declared = el.getAttribute("itemprop") === "author" || el.getAttribute("rel") === "author";
    const content = el.getAttribute("content") ?? el.querySelector('[itemprop="name"]')?.textContent ?? el.textContent;
    const name = plausibleByline(content, outlet);
    // A box merely named "author" may hold a section label ("منوعات"): a name there has two words at least.
    if (name && arabicLetters(name) >= 2 && (declared || name.includes(" "))) return name;
  }
  return null;
}

/** Characters of all units' text. */
function unitChars(units: Unit[]): number {
  let n = 0;
  for (const u of units) n += u.text.length;
  return n;
}

function pageIsReference(units: Unit[], url: string | null): boolean {
  if (isNonNewsUrl(url)) return true;
  let refs = 0;
  for (const u of units) if ((u.kind === "heading" || u.kind === "title") && REFERENCE_HEADINGS.test(u.text)) refs++;
  return refs >= 2;
}

/** Page text for language identification: headlines and prose first, else the body's text. */
function sampleOf(units: Unit[], articles: ArticleInput[]): string {
  let out = "";
  for (const a of articles) {
    out += `${a.title}\n`;
    for (const b of a.blocks) {
      out += `${b.text}\n`;
      if (out.length > SAMPLE_CHARS) return out;
    }
  }
  if (out.length > 300) return out;
  for (const u of units) {
    if (u.text.length < 20) continue;
    out += `${u.text}\n`;
    if (out.length > SAMPLE_CHARS) break;
  }
  return out;
}

/**
 * Extracts every article on `doc` (none for listings, home pages and reference pages). Never throws:
 * a page whose DOM defeats the extractor yields no article and its body text as the language sample.
 */
export function extractPage(doc: Document, url: string | null): PageInput {
  return runSteps(extractPageSteps(doc, url));
}

/**
 * extractPage in bounded steps (the content script runs them in idle time, so a 10 MB page is never one
 * long task); the same result as extractPage. Never throws.
 */
export function* extractPageSteps(doc: Document, url: string | null): Steps<PageInput> {
  try {
    return yield* extractArticles(doc, url);
  } catch {
    return { url, sampleText: (doc.body?.textContent ?? "").slice(0, SAMPLE_CHARS), articles: [], pageLinks: [] };
  }
}

function* extractArticles(doc: Document, url: string | null): Steps<PageInput> {
  const { units, scan } = yield* collectUnitsSteps(doc);
  yield;
  const s = readStructured(scan);
  const address = pageUrl(url, s);
  const docTitle = clean(scan.title);
  const ld = s.ldArticles[0] ?? null;
  const outletAddress = address ?? dominantHost(scan.anchors);
  const siteNames = [
    metaValue(s, "og:site_name", "application-name", "twitter:site"),
    ld?.publisher,
    outletForUrl(outletAddress),
  ]
    .map((n) => clean(n).replace(/^@/, ""))
    .filter(Boolean);
  siteNames.push(...titleSegmentNames(docTitle, metaValue(s, "og:title")));
  const clues: PageClues = { s, url: address, siteNames, docTitle };
  const links = pageLinks(scan.anchors, address);
  yield;
  const result = (articles: ArticleInput[]): PageInput => ({
    url,
    sampleText: sampleOf(units, articles),
    articles,
    pageLinks: links,
  });

  // Listing signals from the address and structured data.
  const declaredArticle =
    !!ld ||
    metaValue(s, "og:type") === "article" ||
    !!metaValue(s, "article:published_time", "og:article:published_time", "datepublished") ||
    scan.hasArticleBody;
  const kind = urlKind(address);
  const declaredListing = [...s.ldTypes].some((t) => LISTING_TYPES.has(t)) && !ld;
  if (kind === "home" && !ld) return result([]);
  if ([...s.ldTypes].some((t) => NOT_NEWS_TYPES.has(t)) && !ld) return result([]);
  if ((kind === "listing" || declaredListing) && !declaredArticle) return result([]);
  if (pageIsReference(units, address)) return result([]);
  yield;

  // Several articles on one page: top-level <article>s that each hold a headline and a body.
  const containers: Element[] = [];
  const articleEls = scan.articles.filter(
    (a) => !a.parentElement?.closest("article") && !a.closest("aside,nav,footer"),
  );
  if (articleEls.length >= 2) {
    for (const a of articleEls) {
      const within = unitsWithin(units, a);
      if (proseChars(within) >= MIN_BODY && containerHeadline(within) && linkedHeadings(within) < 2) containers.push(a);
    }
    if (containers.length > 4) containers.length = 0; // a run of long teasers: a listing, not articles
  }
  // … or, without <article> elements, blocks that each hold their own <h1> and body (the next story
  // appended under the first by an infinite-scroll page).
  if (containers.length < 2) {
    containers.length = 0;
    containers.push(...headlineBlocks(units));
  }
  if (containers.length < 2) {
    containers.length = 0;
    const best = bestContainer(units);
    yield;
    if (best) containers.push(expandContainer(units, best));
  }

  const articles: ArticleInput[] = [];
  const titles: string[] = [];
  for (let k = 0; k < containers.length; k++) {
    yield;
    const container = containers[k];
    const within = unitsWithin(units, container);
    const first = k === 0;
    // A container full of teaser cards is a listing.
    const cards = linkedHeadings(within);
    const prose = proseChars(within);
    const proseUnits = within.filter(isProse);
    if (cards >= 3 && prose / Math.max(1, proseUnits.length) < 350) continue;
    yield;
    const teasers = teaserCount(proseUnits);
    if (teasers >= 3 && teasers * 2 >= proseUnits.length) continue;
    yield;
    // An <article> element holding the body and its own headline also says what the page is.
    const ownArticle = scan.articles.some(
      (a) => (a === container || a.contains(container)) && !!containerHeadline(unitsWithin(units, a)),
    );
    const minBody = ld ? MIN_BODY_LD : declaredArticle || ownArticle ? MIN_BODY_DECLARED : MIN_BODY;
    if (prose < minBody) continue;
    if (!declaredArticle && metaValue(s, "og:type") === "website" && prose < 1200) continue;

    // Title: structured data for the page's main article, else the container's own headline.
    // (A crosshead inside the body is no headline: the page's own headline outside the container wins.)
    const own =
      within.find((u) => u.kind === "title" && !u.linked) ??
      (first ? units.find((u) => u.kind === "title" && !u.linked) : null) ??
      containerHeadline(within);
    let title = "";
    if (first && containers.length === 1) {
      // The first candidate that is a headline, not the site's name (some sites put it in og:title).
      const siteKeys = new Set(siteNames.map(looseKey));
      for (const candidate of [
        ld?.headline,
        metaValue(s, "og:title"),
        metaValue(s, "twitter:title"),
        own?.text,
        docTitle,
      ]) {
        const t = cleanTitle(candidate, siteNames);
        if (t && !siteKeys.has(looseKey(t))) {
          title = t;
          break;
        }
      }
    } else if (own) title = cleanTitle(own.text, siteNames);
    else if (first) title = cleanTitle(metaValue(s, "og:title") ?? docTitle, siteNames);
    if (
      first &&
      own &&
      title &&
      own.kind === "title" &&
      wordOverlap(own.text, title) >= 0.8 &&
      wordOverlap(title, own.text) >= 0.8
    ) {
      title = clean(own.text); // what the page shows
    }
    if (!title) continue;
    titles.push(title);

    yield;
    const body = yield* bodyBlocks(
      within.filter((u) => u.kind !== "title" || looseKey(u.text) !== looseKey(title)),
      title,
    );
    let blocks = body.blocks;
    // A standfirst that quotes someone, between the headline and the body's container.
    // (From the headline as the page shows it: the container's own first heading may be a crosshead.)
    const headline = units.find((u) => u.kind === "title" && looseKey(u.text) === looseKey(title)) ?? own;
    const standfirsts =
      first && headline ? standfirstsBetween(units, units.indexOf(headline), within[0]?.index ?? -1, title) : [];
    if (blocks.length) blocks = [...standfirsts.map((text) => ({ kind: "heading" as const, text })), ...blocks];
    if (proseChars(within) >= minBody && blocks.length === 0 && unitChars(units) <= READABILITY_MAX_CHARS) {
      blocks = readabilityBlocks(doc);
    }
    yield;
    if (!blocks.length) continue;

    const titleSite = first ? siteNameFromTitle(docTitle, title) : null;
    const outlet = resolveOutlet({
      url: outletAddress,
      siteName: metaValue(s, "og:site_name", "application-name"),
      publisher: ld?.publisher ?? null,
      titleSiteName: titleSite,
      sourceLine: body.sourceLine,
    });
    // A dateline naming the site itself ("المدينة نيوز :- بلغت …", "(الوطن) - أكد …") is not body text.
    if (blocks[0]) {
      for (const name of outlet ? [outlet, ...siteNames] : siteNames) {
        const t = blocks[0].text;
        const m = t.match(/^[\s(«"]*(.{2,40}?)[\s)»"]*[:：\-–—]+\s*/);
        if (m && looseKey(m[1]) === looseKey(name) && t.length - m[0].length > 40) {
          blocks[0] = { ...blocks[0], text: t.slice(m[0].length) };
          break;
        }
      }
    }
    const titleIndex = own ? units.indexOf(own) : 0;
    const publishedAt = first
      ? (normalizeDate(ld?.datePublished) ??
        normalizeDate(
          metaValue(
            s,
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "dc.date.issued",
            "parsely-pub-date",
            "sailthru.date",
            "date",
          ),
        ) ??
        timeDatetime(scan, container) ??
        body.dateInText ??
        sharpened(dateNear(units, titleIndex), timeDatetime(scan, null)) ??
        timeDatetime(scan, null))
      : (timeDatetime(scan, container) ?? body.dateInText ?? dateNear(within, 0));
    yield;
    const byline =
      body.byline ??
      (first && own ? bylineBetween(units, units.indexOf(own), within[0]?.index ?? -1) : null) ??
      bylineFromElements(scan, container, outlet) ??
      (first
        ? (bylineFromElements(scan, null, outlet) ??
          plausibleByline(ld?.authors[0], outlet) ??
          plausibleByline(metaValue(s, "author"), outlet))
        : null);
    const keywords = keywordsFor(container, first, clues, outlet, units, scan);
    yield;
    articles.push({
      title,
      outlet,
      byline: byline && arabicLetters(byline) + byline.length > 2 ? byline : null,
      publishedAt,
      keywords,
      blocks,
      relatedLinks: [],
    });
    (articles[articles.length - 1] as ArticleInput & { _container?: Element })._container = container;
  }

  // Related boxes: inside an article's container → that article; elsewhere on the page → the first.
  yield;
  const titleKeys = new Set(titles.map(looseKey));
  const relatedBoxes = articles.length ? findRelatedBoxes(scan.relatedBoxes, units) : [];
  for (const box of relatedBoxes) {
    if (!articles.length) break;
    let target = articles[0];
    let inside = false;
    for (const a of articles)
      if ((a as ArticleInput & { _container?: Element })._container?.contains(box)) {
        target = a;
        inside = true;
      }
    for (const link of linksIn(box, address)) {
      // A "read also" inside an article pointing at the next article on this page is not related coverage.
      if (inside && titleKeys.has(looseKey(link.title))) continue;
      if (!target.relatedLinks.some((r: RelatedLink) => r.url === link.url)) target.relatedLinks.push(link);
    }
  }
  for (const a of articles) delete (a as ArticleInput & { _container?: Element })._container;
  return result(articles);
}
