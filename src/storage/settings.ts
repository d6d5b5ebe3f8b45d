/** User settings (key → value) in the settings table; the background writes, pages read. */
import type { UiLanguage } from "../messaging/protocol.ts";
import type { IsnadDatabase } from "./db.ts";

export const UI_LANGUAGE = "uiLanguage";

export async function getUiLanguage(db: IsnadDatabase): Promise<UiLanguage> {
  const row = await db.settings.get(UI_LANGUAGE);
  return row?.value === "en" ? "en" : "ar";
}

export async function setUiLanguage(db: IsnadDatabase, language: UiLanguage): Promise<void> {
  await db.settings.put({ key: UI_LANGUAGE, value: language });
}

export const THEME = "theme";
export type Theme = "auto" | "light" | "dark";

/** The popup's colour theme: "auto" follows the system (prefers-color-scheme). */
export async function getTheme(db: IsnadDatabase): Promise<Theme> {
  const row = await db.settings.get(THEME);
  return row?.value === "light" || row?.value === "dark" ? row.value : "auto";
}

export async function setTheme(db: IsnadDatabase, theme: Theme): Promise<void> {
  await db.settings.put({ key: THEME, value: theme });
}
