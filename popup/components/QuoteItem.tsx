import type { SavedQuote } from "../../src/library/records.ts";
import { usePopup } from "../context.ts";
import type { ShownArticle } from "../page.ts";
import { t } from "../strings.ts";
import { clean } from "../text.ts";
import { MarkActions } from "./MarkActions.tsx";

/** One quote: its words (always right-to-left Arabic), its kind, the reporting verb, the relaying outlet. */
export function QuoteItem({ quote, article }: { quote: SavedQuote; article: ShownArticle }) {
  const { lang } = usePopup();
  const text = clean(quote.text);
  return (
    <li class={`quote quote-${quote.kind}`} data-quote-id={quote.id}>
      <blockquote dir="rtl" lang="ar">
        {quote.kind === "direct" ? `«${text}»` : text}
      </blockquote>
      <p class="quote-meta">
        <span class="tag">{t(lang, `kind_${quote.kind}`)}</span>{" "}
        {quote.cue && (
          <span class="cue">
            {t(lang, "cue")}: <bdi lang="ar">{clean(quote.cue)}</bdi>
          </span>
        )}{" "}
        {quote.via && (
          <span class="via">
            {t(lang, "via")} <bdi lang="ar">{clean(quote.via)}</bdi>
          </span>
        )}
      </p>
      <MarkActions kind="quote" id={quote.id} text={quote.text} quote={quote} article={article} />
    </li>
  );
}
