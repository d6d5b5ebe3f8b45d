/**
 * Is this page an article page or a listing (home page, section or tag listing, search results,
 * encyclopedia)? Signals from the address, structured data and the shape of the main text.
 */

/** Paths of listings: tags, sections, categories, search, authors, archives, pagination. */
const LISTING_PATH =
  /(?:^|\/)(?:tags?|topics?|category|categories|section|sections|search|author|authors|writers?|keywords?|archive|archives|latest|most-?read|page\/\d+|hashtag|wiki)(?:\/|$)/i;

/** What the address says about the page. */
export function urlKind(url: string | null): "home" | "listing" | "other" {
  if (!url) return "other";
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/(?:index\.\w+)?$/, "");
    if ((!path || /^\/(?:ar|arabic|en)$/i.test(path)) && !u.search) return "home";
    if (LISTING_PATH.test(decodeURIComponent(path))) return "listing";
    if (/[?&](?:q|s|query|search|keyword)=/i.test(u.search)) return "listing";
    return "other";
  } catch {
    return "other";
  }
}

/** Headings of reference pages (encyclopedias), not of news. */
export const REFERENCE_HEADINGS =
  /^(?:المراجع|مراجع|المصادر|مصادر|وصلات خارجية|انظر [أا]يض[اًً]*|الهوامش|المحتويات|References|External links|See also)$/;
