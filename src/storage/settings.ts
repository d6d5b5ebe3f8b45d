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
