/**
 * A quote with its citation, for the clipboard, in Arabic and in English:
 *   «…» — ديمتري بيسكوف، المتحدث الرسمي باسم الكرملين، الوطن، 12 أكتوبر 2023، https://…
 *   “…” — ديمتري بيسكوف, المتحدث الرسمي باسم الكرملين, الوطن, October 12, 2023, https://…
 * Names, titles and outlets stay as the article wrote them (no transliteration); only the punctuation,
 * the date and the few fixed words follow the language. Reported speech is marked as such, never put in
 * quotation marks as if verbatim.
 */
import { dayOf, type SavedArticle, type SavedQuote } from "./records.ts";

export type CiteLang = "ar" | "en";

export interface CiteOptions {
  /** A BCP 47 locale for the date, e.g. "ar-SY" for تشرين الأول; defaults to "ar" / "en". */
  locale?: string;
  /** Digits of the date: "latn" (default: 12 أكتوبر 2023) or "arab" (١٢ أكتوبر ٢٠٢٣). */
  digits?: "latn" | "arab";
  /** Add the article's title before the outlet (default false: speaker, title, outlet, date, URL). */
  withArticleTitle?: boolean;
}

const WORDS = {
  ar: { sep: "، ", paraphrase: "(بتصرف) ", via: "نقلا عن ", open: "«", close: "»" },
  en: { sep: ", ", paraphrase: "(paraphrased) ", via: "via ", open: "\u201c", close: "\u201d" },
} as const;

/**
 * A publication date for a citation: the calendar day as the ISO string gives it (the publisher's day,
 * not shifted to the reader's time zone), formatted with Intl; null when there is no date.
 */
export function citeDate(iso: string | null | undefined, lang: CiteLang, options: CiteOptions = {}): string | null {
  const day = dayOf(iso);
  if (!day) return null;
  const [y, m, d] = day.split("-").map(Number);
  const base = options.locale ?? lang;
  const locale = `${base}${base.includes("-u-") ? "-nu-" : "-u-nu-"}${options.digits ?? "latn"}`;
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    Date.UTC(y, m - 1, d),
  );
}

/** The quote and its source as one line of text in the given language. */
export function citeQuote(
  quote: Pick<SavedQuote, "text" | "kind" | "speakerName" | "speakerTitle" | "via">,
  article: Pick<SavedArticle, "title" | "outlet" | "publishedAt" | "url">,
  lang: CiteLang,
  options: CiteOptions = {},
): string {
  const w = WORDS[lang];
  const words = quote.kind === "indirect" ? `${w.paraphrase}${quote.text}` : `${w.open}${quote.text}${w.close}`;
  const parts = [
    quote.speakerName,
    quote.speakerTitle,
    quote.via ? `${w.via}${quote.via}` : null,
    options.withArticleTitle ? article.title : null,
    article.outlet,
    citeDate(article.publishedAt, lang, options),
    article.url || null,
  ].filter((p): p is string => !!p && p.trim() !== "");
  return parts.length ? `${words} — ${parts.join(w.sep)}` : words;
}

/** Both citations at once, for a "copy" menu offering either language. */
export function citeQuoteBoth(
  quote: Parameters<typeof citeQuote>[0],
  article: Parameters<typeof citeQuote>[1],
  options: CiteOptions = {},
): Record<CiteLang, string> {
  return { ar: citeQuote(quote, article, "ar", options), en: citeQuote(quote, article, "en", options) };
}
