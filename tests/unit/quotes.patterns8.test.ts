/**
 * Table tests for an eighth round of attribution patterns, met on real Gulf reports (SaudiNewsNet held-out
 * sets 22–24): findings that "indicate" (التقديرات، المعلومات الأولية), names that stop before the object
 * of the verb, a plural verb after a relative clause, an outlet relaying "quoting" someone, and bodies
 * whose names run on (للصحافة والنشر، الدفاع عن). Every sentence is composed for the test (no corpus
 * text). Each group has inputs that must NOT match.
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/core/quotes/index.ts";

function analyze(text: string) {
  const out = findQuotes({ title: "", text });
  const quotes = out.quotes.map((q) => {
    const s = out.speakers.find((x) => x.id === q.speakerId);
    return { text: q.text, speaker: s?.name ?? null, kind: s?.kind ?? null, via: q.via ?? null, rule: q.rule };
  });
  return { quotes, speakers: out.speakers };
}

/** The quote whose text contains `needle`. */
function quoteWith(text: string, needle: string) {
  return analyze(text).quotes.find((q) => q.text.includes(needle));
}

describe("findings that indicate (التقديرات، الأرقام الرسمية) are credited as such, never to the last speaker", () => {
  const before = "وقال الوزير أحمد العلي إن الوضع مستقر. ";
  it.each([
    ["وتشير التقديرات إلى أن نحو 700 شخص سافروا.", "التقديرات"],
    ["وتشير الأرقام الرسمية إلى أن نحو 700 شخص سافروا.", "الأرقام الرسمية"],
    ["وأكدت المعلومات الأولية أن نحو 700 شخص سافروا.", "المعلومات الأولية"],
    ["وتفيد الإحصاءات بأن نحو 700 شخص سافروا.", "الإحصاءات"],
  ])("%s", (sentence, speaker) => {
    const q = quoteWith(before + sentence, "700 شخص");
    expect(q?.speaker).toBe(speaker);
    expect(q?.kind).toBe("unknown");
  });

  it("must NOT stop a body's own estimates from being the body's (تقديرات الأمم المتحدة)", () => {
    const q = quoteWith(`${before}وتشير تقديرات الأمم المتحدة إلى أن نحو 700 شخص سافروا.`, "700 شخص");
    expect(q?.speaker).toBe("الأمم المتحدة");
  });
});

describe("a name ends before the object of the verb", () => {
  it.each([
    // A word with "his" after a family name with ال.
    ["وأبدى سعيد المطيري فخره واعتزازه بالعمل. وقال إن الأمن مستتب.", "الأمن مستتب", "سعيد المطيري"],
    ["وأبدت نورة الشمري سعادتها بالنتائج، وقالت إن الحل قريب.", "الحل قريب", "نورة الشمري"],
    // علي with its dots, then a given name: a man's name, not the preposition على.
    ["وأكد علي محمد قدرة الأجهزة الأمنية على التصدي للإرهاب.", "التصدي", "علي محمد"],
    ["وأكد علي أحمد الغامدي أن الموسم ناجح.", "الموسم ناجح", "علي أحمد الغامدي"],
  ])("%s", (input, needle, speaker) => {
    expect(quoteWith(input, needle)?.speaker).toBe(speaker);
  });

  it("must NOT cut a name at a given name in ة or a name with الله", () => {
    for (const [input, speaker] of [
      ["وقال محمد أبو حمزة الشهري إن الوضع جيد.", "محمد أبو حمزة الشهري"],
      ["وقال سعد العتيبي عبدالله إن الوضع جيد.", "سعد العتيبي عبدالله"],
    ] as const) {
      expect(quoteWith(input, "الوضع جيد")?.speaker).toBe(speaker);
    }
  });

  it("must NOT read على (with ى) before a name as a name", () => {
    const q = quoteWith("وقال الوزير خالد الحربي إن الوضع جيد. وشدد على محمد أن يحضر.", "يحضر");
    expect(q?.speaker).not.toBe("على محمد");
  });
});

describe("a plural verb after a relative clause has the people the relative names as its subject", () => {
  it.each([
    [
      "لكن الخبراء السويسريين الذين استعانت بهم الأسرة اعتبروا خلافا لذلك فرضية التسميم «أكثر انسجاما» مع النتائج.",
      "فرضية التسميم",
      "الخبراء السويسريين",
    ],
    ["غير أن المحامين الذين وكلتهم العائلة أكدوا أن القضية لم تغلق.", "القضية لم تغلق", "المحامين"],
  ])("%s", (input, needle, speaker) => {
    const q = quoteWith(input, needle);
    expect(q?.speaker).toBe(speaker);
    // The contrast (خلافا لذلك) is not part of what they said.
    expect(q?.text.startsWith(needle)).toBe(true);
  });

  it("must NOT take a name after a plural verb as its subject, nor a relative set off by a comma", () => {
    const q = quoteWith("وقال المسؤولون إن الوضع جيد، وأكدوا أن الحل قريب.", "الحل قريب");
    expect(q?.speaker).toBe("المسؤولون");
    const r = quoteWith(
      "وقال الوزير أحمد العلي إن الموسم ناجح. وزار المسؤولين الذين استقبلهم أمس، وأكدوا أن الحل قريب.",
      "الحل قريب",
    );
    expect(r?.speaker).not.toBe("المسؤولين");
  });
});

describe("an outlet relaying نقلا عن someone: the one quoted speaks, the outlet is the via", () => {
  it.each([
    [
      "قالت وكالة أنباء شينخوا إن البرامج ستحظر. وقالت شينخوا نقلا عن الإدارة الحكومية للصحافة والنشر إنه يتعين على البرامج أن تتغير.",
      "يتعين",
      "الإدارة الحكومية للصحافة والنشر",
      "شينخوا",
    ],
    ["وذكرت وكالة رويترز نقلا عن متحدث باسم الشركة أن الإنتاج توقف.", "الإنتاج توقف", "متحدث باسم الشركة", "رويترز"],
  ])("%s", (input, needle, speaker, via) => {
    const q = quoteWith(input, needle);
    expect(q?.speaker).toBe(speaker);
    expect(q?.via).toBe(via);
  });

  it("must NOT pass the words on when sources (not an outlet) quote someone", () => {
    const q = quoteWith("وذكرت المصادر نقلا عن مسلحين وصلوا إلى المدينة أن القتلى تجاوزوا 40.", "القتلى");
    expect(q?.speaker).toBe("المصادر");
  });
});

describe("a body's name runs on through و-joined ل-nouns and الدفاع عن", () => {
  it.each([
    ["وقالت الهيئة العامة للسياحة والآثار إن الموسم ناجح.", "الهيئة العامة للسياحة والآثار"],
    ["وقال مجلس الدفاع عن الموارد القومية إن الهدر كبير.", "مجلس الدفاع عن الموارد القومية"],
    ["وقالت الجمعية الوطنية للدفاع عن حقوق الإنسان إن الوضع سيئ.", "الجمعية الوطنية للدفاع عن حقوق الإنسان"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes[0]?.speaker).toBe(speaker);
  });

  it("must NOT run a definite feminine body into a definite word that is no adjective", () => {
    // (The object after the body: أعلنت الوزارة الموافقة.)
    const q = analyze("وأعلنت الوزارة الموافقة على المشروع.").quotes[0];
    expect(q?.speaker ?? "الوزارة").toBe("الوزارة");
  });
});
