/** The speaker key that merges transliteration variants, within an article and across the library. */
import { describe, expect, it } from "vitest";
import { matchKey } from "../../src/core/normalize/matchKey.ts";
import { bareKey } from "../../src/core/normalize/tokens.ts";
import { findQuotes } from "../../src/core/quotes/index.ts";
import { lastKeyWord, speakerKey } from "../../src/core/speakers/key.ts";
import { GENERIC_HEADS, ROLE_COMPLEMENTS, ROLE_HEADS } from "../../src/core/speakers/roleHeads.ts";

describe("speakerKey merges spelling variants", () => {
  it.each([
    ["سيرجي لافروف", "سيرغي لافروف"],
    ["ديمتري بيسكوف", "دميتري بيسكوف"],
    ["أنطونيو جوتيريش", "أنطونيو غوتيريش"],
    ["عبد العزيز", "عبدالعزيز"],
    ["الجيش الإسرائيلي", "الجيش الاسرائيلى"],
    ["وزارة الصحة", "وزاره الصحه"],
    ["«لافروف»", "لافروف"],
    ["آشتون كارتر", "أشتون كارتر"],
    ["فولوديمير زيلينسكي", "فولوديمير زيلنسكي"],
  ])("%s = %s", (a, b) => {
    expect(speakerKey(a)).toBe(speakerKey(b));
  });

  it.each([
    ["الدول", "الدولي"],
    ["إيران", "ران"],
    ["متعب الجهني", "فيصل الجهني"],
    ["بيسكوف", "لافروف"],
    // Short Arabic names that differ by one long vowel are different people.
    ["حسن علي", "حسين علي"],
    ["محمد صالح", "محمود صالح"],
    ["سلمان العودة", "سليمان العودة"],
  ])("%s ≠ %s", (a, b) => {
    expect(speakerKey(a)).not.toBe(speakerKey(b));
  });

  it("the surname is the key's last word", () => {
    expect(lastKeyWord(speakerKey("سيرجي لافروف"))).toBe(speakerKey("لافروف"));
    expect(speakerKey("")).toBe("");
  });
});

/** The speaker name of each quote of an article, in order. */
function speakersOf(text: string): (string | undefined)[] {
  const r = findQuotes({ title: "", text });
  return r.quotes.map((q) => r.speakers.find((s) => s.id === q.speakerId)?.name);
}

describe("a long role then a name: the name is the speaker, the role its title", () => {
  it.each([
    [
      "وقال المدير العام للمكتب التنفيذي لمجلس وزراء الصحة سالم العبدالله إن الخطة تشمل الدول الأعضاء.",
      "سالم العبدالله",
      "المدير العام للمكتب التنفيذي لمجلس وزراء الصحة",
    ],
    [
      "قال عضو جمعية الاقتصاد السعودية الدكتور فهد الحربي إن الأسعار سترتفع.",
      "فهد الحربي",
      "عضو جمعية الاقتصاد السعودية",
    ],
    [
      "وقالت متحدثة باسم منظمة الصحة العالمية سارة يوسف إن الوباء لم ينته.",
      "سارة يوسف",
      "متحدثة باسم منظمة الصحة العالمية",
    ],
    [
      "وقال رئيس قسم الاقتصاد في جامعة الملك سعود الدكتور أحمد العمري إن السوق تنمو.",
      "أحمد العمري",
      "رئيس قسم الاقتصاد في جامعة الملك سعود",
    ],
  ])("%s", (text, name, title) => {
    const r = findQuotes({ title: "", text });
    expect(r.speakers.map((s) => [s.name, s.title])).toEqual([[name, title]]);
  });
});

describe("a role-only mention links to the person named with that role", () => {
  it.each([
    // generic head + nisba → the person named last
    [
      "وقال المدير العام للمكتب التنفيذي لمجلس وزراء الصحة سالم العبدالله إن الخطة شاملة.\n\nوأكد المسؤول الخليجي أن التنسيق مستمر.",
      ["سالم العبدالله", "سالم العبدالله"],
    ],
    // same head, feminine
    [
      "وقالت متحدثة باسم منظمة الصحة العالمية سارة يوسف إن الوباء لم ينته.\n\nوأشارت المتحدثة إلى أن اللقاحات متوفرة.",
      ["سارة يوسف", "سارة يوسف"],
    ],
    // وبين + role + أن is a statement, not "between"
    [
      "وقال عضو مجلس الشورى السعودي عبدالله الفيفي إن النظام جديد.\n\nوبين العضو أن اللجنة درست المشروع.",
      ["عبدالله الفيفي", "عبدالله الفيفي"],
    ],
    // the outlet told stands between the verb and the subject; a nisba-only role points back
    [
      "وأوضح لـ«الاقتصادية» الدكتور فهد الحربي عضو جمعية الاقتصاد السعودية، أن الأسعار سترتفع.\n\nوتوقع العضو أن يستمر النمو.\n\nوأشار الاقتصادي السعودي إلى أن الطلب قوي.",
      ["فهد الحربي", "فهد الحربي", "فهد الحربي"],
    ],
    // the person comes later: the earlier role-only quotes move to them
    [
      "أكد اقتصادي سعودي أن النمو سيتباطأ هذا العام.\n\nوقال فهد الحربي عضو جمعية الاقتصاد السعودية إن الإنفاق سيستمر.",
      ["فهد الحربي", "فهد الحربي"],
    ],
    [
      "وأكد الخبير الاقتصادي أن التضخم سيستمر.\n\nوقال الخبير الاقتصادي محمد العلي إن البنك المركزي سيرفع الفائدة.",
      ["محمد العلي", "محمد العلي"],
    ],
  ])("%s", (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  it.each([
    // the ministry of a spokesman's role is the ministry, not the spokesman
    [
      "وقال المتحدث باسم وزارة الصحة خالد عبدالغفار إن الإصابات تراجعت.\n\nوقالت الوزارة في بيان إن اللقاحات متوفرة.",
      ["خالد عبدالغفار", "وزارة الصحة"],
    ],
    [
      "وقال مسؤول لوزارة الداخلية عمر سالم إن الحدود مؤمنة.\n\nوأكدت الوزارة أن الوضع هادئ.",
      ["عمر سالم", "وزارة الداخلية"],
    ],
    [
      "وقال رئيس تحرير صحيفة الرياض هاشم عبده إن الصحافة تتغير.\n\nوذكرت الصحيفة أن التوزيع تراجع.",
      ["هاشم عبده", "صحيفة الرياض"],
    ],
    // an organization named as such keeps its later mentions
    [
      "وقالت وزارة الصحة في بيان إن الإصابات تراجعت.\n\nوقال وزير الصحة خالد عبدالغفار إن اللقاحات متوفرة.\n\nوأضافت الوزارة أن المستشفيات جاهزة.",
      ["وزارة الصحة", "خالد عبدالغفار", "وزارة الصحة"],
    ],
  ])("organization mention: %s", (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  describe("must NOT link", () => {
    it.each([
      // two ministers: the nisba picks the American one though the Russian was named since
      [
        "قال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات جيدة.\n\nوقال وزير الخارجية الروسي سيرجي لافروف إن موسكو مستعدة.\n\nوأضاف الوزير الأمريكي أن العقوبات باقية.",
        ["أنتوني بلينكن", "سيرجي لافروف", "أنتوني بلينكن"],
      ],
      // two ministers named by role: each keeps their own
      [
        "وقال وزير المالية محمد الجدعان إن الميزانية قوية.\n\nوقال وزير الطاقة عبدالعزيز بن سلمان إن الإنتاج مستقر.\n\nوأضاف وزير المالية أن العجز سينخفض.",
        ["محمد الجدعان", "عبدالعزيز بن سلمان", "محمد الجدعان"],
      ],
      // a role no named person has stays the role
      [
        "وقال المحلل السياسي أحمد سالم إن الانتخابات مهمة.\n\nوأكد الوزير أن الحكومة ستعمل بجد.",
        ["أحمد سالم", "الوزير"],
      ],
      // a later minister of another country is not the earlier unnamed one
      [
        "وأكد الوزير الأمريكي أن العقوبات باقية.\n\nوقال وزير الخارجية الروسي سيرجي لافروف إن موسكو مستعدة.",
        ["الوزير الأمريكي", "سيرجي لافروف"],
      ],
      // an unnamed official is not the official named later
      [
        "وقال مسؤول لـ«العربية» إن المفاوضات متعثرة.\n\nوقال مسؤول في وزارة الخارجية جون سميث إن واشنطن تدعم الحل.",
        ["مسؤول", "جون سميث"],
      ],
      // a generic role of another nationality is not the person named last
      [
        "قال وزير الخارجية الإيراني عباس عراقجي إن المفاوضات جادة.\n\nوقال المسؤول الأمريكي إن واشنطن تنتظر الرد.",
        ["عباس عراقجي", "المسؤول الأمريكي"],
      ],
      // after an organization speaks, a generic role is not the person named before it
      [
        "وقال المحلل السياسي أحمد سالم إن الانتخابات مهمة.\n\nوقالت وزارة الصحة في بيان إن الإصابات تراجعت.\n\nوأكد المسؤول الصحي أن الوضع مستقر.",
        ["أحمد سالم", "وزارة الصحة", "المسؤول الصحي"],
      ],
    ])("%s", (text, expected) => {
      expect(speakersOf(text)).toEqual(expected);
    });
  });
});

describe("the outlet told before the subject is the via", () => {
  it("وأوضح لـ«…» + speaker + أن", () => {
    const r = findQuotes({ title: "", text: "وأوضح لـ«الاقتصادية» الدكتور فهد الحربي، أن الأسعار سترتفع." });
    expect(r.quotes.map((q) => [q.text, q.via])).toEqual([["الأسعار سترتفع", "الاقتصادية"]]);
    expect(r.speakers.map((s) => s.name)).toEqual(["فهد الحربي"]);
  });
});

describe("a relative clause set off by commas after the source is not the words", () => {
  it.each([
    ["وأوضح المسؤول، الذي طلب عدم ذكر اسمه، أن الترتيبات اكتملت.", "الترتيبات اكتملت"],
    ["وقالت المصادر، التي فضلت عدم الكشف عن هويتها، إن الاتفاق قريب.", "الاتفاق قريب"],
  ])("%s", (text, words) => {
    expect(findQuotes({ title: "", text }).quotes.map((q) => q.text)).toEqual([words]);
  });
});

describe("the role-head word lists are written as the keys they are compared with", () => {
  it("every role head, generic head and role complement is its own bare match key", () => {
    const notKeys = [...ROLE_HEADS, ...GENERIC_HEADS, ...ROLE_COMPLEMENTS].filter((w) => bareKey(matchKey(w)) !== w);
    expect(notKeys).toEqual([]);
  });
});
