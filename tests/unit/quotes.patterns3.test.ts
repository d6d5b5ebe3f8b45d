/**
 * Table tests for a third round of attribution patterns of Arabic news: a particle before a cue verb
 * is never its subject, a lone definite noun points back to the fuller mention, a bare report speaks
 * for the site or body that issued it, advice verbs with a ب object. Every sentence is composed for
 * the test (no corpus text). Each group has inputs that must NOT match.
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/core/quotes/index.ts";

function run(text: string) {
  const out = findQuotes({ title: "", text });
  return out.quotes.map((q) => {
    const s = out.speakers.find((x) => x.id === q.speakerId);
    return { text: q.text, speaker: s?.name ?? null };
  });
}

const PARTICLES = /^(?:[وف]?(?:لم|لن|لا|قد|لقد|ما|كما|لما))$/;

describe("a particle before a cue verb is never a speaker", () => {
  it.each([
    ["ولم يستبعد المحللون أن ترتفع الأسعار خلال الشهر المقبل.", "ترتفع الأسعار خلال الشهر المقبل", "المحللون"],
    ["لم يعلن الوزير أن الاتفاق انهار.", "الاتفاق انهار", "الوزير"],
    ["ولن يعلن المجلس أن القرار نهائي.", "القرار نهائي", "المجلس"],
  ])("%s", (input, text, speaker) => {
    const q = run(input);
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe(text);
    expect(q[0]?.speaker).toBe(speaker);
  });

  it.each([
    // A negated verb of disclosure with no أن reports nothing.
    "ولم يكشف المهاجمون الذين نفذوا العملية عن دوافعهم.",
    "ولم يعلن الفريق عن موعد المباراة المقبلة.",
    "فلم يوضح الوزير تفاصيل الخطة.",
  ])("reports nothing: %s", (input) => {
    expect(run(input)).toHaveLength(0);
  });

  it.each([
    "ولم يكشف المهاجمون عن دوافعهم لكنهم قالوا «نريد أن يسمع العالم صوتنا».",
    "وقد أكد أن العمل مستمر.",
    "كما أوضح أن الموعد لم يتغير.",
    "ولا يرى أن هناك حلا قريبا.",
  ])("no particle as speaker: %s", (input) => {
    for (const q of run(input)) expect(q.speaker ?? "").not.toMatch(PARTICLES);
  });
});

describe("a lone definite noun points back to the fuller mention", () => {
  it.each([
    [
      "ذكرت مصادر أمنية عراقية أن انفجارا وقع في السوق. وأضافت المصادر أن الانفجار أوقع ثلاثة قتلى.",
      "مصادر أمنية عراقية",
    ],
    ["وقال مسؤول في الوزارة إن العمل مستمر. وأكد المسؤول أن الخطة جاهزة.", "مسؤول في الوزارة"],
    ["وقال المشرف على الرحلات خالد العلي إن الرحلات ممتعة. وأضاف المشرف أن الإقبال كبير.", "خالد العلي"],
    ["وأوضح المشرف على «الرحلات» البرية خالد العلي أن الموسم بدأ. وأضاف المشرف أن الإقبال كبير.", "خالد العلي"],
  ])("%s", (input, speaker) => {
    const q = run(input);
    expect(q).toHaveLength(2);
    expect(q[0]?.speaker).toBe(speaker);
    expect(q[1]?.speaker).toBe(speaker);
  });

  it.each([
    // Nothing with that head was named before: the definite noun stays a source of its own.
    ["قال وزير الصحة إن الوضع مستقر. وأضافت المصادر أن الحالات تراجعت.", "المصادر"],
    ["قالت مصادر محلية إن الطريق مغلق. وأكد المسؤول أن الطريق سيفتح غدا.", "المسؤول"],
  ])("does not link: %s", (input, second) => {
    const q = run(input);
    expect(q[1]?.speaker).toBe(second);
  });
});

describe("a bare report speaks for the site or body that issued it", () => {
  it.each([
    [
      "وأعلن موقع الأمن الرقمي أن الاختراق وقع الأحد. وذكر التقرير أن القراصنة سرقوا بيانات المستخدمين.",
      "القراصنة سرقوا بيانات المستخدمين",
    ],
    [
      "وأعلنت وزارة الصحة أن الحالات تراجعت. وأفاد التقرير أن المستشفيات تعمل بطاقتها الكاملة.",
      "المستشفيات تعمل بطاقتها الكاملة",
    ],
  ])("%s", (input, text) => {
    const q = run(input);
    expect(q).toHaveLength(2);
    expect(q[1]?.text).toBe(text);
    expect(q[1]?.speaker).toBe(q[0]?.speaker);
    expect(q[1]?.speaker).not.toBe("التقرير");
  });

  it("after a person, the report stays a source of its own", () => {
    const q = run("وقال الباحث سامي الراشد إن الاختراق خطير. وذكر التقرير أن القراصنة سرقوا البيانات.");
    expect(q[1]?.speaker).toBe("التقرير");
  });
});

describe("advice and warning verbs with a verbal-noun object", () => {
  it.each([
    ["وحذر المهندس أحمد الفلاني من الاعتماد الكلي على الفرامل.", "الاعتماد الكلي على الفرامل", "أحمد الفلاني"],
    ["ونصح الأطباء بشرب الماء بكثرة.", "بشرب الماء بكثرة", "الأطباء"],
    ["ودعا وزير النقل إلى تخفيف السرعة قبل المنعطفات.", "تخفيف السرعة قبل المنعطفات", "وزير النقل"],
  ])("%s", (input, text, speaker) => {
    const q = run(input);
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe(text);
    expect(q[0]?.speaker).toBe(speaker);
  });

  it("a second advice verb carries the speaker", () => {
    const q = run("وحذر المهندس أحمد الفلاني من السرعة الزائدة، ونصح باستخدام ناقل الحركة الثقيل.");
    expect(q).toHaveLength(2);
    expect(q[1]?.text).toBe("باستخدام ناقل الحركة الثقيل");
    expect(q[1]?.speaker).toBe("أحمد الفلاني");
  });

  it.each([
    // نصح with no ب / أن object, and the noun نصيحة, report nothing.
    "ونصح الطبيب مرضاه كثيرا.",
    "وقدم الطبيب نصيحة للمرضى.",
  ])("does not match: %s", (input) => {
    expect(run(input)).toHaveLength(0);
  });
});
