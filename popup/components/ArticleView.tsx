import type { UiLanguage } from "../../src/messaging/protocol.ts";
import type { StoredArticle } from "../../src/storage/pages.ts";
import { groupQuotesBySpeaker } from "../group.ts";
import { formatDate, t } from "../strings.ts";
import { SpeakerQuotes } from "./SpeakerQuotes.tsx";

interface Props {
  stored: StoredArticle;
  lang: UiLanguage;
  /** "Article n of total" when the page holds several. */
  position?: { n: number; total: number };
}

/** One stored article: title, outlet, date, then its quotes grouped by speaker. */
export function ArticleView({ stored, lang, position }: Props) {
  const { article, quotes, speakers } = stored;
  const groups = groupQuotesBySpeaker(quotes, speakers);
  return (
    <article class="article" data-article-id={article.id}>
      {position && position.total > 1 && <p class="position">{t(lang, "articleOfPage", position.n, position.total)}</p>}
      <h2 class="title" lang="ar" dir="rtl">
        {article.title}
      </h2>
      <p class="meta">
        <span class="outlet">{article.outlet ?? t(lang, "outletUnknown")}</span>
        {" · "}
        <span class="date">{formatDate(lang, article.publishedAt) ?? t(lang, "dateUnknown")}</span>
      </p>
      <p class="counts">
        <span class="quote-count">{t(lang, "quotesCount", quotes.length)}</span>
        {" · "}
        <span>{t(lang, "speakersCount", speakers.length)}</span>
      </p>
      {groups.length === 0 ? (
        <p class="empty">{t(lang, "noQuotes")}</p>
      ) : (
        groups.map((group) => <SpeakerQuotes key={group.speaker?.rowId ?? "unnamed"} group={group} lang={lang} />)
      )}
    </article>
  );
}
