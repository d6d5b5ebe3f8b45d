/**
 * Related coverage through the storage layer: the seed page (الوطن) and a second outlet's report of the
 * same events (tests/fixtures/library/second-outlet-russia-gaza.html, written by us: Lavrov's statements
 * worded differently, his name spelled سيرغي instead of سيرجي) are saved like the extension saves them;
 * each is found as the other's related coverage, with one Lavrov and the two wordings' diff.
 */
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeHtml } from "../../src/cli/commands/analyze.ts";
import { IsnadDatabase } from "../../src/storage/db.ts";
import { LibraryIndexes } from "../../src/storage/indexes.ts";
import { allSpeakers, saveAnalysis } from "../../src/storage/library.ts";

const SEED_URL = "https://www.elwatannews.com/news/details/seed-russia-gaza";
const OTHER_URL = "https://mashreq.example/world/lavrov-gaza";
const seed = analyzeHtml(readFileSync("tests/fixtures/sample-pages/seed-elwatan-russia-gaza.html", "utf8"), SEED_URL);
const other = analyzeHtml(readFileSync("tests/fixtures/library/second-outlet-russia-gaza.html", "utf8"), OTHER_URL);
// An unrelated page from the same sample set, so "related" has something to leave out.
const unrelated = analyzeHtml(
  readFileSync("tests/fixtures/sample-pages/sabq-001.html", "utf8"),
  "https://sabq.example/a",
);

let db: IsnadDatabase;
let n = 0;
beforeEach(async () => {
  db = new IsnadDatabase(`related-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe("related coverage of saved articles", () => {
  it("finds the second outlet's report of the same events, with one Lavrov and the wording diff", async () => {
    const a = await saveAnalysis(db, seed, { url: SEED_URL });
    const b = await saveAnalysis(db, other, { url: OTHER_URL });
    await saveAnalysis(db, unrelated, { url: "https://sabq.example/a" });
    const indexes = new LibraryIndexes(db, { persistDelayMs: 10 });
    await indexes.catchUp();

    const related = await indexes.relatedTo(a.articleIds[0]);
    expect(related[0]?.id).toBe(b.articleIds[0]);
    expect(related[0].outlet).toBe("أخبار المشرق");
    expect(related.map((r) => r.id)).not.toContain(a.articleIds[0]);
    expect(related[0].why.relation).toBe("same-event");
    // Lavrov (and Peskov) are shared speakers, named once each whatever the spelling.
    const lavrov = related[0].why.sharedSpeakers.filter((s) => s.includes("لافروف"));
    expect(lavrov).toHaveLength(1);
    expect(related[0].why.sharedSpeakers.some((s) => s.includes("بيسكوف"))).toBe(true);

    // The statement about the Palestinian state, in both wordings, with the words that changed.
    const variant = related[0].variants.find((v) => v.text.includes("الدولة الفلسطينية"));
    expect(variant?.otherText).toContain("حتى اليوم");
    expect(variant?.diff.some((p) => p.kind === "removed" && p.text.includes("الآن"))).toBe(true);
    expect(variant?.diff.some((p) => p.kind === "added" && p.text.includes("اليوم"))).toBe(true);
    expect(variant?.diff.some((p) => p.kind === "same" && p.text.includes("الدولة الفلسطينية"))).toBe(true);

    // The other way round too.
    const back = await indexes.relatedTo(b.articleIds[0]);
    expect(back[0]?.id).toBe(a.articleIds[0]);

    // The registry holds one Lavrov across both articles: سيرجي and سيرغي are one entry.
    const entries = (await allSpeakers(db)).filter((s) => s.mentions.some((m) => m.name.includes("لافروف")));
    const roots = entries.filter((e) => !e.mergedInto);
    expect(roots).toHaveLength(1);
    expect(new Set(roots[0].mentions.map((m) => m.articleId))).toEqual(new Set([a.articleIds[0], b.articleIds[0]]));
    expect(roots[0].mentions.map((m) => m.name).sort()).toEqual(["سيرجي لافروف", "سيرغي لافروف"]);
  });

  it("loads the related index from its persisted form after a restart, and forgets deleted articles", async () => {
    const a = await saveAnalysis(db, seed, { url: SEED_URL });
    const b = await saveAnalysis(db, other, { url: OTHER_URL });
    const first = new LibraryIndexes(db);
    await first.catchUp();
    expect(await db.features.count()).toBe(a.articleIds.length + b.articleIds.length);
    // A new worker: nothing in memory, the vectors come from the features table.
    const second = new LibraryIndexes(db);
    expect((await second.relatedTo(a.articleIds[0]))[0]?.id).toBe(b.articleIds[0]);
    const { deleteArticles } = await import("../../src/storage/library.ts");
    await deleteArticles(db, b.articleIds);
    await second.catchUp();
    expect(await second.relatedTo(a.articleIds[0])).toEqual([]);
    expect(await db.features.count()).toBe(a.articleIds.length);
  });

  it("restarts from the related snapshot, then replays what was saved or deleted after it", async () => {
    const { deleteArticles } = await import("../../src/storage/library.ts");
    const a = await saveAnalysis(db, seed, { url: SEED_URL });
    await saveAnalysis(db, unrelated, { url: "https://sabq.example/a" });
    const first = new LibraryIndexes(db, { persistDelayMs: 60_000, relatedPersistDelayMs: 60_000 });
    await first.warm();
    await first.persistRelated();
    await first.persistSearch();
    first.close();
    expect(await db.meta.get("related")).toBeDefined();
    // Saved after the snapshot: only its change record says so.
    const b = await saveAnalysis(db, other, { url: OTHER_URL });
    // Features rows gone: a restarted worker can only answer from the snapshot and the change records.
    await db.features.clear();
    const second = new LibraryIndexes(db, { persistDelayMs: 60_000, relatedPersistDelayMs: 60_000 });
    const found = await second.relatedTo(a.articleIds[0]);
    expect(found[0]?.id).toBe(b.articleIds[0]);
    expect(found[0].outlet).toBe("أخبار المشرق");
    expect(found[0].variants.length).toBeGreaterThan(0);
    // The snapshot covers the first two articles; b's change record stays until a snapshot covers it.
    await second.warm();
    await second.persistSearch();
    expect((await db.changes.toArray()).map((c) => c.articleId)).toContain(b.articleIds[0]);
    await second.persistRelated();
    await second.persistSearch();
    expect(await db.changes.count()).toBe(0);
    await deleteArticles(db, b.articleIds);
    second.close();
    const third = new LibraryIndexes(db, { persistDelayMs: 60_000, relatedPersistDelayMs: 60_000 });
    expect((await third.relatedTo(a.articleIds[0])).map((r) => r.id)).not.toContain(b.articleIds[0]);
    third.close();
  });

  it("falls back to the features rows when the snapshot is damaged", async () => {
    const a = await saveAnalysis(db, seed, { url: SEED_URL });
    const b = await saveAnalysis(db, other, { url: OTHER_URL });
    const first = new LibraryIndexes(db, { persistDelayMs: 60_000, relatedPersistDelayMs: 60_000 });
    await first.catchUp();
    await first.persistRelated();
    first.close();
    await db.meta.update("related", { parts: 7 });
    const second = new LibraryIndexes(db, { persistDelayMs: 60_000, relatedPersistDelayMs: 60_000 });
    expect((await second.relatedTo(a.articleIds[0]))[0]?.id).toBe(b.articleIds[0]);
    second.close();
  });
});
