/**
 * The library's pure part: records derived from an analysis, the speaker registry, search, export,
 * import and citations. No DOM, no Dexie, no browser APIs (checked by src/library/tsconfig.json,
 * `npm run typecheck:library`): src/storage, the background and the popup wire it in.
 *
 * Saving a page (background): `recordsFromAnalysis(analysis, now, storedIdentities)` → for each article,
 * `resave(stored, fresh)` (keeps the reader's saved quotes) → `addMentions(speakers, records.mentions, now)`
 * → `index.indexArticle({article, quotes, claims})` and `index.indexSpeakers(roots resolved)`.
 * Reading (popup): `index.search(q, {speaker: speakerMatcher(speakers, key), outlets, from, to, tags})`,
 * `resolveSpeaker`, `speakerResolver`, `citeQuote`. Files: `exportJson` / `importLibrary`,
 * `exportQuotesCsv`, `exportCslJson`, `exportClaimReviews`.
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
