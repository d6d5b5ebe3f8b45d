/**
 * The analyzer on gold pages: our own composed pages (tests/fixtures/gold, see its README) and the
 * project's seed page, scored with the rules of ../shared/eval/score.mjs (quotes.score.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/core/quotes/index.ts";
import { type GoldQuote, readPage, scoreQuotes } from "./quotes.score.ts";

const DIR = join(import.meta.dirname, "..", "fixtures", "gold");

function run(name: string) {
  const gold = JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), "utf8"));
  const page = readPage(join(DIR, gold.page));
  const out = findQuotes(page);
  const goldQuotes: GoldQuote[] = gold.articles.flatMap((a: { quotes: GoldQuote[] }) => a.quotes);
  return { page, out, goldQuotes, score: scoreQuotes(goldQuotes, out.quotes, out.speakers) };
}

describe("composed gold pages", () => {
  for (const name of ["gulf-diplomacy", "cairo-health", "gaza-field"]) {
    it(`${name}: attributed-quote F1 ≥ 0.9 and speaker accuracy ≥ 0.92`, () => {
      const { score } = run(name);
      expect(score.misses, score.misses.join("\n")).toBeDefined();
      expect(score.f1, score.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
      expect(score.speakerAccuracy, score.misses.join("\n")).toBeGreaterThanOrEqual(0.92);
    });
  }

  it("every quote's offsets point at its text in the article", () => {
    for (const name of ["gulf-diplomacy", "cairo-health", "gaza-field", "seed-elwatan-russia-gaza"]) {
      const { page, out } = run(name);
      for (const q of out.quotes) {
        if (q.kind === "headline") {
          expect(q.start).toBe(-1);
          continue;
        }
        expect(page.text.slice(q.start, q.end)).toBe(q.text);
      }
    }
  });
});

describe("seed page (El Watan, Russia / Gaza and Bahrain)", () => {
  const { out, goldQuotes, score } = run("seed-elwatan-russia-gaza");
  const speakerOf = (text: string) => {
    const q = out.quotes.find((x) => x.text.includes(text));
    return out.speakers.find((s) => s.id === q?.speakerId)?.name;
  };

  it("finds every required quote with the right speaker", () => {
    const required = goldQuotes.filter((q) => !q.optional);
    expect(score.tp, score.misses.join("\n")).toBe(required.length);
  });

  it.each([
    ["على أتم استعدادها لتقديم الدعم الكامل", "ديمتري بيسكوف"],
    ["إصرار بلاده على طلب هدنة إنسانية", "سيرجي لافروف"],
    ["عدم الاعتراف بوجود الدولة الفلسطينية", "سيرجي لافروف"],
    ["رفضه الشديد للأحداث", "سيرجي لافروف"],
    ["قرارات «واشنطن» تدفع الشرق الأوسط", "سيرجي لافروف"],
    ["ضرورة التنسيق والتعاون والتوافق", "مملكة البحرين"],
    ["أهمية وقف الاعتداءات المستمرة", "مملكة البحرين"],
    ["تأييد الشعبة البرلمانية البحرينية", "جمال محمد فخرو"],
    ["أهمية استمرار التنسيق والعمل المشترك", "جمال محمد فخرو"],
  ])("«%s…» is said by %s", (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it("reports no emphasis mark as a quote", () => {
    for (const term of ["كييف", "لافروف", "واشنطن", "سكاي نيوز"]) {
      expect(out.quotes.some((q) => q.text.trim() === term)).toBe(false);
    }
  });

  it("credits Sky News as the via of Lavrov's statement", () => {
    const q = out.quotes.find((x) => x.text.includes("عدم الاعتراف بوجود الدولة الفلسطينية"));
    expect(q?.via).toBe("سكاي نيوز");
  });

  it("links the surname «لافروف» to the full name", () => {
    const lavrov = out.speakers.find((s) => s.name === "سيرجي لافروف");
    expect(lavrov?.title).toBe("وزير الخارجية الروسي");
    expect(lavrov?.aliases).toContain("لافروف");
  });
});
