/**
 * UI strings from public/_locales (the same files the browser uses for the manifest), both languages
 * bundled so the user can switch language in the popup whatever the browser's own language is.
 * Placeholders follow the browser's i18n rules: $NAME$ in a message → its placeholder's "$1".."$9".
 */
import ar from "../public/_locales/ar/messages.json";
import en from "../public/_locales/en/messages.json";
import type { UiLanguage } from "../src/messaging/protocol.ts";

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogs: Record<UiLanguage, Record<string, LocaleMessage>> = { ar, en };

export type MessageKey = keyof typeof ar;

/** The message for `key` in `language`, with $1…$9 filled from `substitutions`. */
export function t(language: UiLanguage, key: MessageKey, ...substitutions: (string | number)[]): string {
  const entry = catalogs[language][key] ?? catalogs.ar[key];
  if (!entry) return key;
  const fill = (content: string) => content.replace(/\$(\d)/g, (_, n) => String(substitutions[Number(n) - 1] ?? ""));
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

/** Text direction and language tag for the document. */
export function direction(language: UiLanguage): { dir: "rtl" | "ltr"; lang: string } {
  return language === "ar" ? { dir: "rtl", lang: "ar" } : { dir: "ltr", lang: "en" };
}

/** A date as the reader's language writes it (Arabic digits follow the locale's convention). */
export function formatDate(language: UiLanguage, iso: string | number | null): string | null {
  if (iso === null || iso === "") return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return typeof iso === "string" ? iso : null;
  const hasTime = typeof iso === "number" || /T\d\d:\d\d/.test(iso);
  return new Intl.DateTimeFormat(language === "ar" ? "ar" : "en-GB", {
    dateStyle: "long",
    ...(hasTime ? { timeStyle: "short" } : {}),
  }).format(date);
}

/**
 * A message whose key is built from a value the analysis or the library gives (a claim reason, a verdict):
 * `prefix_value` with "-" written "_" (message names allow no hyphen). An unknown value is shown as is,
 * so a reason added to the core later still appears, untranslated, rather than disappearing.
 */
export function tv(language: UiLanguage, prefix: string, value: string): string {
  const key = `${prefix}_${value.replace(/-/g, "_")}` as MessageKey;
  return catalogs[language][key] || catalogs.ar[key] ? t(language, key) : value;
}
