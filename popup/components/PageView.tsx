import type { UiLanguage } from "../../src/messaging/protocol.ts";
import type { StoredArticle } from "../../src/storage/pages.ts";
import { t } from "../strings.ts";
import { ArticleView } from "./ArticleView.tsx";

/** What is stored for the tab's page: undefined while loading, [] when nothing was saved. */
export function PageView({ stored, lang }: { stored: StoredArticle[] | undefined; lang: UiLanguage }) {
  if (stored === undefined) return <p class="status">{t(lang, "loading")}</p>;
  if (stored.length === 0) return <p class="status empty-page">{t(lang, "noAnalysis")}</p>;
  return (
    <>
      {stored.map((s, i) => (
        <ArticleView key={s.article.id} stored={s} lang={lang} position={{ n: i + 1, total: stored.length }} />
      ))}
    </>
  );
}
