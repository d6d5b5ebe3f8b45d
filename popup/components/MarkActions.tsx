import { useState } from "preact/hooks";
import type { SavedQuote } from "../../src/library/records.ts";
import { usePopup } from "../context.ts";
import { lazyComponent } from "../lazy.tsx";
import type { ShownArticle } from "../page.ts";
import { type MessageKey, t, tv } from "../strings.ts";
import { SavedSummary } from "./SavedSummary.tsx";

// The forms and the citation code load when first used, or once the page is on screen (App preloads).
export const SaveForm = lazyComponent(() => import("./Forms.tsx").then((m) => m.SaveForm));
export const FlagForm = lazyComponent(() => import("./Forms.tsx").then((m) => m.FlagForm));
export const loadCitation = () => import("../cite.ts").then((m) => m.citation);
// The actions send messages (webextension-polyfill, the protocol's client): loaded on first use too.
export const loadActions = () => import("../actions.ts");
const change: typeof import("../actions.ts").change = async (type, payload) =>
  (await loadActions()).change(type, payload);

interface Props {
  kind: "quote" | "claim";
  id: string;
  text: string;
  /** For quotes: the quote record (its `saved`) and its article, for the citation. */
  quote?: SavedQuote;
  article?: ShownArticle;
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
    const [citation, { copyText }] = await Promise.all([loadCitation(), loadActions()]);
    notify(t(lang, (await copyText(citation(quote, article, citeLang))) ? "copied" : "copyFailed"));
  };
  const jump = async () => {
    if (tabId === null) return notify(t(lang, "tabGone"));
    const outcome = await (await loadActions()).jumpTo(tabId, text);
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
