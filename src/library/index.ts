/**
 * The library's pure part: records derived from an analysis, the speaker registry, search, export,
 * import and citations. No DOM, no Dexie, no browser APIs: src/storage and the popup wire it in.
 */
export * from "./cite.ts";
export * from "./edits.ts";
export * from "./export.ts";
export * from "./hash.ts";
export * from "./import.ts";
export * from "./merge.ts";
export * from "./records.ts";
export * from "./search.ts";
export * from "./speakerKey.ts";
export * from "./speakers.ts";
export * from "./stable.ts";
export * from "./stem.ts";
export * from "./url.ts";
