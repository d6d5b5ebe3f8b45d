import { usePopup } from "../context.ts";
import { groupBySpeaker, type PageArticle, type SpeakerGroup } from "../page.ts";
import { formatDate, t } from "../strings.ts";
import { clean } from "../text.ts";
import { ClaimList } from "./ClaimList.tsx";
import { SpeakerQuotes } from "./SpeakerQuotes.tsx";

/** The colour of quotes with no named speaker (the page's highlights use the same). */
const UNNAMED_COLOUR = 5;

interface Props {
  stored: PageArticle;
  /** Colour slot by speaker key (PageView); absent: in order of first quote in this article. */
  colours?: Map<string, number>;
  /** "Article n of total" when the page holds several. */
  position?: { n: number; total: number };
  /**
   * At most this many of its quotes, then of its claims, are rendered (PageView's first frame); the
   * counts and headings always describe the whole article.
   */
  limit?: number;
}

/** How many quotes of each speaker group fit in the first `n` quotes, in order (0: the group is left out). */
function quotesShown(groups: SpeakerGroup[], n: number): number[] {
  let left = n;
  return groups.map((group) => {
    const shown = Math.max(0, Math.min(left, group.quotes.length));
    left -= shown;
    return shown;
  });
}

/** One stored article: title, outlet, date, its quotes grouped by speaker, then its claims. */
export function ArticleView({ stored, colours, position, limit = Number.POSITIVE_INFINITY }: Props) {
  const { lang } = usePopup();
  const { article, quotes, claims } = stored;
  const groups = groupBySpeaker(quotes);
  const named = groups.filter((g) => g.name !== null).length;
  const shown = quotesShown(groups, limit);
  const claimsLeft = limit - quotes.length;
  return (
    <article class="article" data-article-id={article.id}>
      {position && position.total > 1 && <p class="position">{t(lang, "articleOfPage", position.n, position.total)}</p>}
      <h2 class="title" lang="ar" dir="rtl">
        {clean(article.title)}
      </h2>
      <p class="meta">
        <bdi class="outlet">{article.outlet ? clean(article.outlet) : t(lang, "outletUnknown")}</bdi>
        {" · "}
        <span class="date">{formatDate(lang, article.publishedAt) ?? t(lang, "dateUnknown")}</span>
      </p>
      <p class="counts">
        <span class="quote-count">{t(lang, "quotesCount", quotes.length)}</span>
        {" · "}
        <span class="speaker-count">{t(lang, "speakersCount", named)}</span>
      </p>
      <h3 class="section-heading">{t(lang, "quotesHeading")}</h3>
      {groups.length === 0 ? (
        <p class="empty">{t(lang, "noQuotes")}</p>
      ) : (
        groups.map(
          (group, i) =>
            shown[i] > 0 && (
              <SpeakerQuotes
                key={group.key || "unnamed"}
                group={group}
                shown={shown[i]}
                article={article}
                colour={group.name ? (colours?.get(group.key) ?? i % UNNAMED_COLOUR) : UNNAMED_COLOUR}
              />
            ),
        )
      )}
      {claimsLeft > 0 && (
        <>
          <h3 class="section-heading">{t(lang, "claimsHeading")}</h3>
          <ClaimList claims={claims} limit={claimsLeft} />
        </>
      )}
    </article>
  );
}
