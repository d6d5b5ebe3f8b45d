/**
 * The always-loaded gate: does this page look like it is written in Arabic script at all?
 *
 * Runs on every page the browser opens, so it imports nothing, allocates nothing and reads a bounded
 * sample: three windows of the text (start, middle, end), because a page's text often begins with
 * inline script or a Latin menu. Persian and Urdu pages pass too; the analyzer's detectLanguage decides.
 */

/** Characters read per window; three windows are read at most. */
const WINDOW = 2000;
/** Arabic-script letters that settle the question at once. */
const ENOUGH = 120;
/** Fewer Arabic-script letters than this in the whole sample is not an Arabic page. */
const MINIMUM = 40;

function isArabicScript(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * True when a bounded sample of `text` (usually `document.body.textContent`) holds a fair amount of
 * Arabic-script letters: at least 40, and at least a fifth as many as Latin letters.
 */
export function looksArabic(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  let arabic = 0;
  let latin = 0;
  const windows = length <= WINDOW * 3 ? 1 : 3;
  for (let w = 0; w < windows; w++) {
    const start = windows === 1 ? 0 : Math.floor(((length - WINDOW) * w) / 2);
    const end = windows === 1 ? length : start + WINDOW;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x41) continue;
      if (isArabicScript(c)) {
        arabic++;
        if (arabic >= ENOUGH && arabic * 5 >= latin) return true;
      } else if (isLatinLetter(c)) latin++;
    }
  }
  return arabic >= MINIMUM && arabic * 5 >= latin;
}
