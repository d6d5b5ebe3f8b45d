import type { UiLanguage } from "../../src/messaging/protocol.ts";
import type { QuoteRecord } from "../../src/storage/db.ts";
import { t } from "../strings.ts";

/** One quote: its words (always right-to-left Arabic), its kind and the reporting verb. */
export function QuoteItem({ quote, lang }: { quote: QuoteRecord; lang: UiLanguage }) {
  return (
    <li class={`quote quote-${quote.kind}`} data-quote-id={quote.id}>
      <blockquote dir="rtl" lang="ar">
        {quote.kind === "direct" ? `«${quote.text}»` : quote.text}
      </blockquote>
      <p class="quote-meta">
        <span class="tag">{t(lang, `kind_${quote.kind}`)}</span>{" "}
        {quote.cue && (
          <span class="cue" title={t(lang, "cue")}>
            {t(lang, "cue")}: <bdi lang="ar">{quote.cue}</bdi>
          </span>
        )}{" "}
        {quote.via && (
          <span class="via">
            {t(lang, "via")} <bdi lang="ar">{quote.via}</bdi>
          </span>
        )}
      </p>
    </li>
  );
}
