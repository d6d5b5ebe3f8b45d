/**
 * Table tests for a seventh round of attribution patterns, met on real Gulf reports (SaudiNewsNet): an
 * envoy's role that names where he is sent (المبعوث الخاص إلى سوريا …), and a name that never runs into
 * the place after it. Every sentence is composed for the test (no corpus text). Each group has inputs
 * that must NOT match.
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/core/quotes/index.ts";

function analyze(text: string) {
  const out = findQuotes({ title: "", text });
  const quotes = out.quotes.map((q) => {
    const s = out.speakers.find((x) => x.id === q.speakerId);
    return { text: q.text, speaker: s?.name ?? null, title: s?.title ?? null, rule: q.rule };
  });
  return { quotes, speakers: out.speakers };
}

/** The quote whose text contains `needle`. */
function quoteWith(text: string, needle: string) {
  return analyze(text).quotes.find((q) => q.text.includes(needle));
}

describe("an envoy's role runs on through إلى + where he is sent, and his name follows", () => {
  it.each([
    ["وقال المبعوث الأممي إلى ليبيا سليم الورفلي إن الحوار سيستأنف الأسبوع المقبل.", "سليم الورفلي", "المبعوث الأممي إلى ليبيا"],
    ["وقال مبعوث الرئيس إلى الرياض خالد العتيبي إن الزيارة ناجحة.", "خالد العتيبي", "مبعوث الرئيس إلى الرياض"],
    ["وقال المبعوث إلى الأمم المتحدة سامي الحربي إن الملف مغلق.", "سامي الحربي", "المبعوث إلى الأمم المتحدة"],
  ])("%s", (input, speaker, title) => {
    const q = analyze(input).quotes[0];
    expect(q?.speaker).toBe(speaker);
    expect(q?.title).toBe(title);
  });

  it("links a later bare role (المبعوث الخاص) to the envoy named in narration before", () => {
    const text =
      "وصل المبعوث الخاص إلى سوريا جان مارك لوبيز إلى عمّان أمس. وقال المبعوث الخاص إن المشاورات ستستمر شهرا.";
    expect(quoteWith(text, "المشاورات")?.speaker).toBe("جان مارك لوبيز");
  });

  it("must NOT take the verb's destination into the role when no name follows", () => {
    for (const input of [
      "ووصل المبعوث الأممي إلى القاهرة أمس، وقال إن الحل سياسي.",
      "ووصل المبعوث الخاص إلى دمشق قادما من بيروت، وقال إن الحل سياسي.",
    ]) {
      const q = quoteWith(input, "الحل سياسي");
      expect(q?.speaker).toMatch(/^المبعوث (?:الأممي|الخاص)$/);
    }
  });
});

describe("a name never runs into the state or city after it", () => {
  it.each([
    ["زار وزير الخارجية الأمريكي جون كيري طهران أمس، وقال إن الاتفاق صامد.", "جون كيري"],
    ["وصل الرئيس الفرنسي إيمانويل ماكرون بيروت صباحا، وأكد أن المساعدات ستصل.", "إيمانويل ماكرون"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes[0]?.speaker).toBe(speaker);
  });

  it("must NOT cut a name of one word before a place-like word, nor a name with no place", () => {
    expect(analyze("وقال الوزير خالد الفالح إن الإنتاج مستقر.").quotes[0]?.speaker).toBe("خالد الفالح");
  });
});

describe("a statement من a body (بيان من مكتب …) speaks for that body", () => {
  it.each([
    ["وقال بيان من مكتب الأمين العام إن المحادثات ستستأنف.", "مكتب الأمين العام"],
    ["وقال بيان من الحكومة الأردنية إن المعبر سيفتح غدا.", "الحكومة الأردنية"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes[0]?.speaker).toBe(speaker);
  });

  it("must NOT take what the statement is made of for its issuer", () => {
    expect(analyze("وقال بيان من ثلاث نقاط إن المعبر سيفتح غدا.").quotes[0]?.speaker).toBe("بيان");
  });
});
