/**
 * One pass over the page's DOM. It cuts the body into text units: paragraphs (<p>, or runs of text and
 * inline elements between <br>s and blocks, as older Arabic sites write bodies), headings, list items
 * and block quotes; each unit remembers its ancestors and how deep its nearest furniture ancestor
 * sits, so any element can later be taken as an article container without walking the DOM again. The
 * same pass collects what later steps need (meta tags, JSON-LD scripts, links, <article>s, <time>s,
 * related, tag and author boxes), because on linkedom every querySelectorAll walks the whole tree.
 * Uses only children / childNodes / tagName / getAttribute / textContent: browser DOM and linkedom.
 */
import { runSteps, type Steps } from "../core/stepper.ts";
import { isFurniture, SKIP_TAGS } from "./boilerplate.ts";
import { clean } from "./text.ts";

export type UnitKind = "paragraph" | "heading" | "blockquote" | "listItem" | "title";

export interface Unit {
  kind: UnitKind;
  text: string;
  /** Characters of the text inside links. */
  linkChars: number;
  /** The element that holds the unit: the <p>, heading or <li>, or the element holding a text run. */
  el: Element;
  /** Ancestors from the body down, ending with `el` itself. */
  ancestors: Element[];
  /** Depth (index in ancestors) of the deepest furniture ancestor, -1 when none. */
  furnitureDepth: number;
  /** The heading is (or sits in) a link: a teaser card's headline. */
  linked: boolean;
  /** Document order. */
  index: number;
}

/** Elements the pass collects for later steps, in document order. */
export interface Scan {
  metas: Element[];
  ldScripts: Element[];
  links: Element[];
  title: string;
  anchors: Element[];
  articles: Element[];
  times: Element[];
  /** Elements whose class or id names a related-links box. */
  relatedBoxes: Element[];
  /** Elements whose class or id names a tags / keywords box. */
  tagBoxes: Element[];
  /** Author elements: itemprop=author, rel=author, class author/byline/writer. */
  authors: Element[];
  hasArticleBody: boolean;
}

export interface PageUnits {
  units: Unit[];
  scan: Scan;
}

const TEXT_BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "DD", "DT", "PRE"]);
const INLINE = new Set([
  "A",
  "SPAN",
  "B",
  "STRONG",
  "EM",
  "I",
  "U",
  "FONT",
  "SMALL",
  "BIG",
  "SUP",
  "SUB",
  "MARK",
  "ABBR",
  "TIME",
  "Q",
  "CITE",
  "BDI",
  "BDO",
  "LABEL",
  "S",
  "DEL",
  "INS",
  "CODE",
  "KBD",
  "WBR",
  "DFN",
]);

const RELATED_NAMES =
  /(?:^|[\s_-])(?:related|relatedarticles|read-?also|also-?read|readmore|read-more|similar|more-?news|more-?stories|see-?also|recommended)(?:$|[\s_-])/i;
const TAG_NAMES = /(?:^|[\s_-])(?:tags?|keywords?|tag-?list|article-?tags|post-?tags|topics)(?:$|[\s_-])/i;
const AUTHOR_NAMES = /author|byline|writer/i;

function hasBlockChild(el: Element): boolean {
  for (const child of el.children) {
    const tag = child.tagName;
    if (!INLINE.has(tag) && tag !== "BR" && !SKIP_TAGS.has(tag)) return true;
    if (INLINE.has(tag) && child.firstElementChild && hasBlockChild(child)) return true;
  }
  return false;
}

/** Text, link characters and <br> presence of an inline subtree, in one walk; collects its links. */
interface InlineInfo {
  text: string;
  linkChars: number;
  hasBr: boolean;
  hasLink: boolean;
}

type Note = (el: Element, tag: string) => void;

function readInline(el: Element, inLink: boolean, info: InlineInfo, note: Note): void {
  for (const node of el.childNodes) {
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      info.text += t;
      if (inLink) info.linkChars += t.trim().length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = child.tagName;
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === "BR") {
      info.hasBr = true;
      info.text += " ";
      continue;
    }
    const isLink = tag === "A";
    if (isLink) info.hasLink = true;
    note(child, tag);
    readInline(child, inLink || isLink, info, note);
  }
}

function blankScan(): Scan {
  return {
    metas: [],
    ldScripts: [],
    links: [],
    title: "",
    anchors: [],
    articles: [],
    times: [],
    relatedBoxes: [],
    tagBoxes: [],
    authors: [],
    hasArticleBody: false,
  };
}

function scanHead(head: Element, scan: Scan): void {
  for (const el of head.children) {
    const tag = el.tagName;
    if (tag === "META") scan.metas.push(el);
    else if (tag === "LINK") scan.links.push(el);
    else if (tag === "TITLE") scan.title ||= el.textContent ?? "";
    else if (tag === "SCRIPT" && el.getAttribute("type") === "application/ld+json") scan.ldScripts.push(el);
  }
}

/** Elements and text runs visited between two yields of collectUnitsSteps (each is a few microseconds). */
const NODES_PER_STEP = 64;
/**
 * Unit text (characters) after which the walk stops. The core reads at most 200,000 characters of an
 * article and the CLI reads at most 5 MB of a page (about 2.5 million Arabic characters); a page with
 * more text than this is a dump, not an article whose body could start after it, and walking all of a
 * 10 MB page would only cost time and memory.
 */
export const MAX_UNIT_CHARS = 2_000_000;

/** Cuts the document into units, in document order, and collects the page's elements of interest. */
export function collectUnits(doc: Document): PageUnits {
  return runSteps(collectUnitsSteps(doc));
}

/**
 * collectUnits in bounded steps: the walk yields after every NODES_PER_STEP nodes, keeping its place
 * (the generators' own stack), so a page of 10 MB is cut into units without one long task. The page's
 * scripts may change the DOM between two steps; the live child lists then skip or repeat a node, which
 * costs at most a paragraph of this analysis; a removed subtree is still read as it was.
 */
export function* collectUnitsSteps(doc: Document): Steps<PageUnits> {
  const units: Unit[] = [];
  const scan = blankScan();
  const html = doc.documentElement;
  if (html) for (const el of html.children) if (el.tagName === "HEAD") scanHead(el, scan);
  const root = doc.body ?? html;
  if (!root) return { units, scan };
  const stack: Element[] = [];
  let visited = 0;
  let chars = 0;

  const push = (
    kind: UnitKind,
    text: string,
    linkChars: number,
    el: Element,
    furnitureDepth: number,
    linked: boolean,
  ) => {
    const t = clean(text);
    if (!t) return;
    chars += t.length;
    units.push({ kind, text: t, linkChars, el, ancestors: stack.slice(), furnitureDepth, linked, index: units.length });
  };

  const noteElement = (
    el: Element,
    tag: string,
    names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`,
  ) => {
    if (tag === "A" && el.getAttribute("href") !== null) scan.anchors.push(el);
    else if (tag === "ARTICLE") scan.articles.push(el);
    else if (tag === "TIME" && el.getAttribute("datetime")) scan.times.push(el);
    else if (tag === "META") scan.metas.push(el);
    else if (tag === "LINK") scan.links.push(el);
    const itemprop = el.getAttribute("itemprop");
    if (itemprop === "articleBody") scan.hasArticleBody = true;
    if (itemprop === "author" || el.getAttribute("rel") === "author") scan.authors.push(el);
    if (names.length > 2) {
      if (RELATED_NAMES.test(names)) scan.relatedBoxes.push(el);
      if (TAG_NAMES.test(names)) scan.tagBoxes.push(el);
      if (AUTHOR_NAMES.test(names) && itemprop !== "author") scan.authors.push(el);
    }
  };

  function* walk(el: Element, furnitureDepth: number, inQuote: boolean, inLink: boolean): Steps<void> {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (chars > MAX_UNIT_CHARS) return;
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag)) {
      if (tag === "SCRIPT" && el.getAttribute("type") === "application/ld+json") scan.ldScripts.push(el);
      else if (tag === "META") scan.metas.push(el);
      return;
    }
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    noteElement(el, tag, names);
    const depth = stack.length;
    const fd = isFurniture(el, names) ? depth : furnitureDepth;
    const quote = inQuote || tag === "BLOCKQUOTE";
    // A link wrapping a card's headline and teaser is a link; an unclosed <a> swallowing a whole body is not.
    const link = inLink || (tag === "A" && (el.textContent ?? "").length < 400);
    if (TEXT_BLOCKS.has(tag) && !hasBlockChild(el)) {
      const info: InlineInfo = { text: "", linkChars: 0, hasBr: false, hasLink: false };
      readInline(el, link, info, noteElement);
      // A paragraph cut by <br>s is read as runs below (Egyptian sites put a whole body in one <p>).
      if (!(tag === "P" && info.hasBr)) {
        const heading = tag[0] === "H" && tag.length === 2;
        const kind: UnitKind = heading
          ? tag === "H1"
            ? "title"
            : "heading"
          : quote
            ? "blockquote"
            : tag === "LI"
              ? "listItem"
              : "paragraph";
        stack.push(el);
        push(
          kind,
          info.text,
          link ? clean(info.text).length : info.linkChars,
          el,
          fd,
          link || (heading && info.hasLink),
        );
        stack.pop();
        return;
      }
      // readInline collected this paragraph's links already: the runs below must not collect them again.
      stack.push(el);
      yield* runs(el, fd, quote, link, false);
      stack.pop();
      return;
    }
    stack.push(el);
    yield* runs(el, fd, quote, link, true);
    stack.pop();
  }

  /** Text runs of `el`'s children between <br>s and blocks; block children are walked. */
  function* runs(el: Element, fd: number, quote: boolean, link: boolean, collect: boolean): Steps<void> {
    const info: InlineInfo = { text: "", linkChars: 0, hasBr: false, hasLink: false };
    const note: Note = collect ? noteElement : () => {};
    const flush = () => {
      if (info.text.trim())
        push(
          quote ? "blockquote" : "paragraph",
          info.text,
          link ? clean(info.text).length : info.linkChars,
          el,
          fd,
          false,
        );
      info.text = "";
      info.linkChars = 0;
    };
    for (const node of el.childNodes) {
      // Text runs between <br>s count too: an old site may put a whole book in one <div>.
      if (++visited % NODES_PER_STEP === 0) yield;
      if (chars > MAX_UNIT_CHARS) break;
      if (node.nodeType === 3) {
        const t = node.textContent ?? "";
        info.text += t;
        if (link) info.linkChars += t.trim().length;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const ctag = child.tagName;
      if (ctag === "BR") {
        flush();
        continue;
      }
      if (SKIP_TAGS.has(ctag)) {
        if (ctag === "SCRIPT" && child.getAttribute("type") === "application/ld+json") scan.ldScripts.push(child);
        continue;
      }
      if (INLINE.has(ctag) && !hasBlockChild(child)) {
        const names = `${child.getAttribute("class") ?? ""} ${child.getAttribute("id") ?? ""}`;
        note(child, ctag);
        if (isFurniture(child, names)) continue;
        const isLink = ctag === "A";
        const sub: InlineInfo = { text: "", linkChars: 0, hasBr: false, hasLink: false };
        readInline(child, link || isLink, sub, note);
        info.text += sub.text;
        info.linkChars += link || isLink ? clean(sub.text).length : sub.linkChars;
        continue;
      }
      flush();
      yield* walk(child, fd, quote, link);
    }
    flush();
  }

  yield* walk(root, -1, false, false);
  return { units, scan };
}

/** Units inside `container` that are not under furniture nested in it. */
export function unitsWithin(units: Unit[], container: Element): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const depth = u.ancestors.indexOf(container);
    if (depth < 0) continue;
    if (u.furnitureDepth > depth) continue;
    out.push(u);
  }
  return out;
}
