/**
 * The popup's live reads, loaded after the first render: Dexie's liveQuery over the database, re-run
 * whenever the data it read changes (also when the background writes: Dexie tells same-origin contexts).
 */
import { liveQuery } from "dexie";
import { openDatabase } from "../src/storage/db.ts";
import { loadPageView, loadSettings } from "../src/storage/pages.ts";
import { closeQuickRead } from "./quickRead.ts";
import type { Reads } from "./store.ts";

export { liveQuery };

export const db = openDatabase();

export const reads: Reads = {
  page: (url) => loadPageView(db, url),
  settings: () => loadSettings(db),
};

// From here on Dexie reads; the first read's own connection is not needed any more.
closeQuickRead();
