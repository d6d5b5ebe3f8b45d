import { usePopup } from "../context.ts";
import type { PageArticle } from "../data.ts";
import { t } from "../strings.ts";
import { ArticleView } from "./ArticleView.tsx";

/** What is stored for the tab's page: undefined while loading, [] when nothing was saved. */
export function PageView({ stored }: { stored: PageArticle[] | undefined }) {
  const { lang } = usePopup();
  if (stored === undefined) return <p class="status">{t(lang, "loading")}</p>;
  if (stored.length === 0) return <p class="status empty-page">{t(lang, "noAnalysis")}</p>;
  return (
    <>
      {stored.map((s, i) => (
        <ArticleView key={s.article.id} stored={s} position={{ n: i + 1, total: stored.length }} />
      ))}
    </>
  );
}
