/**
 * valibot schemas for every request in the protocol. The background validates each message before acting:
 * a content script runs next to untrusted page code, so its messages are treated as untrusted input.
 * Objects are "loose" so fields the core adds later (types.ts allows additions) survive; the fields the
 * contract names are checked, and every string and array is bounded so one message cannot fill the disk.
 */
import * as v from "valibot";
import { libraryRequestSchemas } from "./libraryProtocol.ts";
import type { ContentMessageName, MessageName } from "./protocol.ts";

const MAX_TEXT = 2_000_000; // an article body; the longest dev page is far below this
const MAX_SHORT = 4_000; // titles, names, cues, URLs
const MAX_ITEMS = 5_000;

const short = v.pipe(v.string(), v.maxLength(MAX_SHORT));
const shortOrNull = v.nullable(short);
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const offset = v.pipe(v.number(), v.integer(), v.minValue(-1));
const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_ITEMS));

const relatedLink = v.looseObject({ title: short, url: short });

const speaker = v.looseObject({
  id: short,
  name: short,
  aliases: list(short),
  title: shortOrNull,
  kind: v.picklist(["person", "organization", "state", "media", "group", "unknown"]),
  key: v.optional(short),
});

const quote = v.looseObject({
  id: short,
  text,
  kind: v.picklist(["direct", "indirect", "headline"]),
  cue: shortOrNull,
  speakerId: shortOrNull,
  via: shortOrNull,
  start: offset,
  end: offset,
  rule: v.optional(short),
  confidence: v.optional(unit),
});

const claim = v.looseObject({
  id: short,
  text,
  score: unit,
  reasons: list(short),
  quoteId: shortOrNull,
  start: offset,
  end: offset,
  type: v.optional(short),
  flags: v.optional(list(short)),
});

const article = v.looseObject({
  title: short,
  outlet: shortOrNull,
  byline: shortOrNull,
  publishedAt: shortOrNull,
  keywords: list(short),
  text,
  speakers: list(speaker),
  quotes: list(quote),
  claims: list(claim),
  relatedLinks: list(relatedLink),
});

/** PageAnalysis (src/core/types.ts) as it may arrive from a content script. */
export const pageAnalysisSchema = v.looseObject({
  input: v.optional(short),
  url: shortOrNull,
  language: v.looseObject({
    isArabic: v.boolean(),
    arabicRatio: unit,
    code: v.optional(v.picklist(["ar", "fa", "ur", "other"])),
  }),
  isNewsArticle: v.boolean(),
  articles: v.pipe(v.array(article), v.maxLength(50)),
  timings: v.optional(v.looseObject({ totalMs: v.number() })),
  headlineQuotes: v.optional(list(v.looseObject({ speaker: short, text: short, url: v.optional(short) }))),
});

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const tag = v.pipe(v.string(), v.maxLength(200));
const note = v.pipe(v.string(), v.maxLength(20_000));
const flagEdit = {
  verdict: v.picklist(["to-check", "false", "misleading", "true", "unverifiable"]),
  note,
  evidenceUrl: v.nullable(short),
};

/** One schema per message name; the type check below keeps this map in step with the protocol. */
export const requestSchemas = {
  "content→background:saveAnalysis": v.strictObject({ analysis: pageAnalysisSchema }),
  "popup→background:getTabPage": v.strictObject({ tabId }),
  "popup→background:setUiLanguage": v.strictObject({ language: v.picklist(["ar", "en"]) }),
  "popup→background:setTheme": v.strictObject({ theme: v.picklist(["auto", "light", "dark"]) }),
  "popup→background:saveQuote": v.strictObject({ id: short, tags: v.pipe(v.array(tag), v.maxLength(50)), note }),
  "popup→background:unsaveQuote": v.strictObject({ id: short }),
  "popup→background:flagStatement": v.strictObject({
    target: v.strictObject({ kind: v.picklist(["quote", "claim"]), id: short }),
    ...flagEdit,
  }),
  "popup→background:editFlag": v.strictObject({ id: short, ...flagEdit }),
  "popup→background:removeFlag": v.strictObject({ id: short }),
  "popup→background:setHighlights": v.strictObject({ on: v.boolean() }),
  ...libraryRequestSchemas,
} satisfies Record<MessageName, v.GenericSchema>;

/** Schemas of the messages a content script receives (ContentProtocol). */
export const contentRequestSchemas = {
  "popup→content:jumpTo": v.strictObject({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SHORT * 5)) }),
} satisfies Record<ContentMessageName, v.GenericSchema>;

/** The outer shape of every message. */
export const envelopeSchema = v.strictObject({
  type: v.picklist(Object.keys(requestSchemas) as MessageName[]),
  payload: v.unknown(),
});
