/**
 * Page text as the popup displays it. Everything from a page is rendered as text nodes (never as HTML),
 * and bidi override and isolate controls are removed first: a page could otherwise use them to make a
 * quote, a name or a URL read differently from what it is (U+202A–U+202E, U+2066–U+2069).
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function clean(text: string | null | undefined): string {
  return (text ?? "").replace(BIDI_CONTROLS, "");
}
