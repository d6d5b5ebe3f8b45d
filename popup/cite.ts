/** A quote's citation for the clipboard (loaded after the first render: it needs the records code). */
import { citeQuote } from "../src/library/cite.ts";
import type { SavedQuote } from "../src/library/records.ts";
import type { ShownArticle } from "./page.ts";
import { clean } from "./text.ts";

/** A quote with its source in one line, from text cleaned of bidi controls. */
export function citation(quote: SavedQuote, article: ShownArticle, lang: "ar" | "en"): string {
  const opt = (s: string | null) => (s ? clean(s) : null);
  return citeQuote(
    {
      text: clean(quote.text),
      kind: quote.kind,
      speakerName: opt(quote.speakerName),
      speakerTitle: opt(quote.speakerTitle),
      via: opt(quote.via),
    },
    { title: clean(article.title), outlet: opt(article.outlet), publishedAt: article.publishedAt, url: article.url },
    lang,
  );
}
