/**
 * The library's messages (part of the one protocol: protocol.ts `Protocol` extends this), with their
 * request schemas. The popup sends them; the background answers (src/background/library.ts).
 */
import * as v from "valibot";
import type { SearchHit } from "../library/search.ts";
import type { RelatedArticle } from "../storage/indexes.ts";
import type { ImportStats, RegistryEdit } from "../storage/library.ts";
import type { SkippedRecord } from "../storage/rows.ts";

export type ExportFormat = "json" | "csv" | "csl-json" | "claimreview";

export interface LibraryProtocol {
  /**
   * Is the page of this tab in the library? `saved`/`articleIds`: it is (by address or same text);
   * `canSave`: the tab's analysis is at hand for "save this page"; `autoSave`: the current setting.
   */
  "popup→background:getPageStatus": {
    request: { tabId: number };
    response: { url: string | null; saved: boolean; articleIds: string[]; autoSave: boolean; canSave: boolean };
  };
  /** Save this tab's page now (automatic saving off, or saving again); an error when its analysis is gone. */
  "popup→background:savePage": {
    request: { tabId: number };
    response: { articleIds: string[]; quotes: number; alreadySaved: boolean };
  };
  /** Save every analyzed Arabic article (on, the default) or only on request. */
  "popup→background:setAutoSave": {
    request: { on: boolean };
    response: { on: boolean };
  };
  /** Full-text search of the library with filters; `speakerKey` includes the entries merged with it. */
  "popup→background:searchLibrary": {
    request: {
      query: string;
      filters?: {
        types?: ("quote" | "claim" | "title" | "speaker")[];
        speakerKey?: string;
        outlets?: string[];
        from?: string;
        to?: string;
        tags?: string[];
        quoteKinds?: ("direct" | "indirect" | "headline")[];
      };
      limit?: number;
    };
    response: { hits: SearchHit[] };
  };
  /**
   * Saved articles covering the same events as an article (by id, or the saved page of a tab), best
   * first, with why (shared speakers, shared statements, similarity) and each shared statement's two
   * wordings with their word diff.
   */
  "popup→background:getRelated": {
    request: { articleId?: string; tabId?: number; top?: number };
    response: { articleId: string | null; related: RelatedArticle[] };
  };
  /** A file of the library (content as text; the popup offers it for download). */
  "popup→background:exportLibrary": {
    request: { format: ExportFormat; savedOnly?: boolean; lang?: "ar" | "en" };
    response: { name: string; mimeType: string; content: string; skipped: number };
  };
  /** Import a library JSON file: validated, then merged in one transaction (nothing duplicated). */
  "popup→background:importLibrary": {
    request: { text: string };
    response: { stats: ImportStats };
  };
  /** Delete articles with their quotes and claims (flags stay). */
  "popup→background:deleteArticle": {
    request: { articleIds: string[] };
    response: { deleted: number };
  };
  /** Delete every record of the library (settings stay). `confirm` must be true. */
  "popup→background:deleteAllData": {
    request: { confirm: true };
    response: { deleted: true };
  };
  /** The reader's correction of the speaker registry: merge, unmerge, split by articles, unsplit. */
  "popup→background:editSpeakers": {
    request: { edit: RegistryEdit };
    response: { changed: string[]; removed: string[]; newKey?: string };
  };
  /** Records of the library that fail their check when read (skipped everywhere, listed here). */
  "popup→background:checkLibrary": {
    request: Record<string, never>;
    response: { skipped: SkippedRecord[] };
  };
}

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(4_000));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const few = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(200));

export const libraryRequestSchemas = {
  "popup→background:getPageStatus": v.strictObject({ tabId }),
  "popup→background:savePage": v.strictObject({ tabId }),
  "popup→background:setAutoSave": v.strictObject({ on: v.boolean() }),
  "popup→background:searchLibrary": v.strictObject({
    query: v.pipe(v.string(), v.maxLength(1_000)),
    filters: v.optional(
      v.strictObject({
        types: v.optional(few(v.picklist(["quote", "claim", "title", "speaker"]))),
        speakerKey: v.optional(id),
        outlets: v.optional(few(id)),
        from: v.optional(day),
        to: v.optional(day),
        tags: v.optional(few(id)),
        quoteKinds: v.optional(few(v.picklist(["direct", "indirect", "headline"]))),
      }),
    ),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000))),
  }),
  "popup→background:getRelated": v.strictObject({
    articleId: v.optional(id),
    tabId: v.optional(tabId),
    top: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  }),
  "popup→background:exportLibrary": v.strictObject({
    format: v.picklist(["json", "csv", "csl-json", "claimreview"]),
    savedOnly: v.optional(v.boolean()),
    lang: v.optional(v.picklist(["ar", "en"])),
  }),
  // A library file: large, but bounded (about 200 MB of text).
  "popup→background:importLibrary": v.strictObject({ text: v.pipe(v.string(), v.maxLength(200_000_000)) }),
  "popup→background:deleteArticle": v.strictObject({ articleIds: v.pipe(few(id), v.minLength(1)) }),
  "popup→background:deleteAllData": v.strictObject({ confirm: v.literal(true) }),
  "popup→background:editSpeakers": v.strictObject({
    edit: v.variant("op", [
      v.strictObject({ op: v.literal("merge"), fromKey: id, intoKey: id }),
      v.strictObject({ op: v.literal("unmerge"), key: id }),
      v.strictObject({ op: v.literal("split"), key: id, articleIds: v.pipe(few(id), v.minLength(1)) }),
      v.strictObject({ op: v.literal("unsplit"), key: id }),
    ]),
  }),
  "popup→background:checkLibrary": v.strictObject({}),
} satisfies Record<keyof LibraryProtocol, v.GenericSchema>;
