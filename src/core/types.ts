/**
 * The analysis contract (../shared/spec/ANALYSIS.md) and the input the extractor hands the core.
 *
 * Everything in src/core is pure TypeScript: no DOM, no browser or Node APIs, so the same code runs in
 * the content script, the CLI and the tests. Fields may be added here; none of the contract's fields may
 * change meaning.
 */

/** One block of an article body, in reading order, as the extractor found it. */
export interface Block {
  kind: "paragraph" | "heading" | "blockquote" | "listItem";
  text: string;
}

/** A link the page itself offers as related / "read also" for an article. */
export interface RelatedLink {
  title: string;
  url: string;
}

/** What the extractor found for one article on a page (src/extract → src/core). */
export interface ArticleInput {
  title: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  keywords: string[];
  /** Body blocks in order, navigation and boilerplate removed. */
  blocks: Block[];
  relatedLinks: RelatedLink[];
}

/** What the extractor hands the core for one page. */
export interface PageInput {
  url: string | null;
  /** The page's visible main text, used for language identification (the text decides, not <html lang>). */
  sampleText: string;
  /** Articles found on the page; empty when the page is not an article (listing, home page …). */
  articles: ArticleInput[];
  /** Titles of related / sidebar links on the page, where `SPEAKER: words` headline quotes often sit. */
  pageLinks?: RelatedLink[];
}

export interface LanguageInfo {
  /** The main text is in the Arabic language (Persian or Urdu in the same script is not). */
  isArabic: boolean;
  /** Share of letters in Arabic script, 0..1. */
  arabicRatio: number;
  /** Best guess at the language: "ar", "fa", "ur", or "other". Added field. */
  code?: "ar" | "fa" | "ur" | "other";
}

export type SpeakerKind = "person" | "organization" | "state" | "media" | "group" | "unknown";

export interface Speaker {
  /** Stable within the article. */
  id: string;
  /** The fullest form the article gives: "ديمتري بيسكوف". */
  name: string;
  /** Other forms used: "بيسكوف". */
  aliases: string[];
  /** Role as written: "المتحدث الرسمي باسم الكرملين". */
  title: string | null;
  kind: SpeakerKind;
  /** Match key folding spelling variants (added field; used to merge speakers across articles). */
  key?: string;
}

export type QuoteKind = "direct" | "indirect" | "headline";

export interface Quote {
  id: string;
  /** The words attributed, without the cue. */
  text: string;
  kind: QuoteKind;
  /** The reporting word as written: قال، أكد، مضيفا، وفقا لـ … */
  cue: string | null;
  /** null when the article does not say who. */
  speakerId: string | null;
  /** The outlet or agency it came through: "سكاي نيوز", "بنا". */
  via: string | null;
  /** UTF-16 offsets of `text` in Article.text (-1 when the quote is not in the body, e.g. a related link). */
  start: number;
  end: number;
  /** The rule that found it (added field), e.g. "direct.colon", "indirect.verb-anna". */
  rule?: string;
  /** 0..1, how sure the rule is (added field). */
  confidence?: number;
}

export type ClaimType = "quantity" | "event" | "causal" | "comparison" | "prediction" | "attributed";

export interface Claim {
  id: string;
  /** The sentence or clause a fact-checker would check. */
  text: string;
  /** 0..1 check-worthiness. */
  score: number;
  /** e.g. "number", "date", "statistic", "causal", "comparison", "attributed". */
  reasons: string[];
  /** When the claim sits inside a quote. */
  quoteId: string | null;
  start: number;
  end: number;
  /** Added field: the claim's type. */
  type?: ClaimType;
  /** Added field: consistency problems found inside the article ("contradiction", "implausible"). */
  flags?: string[];
}

export interface Article {
  title: string;
  /** As the outlet names itself, e.g. "الوطن". */
  outlet: string | null;
  byline: string | null;
  /** ISO 8601. */
  publishedAt: string | null;
  keywords: string[];
  /** The article's body text; offsets point into it. */
  text: string;
  speakers: Speaker[];
  quotes: Quote[];
  claims: Claim[];
  relatedLinks: RelatedLink[];
  /** Added field: true when the body was longer than the analyzer's bound and only its start was analyzed. */
  truncated?: boolean;
}

export interface PageAnalysis {
  /** Batch mode: the path or URL as given. */
  input?: string;
  url: string | null;
  language: LanguageInfo;
  /** True when at least one Arabic news article was found. */
  isNewsArticle: boolean;
  articles: Article[];
  timings?: { totalMs: number };
  /** Added field: `SPEAKER: words` quotes found in the page's related or sidebar links. */
  headlineQuotes?: { speaker: string; text: string; url?: string }[];
}
