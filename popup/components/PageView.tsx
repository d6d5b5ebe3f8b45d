import { useEffect, useState } from "preact/hooks";
import { usePopup } from "../context.ts";
import { groupBySpeaker, type PageArticle } from "../page.ts";
import { t } from "../strings.ts";
import { ArticleView } from "./ArticleView.tsx";

/**
 * How many quotes and claims the first render of a page shows; the rest is rendered right after that
 * first frame is painted. More than the popup's first screen holds (at most 600 px high, under the
 * toolbar, tabs and the article's title; a quote with its line of details and its actions is at least
 * 90 px), so the first frame is the page's first screen, complete, and building and laying out the
 * items below it does not delay it.
 */
export const FIRST_FRAME_ITEMS = 6;

/** What is stored for the tab's page: undefined while loading, [] when nothing was saved. */
export function PageView({ stored }: { stored: PageArticle[] | undefined }) {
  const { lang } = usePopup();
  // Effects run after the browser painted: the first frame holds the first screen, this renders the rest.
  const [complete, setComplete] = useState(false);
  const loaded = stored !== undefined && stored.length > 0;
  useEffect(() => {
    if (loaded && !complete) setComplete(true);
  }, [loaded]);
  if (stored === undefined) return <p class="status">{t(lang, "loading")}</p>;
  if (stored.length === 0) return <p class="status empty-page">{t(lang, "noAnalysis")}</p>;
  // Colours by speaker across the page, in the order speakers are first quoted: the same order the page's
  // highlights use (content-scripts/highlight.ts), so a colour means the same speaker in both.
  const colours = new Map<string, number>();
  for (const s of stored)
    for (const g of groupBySpeaker(s.quotes)) if (g.name && !colours.has(g.key)) colours.set(g.key, colours.size % 5);
  let budget = complete ? Number.POSITIVE_INFINITY : FIRST_FRAME_ITEMS;
  const shown: PageArticle[] = [];
  const limits: number[] = [];
  for (const s of stored) {
    if (budget <= 0) break;
    shown.push(s);
    limits.push(budget);
    budget -= s.quotes.length + s.claims.length;
  }
  return (
    <>
      {shown.map((s, i) => (
        <ArticleView
          key={s.article.id}
          stored={s}
          colours={colours}
          position={{ n: i + 1, total: stored.length }}
          limit={limits[i]}
        />
      ))}
    </>
  );
}
