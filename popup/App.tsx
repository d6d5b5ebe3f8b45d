import { useCallback, useEffect, useLayoutEffect, useState } from "preact/hooks";
import type { UiLanguage } from "../src/messaging/protocol.ts";
import type { Theme } from "../src/storage/settings.ts";
import { type FirstRead, HIGHLIGHTS_KEY, highlightsOn } from "./boot.ts";
import { FlagForm, loadActions, loadCitation, SaveForm } from "./components/MarkActions.tsx";
import { PageView } from "./components/PageView.tsx";
import { Tabs } from "./components/Tabs.tsx";
import { Toolbar } from "./components/Toolbar.tsx";
import { flagsByTarget, PopupContext, type PopupState } from "./context.ts";
import { ext } from "./ext.ts";
import { useTabPage } from "./hooks/useTabPage.ts";
import { lazyComponent } from "./lazy.tsx";
import { send } from "./send.ts";
import { loadLive, useStored } from "./store.ts";
import { direction, t } from "./strings.ts";

export type View = "page" | "related" | "library";
const NEXT_THEME: Record<Theme, Theme> = { auto: "light", light: "dark", dark: "auto" };

// Related coverage (asked of the background) and the library (Dexie, search, exporters) stay out of the
// popup's first load, which only has to show the page's analysis.
const RelatedView = lazyComponent(() => import("./components/RelatedView.tsx").then((m) => m.RelatedView));
const LibraryView = lazyComponent(() =>
  Promise.all([loadLive(), import("./components/LibraryView.tsx")]).then(([{ db }, m]) => () => (
    <m.LibraryView db={db} />
  )),
);

/** What is loaded once the page is on screen, so the next click finds it ready. */
function preloadRest(): void {
  loadLive()
    .then(() => Promise.all([SaveForm.preload(), FlagForm.preload(), loadCitation(), loadActions()]))
    .catch(() => {});
}

/** The browser's language decides the first language shown, until the reader picks one. */
function browserLanguage(): UiLanguage {
  try {
    return (ext()?.i18n.getUILanguage() ?? "ar").toLowerCase().startsWith("ar") ? "ar" : "en";
  } catch {
    return "ar";
  }
}

/** Whether highlights are on (followed live); undefined until read. `known`: already read. */
function useHighlights(known?: boolean): boolean | undefined {
  const [on, setOn] = useState<boolean | undefined>(known);
  useEffect(() => {
    if (known === undefined) highlightsOn().then(setOn, () => {});
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === "local" && HIGHLIGHTS_KEY in changes) setOn(changes[HIGHLIGHTS_KEY].newValue !== false);
    };
    const events = ext()?.storage.onChanged;
    events?.addListener(onChanged);
    return () => events?.removeListener(onChanged);
  }, []);
  return on;
}

/**
 * The popup: the stored analysis of one tab's page, related coverage, and the reader's library. Reads
 * the database itself (first directly, then with liveQuery: store.ts) and asks the background for every
 * change, as only the background writes. Only the open view queries the database, so opening the popup
 * reads one page's rows.
 */
export function App({
  fixedTabId,
  inTab,
  initialView = "page",
  initial,
}: {
  fixedTabId: number | null;
  inTab: boolean;
  initialView?: View;
  /** What boot.ts read before the first render (absent: each part reads for itself). */
  initial?: FirstRead;
}) {
  const { tabId, url } = useTabPage(fixedTabId, initial);
  const settings = useStored((from) => from.settings(), [], initial?.settings);
  const [chosenLang, setChosenLang] = useState<UiLanguage | null>(null);
  const lang: UiLanguage = chosenLang ?? settings?.lang ?? browserLanguage();
  const theme: Theme = settings?.theme ?? "auto";
  const [view, setView] = useState<View>(initialView);
  const [status, setStatus] = useState("");
  const highlights = useHighlights(initial?.highlights);
  // Tagged with the URL it was read for: until the new query answers, the hook still holds the old value.
  const read = useStored(
    async (from) => ({ url, articles: url ? await from.page(url) : [] }),
    [url],
    initial && { url: initial.url, articles: initial.page },
  );
  const stored = read && read.url === url ? read.articles : undefined;

  // Layout effects: the document's direction and theme are set before the browser paints.
  useLayoutEffect(() => {
    const { dir, lang: tag } = direction(lang);
    document.documentElement.dir = dir;
    document.documentElement.lang = tag;
    document.title = t(lang, "popupTitle");
  }, [lang]);
  useLayoutEffect(() => {
    if (theme === "auto") delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  const shown = (stored !== undefined && url !== undefined) || tabId === null;
  useEffect(() => {
    if (!shown) return;
    // For the popup benchmark: the first render that shows the page's analysis (or says there is none).
    // Effects run after the browser painted, so the mark is set when it is on screen; its detail says
    // how much of the page that frame holds (PageView renders the rest right after it).
    const count = (selector: string) => document.querySelectorAll(selector).length;
    performance.mark("isnad:page-rendered", {
      detail: { quotes: count(".article .quote"), claims: count(".article .claim"), speakers: count(".speaker") },
    });
    preloadRest();
  }, [shown]);
  useEffect(() => {
    // boot.ts marks it when it read the tab's page before the first render.
    if (url !== undefined && !performance.getEntriesByName("isnad:tab-page-known").length)
      performance.mark("isnad:tab-page-known");
  }, [url !== undefined]);

  const notify = useCallback((message: string) => {
    // Cleared first so the same message twice is announced twice.
    setStatus("");
    setTimeout(() => setStatus(message), 30);
  }, []);

  const switchLanguage = () => {
    const next: UiLanguage = lang === "ar" ? "en" : "ar";
    setChosenLang(next);
    send("popup→background:setUiLanguage", { language: next });
  };
  const cycleTheme = () => send("popup→background:setTheme", { theme: NEXT_THEME[theme] });
  const toggleHighlights = () => send("popup→background:setHighlights", { on: !highlights });
  const openInTab =
    inTab || typeof tabId !== "number"
      ? undefined
      : () => {
          const api = ext();
          api?.tabs.create({ url: api.runtime.getURL(`popup/index.html?tab=${tabId}`) }).catch(() => {});
          window.close();
        };

  const pageStored = url === undefined ? undefined : url === null ? [] : stored;
  let pageBody = <PageView stored={pageStored} />;
  if (tabId === null) pageBody = <p class="status">{t(lang, "noTab")}</p>;

  const state: PopupState = {
    lang,
    tabId: typeof tabId === "number" ? tabId : null,
    flags: flagsByTarget((pageStored ?? []).flatMap((s) => s.flags)),
    notify,
  };

  return (
    <PopupContext.Provider value={state}>
      <main>
        <Toolbar
          theme={theme}
          onCycleTheme={cycleTheme}
          onSwitchLanguage={switchLanguage}
          highlights={highlights}
          onToggleHighlights={stored?.length ? toggleHighlights : undefined}
          onOpenInTab={openInTab}
        />
        <Tabs
          label={t(lang, "tabsLabel")}
          dir={direction(lang).dir}
          selected={view}
          onSelect={setView}
          tabs={[
            { key: "page", label: t(lang, "tabPage") },
            { key: "related", label: t(lang, "tabRelated") },
            { key: "library", label: t(lang, "tabLibrary") },
          ]}
        >
          {view === "page" && pageBody}
          {view === "related" && <RelatedView page={pageStored} />}
          {view === "library" && <LibraryView />}
        </Tabs>
        <p class="live-status" role="status" aria-live="polite">
          {status}
        </p>
      </main>
    </PopupContext.Provider>
  );
}
