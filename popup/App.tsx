import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { send } from "../src/messaging/client.ts";
import type { UiLanguage } from "../src/messaging/protocol.ts";
import { openDatabase } from "../src/storage/db.ts";
import { loadPage } from "../src/storage/pages.ts";
import { getUiLanguage } from "../src/storage/settings.ts";
import { PageView } from "./components/PageView.tsx";
import { Toolbar } from "./components/Toolbar.tsx";
import { useLiveQuery } from "./hooks/useLiveQuery.ts";
import { useTabPage } from "./hooks/useTabPage.ts";
import { direction, t } from "./strings.ts";

const db = openDatabase();

/**
 * The popup: the stored analysis of one tab's page. Reads the database directly (liveQuery) and asks the
 * background for every change, as only the background writes.
 */
export function App({ fixedTabId, inTab }: { fixedTabId: number | null; inTab: boolean }) {
  const { tabId, url } = useTabPage(fixedTabId);
  const storedLang = useLiveQuery(() => getUiLanguage(db), []);
  const [chosenLang, setChosenLang] = useState<UiLanguage | null>(null);
  const lang: UiLanguage = chosenLang ?? storedLang ?? "ar";
  const stored = useLiveQuery(() => (url ? loadPage(db, url) : []), [url]);

  useEffect(() => {
    const { dir, lang: tag } = direction(lang);
    document.documentElement.dir = dir;
    document.documentElement.lang = tag;
    document.title = t(lang, "popupTitle");
  }, [lang]);

  const switchLanguage = () => {
    const next: UiLanguage = lang === "ar" ? "en" : "ar";
    setChosenLang(next);
    send("popup→background:setUiLanguage", { language: next });
  };
  const openInTab =
    inTab || typeof tabId !== "number"
      ? undefined
      : () => {
          browser.tabs.create({ url: browser.runtime.getURL(`popup/index.html?tab=${tabId}`) }).catch(() => {});
          window.close();
        };

  let body = <PageView stored={url === undefined ? undefined : (stored ?? undefined)} lang={lang} />;
  if (tabId === null) body = <p class="status">{t(lang, "noTab")}</p>;
  else if (url === null) body = <PageView stored={[]} lang={lang} />;

  return (
    <main>
      <Toolbar lang={lang} onSwitchLanguage={switchLanguage} onOpenInTab={openInTab} />
      {body}
    </main>
  );
}
