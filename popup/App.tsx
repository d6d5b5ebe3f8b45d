import type { ComponentType } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { send } from "../src/messaging/client.ts";
import type { UiLanguage } from "../src/messaging/protocol.ts";
import { openDatabase } from "../src/storage/db.ts";
import { getTheme, getUiLanguage, type Theme } from "../src/storage/settings.ts";
import { PageView } from "./components/PageView.tsx";
import { Tabs } from "./components/Tabs.tsx";
import { Toolbar } from "./components/Toolbar.tsx";
import { flagsByTarget, PopupContext, type PopupState } from "./context.ts";
import { loadPageArticles } from "./data.ts";
import { useLiveQuery } from "./hooks/useLiveQuery.ts";
import { useTabPage } from "./hooks/useTabPage.ts";
import { direction, t } from "./strings.ts";

const db = openDatabase();

export type View = "page" | "related" | "library";
const NEXT_THEME: Record<Theme, Theme> = { auto: "light", light: "dark", dark: "auto" };
const HIGHLIGHTS_KEY = "highlights"; // src/background/highlights.ts

type Loader<P> = () => Promise<ComponentType<P>>;

/**
 * A view loaded when first opened: related coverage (the related index) and the library (search,
 * exporters) stay out of the popup's first load, which only has to show the page's analysis.
 */
function lazyView<P extends object>(load: Loader<P>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyView(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!loaded)
        load().then((component) => {
          loaded = component;
          setReady(true);
        });
    }, []);
    const View = loaded;
    return View ? <View {...props} /> : null;
  };
}

const RelatedView = lazyView(() => import("./components/RelatedView.tsx").then((m) => m.RelatedView));
const LibraryView = lazyView(() => import("./components/LibraryView.tsx").then((m) => m.LibraryView));

/** The browser's language decides the first language shown, until the reader picks one. */
function browserLanguage(): UiLanguage {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith("ar") ? "ar" : "en";
  } catch {
    return "ar";
  }
}

/** Whether highlights are on (storage.local, followed live); undefined until read. */
function useHighlights(): boolean | undefined {
  const [on, setOn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    browser.storage.local.get(HIGHLIGHTS_KEY).then(
      (stored) => setOn(stored[HIGHLIGHTS_KEY] !== false),
      () => {},
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === "local" && HIGHLIGHTS_KEY in changes) setOn(changes[HIGHLIGHTS_KEY].newValue !== false);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return on;
}

/**
 * The popup: the stored analysis of one tab's page, related coverage, and the reader's library. Reads
 * the database directly (liveQuery) and asks the background for every change, as only the background
 * writes. Only the open view queries the database, so opening the popup reads one page's rows.
 */
export function App({
  fixedTabId,
  inTab,
  initialView = "page",
}: {
  fixedTabId: number | null;
  inTab: boolean;
  initialView?: View;
}) {
  const { tabId, url } = useTabPage(fixedTabId);
  const storedLang = useLiveQuery(
    () => db.settings.get("uiLanguage").then((row) => (row ? getUiLanguage(db) : null)),
    [],
  );
  const storedTheme = useLiveQuery(() => getTheme(db), []);
  const [chosenLang, setChosenLang] = useState<UiLanguage | null>(null);
  const lang: UiLanguage = chosenLang ?? storedLang ?? browserLanguage();
  const theme: Theme = storedTheme ?? "auto";
  const [view, setView] = useState<View>(initialView);
  const [status, setStatus] = useState("");
  const highlights = useHighlights();
  // Tagged with the URL it was read for: until the new query answers, the hook still holds the old value.
  const read = useLiveQuery(async () => ({ url, articles: url ? await loadPageArticles(db, url) : [] }), [url]);
  const stored = read && read.url === url ? read.articles : undefined;

  useEffect(() => {
    const { dir, lang: tag } = direction(lang);
    document.documentElement.dir = dir;
    document.documentElement.lang = tag;
    document.title = t(lang, "popupTitle");
  }, [lang]);
  useEffect(() => {
    if (theme === "auto") delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    // For the popup benchmark: the first render that shows the page's analysis (or says there is none).
    if (stored !== undefined && url !== undefined) performance.mark("isnad:page-rendered");
  }, [stored !== undefined && url !== undefined]);
  useEffect(() => {
    if (url !== undefined) performance.mark("isnad:tab-page-known");
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
          browser.tabs.create({ url: browser.runtime.getURL(`popup/index.html?tab=${tabId}`) }).catch(() => {});
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
          {view === "related" && <RelatedView db={db} page={pageStored} />}
          {view === "library" && <LibraryView db={db} />}
        </Tabs>
        <p class="live-status" role="status" aria-live="polite">
          {status}
        </p>
      </main>
    </PopupContext.Provider>
  );
}
