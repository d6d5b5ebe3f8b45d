import { describe, expect, it } from "vitest";
import {
  cleanTags,
  cleanUrl,
  createFlag,
  isVerdict,
  readSettings,
  saveQuote,
  unsaveQuote,
  updateFlag,
} from "../../src/library/edits.ts";
import { recordsFromAnalysis } from "../../src/library/records.ts";
import { LATER, NOW, page } from "./library.fixtures.ts";

describe("cleanTags", () => {
  const table: [string[], string[]][] = [
    [
      ["  روسيا ", "#أوكرانيا", "روسيا"],
      ["روسيا", "أوكرانيا"],
    ],
    [["Kremlin", "kremlin", "KREMLIN"], ["Kremlin"]],
    [["", "  ", "#"], []],
    [["حرب   غزة"], ["حرب غزة"]],
  ];
  it.each(table)("%j → %j", (input, expected) => {
    expect(cleanTags(input)).toEqual(expected);
  });
});

describe("cleanUrl", () => {
  const table: [string | null, string | null][] = [
    [" https://evidence.example/a ", "https://evidence.example/a"],
    ["http://x.example", "http://x.example"],
    ["javascript:alert(1)", null],
    ["data:text/html,x", null],
    ["evidence.example", null],
    ["https://a b", null],
    [null, null],
  ];
  it.each(table)("%j → %j", (input, expected) => {
    expect(cleanUrl(input)).toBe(expected);
  });
});

describe("saving quotes", () => {
  const q = recordsFromAnalysis(page("https://alwatan.example/1"), NOW).quotes[0];

  it("saves with tags and a note, keeps the first save date on edits, and unsaves", () => {
    const s = saveQuote(q, { tags: ["#روسيا", "روسيا"], note: " مهم " }, NOW);
    expect(s.saved).toEqual({ tags: ["روسيا"], note: "مهم", savedAt: NOW.toISOString() });
    const e = saveQuote(s, { note: "أهم" }, LATER);
    expect(e.saved).toEqual({ tags: ["روسيا"], note: "أهم", savedAt: NOW.toISOString() });
    expect(e.updatedAt).toBe(LATER.toISOString());
    const u = unsaveQuote(e, LATER);
    expect(u.saved).toBeUndefined();
    expect(u.text).toBe(q.text);
    expect(q.saved).toBeUndefined();
  });
});

describe("flags", () => {
  it("creates a to-check flag by default, with a stable id from target and time", () => {
    const t = { kind: "claim" as const, claimId: "c1", articleId: "a1", text: " 600 هدف " };
    const f = createFlag(t, {}, NOW);
    expect(f).toMatchObject({
      claimId: "c1",
      quoteId: null,
      articleId: "a1",
      text: "600 هدف",
      verdict: "to-check",
      note: "",
      evidenceUrl: null,
    });
    expect(createFlag(t, {}, NOW).id).toBe(f.id);
    expect(createFlag(t, {}, LATER).id).not.toBe(f.id);
    expect(createFlag({ kind: "selection", articleId: null, text: "نص" }, {}, NOW)).toMatchObject({
      claimId: null,
      quoteId: null,
    });
  });

  it("updates only what is given and refuses unsafe evidence links", () => {
    const f = createFlag({ kind: "quote", quoteId: "q1", articleId: "a1", text: "x" }, { note: "أولى" }, NOW);
    const u = updateFlag(f, { verdict: "false", evidenceUrl: "javascript:alert(1)" }, LATER);
    expect(u).toMatchObject({
      verdict: "false",
      note: "أولى",
      evidenceUrl: null,
      createdAt: NOW.toISOString(),
      updatedAt: LATER.toISOString(),
    });
  });

  it("knows the verdicts", () => {
    expect(["to-check", "false", "misleading", "true", "unverifiable"].every(isVerdict)).toBe(true);
    expect([null, "wrong", "False", 1].some(isVerdict)).toBe(false);
  });
});

describe("readSettings", () => {
  const table: [unknown, object][] = [
    [undefined, { autoSave: true, language: "auto", theme: "auto" }],
    [{}, { autoSave: true, language: "auto", theme: "auto" }],
    [
      { autoSave: false, language: "ar", theme: "dark" },
      { autoSave: false, language: "ar", theme: "dark" },
    ],
    [
      { autoSave: "no", language: "fr", theme: 3, extra: 1 },
      { autoSave: true, language: "auto", theme: "auto" },
    ],
    ["garbage", { autoSave: true, language: "auto", theme: "auto" }],
  ];
  it.each(table)("%j → %j", (input, expected) => {
    expect(readSettings(input)).toEqual(expected);
  });
});
