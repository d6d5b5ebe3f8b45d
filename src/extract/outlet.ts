/**
 * The outlet's name as it names itself: an Arabic name the page declares (og:site_name, JSON-LD
 * publisher), else the table of Arabic outlets by address, else a Latin name the page declares, else
 * the site name beside the headline in <title>, else a "المصدر: …" line.
 */
import { NON_NEWS_HOSTS, OUTLETS } from "./data/outlets.ts";
import { arabicLetters, clean } from "./text.ts";

function hostAndPath(url: string | null): { host: string; path: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return null;
    return { host: u.hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, ""), path: decodeURI(u.pathname) };
  } catch {
    return null;
  }
}

function hostMatches(host: string, entryHost: string): boolean {
  return host === entryHost || host.endsWith(`.${entryHost}`);
}

/** The Arabic name of the outlet at `url`, from the outlet table; null when unknown. */
export function outletForUrl(url: string | null): string | null {
  const hp = hostAndPath(url);
  if (!hp) return null;
  let best: { name: string; specificity: number } | null = null;
  for (const [entry, name] of OUTLETS) {
    const slash = entry.indexOf("/");
    const entryHost = slash < 0 ? entry : entry.slice(0, slash);
    const entryPath = slash < 0 ? "" : entry.slice(slash);
    if (!hostMatches(hp.host, entryHost)) continue;
    if (entryPath && !(hp.path === entryPath || hp.path.startsWith(`${entryPath}/`))) continue;
    const specificity = entry.length;
    if (!best || specificity > best.specificity) best = { name, specificity };
  }
  return best?.name ?? null;
}

/** True for reference sites (encyclopedias) whose pages are never news articles. */
export function isNonNewsUrl(url: string | null): boolean {
  const hp = hostAndPath(url);
  return !!hp && NON_NEWS_HOSTS.some((h) => hostMatches(hp.host, h));
}

export interface OutletClues {
  url: string | null;
  siteName: string | null;
  publisher: string | null;
  titleSiteName: string | null;
  sourceLine: string | null;
}

/** Picks the outlet name from the clues, Arabic self-names first (see the module comment). */
export function resolveOutlet(c: OutletClues): string | null {
  const declared = [c.siteName, c.publisher].map(clean).filter(Boolean);
  const arabic = declared.find((n) => arabicLetters(n) >= 2);
  if (arabic) return arabic;
  const fromTable = outletForUrl(c.url);
  if (fromTable) return fromTable;
  const titleName = clean(c.titleSiteName);
  if (titleName && arabicLetters(titleName) >= 2) return titleName;
  if (declared[0]) return declared[0];
  if (titleName) return titleName;
  return clean(c.sourceLine) || null;
}
