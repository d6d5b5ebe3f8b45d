/**
 * Helpers the attribution-pattern table tests share (quotes.patterns7–11): the article's quotes with
 * their speaker's name, id, title, aliases and kind, the quote that holds a needle, and the speaker a
 * title's headline quote goes to.
 */
import { findQuotes } from "../../src/core/quotes/index.ts";

/** Finds the quotes of one article (its body text and optional title), each with its speaker's details. */
export function analyze(text: string, title = "") {
  const out = findQuotes({ title, text });
  const quotes = out.quotes.map((q) => {
    const s = out.speakers.find((x) => x.id === q.speakerId);
    return {
      text: q.text,
      speaker: s?.name ?? null,
      speakerId: q.speakerId,
      title: s?.title ?? null,
      aliases: s?.aliases ?? [],
      kind: s?.kind ?? null,
      via: q.via ?? null,
      rule: q.rule,
    };
  });
  return { quotes, speakers: out.speakers };
}

/** The quote whose text contains `needle`. */
export function quoteWith(text: string, needle: string, title = "") {
  return analyze(text, title).quotes.find((q) => q.text.includes(needle));
}

/** The name of the speaker the title's headline quote is credited to. */
export function headlineSpeaker(title: string, text: string) {
  const out = findQuotes({ title, text });
  const h = out.quotes.find((q) => q.kind === "headline");
  return out.speakers.find((s) => s.id === h?.speakerId)?.name;
}
