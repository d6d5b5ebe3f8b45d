/**
 * Finding a quote's words in the page's DOM without touching the DOM. The analyzer's offsets point into
 * Article.text (block texts joined with blank lines, whitespace tidied by the extractor), which is not the
 * page's own text; so instead of mapping offsets, the page's visible text nodes are read once into one
 * whitespace-free string that remembers, for every character, the text node and offset it came from.
 * A quote is then searched in that string (the whole quote, or its first and last words for long ones
 * whose middle the page splits differently) and turned back into a DOM Range.
 */

import { runSteps, type Steps } from "../src/core/stepper.ts";

/** Elements whose text is not part of what the reader sees. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SVG", "HEAD", "IFRAME", "OBJECT"]);

/*
 * Invisible format characters (soft hyphen, tatweel, Arabic letter mark, zero-width joiners, bidi marks and
 * isolates, BOM) the extractor may drop are left out of the map with whitespace: see dropped() below.
 */

/**
 * The page's text with whitespace and invisible characters removed, with where each character came from.
 * Whitespace is left out entirely rather than collapsed: the page separates blocks with markup, not
 * spaces, and splits words across inline elements, so spacing is the one thing the page and Article.text
 * do not agree on, while the letters themselves are the same.
 */
export interface TextMap {
  text: string;
  nodes: Text[];
  /**
   * Per character of `text`: index into `nodes` (nodeOf) and offset in that node (offsetOf), kept in
   * blocks of BLOCK entries; read them with originOf. Blocks, not one array grown by doubling: on a 10 MB
   * page the doubling copied a million entries into a fresh 8 MB array in one step (about 30 ms of CPU,
   * a long task on a busy machine), while a new block is a small allocation and nothing is ever copied.
   */
  nodeOf: Int32Array[];
  offsetOf: Int32Array[];
}

/** Entries per block of TextMap.nodeOf and offsetOf (a power of two: the block is `i >> BLOCK_BITS`). */
const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;

/** The text node and offset in it that character `i` of map.text came from. */
export function originOf(map: TextMap, i: number): { node: Text; offset: number } {
  const block = i >> BLOCK_BITS;
  const at = i & (BLOCK - 1);
  return { node: map.nodes[map.nodeOf[block][at]], offset: map.offsetOf[block][at] };
}

/**
 * True for the characters the map leaves out: what /\s/ matches and the invisible format characters above
 * (kept as code comparisons: the map reads every character of the page, and a 10 MB page has millions).
 */
function dropped(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false; // ASCII letters, digits, punctuation: the common case
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0xad ||
    c === 0x0640 ||
    c === 0x061c ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x202a && c <= 0x202f) ||
    c === 0x205f ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Folds text the way the map is built: whitespace and invisible characters dropped. */
export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) if (!dropped(text.charCodeAt(i))) out += text[i];
  return out;
}

/** Characters read between two yields of buildTextMapSteps. */
const CHARS_PER_STEP = 10_000;
/**
 * Most characters a map holds. The analysis covers at most 200,000 characters of an article
 * (MAX_ARTICLE_CHARS), which sit within the first few hundred thousand of the page's text on any real
 * page; ten times that leaves a wide margin, while a 10 MB page does not cost 10 MB of map, and every
 * search of a missing quote stays bounded.
 */
export const MAX_MAP_CHARS = 2_000_000;

/** Reads the visible text nodes under `root` into a TextMap. */
export function buildTextMap(root: Node): TextMap {
  return runSteps(buildTextMapSteps(root));
}

/** buildTextMap in bounded steps: a yield after every CHARS_PER_STEP characters read. */
export function* buildTextMapSteps(root: Node): Steps<TextMap> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIP.has(el.tagName.toUpperCase()) || el.hidden) return 2; // FILTER_REJECT
      }
      return 1; // FILTER_ACCEPT
    },
  });
  const nodes: Text[] = [];
  const nodeOf: Int32Array[] = [];
  const offsetOf: Int32Array[] = [];
  // The kept runs of this step, joined into one string at every yield: one join of hundreds of thousands
  // of pieces at the end was itself a long step on a 10 MB page, one of some hundreds of strings is not.
  let pieces: string[] = [];
  const parts: string[] = [];
  let length = 0;
  let read = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (length >= MAX_MAP_CHARS) break;
    const value = node.data;
    const n = nodes.length;
    nodes.push(node);
    let from = -1; // start of the current run of kept characters
    for (let i = 0; i < value.length; i++) {
      if (dropped(value.charCodeAt(i))) {
        if (from >= 0) pieces.push(value.slice(from, i));
        from = -1;
        continue;
      }
      if (from < 0) from = i;
      const at = length & (BLOCK - 1);
      if (at === 0) {
        nodeOf.push(new Int32Array(BLOCK));
        offsetOf.push(new Int32Array(BLOCK));
      }
      nodeOf[nodeOf.length - 1][at] = n;
      offsetOf[offsetOf.length - 1][at] = i;
      length++;
    }
    if (from >= 0) pieces.push(from === 0 ? value : value.slice(from));
    read += value.length;
    if (read >= CHARS_PER_STEP) {
      read = 0;
      parts.push(pieces.join(""));
      pieces = [];
      yield;
    }
  }
  parts.push(pieces.join(""));
  return { text: parts.join(""), nodes, nodeOf, offsetOf };
}

/** The DOM range of map characters [start, end). */
export function rangeOf(map: TextMap, start: number, end: number): Range {
  const doc = map.nodes[0].ownerDocument;
  const range = doc.createRange();
  const first = originOf(map, start);
  range.setStart(first.node, first.offset);
  const last = originOf(map, end - 1);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

/** How many letters of a long quote's start and end are searched when the whole is not found. */
const EDGE = 32;

/**
 * Where `quote` is in the map, as [start, end) of map.text, searching from `from` first and then from the
 * top; null when it is not on the page.
 */
export function locate(map: TextMap, quote: string, from = 0): [number, number] | null {
  const needle = foldText(quote);
  if (!needle) return null;
  const find = (s: string, at: number) => {
    const i = map.text.indexOf(s, at);
    return i === -1 && at > 0 ? map.text.indexOf(s, 0) : i;
  };
  const whole = find(needle, from);
  if (whole !== -1) return [whole, whole + needle.length];
  if (needle.length <= EDGE * 2) return null;
  const head = needle.slice(0, EDGE);
  const tail = needle.slice(-EDGE);
  const start = find(head, from);
  if (start === -1) return null;
  const tailAt = map.text.indexOf(tail, start + head.length);
  // A tail far beyond where the quote could end belongs to another passage.
  if (tailAt === -1 || tailAt - start > needle.length * 2) return null;
  return [start, tailAt + tail.length];
}
