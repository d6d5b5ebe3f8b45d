/** What every view of the popup shares: the language, the tab, the reader's flags and the status line. */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Flag } from "../src/library/records.ts";
import type { UiLanguage } from "../src/messaging/protocol.ts";

export interface PopupState {
  lang: UiLanguage;
  /** The tab whose page is shown; null when the popup is not tied to a tab. */
  tabId: number | null;
  /** The reader's flags of the page shown, by the id of the quote or claim flagged. */
  flags: Map<string, Flag>;
  /** Announces a short status (aria-live). */
  notify: (message: string) => void;
}

export const PopupContext = createContext<PopupState>({ lang: "ar", tabId: null, flags: new Map(), notify: () => {} });

export const usePopup = () => useContext(PopupContext);

/** Flags by the quote or claim they are on. */
export function flagsByTarget(flags: Iterable<Flag>): Map<string, Flag> {
  const out = new Map<string, Flag>();
  for (const f of flags) {
    const target = f.quoteId ?? f.claimId;
    if (target) out.set(target, f);
  }
  return out;
}
