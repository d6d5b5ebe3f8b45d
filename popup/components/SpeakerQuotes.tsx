import { usePopup } from "../context.ts";
import type { ShownArticle, SpeakerGroup } from "../page.ts";
import { t } from "../strings.ts";
import { clean } from "../text.ts";
import { QuoteItem } from "./QuoteItem.tsx";

/**
 * A speaker (name, title as the article gives it, number of quotes) and the quotes attributed to them;
 * `shown`: only the first ones (the popup's first frame, PageView), the count still says how many.
 */
export function SpeakerQuotes({
  group,
  article,
  colour,
  shown,
}: {
  group: SpeakerGroup;
  article: ShownArticle;
  colour: number;
  shown?: number;
}) {
  const { lang } = usePopup();
  const headingId = `sp-${article.id}-${group.key || "none"}`.replace(/[^\w-]/g, "_");
  return (
    <section class={`speaker colour-${colour}`} data-speaker-key={group.key} aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>
          <bdi lang="ar" class="speaker-name">
            {group.name ? clean(group.name) : t(lang, "speakerUnknown")}
          </bdi>
        </h3>{" "}
        <span class="tag count">{t(lang, "quotesCount", group.quotes.length)}</span>
        {group.title && (
          <p class="speaker-title" lang="ar" dir="rtl">
            {clean(group.title)}
          </p>
        )}
      </header>
      <ul class="quotes">
        {group.quotes.slice(0, shown).map((quote) => (
          <QuoteItem key={quote.id} quote={quote} article={article} />
        ))}
      </ul>
    </section>
  );
}
