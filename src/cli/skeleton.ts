/**
 * The <html>, <head> and <body> a browser would imply. HTML lets a page leave out all three start tags,
 * and saved fragments have none; a browser builds them anyway. linkedom does not: without <html> it takes
 * the first element as the root and hides the text inside it, and without <body> it adds an empty body
 * beside the content, so the extractor would see an empty page. The missing tags are written in, where the
 * parser would have implied them, before linkedom parses.
 */

import { endTagOf } from "./nesting.ts";

/** Elements that belong in <head>; any other tag or text starts the body. */
const HEAD_ELEMENTS = new Set(["title", "meta", "link", "style", "script", "base", "noscript", "template"]);

/** Index of the first start tag `<name` (any case, followed by a space, / or >), or -1. */
function startTag(html: string, name: string): number {
  const re = new RegExp(`<${name}[\\s/>]`, "i");
  return html.search(re);
}

/** Where the body would start in a page without a <body> tag: after </head>, else at the first content. */
function impliedBodyStart(html: string, from: number): number {
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd !== -1) return html.indexOf(">", headEnd) + 1;
  // [^<>]* rather than [^>]*: a "<a" never closed must not make every later "<" scan to the end.
  const tag = /<(\/?)([A-Za-z][\w-]*)[^<>]*>|<!--[\s\S]*?-->|<[!?][^<>]*>|[^<\s]/g;
  tag.lastIndex = from;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    // Comments, a doctype, an XML declaration.
    if (m[0].startsWith("<!") || m[0].startsWith("<?")) continue;
    const name = m[2]?.toLowerCase();
    if (!name) return m.index;
    if (name === "html" || name === "head" || m[1]) continue;
    if (!HEAD_ELEMENTS.has(name)) return m.index;
    // Skip a head element's content (a script's text is not body content).
    if (name === "script" || name === "style" || name === "title" || name === "noscript" || name === "template") {
      const close = endTagOf(html, name, tag.lastIndex);
      if (close === -1) return html.length;
      tag.lastIndex = close;
    }
  }
  return html.length;
}

/** The page with <html> and <body> start tags added where they are implied; unchanged when present. */
export function ensureSkeleton(html: string): string {
  let out = html;
  if (startTag(out, "body") === -1) {
    const htmlTag = startTag(out, "html");
    const doctype = out.match(/^\s*<!doctype[^<>]*>/i)?.[0] ?? "";
    const from = htmlTag === -1 ? doctype.length : out.indexOf(">", htmlTag) + 1;
    const at = impliedBodyStart(out, from);
    // linkedom finds the body only as the element right after <head>: both are written when missing.
    out =
      startTag(out, "head") === -1
        ? `${out.slice(0, from)}<head>${out.slice(from, at)}</head><body>${out.slice(at)}`
        : `${out.slice(0, at)}<body>${out.slice(at)}`;
  }
  if (startTag(out, "html") === -1) {
    // After a doctype, which must stay first.
    const doctype = out.match(/^\s*<!doctype[^<>]*>/i)?.[0] ?? "";
    out = `${doctype}<html>${out.slice(doctype.length)}</html>`;
  }
  return out;
}
