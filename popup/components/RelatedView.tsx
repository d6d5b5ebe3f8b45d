import type { Article, Quote, Speaker } from "../../src/core/types.ts";
import type { SavedArticle, SavedQuote } from "../../src/library/records.ts";
import { type DiffPart, RelatedIndex, type RelatedResult, wordDiff } from "../../src/related/index.ts";
import type { IsnadDatabase } from "../../src/storage/db.ts";
import { usePopup } from "../context.ts";
import type { PageArticle } from "../data.ts";
import { useLiveQuery } from "../hooks/useLiveQuery.ts";
import { formatDate, t, tv } from "../strings.ts";
import { clean } from "../text.ts";

/**
 * How many recent saved articles related coverage is looked for in. The index is built when this view
 * opens (never at popup start); a bounded window keeps that to a fraction of a second whatever the
 * library's size, and coverage of one event is published within days of it.
 */
export const RELATED_WINDOW = 300;

/** The analysis shape src/related reads, rebuilt from library records (speakers keyed by their key). */
export function articleOf(article: SavedArticle, quotes: readonly SavedQuote[]): Article {
  const speakers = new Map<string, Speaker>();
  for (const q of quotes) {
    if (q.speakerKey && q.speakerName && !speakers.has(q.speakerKey)) {
      speakers.set(q.speakerKey, {
        id: q.speakerKey,
        name: q.speakerName,
        aliases: [],
        title: q.speakerTitle,
        kind: "person",
      });
    }
  }
  const coreQuotes: Quote[] = quotes.map((q) => ({
    id: q.id,
    text: q.text,
    kind: q.kind,
    cue: q.cue,
    speakerId: q.speakerKey && speakers.has(q.speakerKey) ? q.speakerKey : null,
    via: q.via,
    start: q.start,
    end: q.end,
  }));
  return {
    title: article.title,
    outlet: article.outlet,
    byline: article.byline,
    publishedAt: article.publishedAt,
    keywords: article.keywords,
    text: article.text,
    speakers: [...speakers.values()],
    quotes: coreQuotes,
    claims: [],
    relatedLinks: article.relatedLinks,
  };
}

interface Found {
  forArticle: SavedArticle;
  results: { result: RelatedResult; article: SavedArticle }[];
}

/** Related coverage of the page's articles among the most recent saved articles. */
export async function findRelated(
  db: IsnadDatabase,
  page: PageArticle[],
): Promise<{ found: Found[]; scanned: number }> {
  const recent = await db.articles.orderBy("savedAt").reverse().limit(RELATED_WINDOW).toArray();
  const own = new Set(page.map((s) => s.article.id));
  const others = recent.filter((a) => !own.has(a.id));
  const quotes = await db.quotes
    .where("articleId")
    .anyOf(others.map((a) => a.id))
    .toArray();
  const quotesOf = new Map<string, SavedQuote[]>();
  for (const q of quotes) quotesOf.set(q.articleId, [...(quotesOf.get(q.articleId) ?? []), q]);
  const index = new RelatedIndex();
  const byId = new Map(others.map((a) => [a.id, a]));
  for (const a of others) index.add({ id: a.id, url: a.url, article: articleOf(a, quotesOf.get(a.id) ?? []) });
  const found = page.map((s) => ({
    forArticle: s.article,
    results: index
      .query({ id: s.article.id, url: s.article.url, article: articleOf(s.article, s.quotes) }, { top: 10 })
      .map((result) => ({ result, article: byId.get(result.id) as SavedArticle })),
  }));
  return { found, scanned: others.length };
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

function RelatedItem({ result, article }: { result: RelatedResult; article: SavedArticle }) {
  const { lang } = usePopup();
  const { why } = result;
  return (
    <li class="related-item" data-article-id={article.id}>
      <h3 class="related-title" lang="ar" dir="rtl">
        {article.url ? (
          <a href={article.url} target="_blank" rel="noreferrer noopener">
            {clean(article.title)}
          </a>
        ) : (
          clean(article.title)
        )}
      </h3>
      <p class="meta">
        <bdi>{article.outlet ? clean(article.outlet) : t(lang, "outletUnknown")}</bdi>
        {" · "}
        {formatDate(lang, article.publishedAt) ?? t(lang, "dateUnknown")}
      </p>
      <p class="why">
        <span class="tag relation">{tv(lang, "relation", why.relation)}</span>
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
      {why.sharedQuotes.length > 0 && (
        <div class="shared-quotes">
          <p>
            {t(lang, "sharedQuotes")} — {t(lang, "diffLabel")} (<del>{t(lang, "wordingHere")}</del>{" "}
            <ins>{t(lang, "wordingThere")}</ins>)
          </p>
          {why.sharedQuotes.slice(0, 3).map((q, i) => (
            <Diff key={i} parts={wordDiff(q.text, q.otherText)} />
          ))}
        </div>
      )}
    </li>
  );
}

/** Related saved coverage of the page's articles, and why each is related. */
export function RelatedView({ db, page }: { db: IsnadDatabase; page: PageArticle[] | undefined }) {
  const { lang } = usePopup();
  const key = page?.map((s) => `${s.article.id}@${s.article.updatedAt}`).join("|");
  const related = useLiveQuery(() => (page?.length ? findRelated(db, page) : null), [key]);
  if (page === undefined || related === undefined) return <p class="status">{t(lang, "loading")}</p>;
  if (!page.length || related === null) return <p class="status">{t(lang, "relatedNoPage")}</p>;
  const any = related.found.some((f) => f.results.length);
  return (
    <div class="related">
      <p class="status">{t(lang, "relatedScanned", related.scanned)}</p>
      {!any && <p class="empty">{t(lang, "relatedNone")}</p>}
      {related.found.map(({ forArticle, results }) =>
        results.length === 0 ? null : (
          <section key={forArticle.id} class="related-group">
            {related.found.length > 1 && (
              <h2 class="title" lang="ar" dir="rtl">
                {clean(forArticle.title)}
              </h2>
            )}
            <ol class="related-list">
              {results.map(({ result, article }) => (
                <RelatedItem key={result.id} result={result} article={article} />
              ))}
            </ol>
          </section>
        ),
      )}
    </div>
  );
}
