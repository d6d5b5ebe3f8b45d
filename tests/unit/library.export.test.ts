import { describe, expect, it } from "vitest";
import {
  bylineAuthors,
  csvField,
  exportClaimReviews,
  exportCslJson,
  exportJson,
  exportQuotesCsv,
} from "../../src/library/export.ts";
import { importLibrary, parseLibraryFile } from "../../src/library/import.ts";
import { mergeLibrary, mergeNotes, resave } from "../../src/library/merge.ts";
import { type Flag, type LibraryData, recordsFromAnalysis } from "../../src/library/records.ts";
import { addMentions } from "../../src/library/speakers.ts";
import { article, LATER, NOW, page, quoteIn, speaker } from "./library.fixtures.ts";

const EMPTY: LibraryData = { articles: [], quotes: [], speakers: [], claims: [], flags: [] };

function sample(): LibraryData {
  const p1 = recordsFromAnalysis(page("https://alwatan.example/1"), NOW);
  const text2 = 'قال الوزير سيرغي لافروف: «لن نقبل، أبدا، بـ"الشروط"\nالغربية».';
  const p2 = recordsFromAnalysis(
    page("https://aljazeera.example/2", [
      article({
        title: "لافروف يرفض",
        outlet: "الجزيرة نت",
        byline: "كتب: وليد حسن، سارة علي",
        publishedAt: "2023-11-20",
        text: text2,
        speakers: [speaker("s1", "سيرغي لافروف", "وزير الخارجية الروسي")],
        quotes: [quoteIn(text2, "q1", 'لن نقبل، أبدا، بـ"الشروط"\nالغربية', "s1")],
        claims: [],
      }),
    ]),
    NOW,
  );
  p2.quotes[0].saved = { tags: ["روسيا", "=SUM(A1)"], note: "تحقق من التاريخ", savedAt: NOW.toISOString() };
  const flags: Flag[] = [
    {
      id: "f1",
      articleId: p1.articles[0].id,
      claimId: p1.claims[0].id,
      quoteId: null,
      text: p1.claims[0].text,
      verdict: "misleading",
      note: "المفاوضات استؤنفت في اليوم نفسه",
      evidenceUrl: "https://evidence.example/x",
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    },
    {
      id: "f2",
      articleId: p2.articles[0].id,
      claimId: null,
      quoteId: p2.quotes[0].id,
      text: p2.quotes[0].text,
      verdict: "to-check",
      note: "",
      evidenceUrl: null,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    },
  ];
  return {
    articles: [...p2.articles, ...p1.articles],
    quotes: [...p1.quotes, ...p2.quotes],
    claims: [...p1.claims, ...p2.claims],
    speakers: addMentions([], [...p1.mentions, ...p2.mentions], NOW).entries,
    flags,
  };
}

describe("JSON export and import", () => {
  it("export → import into an empty library → export is byte-identical", () => {
    const first = exportJson(sample(), LATER);
    const imported = importLibrary(EMPTY, first);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.stats.quotes).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(exportJson(imported.data, LATER)).toBe(first);
  });

  it("does not depend on the order records are held in", () => {
    const d = sample();
    const shuffled: LibraryData = {
      articles: [...d.articles].reverse(),
      quotes: [...d.quotes].reverse(),
      claims: [...d.claims].reverse(),
      speakers: [...d.speakers].reverse(),
      flags: [...d.flags].reverse(),
    };
    expect(exportJson(shuffled, LATER)).toBe(exportJson(d, LATER));
  });

  it("importing the same file twice duplicates nothing", () => {
    const file = exportJson(sample(), LATER);
    const once = importLibrary(EMPTY, file);
    if (!once.ok) throw new Error(once.error);
    const twice = importLibrary(once.data, file);
    if (!twice.ok) throw new Error(twice.error);
    for (const s of Object.values(twice.stats)) expect(s.added + s.updated).toBe(0);
    expect(exportJson(twice.data, LATER)).toBe(file);
  });

  it("starts with the header and is versioned", () => {
    const file = exportJson(sample(), LATER);
    expect(
      file.startsWith('{\n  "format": "isnad-library",\n  "version": 1,\n  "exportedAt": "2024-02-01T08:00:00.000Z",'),
    ).toBe(true);
    expect(JSON.parse(file).quotes).toHaveLength(3);
  });

  const bad: [string, string, RegExp][] = [
    ["not JSON", "{oops", /not a JSON file/],
    ["another format", '{"format":"zotero","version":1}', /not an Isnad library file/],
    ["an array", "[1,2]", /not an Isnad library file/],
    ["a newer version", '{"format":"isnad-library","version":99}', /newer version of Isnad \(file version 99/],
    ["no version", '{"format":"isnad-library"}', /no valid version/],
  ];
  it.each(bad)("rejects %s with a message", (_name, text, message) => {
    const r = importLibrary(sample(), text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it("names the field that is wrong, and changes nothing", () => {
    const lib = sample();
    const before = exportJson(lib, LATER);
    const file = JSON.parse(exportJson(sample(), LATER));
    file.quotes[1].kind = "rumour";
    const r = importLibrary(lib, JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^quotes\[1\]\.kind: /);
    expect(exportJson(lib, LATER)).toBe(before);
  });

  it("rejects duplicate ids and records of articles missing from the file", () => {
    const dup = JSON.parse(exportJson(sample(), LATER));
    dup.flags.push({ ...dup.flags[0] });
    const r1 = parseLibraryFile(JSON.stringify(dup));
    expect(r1.ok ? "" : r1.error).toMatch(/flags: the id "f1" appears twice/);
    const orphan = JSON.parse(exportJson(sample(), LATER));
    orphan.articles = orphan.articles.slice(1);
    const r2 = parseLibraryFile(JSON.stringify(orphan));
    expect(r2.ok ? "" : r2.error).toMatch(/which is not in the file/);
  });

  it("accepts a byte-order mark", () => {
    expect(parseLibraryFile(`\uFEFF${exportJson(sample(), LATER)}`).ok).toBe(true);
  });
});

describe("merging", () => {
  const notes: [string, string, string][] = [
    ["أ", "", "أ"],
    ["", "ب", "ب"],
    ["أ ب", "ب", "أ ب"],
    ["ب", "أ ب", "أ ب"],
    ["أ", "ب", "أ\n\nب"],
  ];
  it.each(notes)("mergeNotes(%j, %j) = %j", (w, l, expected) => {
    expect(mergeNotes(w, l)).toBe(expected);
  });

  it("lets the newer record win but never drops the reader's notes, tags or flags", () => {
    const mine = sample();
    const theirs = structuredClone(mine);
    // Their copy is newer: a changed verdict and note, a new tag, a new flag.
    theirs.flags[0] = { ...theirs.flags[0], verdict: "false", note: "خطأ بالكامل", updatedAt: LATER.toISOString() };
    const q = theirs.quotes.find((x) => x.saved);
    if (!q?.saved) throw new Error("fixture");
    q.saved = { ...q.saved, tags: ["أوروبا"], note: "ملاحظة الزميل" };
    q.updatedAt = LATER.toISOString();
    theirs.flags.push({ ...theirs.flags[1], id: "f3", note: "جديد" });
    const { data, stats } = mergeLibrary(mine, theirs);
    expect(stats.flags).toEqual({ added: 1, updated: 1, unchanged: 1 });
    const f1 = data.flags.find((f) => f.id === "f1");
    expect(f1?.verdict).toBe("false");
    expect(f1?.note).toBe("خطأ بالكامل\n\nالمفاوضات استؤنفت في اليوم نفسه");
    const merged = data.quotes.find((x) => x.id === q.id);
    expect(merged?.saved?.tags).toEqual(["أوروبا", "روسيا", "=SUM(A1)"]);
    expect(merged?.saved?.note).toBe("ملاحظة الزميل\n\nتحقق من التاريخ");
    // Merging again changes nothing.
    const again = mergeLibrary(data, theirs);
    for (const s of Object.values(again.stats)) expect(s.updated + s.added).toBe(0);
  });

  it("keeps the older record when the incoming one is older, and the first save date", () => {
    const mine = sample();
    const theirs = structuredClone(mine);
    theirs.articles[0] = {
      ...theirs.articles[0],
      title: "عنوان قديم",
      savedAt: "2020-01-01T00:00:00.000Z",
      updatedAt: "2020-01-01T00:00:00.000Z",
    };
    const { data } = mergeLibrary(mine, theirs);
    expect(data.articles[0].title).toBe(mine.articles[0].title);
    expect(data.articles[0].savedAt).toBe("2020-01-01T00:00:00.000Z");
  });

  it("merges a speaker's mentions from both libraries", () => {
    const a = sample();
    const other = recordsFromAnalysis(
      page("https://bbc.example/3", [article({ speakers: [speaker("s1", "دميتري بيسكوف", "الناطق باسم الكرملين")] })]),
      LATER,
    );
    const b: LibraryData = { ...EMPTY, speakers: addMentions([], other.mentions, LATER).entries };
    const { data } = mergeLibrary(a, b);
    const peskov = data.speakers.find((s) => s.key === other.mentions[0].key);
    expect(peskov?.mentions.map((m) => m.articleId).sort()).toEqual([a.articles[1].id, other.articles[0].id].sort());
    expect(peskov?.titles.map((t) => t.title)).toEqual(["المتحدث الرسمي باسم الكرملين", "الناطق باسم الكرملين"]);
  });
});

describe("resave", () => {
  it("keeps saved quotes (with notes) and the first save date; deletes what the new analysis dropped", () => {
    const stored = recordsFromAnalysis(page("https://alwatan.example/1"), NOW);
    stored.quotes[1].saved = { tags: ["x"], note: "مهم", savedAt: NOW.toISOString() };
    const text = "قال بيسكوف إن «المفاوضات مع كييف متوقفة حاليا».";
    const fresh = recordsFromAnalysis(
      page("https://alwatan.example/1", [
        article({ text, quotes: [quoteIn(text, "q1", "المفاوضات مع كييف متوقفة حاليا", "s1")], claims: [] }),
      ]),
      LATER,
    );
    const r = resave(
      { article: stored.articles[0], quotes: stored.quotes, claims: stored.claims },
      { article: fresh.articles[0], quotes: fresh.quotes, claims: fresh.claims },
    );
    expect(r.article.savedAt).toBe(NOW.toISOString());
    expect(r.article.updatedAt).toBe(LATER.toISOString());
    expect(r.quotes.map((q) => q.id)).toEqual([stored.quotes[0].id, stored.quotes[1].id]);
    expect(r.quotes[1].saved?.note).toBe("مهم");
    expect(r.deleteQuoteIds).toEqual([]);
    expect(r.deleteClaimIds).toEqual([stored.claims[0].id]);
  });
});

describe("CSV of quotes", () => {
  const fields: [string, string][] = [
    ["بسيط", "بسيط"],
    ["فيه، فاصلة عربية", "فيه، فاصلة عربية"],
    ["a,b", '"a,b"'],
    ['قال "لا"', '"قال ""لا"""'],
    ["سطر\nثان", '"سطر\nثان"'],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["@x", "'@x"],
  ];
  it.each(fields)("csvField(%j) = %j", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it("has a BOM, the header, CRLF rows, and parses back to the same cells", () => {
    const d = sample();
    const csv = exportQuotesCsv(d.quotes, d.articles);
    expect(csv.startsWith("\uFEFFspeaker,title,quote,kind,cue,via,outlet,article title,date,url,tags,note\r\n")).toBe(
      true,
    );
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    const saved = rows.find((r) => r[11] === "تحقق من التاريخ");
    expect(saved).toEqual([
      "سيرغي لافروف",
      "وزير الخارجية الروسي",
      'لن نقبل، أبدا، بـ"الشروط"\nالغربية',
      "direct",
      "قال",
      "",
      "الجزيرة نت",
      "لافروف يرفض",
      "2023-11-20",
      "https://aljazeera.example/2",
      "روسيا; =SUM(A1)",
      "تحقق من التاريخ",
    ]);
    expect(exportQuotesCsv([], [], { headers: "ar" })).toMatch(/^\uFEFFالمتحدث,الصفة,الاقتباس/);
  });
});

/** A small RFC 4180 reader for the test (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("CSL-JSON", () => {
  const bylines: [string | null, string[]][] = [
    ["بقلم: أحمد علي", ["أحمد علي"]],
    ["كتب: وليد حسن، سارة علي", ["وليد حسن", "سارة علي"]],
    ["أحمد علي و سارة حسن", ["أحمد علي", "سارة حسن"]],
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    // An attached و is part of a name (وليد, وائل): not a conjunction to split on.
    ["وائل الدحدوح", ["وائل الدحدوح"]],
    [null, []],
  ];
  it.each(bylines)("bylineAuthors(%j)", (byline, names) => {
    expect(bylineAuthors(byline).map((a) => a.literal)).toEqual(names);
  });

  it("makes one article-newspaper item per saved quote", () => {
    const d = sample();
    const items = exportCslJson(
      d.quotes.filter((q) => q.saved),
      d.articles,
    );
    expect(items).toEqual([
      {
        id: d.quotes.find((q) => q.saved)?.id,
        type: "article-newspaper",
        title: "لافروف يرفض",
        "container-title": "الجزيرة نت",
        author: [{ literal: "وليد حسن" }, { literal: "سارة علي" }],
        issued: { "date-parts": [[2023, 11, 20]] },
        accessed: { "date-parts": [[2024, 1, 5]] },
        URL: "https://aljazeera.example/2",
        language: "ar",
        abstract: 'سيرغي لافروف، وزير الخارجية الروسي: «لن نقبل، أبدا، بـ"الشروط"\nالغربية»',
        note: 'سيرغي لافروف، وزير الخارجية الروسي: «لن نقبل، أبدا، بـ"الشروط"\nالغربية»\nتحقق من التاريخ\nروسيا; =SUM(A1)',
      },
    ]);
  });
});

describe("ClaimReview JSON-LD", () => {
  it("writes one ClaimReview per reviewed flag, with the speaker, the article and the verdict", () => {
    const d = sample();
    const ld = JSON.parse(exportClaimReviews(d, { reviewer: { name: "فريق التحقق" } }));
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@graph"]).toHaveLength(1);
    const r = ld["@graph"][0];
    expect(r).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: "المفاوضات مع كييف متوقفة حاليا",
      datePublished: "2024-01-05",
      reviewRating: { "@type": "Rating", alternateName: "مضلل" },
      reviewBody: "المفاوضات استؤنفت في اليوم نفسه",
      citation: "https://evidence.example/x",
      author: { "@type": "Organization", name: "فريق التحقق" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "ديمتري بيسكوف" },
        datePublished: "2023-10-12T09:30:00+03:00",
        appearance: { "@type": "NewsArticle", url: "https://alwatan.example/1", publisher: { name: "الوطن" } },
      },
    });
    const en = JSON.parse(exportClaimReviews(d, { lang: "en", includeUnreviewed: true }));
    expect(en["@graph"].map((x: { reviewRating: { alternateName: string } }) => x.reviewRating.alternateName)).toEqual([
      "Misleading",
      "To check",
    ]);
  });
});
