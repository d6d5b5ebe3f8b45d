import type { UiLanguage } from "../../src/messaging/protocol.ts";
import { t } from "../strings.ts";

interface Props {
  lang: UiLanguage;
  onSwitchLanguage: () => void;
  /** Absent when the view is already in a tab. */
  onOpenInTab?: () => void;
}

export function Toolbar({ lang, onSwitchLanguage, onOpenInTab }: Props) {
  return (
    <nav class="toolbar">
      <strong class="brand">{t(lang, "extName")}</strong>
      <span class="spacer" />
      {onOpenInTab && (
        <button type="button" onClick={onOpenInTab}>
          {t(lang, "openInTab")}
        </button>
      )}
      <button type="button" class="switch-language" lang={lang === "ar" ? "en" : "ar"} onClick={onSwitchLanguage}>
        {t(lang, "switchLanguage")}
      </button>
    </nav>
  );
}
