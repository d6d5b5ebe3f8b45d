/**
 * Language identification from text (the text decides, not <html lang>). Placeholder to be replaced by
 * the page-understanding work: share of Arabic-script letters, Persian/Urdu told apart.
 */
import type { LanguageInfo } from "../types.ts";

export function detectLanguage(text: string): LanguageInfo {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      arabic++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
  }
  const arabicRatio = letters ? arabic / letters : 0;
  return { isArabic: arabicRatio > 0.5, arabicRatio, code: arabicRatio > 0.5 ? "ar" : "other" };
}
