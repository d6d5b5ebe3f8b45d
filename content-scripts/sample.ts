/**
 * The text the gate judges, read without building the page's whole text: `document.body.textContent` on
 * a 10 MB page copies millions of characters in one task just to look at 6,000 of them. Instead three
 * windows of visible text are read with TreeWalkers: from the start of the body forwards, from the middle
 * element forwards, and from the end backwards (a page's text often starts with a Latin menu and ends
 * with a footer; the middle is where an article sits). Script, style and template text is skipped.
 */

/** Characters read per window: three windows and two newlines stay within looksArabic's one-window 6,000. */
export const SAMPLE_WINDOW = 1999;

/** Elements whose text is never what the reader reads. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SVG", "svg"]);

function accept(node: Node): number {
  const parent = node.parentElement;
  return parent && SKIP.has(parent.tagName) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */;
}

/**
 * Up to `max` characters of text nodes, joined by spaces: forwards from `start` (the body's start when
 * null, `start`'s own text excluded), or backwards from the body's last node (that node included).
 */
function readWindow(doc: Document, root: Node, start: Node | null, backwards: boolean, max: number): string {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, { acceptNode: accept });
  let node: Node | null;
  if (backwards) {
    const last = lastNode(root);
    walker.currentNode = last;
    node = last.nodeType === 3 && accept(last) === 1 ? last : walker.previousNode();
  } else {
    if (start) walker.currentNode = start;
    node = walker.nextNode();
  }
  const parts: string[] = [];
  let n = 0;
  for (; node && n < max; node = backwards ? walker.previousNode() : walker.nextNode()) {
    const text = (node as Text).data;
    if (!text.trim()) continue;
    const room = max - n - (parts.length ? 1 : 0);
    if (room <= 0) break;
    const piece = text.length <= room ? text : backwards ? text.slice(text.length - room) : text.slice(0, room);
    parts.push(piece);
    n += piece.length + (parts.length > 1 ? 1 : 0);
  }
  return (backwards ? parts.reverse() : parts).join(" ");
}

/** The last node of `root` in document order (where a backwards walk starts). */
function lastNode(root: Node): Node {
  let node = root;
  while (node.lastChild) node = node.lastChild;
  return node;
}

/**
 * A bounded sample of the page's visible text: start, middle and end windows of SAMPLE_WINDOW characters
 * each, joined with newlines (at most 6,000 characters, which looksArabic reads as one window; "" when
 * the page has no body). Cost: three short walks and one count of the body's elements (native, about a
 * millisecond on a 10 MB page).
 */
export function pageSample(doc: Document): string {
  const body = doc.body;
  if (!body) return "";
  const first = readWindow(doc, body, null, false, SAMPLE_WINDOW);
  if (first.length < SAMPLE_WINDOW) return first; // the whole page's text fits in one window
  const all = body.getElementsByTagName("*");
  const middle = all.length > 2 ? all[Math.floor(all.length / 2)] : null;
  const mid = middle ? readWindow(doc, body, middle, false, SAMPLE_WINDOW) : "";
  const last = readWindow(doc, body, null, true, SAMPLE_WINDOW);
  return `${first}\n${mid}\n${last}`;
}
