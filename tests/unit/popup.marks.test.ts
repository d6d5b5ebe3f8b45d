/**
 * The reader's marks in storage (src/storage/marks.ts), on a real Dexie database over fake-indexeddb:
 * saving quotes, flagging quotes and claims (one flag per statement), and the context menu's selections.
 */
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordsFromAnalysis } from "../../src/library/records.ts";
import { IsnadDatabase } from "../../src/storage/db.ts";
import {
  editFlag,
  flagSelection,
  flagStored,
  removeFlag,
  saveQuoteMark,
  saveSelection,
  unsaveQuoteMark,
} from "../../src/storage/marks.ts";
import { article, NOW, page, quoteIn, speaker } from "./library.fixtures.ts";

const URL_A = "https://news.example/a";
const TEXT = "قال وزير الخارجية سيرجي لافروف: «النتيجة كانت مخيبة للآمال». وأضاف أن الحرب ستستمر طويلا.";
let db: IsnadDatabase;
let n = 0;

beforeEach(async () => {
  db = new IsnadDatabase(`marks-${n++}`);
  const records = recordsFromAnalysis(
    page(URL_A, [
      article({
        text: TEXT,
        speakers: [speaker("s1", "سيرجي لافروف", "وزير الخارجية")],
        quotes: [quoteIn(TEXT, "q1", "النتيجة كانت مخيبة للآمال", "s1")],
        claims: [
          {
            id: "c1",
            text: "الحرب ستستمر طويلا",
            score: 0.6,
            reasons: ["prediction"],
            quoteId: null,
            start: 60,
            end: 78,
          },
        ],
      }),
    ]),
    NOW,
  );
  await db.articles.bulkPut(records.articles);
  await db.quotes.bulkPut(records.quotes);
  await db.claims.bulkPut(records.claims);
});
afterEach(() => db.delete());

const quoteId = async () => (await db.quotes.toArray())[0].id;
const claimId = async () => (await db.claims.toArray())[0].id;

describe("saved quotes", () => {
  it("saves with cleaned tags and a note, edits keep the first save time, unsave removes them", async () => {
    const id = await quoteId();
    const first = await saveQuoteMark(db, id, { tags: [" روسيا ", "#غزة", "روسيا"], note: " مهم " }, NOW);
    expect(first.saved).toEqual({ tags: ["روسيا", "غزة"], note: "مهم", savedAt: NOW.toISOString() });
    await saveQuoteMark(db, id, { tags: ["أوكرانيا"], note: "" }, new Date("2024-03-01T00:00:00Z"));
    const stored = await db.quotes.get(id);
    expect(stored?.saved).toEqual({ tags: ["أوكرانيا"], note: "", savedAt: NOW.toISOString() });
    expect(await db.quotes.where("saved.tags").equals("أوكرانيا").count()).toBe(1);
    await unsaveQuoteMark(db, id);
    expect((await db.quotes.get(id))?.saved).toBeUndefined();
    expect(await db.quotes.where("saved.tags").equals("أوكرانيا").count()).toBe(0);
  });

  it("refuses a quote that is not stored", async () => {
    await expect(saveQuoteMark(db, "nope", { tags: [], note: "" })).rejects.toThrow(/not found/);
  });
});

describe("flags", () => {
  it("gives a quote or claim one flag: flagging again changes it", async () => {
    const id = await claimId();
    const a = await flagStored(db, { kind: "claim", id }, { verdict: "to-check", note: "", evidenceUrl: null }, NOW);
    const b = await flagStored(
      db,
      { kind: "claim", id },
      { verdict: "false", note: "لا", evidenceUrl: "https://x.example/1" },
    );
    expect(b.id).toBe(a.id);
    expect(await db.flags.count()).toBe(1);
    expect(await db.flags.get(a.id)).toMatchObject({
      verdict: "false",
      note: "لا",
      claimId: id,
      text: "الحرب ستستمر طويلا",
    });
    const q = await flagStored(
      db,
      { kind: "quote", id: await quoteId() },
      { verdict: "true", note: "", evidenceUrl: null },
    );
    expect(q.quoteId).toBe(await quoteId());
    expect(await db.flags.count()).toBe(2);
  });

  it("drops an evidence link that is not http(s); edits and removes by id", async () => {
    const f = await flagStored(
      db,
      { kind: "claim", id: await claimId() },
      { verdict: "misleading", note: "", evidenceUrl: "javascript:alert(1)" },
    );
    expect(f.evidenceUrl).toBeNull();
    await editFlag(db, f.id, { verdict: "true", note: "تحقق", evidenceUrl: "https://ok.example" });
    expect((await db.flags.get(f.id))?.verdict).toBe("true");
    await removeFlag(db, f.id);
    expect(await db.flags.count()).toBe(0);
    await expect(editFlag(db, f.id, { verdict: "true", note: "", evidenceUrl: null })).rejects.toThrow();
  });
});

describe("selections (context menu)", () => {
  it("a selection inside a found quote saves that quote, with its speaker", async () => {
    const saved = await saveSelection(db, URL_A, "  كانت مخيبة  ", NOW);
    expect(saved?.id).toBe(await quoteId());
    expect(saved?.speakerName).toBe("سيرجي لافروف");
    expect(saved?.saved?.savedAt).toBe(NOW.toISOString());
  });

  it("other text becomes a quote of its own, without a speaker, at its offsets", async () => {
    const saved = await saveSelection(db, `${URL_A}#top`, "وأضاف أن الحرب", NOW);
    expect(saved).toMatchObject({
      speakerKey: "",
      speakerName: null,
      text: "وأضاف أن الحرب",
      start: TEXT.indexOf("وأضاف"),
    });
    expect(await db.quotes.count()).toBe(2);
  });

  it("does NOT save on a page that was never analyzed, nor an empty selection", async () => {
    expect(await saveSelection(db, "https://other.example/x", "نص")).toBeNull();
    expect(await saveSelection(db, URL_A, "   ")).toBeNull();
    expect(await db.quotes.count()).toBe(1);
  });

  it("flags a selection as to check, under the page's article when there is one", async () => {
    const f = await flagSelection(db, URL_A, "الحرب ستستمر", NOW);
    expect(f).toMatchObject({ verdict: "to-check", quoteId: null, claimId: null, text: "الحرب ستستمر" });
    expect(f?.articleId).toBe((await db.articles.toArray())[0].id);
    const elsewhere = await flagSelection(db, "https://other.example/x", "نص ما");
    expect(elsewhere?.articleId).toBeNull();
  });
});
