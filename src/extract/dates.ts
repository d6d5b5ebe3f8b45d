/**
 * Publication dates: machine dates from structured data (ISO 8601 and near forms) and Arabic dates
 * written in the text ("الاثنين ٢٤ أغسطس ٢٠٢٠ - ٠٩:٢٣ ص", "23 آب/أغسطس 2020", "2020/08/24").
 * Output is ISO 8601: a full timestamp when a time is known, else the calendar date (YYYY-MM-DD).
 */
import { MONTHS } from "./data/months.ts";

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

const pad = (n: number) => String(n).padStart(2, "0");

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1;
}

/**
 * A machine date as sites write it in JSON-LD, meta tags and <time datetime> → ISO 8601, or null.
 * Keeps the calendar date when no time is given; a timestamp is given in UTC.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = asciiDigits(value.trim());
  const dateOnly = v.match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/);
  if (dateOnly) {
    const [y, m, d] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
    return validDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
  }
  const iso = v.match(
    /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i,
  );
  if (iso) {
    const [y, mo, d, h, mi, s] = iso.slice(1, 7).map((x) => Number(x ?? 0));
    if (!validDate(y, mo, d) || h > 23 || mi > 59) return null;
    let zone = iso[7] ?? "Z";
    if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    const t = Date.parse(`${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone.toUpperCase()}`);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  if (/^\d{8}$/.test(v)) return normalizeDate(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`);
  // RFC 2822 and other forms Date understands ("Mon, 24 Aug 2020 09:23:13 GMT").
  if (/[a-z]{3}/i.test(v) && /\d{4}/.test(v)) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) {
      const d = new Date(t);
      if (validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) return d.toISOString();
    }
  }
  return null;
}

// Longest names first so "كانون الثاني" wins over a bare prefix.
const monthEntries = [...MONTHS].sort((a, b) => b[0].length - a[0].length);
const monthIndex = new Map(monthEntries);
const monthAlternation = monthEntries.map(([name]) => name).join("|");
/** "24 أغسطس 2020", "23 آب/أغسطس 2020", "24 من أغسطس عام 2020" (also with a following time). */
const ARABIC_DATE = new RegExp(
  `(\\d{1,2})\\s*(?:من\\s+)?(${monthAlternation})(?:\\s*[/\\-(]\\s*(?:${monthAlternation})\\s*\\)?)?\\s*(?:،|,)?\\s*(?:عام|سنة)?\\s*(\\d{4})(?:\\s*(?:م|ميلادي)?\\s*(?:[-–—|،,]|\\s)\\s*(?:الساعة\\s*)?(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*(ص|م|صباحا|صباحاً|مساء|مساءً|AM|PM)?)?`,
  "i",
);
/** "2020/08/24", "2020-8-24", also "24/08/2020" and "24-8-2020" (day first, as Arab sites write it). */
const NUMERIC_DATE =
  /(?<!\d)(?:(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})|(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4}))(?!\d)(?:\s*(?:[-–—|،,]|\s)\s*(?:الساعة\s*)?(\d{1,2}):(\d{2})(?::\d{2})?\s*(ص|م|AM|PM)?)?/i;

function withTime(y: number, m: number, d: number, h?: string, mi?: string, half?: string): string {
  if (h === undefined || mi === undefined) return `${y}-${pad(m)}-${pad(d)}`;
  let hour = Number(h);
  const minute = Number(mi);
  if (half && /^(م|مساء|مساءً|PM)$/i.test(half) && hour < 12) hour += 12;
  if (half && /^(ص|صباحا|صباحاً|AM)$/i.test(half) && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return `${y}-${pad(m)}-${pad(d)}`;
  // Local time of an unknown zone: written without offset, as ISO 8601 allows.
  return `${y}-${pad(m)}-${pad(d)}T${pad(hour)}:${pad(minute)}:00`;
}

/** The first date written in Arabic text (either month series, any digits) → ISO 8601, or null. */
export function parseArabicDate(text: string): string | null {
  const t = asciiDigits(text).replace(/[\u064b-\u065f\u0640]/g, "");
  const named = t.match(ARABIC_DATE);
  if (named) {
    const d = Number(named[1]);
    const m = monthIndex.get(named[2]) ?? 0;
    const y = Number(named[3]);
    if (validDate(y, m, d)) return withTime(y, m, d, named[4], named[5], named[6]);
  }
  const numeric = t.match(NUMERIC_DATE);
  if (numeric) {
    const [y, m, d] = numeric[1]
      ? [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])]
      : [Number(numeric[6]), Number(numeric[5]), Number(numeric[4])];
    if (validDate(y, m, d)) return withTime(y, m, d, numeric[7], numeric[8], numeric[9]);
  }
  return null;
}
