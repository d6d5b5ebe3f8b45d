import { useState } from "preact/hooks";
import { exportClaimReviews, exportCslJson, exportJson, exportQuotesCsv } from "../../src/library/export.ts";
import type { Flag, LibraryData, SavedArticle, SavedClaim, SavedQuote } from "../../src/library/records.ts";
import { dayOf } from "../../src/library/records.ts";
import { searchTerms } from "../../src/library/search.ts";
import type { IsnadDatabase } from "../../src/storage/db.ts";
import { speakerOf } from "../../src/storage/rows.ts";
import { change, download } from "../actions.ts";
import { usePopup } from "../context.ts";
import { articlesById, recentFlags, savedQuotes, savedQuotesBy } from "../data.ts";
import { useLiveQuery } from "../hooks/useLiveQuery.ts";
import { formatDate, t, tv } from "../strings.ts";
import { clean } from "../text.ts";
import { FlagForm, SaveForm } from "./Forms.tsx";
import { SavedSummary } from "./SavedSummary.tsx";

/** At most this many saved quotes and flags are read for the view; the count shows how many are listed. */
export const LIBRARY_LIMIT = 500;

export interface LibraryFilters {
  query: string;
  speaker: string;
  outlet: string;
  tag: string;
  from: string;
  to: string;
}

export const NO_FILTERS: LibraryFilters = { query: "", speaker: "", outlet: "", tag: "", from: "", to: "" };

/** Does `text` contain every word of the query (the last as a prefix), through the library's folding? */
export function matchesQuery(query: readonly string[], text: string): boolean {
  if (!query.length) return true;
  const words = searchTerms(text);
  return query.every((q, i) => words.some((w) => (i === query.length - 1 ? w.startsWith(q) : w === q)));
}

export interface LibraryRows {
  quotes: { quote: SavedQuote; article: SavedArticle | undefined }[];
  flags: Flag[];
  facets: { speakers: { key: string; name: string }[]; outlets: string[]; tags: string[] };
}

/**
 * The library view's rows: saved quotes (newest first, through the tag or speaker index when one is
 * chosen) and flags, with the filters applied, and the values the filters offer.
 */
export async function libraryRows(db: IsnadDatabase, f: LibraryFilters): Promise<LibraryRows> {
  const [base, flags] = await Promise.all([
    f.tag || f.speaker
      ? savedQuotesBy(db, { tag: f.tag, speakerKey: f.speaker }, LIBRARY_LIMIT)
      : savedQuotes(db, LIBRARY_LIMIT),
    recentFlags(db, LIBRARY_LIMIT),
  ]);
  const articles = await articlesById(db, [...base.map((q) => q.articleId), ...flags.map((x) => x.articleId ?? "")]);
  const query = searchTerms(f.query);
  const dayOfArticle = (a: SavedArticle | undefined) => dayOf(a?.publishedAt) ?? dayOf(a?.savedAt) ?? "";
  const inDates = (day: string) => (!f.from || day >= f.from) && (!f.to || (day !== "" && day <= f.to));
  const quotes = base
    .map((quote) => ({ quote, article: articles.get(quote.articleId) }))
    .filter(
      ({ quote, article }) =>
        (!f.speaker || quote.speakerKey === f.speaker) &&
        (!f.tag || quote.saved?.tags.includes(f.tag)) &&
        (!f.outlet || article?.outlet === f.outlet) &&
        inDates(dayOfArticle(article)) &&
        matchesQuery(
          query,
          `${quote.text} ${quote.speakerName ?? ""} ${quote.saved?.note ?? ""} ${quote.saved?.tags.join(" ") ?? ""} ${article?.title ?? ""}`,
        ),
    );
  const shownFlags = flags.filter((x) => {
    const article = x.articleId ? articles.get(x.articleId) : undefined;
    return (
      (!f.outlet || article?.outlet === f.outlet) &&
      inDates(dayOfArticle(article) || x.createdAt.slice(0, 10)) &&
      matchesQuery(query, `${x.text} ${x.note}`)
    );
  });
  const speakers = new Map<string, string>();
  const outlets = new Set<string>();
  const tags = new Set<string>();
  for (const { quote, article } of base.map((q) => ({ quote: q, article: articles.get(q.articleId) }))) {
    if (quote.speakerKey && quote.speakerName) speakers.set(quote.speakerKey, quote.speakerName);
    if (article?.outlet) outlets.add(article.outlet);
    for (const tag of quote.saved?.tags ?? []) tags.add(tag);
  }
  const byText = (a: string, b: string) => a.localeCompare(b, "ar");
  return {
    quotes,
    flags: shownFlags,
    facets: {
      speakers: [...speakers].map(([key, name]) => ({ key, name })).sort((a, b) => byText(a.name, b.name)),
      outlets: [...outlets].sort(byText),
      tags: [...tags].sort(byText),
    },
  };
}

/** The reader's library as library data: every saved quote and flag, with what they point at. */
export async function libraryData(db: IsnadDatabase): Promise<LibraryData> {
  const [quotes, flags] = await Promise.all([db.quotes.orderBy("saved.savedAt").toArray(), db.flags.toArray()]);
  const claimIds = flags.map((f) => f.claimId).filter((id): id is string => !!id);
  const [articles, claims, speakers] = await Promise.all([
    articlesById(db, [...quotes.map((q) => q.articleId), ...flags.map((f) => f.articleId ?? "")]),
    db.claims.bulkGet(claimIds),
    db.speakers.bulkGet([...new Set(quotes.map((q) => q.speakerKey).filter(Boolean))]),
  ]);
  return {
    articles: [...articles.values()],
    quotes,
    speakers: speakers.filter((s) => !!s).map((s) => speakerOf(s)),
    claims: claims.filter((c): c is SavedClaim => !!c),
    flags,
  };
}

type Format = "json" | "csv" | "csl" | "claimreview";

async function exportFile(db: IsnadDatabase, format: Format, lang: "ar" | "en"): Promise<void> {
  const data = await libraryData(db);
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  if (format === "json") download(`isnad-library-${day}.json`, "application/json", exportJson(data, now));
  else if (format === "csv")
    download(
      `isnad-quotes-${day}.csv`,
      "text/csv;charset=utf-8",
      exportQuotesCsv(data.quotes, data.articles, { headers: lang }),
    );
  else if (format === "csl")
    download(
      `isnad-quotes-${day}.csl.json`,
      "application/json",
      `${JSON.stringify(exportCslJson(data.quotes, data.articles), null, 2)}\n`,
    );
  else download(`isnad-claimreview-${day}.jsonld`, "application/ld+json", exportClaimReviews(data, { lang }));
}

function SavedQuoteItem({ quote, article }: { quote: SavedQuote; article: SavedArticle | undefined }) {
  const { lang, notify } = usePopup();
  const [editing, setEditing] = useState(false);
  const text = clean(quote.text);
  const saved = quote.saved;
  let host = "";
  try {
    host = article?.url ? new URL(article.url).host : "";
  } catch {}
  return (
    <li class="saved-quote" data-quote-id={quote.id}>
      <blockquote dir="rtl" lang="ar">
        {quote.kind === "direct" ? `«${text}»` : text}
      </blockquote>
      <p class="quote-meta">
        {/* Name and title in one isolate: an Arabic "name، title" inside an English line keeps its order. */}
        <bdi lang="ar" class="speaker-name">
          {quote.speakerName ? clean(quote.speakerName) : t(lang, "speakerUnknown")}
          {quote.speakerTitle ? `، ${clean(quote.speakerTitle)}` : ""}
        </bdi>
        {" · "}
        <bdi>{article?.outlet ? clean(article.outlet) : t(lang, "outletUnknown")}</bdi>
        {" · "}
        {formatDate(lang, article?.publishedAt ?? null) ?? t(lang, "dateUnknown")}
      </p>
      <SavedSummary saved={saved} />
      <div class="actions">
        <button type="button" class="act-edit" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t(lang, "actionSaved")}
        </button>
        {article?.url && host && (
          <a class="button-link" href={article.url} target="_blank" rel="noreferrer noopener">
            <bdi dir="ltr">{host}</bdi>
          </a>
        )}
      </div>
      {editing && (
        <SaveForm
          tags={saved?.tags ?? []}
          note={saved?.note ?? ""}
          onCancel={() => setEditing(false)}
          onSubmit={async (edit) => {
            const ok = await change("popup→background:saveQuote", { id: quote.id, ...edit });
            notify(t(lang, ok ? "savedDone" : "actionFailed"));
            if (ok) setEditing(false);
          }}
          onRemove={async () => {
            const ok = await change("popup→background:unsaveQuote", { id: quote.id });
            notify(t(lang, ok ? "removedDone" : "actionFailed"));
          }}
        />
      )}
    </li>
  );
}

function FlagItem({ flag }: { flag: Flag }) {
  const { lang, notify } = usePopup();
  const [editing, setEditing] = useState(false);
  return (
    <li class={`flag verdict-${flag.verdict}`} data-flag-id={flag.id}>
      <p class="claim-text" dir="rtl" lang="ar">
        {clean(flag.text)}
      </p>
      <p class="claim-meta">
        <span class="tag verdict">{tv(lang, "verdict", flag.verdict)}</span>
        {formatDate(lang, flag.updatedAt)}
      </p>
      {(flag.note || flag.evidenceUrl) && (
        <p class="mark-summary">
          {flag.note && <bdi class="note">{flag.note}</bdi>}{" "}
          {flag.evidenceUrl && (
            <a href={flag.evidenceUrl} target="_blank" rel="noreferrer noopener">
              <bdi dir="ltr">{flag.evidenceUrl}</bdi>
            </a>
          )}
        </p>
      )}
      <div class="actions">
        <button type="button" class="act-flag" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t(lang, "actionFlag")}
        </button>
      </div>
      {editing && (
        <FlagForm
          verdict={flag.verdict}
          note={flag.note}
          evidenceUrl={flag.evidenceUrl}
          onCancel={() => setEditing(false)}
          onSubmit={async (edit) => {
            const ok = await change("popup→background:editFlag", { id: flag.id, ...edit });
            notify(t(lang, ok ? "flagDone" : "actionFailed"));
            if (ok) setEditing(false);
          }}
          onRemove={async () => {
            const ok = await change("popup→background:removeFlag", { id: flag.id });
            notify(t(lang, ok ? "removedDone" : "actionFailed"));
          }}
        />
      )}
    </li>
  );
}

/** The reader's library: saved quotes and flagged statements, search, filters and export. */
export function LibraryView({ db }: { db: IsnadDatabase }) {
  const { lang } = usePopup();
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const rows = useLiveQuery(() => libraryRows(db, filters), [JSON.stringify(filters)]);
  const set = (key: keyof LibraryFilters) => (e: Event) =>
    setFilters({ ...filters, [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const options = (values: { value: string; label: string }[] | undefined) => [
    <option key="" value="">
      {t(lang, "filterAny")}
    </option>,
    ...(values ?? []).map((o) => (
      <option key={o.value} value={o.value}>
        {clean(o.label)}
      </option>
    )),
  ];

  return (
    <div class="library">
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label class="search">
          <span>{t(lang, "searchLabel")}</span>
          <input type="search" name="q" value={filters.query} onInput={set("query")} />
        </label>
        <label>
          <span>{t(lang, "filterSpeaker")}</span>
          <select name="speaker" value={filters.speaker} onChange={set("speaker")}>
            {options(rows?.facets.speakers.map((s) => ({ value: s.key, label: s.name })))}
          </select>
        </label>
        <label>
          <span>{t(lang, "filterOutlet")}</span>
          <select name="outlet" value={filters.outlet} onChange={set("outlet")}>
            {options(rows?.facets.outlets.map((o) => ({ value: o, label: o })))}
          </select>
        </label>
        <label>
          <span>{t(lang, "filterTag")}</span>
          <select name="tag" value={filters.tag} onChange={set("tag")}>
            {options(rows?.facets.tags.map((o) => ({ value: o, label: o })))}
          </select>
        </label>
        <label>
          <span>{t(lang, "filterFrom")}</span>
          <input type="date" name="from" value={filters.from} onInput={set("from")} />
        </label>
        <label>
          <span>{t(lang, "filterTo")}</span>
          <input type="date" name="to" value={filters.to} onInput={set("to")} />
        </label>
      </form>
      <fieldset class="export">
        <legend>{t(lang, "exportLabel")}</legend>
        {(
          [
            ["json", "exportJson"],
            ["csv", "exportCsv"],
            ["csl", "exportCsl"],
            ["claimreview", "exportClaimReview"],
          ] as const
        ).map(([format, label]) => (
          <button key={format} type="button" class={`export-${format}`} onClick={() => exportFile(db, format, lang)}>
            {t(lang, label)}
          </button>
        ))}
      </fieldset>
      <h2 class="section-heading">
        {t(lang, "savedQuotesHeading")} <span class="tag">{t(lang, "shownOf", rows?.quotes.length ?? 0)}</span>
      </h2>
      {rows === undefined ? (
        <p class="status">{t(lang, "loading")}</p>
      ) : rows.quotes.length === 0 ? (
        <p class="empty">{t(lang, "noSavedQuotes")}</p>
      ) : (
        <ul class="saved-quotes">
          {rows.quotes.map(({ quote, article }) => (
            <SavedQuoteItem key={quote.id} quote={quote} article={article} />
          ))}
        </ul>
      )}
      <h2 class="section-heading">
        {t(lang, "flagsHeading")} <span class="tag">{t(lang, "shownOf", rows?.flags.length ?? 0)}</span>
      </h2>
      {rows === undefined ? null : rows.flags.length === 0 ? (
        <p class="empty">{t(lang, "noFlags")}</p>
      ) : (
        <ul class="flags">
          {rows.flags.map((f) => (
            <FlagItem key={f.id} flag={f} />
          ))}
        </ul>
      )}
    </div>
  );
}
