/**
 * Finding a quote's words in the page's DOM without touching the DOM. The analyzer's offsets point into
 * Article.text (block texts joined with blank lines, whitespace tidied by the extractor), which is not the
 * page's own text; so instead of mapping offsets, the page's visible text nodes are read once into one
 * whitespace-free string that remembers, for every character, the text node and offset it came from.
 * A quote is then searched in that string (the whole quote, or its first and last words for long ones
 * whose middle the page splits differently) and turned back into a DOM Range.
 */

/** Elements whose text is not part of what the reader sees. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SVG", "HEAD", "IFRAME", "OBJECT"]);

/** Invisible format characters (zero-width joiners, bidi marks, BOM, tatweel) the extractor may drop. */
const INVISIBLE = /[\u00ad\u0640\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const SPACE = /\s/;

/**
 * The page's text with whitespace and invisible characters removed, with where each character came from.
 * Whitespace is left out entirely rather than collapsed: the page separates blocks with markup, not
 * spaces, and splits words across inline elements, so spacing is the one thing the page and Article.text
 * do not agree on, while the letters themselves are the same.
 */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** Per character of `text`: index into `nodes`, and offset in that node. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

/** Folds text the way the map is built: whitespace and invisible characters dropped. */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text) if (!INVISIBLE.test(ch) && !SPACE.test(ch)) out += ch;
  return out;
}

/** Reads the visible text nodes under `root` into a TextMap. */
export function buildTextMap(root: Node): TextMap {
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
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    const n = nodes.length;
    nodes.push(node);
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      if (INVISIBLE.test(ch) || SPACE.test(ch)) continue;
      chars.push(ch);
      nodeOf.push(n);
      offsetOf.push(i);
    }
  }
  return { text: chars.join(""), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

/** The DOM range of map characters [start, end). */
export function rangeOf(map: TextMap, start: number, end: number): Range {
  const doc = map.nodes[0].ownerDocument;
  const range = doc.createRange();
  range.setStart(map.nodes[map.nodeOf[start]], map.offsetOf[start]);
  const last = end - 1;
  range.setEnd(map.nodes[map.nodeOf[last]], map.offsetOf[last] + 1);
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
