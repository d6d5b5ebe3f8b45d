import { useState } from "preact/hooks";
import type { SavedArticle, SavedQuote } from "../../src/library/records.ts";
import { change, copyText, jumpTo } from "../actions.ts";
import { usePopup } from "../context.ts";
import { lazyComponent } from "../lazy.tsx";
import { type MessageKey, t, tv } from "../strings.ts";
import { SavedSummary } from "./SavedSummary.tsx";

// The forms and the citation code load when first used, or once the page is on screen (App preloads).
export const SaveForm = lazyComponent(() => import("./Forms.tsx").then((m) => m.SaveForm));
export const FlagForm = lazyComponent(() => import("./Forms.tsx").then((m) => m.FlagForm));
export const loadCitation = () => import("../cite.ts").then((m) => m.citation);

interface Props {
  kind: "quote" | "claim";
  id: string;
  text: string;
  /** For quotes: the quote record (its `saved`) and its article, for the citation. */
  quote?: SavedQuote;
  article?: SavedArticle;
}

/** The actions on a quote or a claim: save, flag, copy with citation, show on the page. */
export function MarkActions({ kind, id, text, quote, article }: Props) {
  const { lang, tabId, flags, notify } = usePopup();
  const [open, setOpen] = useState<"save" | "flag" | null>(null);
  const saved = quote?.saved;
  const flag = flags.get(id);
  const done = (ok: boolean, message: MessageKey) => {
    notify(t(lang, ok ? message : "actionFailed"));
    if (ok) setOpen(null);
  };
  const copy = async (citeLang: "ar" | "en") => {
    if (!quote || !article) return;
    const citation = await loadCitation();
    notify(t(lang, (await copyText(citation(quote, article, citeLang))) ? "copied" : "copyFailed"));
  };
  const jump = async () => {
    if (tabId === null) return notify(t(lang, "tabGone"));
    const outcome = await jumpTo(tabId, text);
    if (outcome !== "found") notify(t(lang, outcome === "missing" ? "notOnPage" : "tabGone"));
  };

  return (
    <div class="mark">
      <div class="actions">
        {kind === "quote" && (
          <button
            type="button"
            class={`act-save${saved ? " on" : ""}`}
            aria-expanded={open === "save"}
            onClick={() => setOpen(open === "save" ? null : "save")}
          >
            {t(lang, saved ? "actionSaved" : "actionSave")}
          </button>
        )}
        <button
          type="button"
          class={`act-flag${flag ? " on" : ""}`}
          aria-expanded={open === "flag"}
          onClick={() => setOpen(open === "flag" ? null : "flag")}
        >
          {flag ? tv(lang, "verdict", flag.verdict) : t(lang, "actionFlag")}
        </button>
        {quote && article && (
          <>
            <button type="button" class="act-copy-ar" onClick={() => copy("ar")}>
              {t(lang, "actionCopyAr")}
            </button>
            <button type="button" class="act-copy-en" onClick={() => copy("en")}>
              {t(lang, "actionCopyEn")}
            </button>
          </>
        )}
        {tabId !== null && (
          <button type="button" class="act-jump" onClick={jump}>
            {t(lang, "actionJump")}
          </button>
        )}
      </div>
      {open !== "save" && <SavedSummary saved={saved} />}
      {flag && open !== "flag" && (flag.note || flag.evidenceUrl) && (
        <p class="mark-summary flag-summary">
          {flag.note && <bdi class="note">{flag.note}</bdi>}{" "}
          {flag.evidenceUrl && (
            <a href={flag.evidenceUrl} target="_blank" rel="noreferrer noopener">
              <bdi dir="ltr">{flag.evidenceUrl}</bdi>
            </a>
          )}
        </p>
      )}
      {open === "save" && (
        <SaveForm
          tags={saved?.tags ?? []}
          note={saved?.note ?? ""}
          onCancel={() => setOpen(null)}
          onSubmit={async (edit) => done(await change("popup→background:saveQuote", { id, ...edit }), "savedDone")}
          onRemove={
            saved ? async () => done(await change("popup→background:unsaveQuote", { id }), "removedDone") : undefined
          }
        />
      )}
      {open === "flag" && (
        <FlagForm
          verdict={flag?.verdict ?? "to-check"}
          note={flag?.note ?? ""}
          evidenceUrl={flag?.evidenceUrl ?? null}
          onCancel={() => setOpen(null)}
          onSubmit={async (edit) =>
            done(await change("popup→background:flagStatement", { target: { kind, id }, ...edit }), "flagDone")
          }
          onRemove={
            flag
              ? async () => done(await change("popup→background:removeFlag", { id: flag.id }), "removedDone")
              : undefined
          }
        />
      )}
    </div>
  );
}
