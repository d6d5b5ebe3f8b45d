/**
 * What is not article body: elements by tag and by class/id words, and lines by their opening words.
 * The word lists are data; see the comments for why each group is there.
 */

/** Elements whose content is never body text. */
export const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "SELECT",
  "TEXTAREA",
  "BUTTON",
  "INPUT",
  "HEAD",
  "TITLE",
  "META",
  "LINK",
  "IMG",
  "PICTURE",
  "FIGCAPTION",
]);

/** Page furniture by semantic tag. */
export const FURNITURE_TAGS = new Set(["NAV", "ASIDE", "FOOTER", "HEADER", "MENU", "DIALOG"]);

/**
 * Class or id words of page furniture: share bars, related and "read also" boxes, tags, banners and
 * ads, comments, bylines and dates (read separately), captions, newsletters, most-read lists.
 */
const FURNITURE_WORDS = [
  "share",
  "sharing",
  "social",
  "socials",
  "related",
  "relatedarticles",
  "readmore",
  "read-more",
  "readalso",
  "read-also",
  "also-read",
  "alsoread",
  "more-news",
  "morenews",
  "tags",
  "tag",
  "tag-list",
  "taglist",
  "keywords",
  "banner",
  "advert",
  "advertisement",
  "ads",
  "ad",
  "adv",
  "dfp",
  "gpt",
  "promo",
  "sponsor",
  "sponsored",
  "comment",
  "comments",
  "disqus",
  "newsletter",
  "subscribe",
  "subscription",
  "breadcrumb",
  "breadcrumbs",
  "nav",
  "navbar",
  "navigation",
  "menu",
  "footer",
  "header",
  "masthead",
  "sidebar",
  "widget",
  "popular",
  "most-read",
  "mostread",
  "most-viewed",
  "trending",
  "author",
  "authors",
  "byline",
  "dateline",
  "date",
  "time",
  "meta",
  "caption",
  "credit",
  "copyright",
  "app-banner",
  "outbrain",
  "taboola",
  "recommended",
  "recommendations",
  "print",
  "toolbar",
  "tools",
  "rating",
  "hidden",
  "d-none",
  "sr-only",
  "visually-hidden",
  "modal",
  "popup",
  "cookie",
  "cookies",
  "login",
  "pagination",
  "pager",
  "source",
];
const FURNITURE = new Set(FURNITURE_WORDS);

/**
 * Parts that mark furniture inside compound names ("article-tags", "share-bar", "related-news"). Kept
 * narrower than the whole words: "overflow-hidden" or "text-date-color" must not hide a body.
 */
const FURNITURE_PARTS = new Set([
  "share",
  "sharing",
  "social",
  "related",
  "tags",
  "comment",
  "comments",
  "banner",
  "advert",
  "ads",
  "newsletter",
  "breadcrumb",
  "breadcrumbs",
  "sidebar",
  "author",
  "byline",
  "popular",
  "trending",
  "outbrain",
  "taboola",
  "readmore",
  "readalso",
  "promo",
  "widget",
]);

/**
 * True when an element's class or id names it as page furniture (whole words, split on - _ space).
 * `names` is the element's class and id joined, when the caller has read them already.
 */
export function isFurniture(el: Element, names?: string): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  if (el.getAttribute("hidden") !== null || el.getAttribute("aria-hidden") === "true") return true;
  const n = names ?? `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (n.length < 2) return false;
  const lower = n.toLowerCase();
  for (const word of lower.split(/[\s_]+/)) {
    if (!word) continue;
    if (FURNITURE.has(word)) return true;
    // "article-tags", "share-bar", "related-news": look at each dash-separated part too.
    if (word.includes("-")) for (const part of word.split("-")) if (FURNITURE_PARTS.has(part)) return true;
  }
  return false;
}

/** Lines that introduce "read also" boxes, tag lists, app promotions and share prompts. */
export const BOILERPLATE_LINE =
  /^\s*(?:[إا]قر[أا]\s+(?:[أا]يض[اًً]*|المزيد)|طالع\s+[أا]يض|شاهد\s+[أا]يض|تابع\s+[أا]يض|[إا]قر[أا]\s+كذلك|للمزيد|المزيد من|كلمات دلالية|الكلمات المفتاحية|الكلمات الدالة|الوسوم|وسوم|مواضيع ذات صلة|[أا]خبار ذات صلة|[أا]خبار متعلقة|موضوعات متعلقة|مقالات (?:ذات صلة|مشابهة|متعلقة)|شارك(?:وا)?\s|تابع(?:وا)?\s+(?:[أا]حدث|آخر|[أا]خبار|صفحتنا|قناتنا)|تابعونا|حمّ?ل\s+تطبيق|اشترك|جميع الحقوق|Read also|Related)/i;

/** "المصدر: …" lines at the end of an article name where it came from. */
export const SOURCE_LINE = /^\s*(?:المصدر|مصدر الخبر)\s*[:：]\s*(.{2,60}?)\s*$/;

/** Lines that are only a photo credit. */
export const CREDIT_LINE = /^\s*(?:©|[([]?\s*(?:تصوير|صورة|الصورة|عدسة|[أا]رشيفية)\s*[:：]?|https?:\/\/\S+$)/;

/** Comment-section policies and disclaimers that sit right after many Arabic bodies. */
export const COMMENT_POLICY =
  /(?:لا\s+تعبر\s+عن\s+(?:رأي|وجهة نظر)|التعليقات\s+(?:المنشورة|قبل نشرها|الواردة)|(?:مراجعة|نشر)\s+التعليقات|[أا]ضف\s+تعليق|سياسة\s+التعليقات)/;
