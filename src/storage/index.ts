/** The storage layer's public surface. */
export * from "./db.ts";
export * from "./pages.ts";
export * from "./settings.ts";
