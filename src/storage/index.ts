/** The storage layer's public surface. */
export * from "./db.ts";
export * from "./indexes.ts";
export * from "./library.ts";
export * from "./marks.ts";
export * from "./pages.ts";
export * from "./schema.ts";
export * from "./settings.ts";
