import type { Theme } from "../../src/storage/settings.ts";
import { usePopup } from "../context.ts";
import { t } from "../strings.ts";

interface Props {
  theme: Theme;
  onCycleTheme: () => void;
  onSwitchLanguage: () => void;
  /** undefined while unknown. */
  highlights?: boolean;
  onToggleHighlights?: () => void;
  /** Absent when the view is already in a tab. */
  onOpenInTab?: () => void;
}

const THEME_LABEL = { auto: "themeAuto", light: "themeLight", dark: "themeDark" } as const;

export function Toolbar({ theme, onCycleTheme, onSwitchLanguage, highlights, onToggleHighlights, onOpenInTab }: Props) {
  const { lang } = usePopup();
  return (
    <header class="toolbar">
      <strong class="brand">{t(lang, "extName")}</strong>
      <span class="spacer" />
      {onToggleHighlights && highlights !== undefined && (
        <button type="button" class="toggle-highlights" aria-pressed={highlights} onClick={onToggleHighlights}>
          {t(lang, highlights ? "highlightsOn" : "highlightsOff")}
        </button>
      )}
      <button type="button" class="switch-theme" data-theme-state={theme} onClick={onCycleTheme}>
        {t(lang, THEME_LABEL[theme])}
      </button>
      {onOpenInTab && (
        <button type="button" onClick={onOpenInTab}>
          {t(lang, "openInTab")}
        </button>
      )}
      <button type="button" class="switch-language" lang={lang === "ar" ? "en" : "ar"} onClick={onSwitchLanguage}>
        {t(lang, "switchLanguage")}
      </button>
    </header>
  );
}
