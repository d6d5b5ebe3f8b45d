import { useEffect, useState } from "preact/hooks";
import { send } from "../../src/messaging/client.ts";
import type { DiffPart } from "../../src/related/index.ts";
import type { RelatedArticle } from "../../src/storage/indexes.ts";
import { usePopup } from "../context.ts";
import type { PageArticle } from "../page.ts";
import { shownRelation } from "../relation.ts";
import { formatDate, t, tv } from "../strings.ts";
import { clean } from "../text.ts";

/** How many related articles are listed per article of the page. */
export const RELATED_TOP = 10;

/** Related coverage of one of the page's articles. */
export interface Found {
  forArticle: PageArticle["article"];
  related: RelatedArticle[];
}

/**
 * Related coverage of each of the page's articles, asked of the background, whose related index covers
 * the whole library and is kept up to date as articles are saved (src/storage/indexes.ts). null when
 * the background could not answer.
 */
export async function findRelated(page: PageArticle[]): Promise<Found[] | null> {
  const answers = await Promise.all(
    page.map((s) => send("popup→background:getRelated", { articleId: s.article.id, top: RELATED_TOP })),
  );
  if (answers.some((a) => !a.ok)) return null;
  return page.map((s, i) => {
    const answer = answers[i];
    return { forArticle: s.article, related: answer.ok ? answer.value.related : [] };
  });
}

function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <p class="diff" dir="rtl" lang="ar">
      {parts.map((p, i) => {
        const words = `${clean(p.text)} `;
        if (p.kind === "removed") return <del key={i}>{words}</del>;
        if (p.kind === "added") return <ins key={i}>{words}</ins>;
        return <span key={i}>{words}</span>;
      })}
    </p>
  );
}

function RelatedItem({ item }: { item: RelatedArticle }) {
  const { lang } = usePopup();
  const { why } = item;
  return (
    <li class="related-item" data-article-id={item.id}>
      <h3 class="related-title" lang="ar" dir="rtl">
        {item.url ? (
          <a href={item.url} target="_blank" rel="noreferrer noopener">
            {clean(item.title)}
          </a>
        ) : (
          clean(item.title)
        )}
      </h3>
      <p class="meta">
        <bdi>{item.outlet ? clean(item.outlet) : t(lang, "outletUnknown")}</bdi>
        {" · "}
        {formatDate(lang, item.publishedAt) ?? t(lang, "dateUnknown")}
      </p>
      <p class="why">
        <span class="tag relation">{tv(lang, "relation", shownRelation(why))}</span>
        <span class="tag similarity">{t(lang, "similarity", Math.round(why.similarity * 100))}</span>
      </p>
      {why.sharedSpeakers.length > 0 && (
        <p class="shared-speakers">
          {t(lang, "sharedSpeakers")}:{" "}
          {why.sharedSpeakers.map((name, i) => (
            <span key={name}>
              {i > 0 && "، "}
              <bdi lang="ar">{clean(name)}</bdi>
            </span>
          ))}
        </p>
      )}
      {item.variants.length > 0 && (
        <div class="shared-quotes">
          <p>
            {t(lang, "sharedQuotes")} — {t(lang, "diffLabel")} (<del>{t(lang, "wordingHere")}</del>{" "}
            <ins>{t(lang, "wordingThere")}</ins>)
          </p>
          {item.variants.slice(0, 3).map((v, i) => (
            <Diff key={i} parts={v.diff} />
          ))}
        </div>
      )}
    </li>
  );
}

/**
 * Related saved coverage of the page's articles, and why each is related. Asked again when the page's
 * articles change (saved again, another page in the tab).
 */
export function RelatedView({ page }: { page: PageArticle[] | undefined }) {
  const { lang } = usePopup();
  const key = page?.map((s) => `${s.article.id}@${s.article.updatedAt}`).join("|");
  const [found, setFound] = useState<{ key: string; found: Found[] | null } | undefined>(undefined);
  useEffect(() => {
    if (!page?.length || key === undefined) return;
    let current = true;
    findRelated(page).then((result) => {
      if (current) setFound({ key, found: result });
    });
    return () => {
      current = false;
    };
  }, [key]);
  if (page === undefined) return <p class="status">{t(lang, "loading")}</p>;
  if (!page.length) return <p class="status">{t(lang, "relatedNoPage")}</p>;
  if (found === undefined || found.key !== key) return <p class="status">{t(lang, "loading")}</p>;
  if (found.found === null) return <p class="status">{t(lang, "relatedUnavailable")}</p>;
  const groups = found.found;
  const any = groups.some((f) => f.related.length);
  return (
    <div class="related">
      <p class="status">{t(lang, "relatedScope")}</p>
      {!any && <p class="empty">{t(lang, "relatedNone")}</p>}
      {groups.map(({ forArticle, related }) =>
        related.length === 0 ? null : (
          <section key={forArticle.id} class="related-group">
            {groups.length > 1 && (
              <h2 class="title" lang="ar" dir="rtl">
                {clean(forArticle.title)}
              </h2>
            )}
            <ol class="related-list">
              {related.map((item) => (
                <RelatedItem key={item.id} item={item} />
              ))}
            </ol>
          </section>
        ),
      )}
    </div>
  );
}
