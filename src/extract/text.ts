/** Small text helpers shared by the extractor. */

/** Collapses runs of whitespace (including no-break space) to one space and trims. */
export function clean(text: string | null | undefined): string {
  if (!text) return "";
  return text.replace(/[\s\u00a0\u200b\u200e\u200f\u202a-\u202e\ufeff]+/g, " ").trim();
}

const ENTITIES: Record<string, string> = {
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  apos: "'",
  nbsp: " ",
  laquo: "«",
  raquo: "»",
};

/** Decodes the HTML entities found inside JSON-LD and meta values that some sites escape twice. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Counts Arabic-script letters in `text` (for deciding whether a name or a line is Arabic). */
export function arabicLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0620 && c <= 0x06d3) n++;
  }
  return n;
}

/** Match key for comparing titles and names loosely: letters and digits only, Arabic letter forms folded. */
export function looseKey(text: string): string {
  return text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Share of the words of `a` that also occur in `b` (0..1), on loose keys. */
export function wordOverlap(a: string, b: string): number {
  const wa = looseKey(a).split(" ").filter(Boolean);
  if (!wa.length) return 0;
  const wb = new Set(looseKey(b).split(" "));
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n / wa.length;
}

/** Resolves `href` against `base`; null when it cannot be made absolute. */
export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || h.startsWith("#") || /^(javascript|mailto|tel|whatsapp|data):/i.test(h)) return null;
  // Already absolute (most links on news pages): no need to pay for URL parsing.
  if (/^https?:\/\/[^\s/]+/i.test(h) && !/\s/.test(h)) return h;
  try {
    return new URL(h, base ?? undefined).href;
  } catch {
    return null;
  }
}
