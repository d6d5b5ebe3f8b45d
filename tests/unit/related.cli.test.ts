import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { recordToInput, runRelated } from "../../src/cli/commands/related.ts";

// A small library in the SaudiNewsNet record form: two outlets' reports of one event (paragraphs split by
// a newline in one and by a run of spaces in the other), one other event of the same minister, filler.
const EVENT =
  "أصدر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمرا ملكيا بترقية وتعيين 125 قاضيا في وزارة العدل وديوان المظالم.";
const RECORDS = [
  {
    source: "okaz",
    url: "http://okaz.example/1",
    date_extracted: "2015-07-22 09:10:00",
    title: "خادم الحرمين يأمر بترقية وتعيين 125 قاضيا",
    author: "واس - جدة",
    content: `${EVENT}\nوأوضح وزير العدل الشيخ وليد الصمعاني أن الأمر الكريم يأتي في سياق الدعم المتواصل من خادم الحرمين الشريفين لمرفق القضاء.`,
  },
  {
    source: "alriyadh",
    url: "http://alriyadh.example/2",
    date_extracted: "2015-07-22 10:40:00",
    title: "أمر ملكي بترقية وتعيين 125 قاضيا في العدل والمظالم",
    author: "",
    content: `    ${EVENT}    وأوضح معالي وزير العدل الشيخ وليد بن محمد الصمعاني أن الأمر الكريم يأتي في سياق الدعم المتواصل من خادم الحرمين لمرفق القضاء.`,
  },
  {
    source: "alyaum",
    url: "http://alyaum.example/3",
    date_extracted: "2015-07-22 11:00:00",
    title: "وزير العدل يدشن محكمة التنفيذ الجديدة في الدمام",
    author: "اليوم - الدمام",
    content: "دشن وزير العدل الشيخ وليد الصمعاني مبنى محكمة التنفيذ الجديد في الدمام بحضور عدد من القضاة.",
  },
  {
    source: "sabq",
    url: "http://sabq.example/4",
    date_extracted: "2015-07-22 12:00:00",
    title: "ارتفاع أسعار النفط في الأسواق العالمية",
    author: "",
    content: "ارتفعت أسعار النفط اليوم في الأسواق العالمية بعد تراجع المخزونات الأمريكية.",
  },
];

function run(args: string[]): Promise<{ status: number; out: string }> {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  return runRelated(args).then((status) => ({ status, out }));
}

afterEach(() => vi.restoreAllMocks());

describe("isnad related", () => {
  const dir = mkdtempSync(join(tmpdir(), "isnad-related-"));
  const library = join(dir, "lib.jsonl");
  const queries = join(dir, "queries.txt");
  writeFileSync(library, `${RECORDS.map((r) => JSON.stringify(r)).join("\n")}\n`);
  writeFileSync(queries, "http://okaz.example/1\nhttp://missing.example/x\n\n");

  it("prints one JSON line per query, best first, the query excluded, unknown queries empty", async () => {
    const { status, out } = await run(["--library", library, "--queries", queries, "--top", "2"]);
    expect(status).toBe(0);
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const [first, missing] = lines;
    expect(first.query).toBe("http://okaz.example/1");
    expect(first.related.length).toBeGreaterThan(0);
    expect(first.related.length).toBeLessThanOrEqual(2);
    expect(first.related[0].url).toBe("http://alriyadh.example/2");
    expect(first.related.map((r: { url: string }) => r.url)).not.toContain("http://okaz.example/1");
    for (const r of first.related) {
      expect(typeof r.score).toBe("number");
      expect(Array.isArray(r.why.sharedSpeakers)).toBe(true);
      expect(Array.isArray(r.why.sharedQuotes)).toBe(true);
      for (const q of r.why.sharedQuotes) expect(Object.keys(q).sort()).toEqual(["otherText", "text"]);
      expect(r.why.similarity).toBeGreaterThanOrEqual(0);
      expect(r.why.similarity).toBeLessThanOrEqual(1);
    }
    const scores = first.related.map((r: { score: number }) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(missing).toEqual({ query: "http://missing.example/x", related: [] });
  });

  it("rejects a missing --library with status 2", async () => {
    const { status } = await run(["--queries", queries]);
    expect(status).toBe(2);
  });

  it("turns a record into the extractor's input", () => {
    const input = recordToInput(RECORDS[1]);
    expect(input.outlet).toBe("الرياض");
    expect(input.byline).toBeNull();
    expect(input.publishedAt).toBe("2015-07-22T10:40:00");
    expect(input.blocks.map((b) => b.text)).toEqual([
      EVENT,
      "وأوضح معالي وزير العدل الشيخ وليد بن محمد الصمعاني أن الأمر الكريم يأتي في سياق الدعم المتواصل من خادم الحرمين لمرفق القضاء.",
    ]);
  });
});
