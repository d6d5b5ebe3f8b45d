import { describe, expect, it } from "vitest";
import { looksArabic } from "../../src/core/language/gate.ts";
import { detectLanguage } from "../../src/core/language/index.ts";

const ARABIC =
  "أعلن المتحدث الرسمي باسم الكرملين، ديمتري بيسكوف، أن الحكومة الروسية على استعداد لتقديم الدعم الكامل لأي مفاوضات من شأنها وقف إطلاق النار في قطاع غزة، وقال إن بلاده ترى أن الحل يجب أن يكون سياسيا.";
const ARABIC_EGYPTIAN =
  "شهد الدكتور محمد عبد العاطى وزير الموارد المائية والرى مراسم توقيع عقد الدراسة مع جامعة القاهرة، وأكد الوزير على أهمية الحفاظ على المياه الجوفية فى مصر.";
const PERSIAN =
  "رییس سازمان بورس و اوراق بهادار اعلام کرد که ورود نقدینگی به بورس در سال گذشته به میزان سی هزار میلیارد تومان بوده است و این روند در ماه‌های اخیر ادامه داشته است.";
const PERSIAN_ARABIC_KEYBOARD =
  "رييس سازمان بورس اعلام كرد كه ورود نقدينگي به بورس در سال گذشته به ميزان سي هزار ميليارد تومان بوده است و اين روند ادامه دارد.";
const URDU =
  "وفاقی حکومت نے گھریلو صارفین کے لیے بجلی کی قیمتوں میں کمی کا اعلان کیا ہے۔ وزیر توانائی نے کہا کہ یہ فیصلہ عوام کو ریلیف دینے کے لیے کیا گیا ہے۔";
const ENGLISH =
  "The US is considering options for punishing Nato allies which it considers to have failed to offer support.";
const FRENCH =
  "Sophie Binet met en garde Emmanuel Macron sur la « gravité de la situation dans le pays », a-t-elle déclaré.";

describe("detectLanguage", () => {
  const table: [string, string, "ar" | "fa" | "ur" | "other"][] = [
    ["Arabic (MSA)", ARABIC, "ar"],
    ["Arabic (Egyptian spelling, ى for final ي)", ARABIC_EGYPTIAN, "ar"],
    ["Arabic with an English name inside", `${ARABIC} وقال Donald Trump إن الاتفاق قريب.`, "ar"],
    ["Arabic with Arabic-Indic digits", `${ARABIC} سجلت ٣٠ إصابة جديدة.`, "ar"],
    ["Persian", PERSIAN, "fa"],
    ["Persian typed with Arabic yeh and kaf", PERSIAN_ARABIC_KEYBOARD, "fa"],
    ["Urdu", URDU, "ur"],
    ["English", ENGLISH, "other"],
    ["French with «» guillemets", FRENCH, "other"],
  ];
  for (const [label, text, code] of table) {
    it(label, () => {
      const info = detectLanguage(text);
      expect(info.code).toBe(code);
      expect(info.isArabic).toBe(code === "ar");
    });
  }

  describe("must NOT be Arabic", () => {
    for (const [label, text] of [
      ["Persian", PERSIAN],
      ["Urdu", URDU],
      ["French «»", FRENCH],
      ["empty", ""],
      ["digits and punctuation only", "٣٠ - 2020/08/24 ، ؟"],
      ["an English page with one Arabic word", `${ENGLISH} ${ENGLISH} مرحبا`],
    ] as const) {
      it(label, () => expect(detectLanguage(text).isArabic).toBe(false));
    }
  });

  it("arabicRatio is the share of Arabic-script letters", () => {
    expect(detectLanguage(ARABIC).arabicRatio).toBe(1);
    expect(detectLanguage(ENGLISH).arabicRatio).toBe(0);
    const mixed = detectLanguage("سلام abcd");
    expect(mixed.arabicRatio).toBeCloseTo(0.5, 2);
  });
});

describe("looksArabic (the always-loaded gate)", () => {
  const yes: [string, string][] = [
    ["Arabic article text", ARABIC.repeat(3)],
    ["Persian (the analyzer decides later)", PERSIAN.repeat(3)],
    [
      "Arabic after a long Latin script block",
      `${"var x = 1; function f() { return x; } ".repeat(200)}${ARABIC.repeat(40)}`,
    ],
  ];
  const no: [string, string][] = [
    ["English", ENGLISH.repeat(50)],
    ["French", FRENCH.repeat(50)],
    ["English page with an Arabic menu link", `${ENGLISH.repeat(40)} العربية`],
    ["empty", ""],
  ];
  for (const [label, text] of yes) it(`yes: ${label}`, () => expect(looksArabic(text)).toBe(true));
  for (const [label, text] of no) it(`no: ${label}`, () => expect(looksArabic(text)).toBe(false));
});
