import { usePopup } from "../context.ts";
import { groupBySpeaker, type PageArticle } from "../page.ts";
import { t } from "../strings.ts";
import { ArticleView } from "./ArticleView.tsx";

/** What is stored for the tab's page: undefined while loading, [] when nothing was saved. */
export function PageView({ stored }: { stored: PageArticle[] | undefined }) {
  const { lang } = usePopup();
  if (stored === undefined) return <p class="status">{t(lang, "loading")}</p>;
  if (stored.length === 0) return <p class="status empty-page">{t(lang, "noAnalysis")}</p>;
  // Colours by speaker across the page, in the order speakers are first quoted: the same order the page's
  // highlights use (content-scripts/highlight.ts), so a colour means the same speaker in both.
  const colours = new Map<string, number>();
  for (const s of stored)
    for (const g of groupBySpeaker(s.quotes)) if (g.name && !colours.has(g.key)) colours.set(g.key, colours.size % 5);
  return (
    <>
      {stored.map((s, i) => (
        <ArticleView key={s.article.id} stored={s} colours={colours} position={{ n: i + 1, total: stored.length }} />
      ))}
    </>
  );
}
