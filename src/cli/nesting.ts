/**
 * Guard against absurdly deep markup before linkedom parses it. A browser never builds a tree deeper than
 * 512 elements (Chromium's HTML parser attaches anything deeper to the element at that depth); linkedom
 * has no such bound, its parse time grows with the square of the depth (100,000 nested <div> took over
 * 30 s) and recursive walks over such a tree can overflow the stack. Past MAX_NESTING, tags are dropped and
 * their text kept, which is what the reader of the page would see anyway.
 */

/** Deepest element nesting kept, as in Chromium's parser. */
export const MAX_NESTING = 512;

/** Elements without content: they never open a level. */
const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen".split(" "),
);
/**
 * Elements whose end tag may be omitted (<p>, <li>, <td> …): the parser closes them implicitly, so
 * counting them would make ordinary pages look deep. They neither open nor close a level here.
 */
const IMPLIED_END = new Set("p li dt dd tr td th option optgroup rp rt rb rtc thead tbody tfoot colgroup".split(" "));
/** Elements whose content is raw text, skipped whole: a "<div>" inside a script is not a tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);

/** Cheap upper bound of the page's nesting, to skip the rewrite for every ordinary page. */
function mayBeDeep(html: string): boolean {
  let opens = 0;
  for (let i = html.indexOf("<"); i !== -1 && opens <= MAX_NESTING; i = html.indexOf("<", i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) opens++;
  }
  return opens > MAX_NESTING;
}

/** Where `</name` next occurs (any case), or -1. */
export function endTagOf(html: string, name: string, from: number): number {
  for (let j = html.indexOf("</", from); j !== -1; j = html.indexOf("</", j + 2)) {
    if (html.slice(j + 2, j + 2 + name.length).toLowerCase() === name) return j;
  }
  return -1;
}

/**
 * Returns the HTML with the tags deeper than `max` removed (text kept), or the same string when no
 * element sits that deep. Linear in the length of the input: one left-to-right scan with indexOf.
 */
export function flattenDeepNesting(html: string, max: number = MAX_NESTING): string {
  if (!mayBeDeep(html)) return html;
  const out: string[] = [];
  let depth = 0;
  /** Open tags dropped beyond the bound, so their end tags are dropped too. */
  let excess = 0;
  let from = 0;
  let i = html.indexOf("<");
  let changed = false;
  while (i !== -1) {
    const next = html.charCodeAt(i + 1);
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      if (close === -1) break;
      i = html.indexOf("<", close + 3);
      continue;
    }
    const isEnd = next === 47; /* / */
    const nameStart = isEnd ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < html.length && /[A-Za-z0-9:-]/.test(html[nameEnd] as string)) nameEnd++;
    const gt = html.indexOf(">", nameEnd);
    if (nameEnd === nameStart || gt === -1) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const selfClosing = html.charCodeAt(gt - 1) === 47;
    if (!isEnd && RAW_TEXT.has(name)) {
      const close = endTagOf(html, name, gt + 1);
      if (close === -1) break;
      i = html.indexOf("<", close + 2);
      continue;
    }
    let drop = false;
    if (!VOID.has(name) && !IMPLIED_END.has(name) && !selfClosing) {
      if (!isEnd) {
        if (depth >= max) {
          excess++;
          drop = true;
        } else depth++;
      } else if (excess > 0) {
        excess--;
        drop = true;
      } else if (depth > 0) depth--;
    }
    if (drop) {
      out.push(html.slice(from, i));
      from = gt + 1;
      changed = true;
    }
    i = html.indexOf("<", gt + 1);
  }
  if (!changed) return html;
  out.push(html.slice(from));
  return out.join("");
}
