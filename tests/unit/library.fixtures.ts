/**
 * Small hand-written analyses for the library tests (invented text in the style of Arabic news; no
 * corpus page is copied).
 */
import type { Article, PageAnalysis, Quote, Speaker } from "../../src/core/types.ts";

export function speaker(id: string, name: string, title: string | null = null, aliases: string[] = []): Speaker {
  return { id, name, aliases, title, kind: "person" };
}

/** A quote located in `text` (offsets computed), spoken by `speakerId`. */
export function quoteIn(
  text: string,
  id: string,
  words: string,
  speakerId: string | null,
  kind: Quote["kind"] = "direct",
): Quote {
  const start = text.indexOf(words);
  return {
    id,
    text: words,
    kind,
    cue: "قال",
    speakerId,
    via: null,
    start,
    end: start + words.length,
    rule: "test",
    confidence: 0.9,
  };
}

export function article(over: Partial<Article> = {}): Article {
  const text =
    over.text ??
    "قال المتحدث الرسمي باسم الكرملين ديمتري بيسكوف إن «المفاوضات مع كييف متوقفة حاليا». وأضاف بيسكوف أن الحكومة تدرس المقترحات.";
  const speakers = over.speakers ?? [speaker("s1", "ديمتري بيسكوف", "المتحدث الرسمي باسم الكرملين", ["بيسكوف"])];
  const quotes = over.quotes ?? [
    quoteIn(text, "q1", "المفاوضات مع كييف متوقفة حاليا", "s1"),
    quoteIn(text, "q2", "الحكومة تدرس المقترحات", "s1", "indirect"),
  ];
  return {
    title: "الكرملين: المفاوضات مع كييف متوقفة",
    outlet: "الوطن",
    byline: "بقلم: أحمد علي",
    publishedAt: "2023-10-12T09:30:00+03:00",
    keywords: ["روسيا", "أوكرانيا"],
    relatedLinks: [],
    claims: [
      {
        id: "c1",
        text: "المفاوضات مع كييف متوقفة حاليا",
        score: 0.7,
        reasons: ["attributed"],
        quoteId: "q1",
        start: quotes[0]?.start ?? 0,
        end: quotes[0]?.end ?? 0,
        type: "attributed",
      },
    ],
    ...over,
    text,
    speakers,
    quotes,
  };
}

export function page(url: string | null, articles: Article[] = [article()]): PageAnalysis {
  return { url, language: { isArabic: true, arabicRatio: 0.97 }, isNewsArticle: articles.length > 0, articles };
}

export const NOW = new Date("2024-01-05T10:00:00.000Z");
export const LATER = new Date("2024-02-01T08:00:00.000Z");
