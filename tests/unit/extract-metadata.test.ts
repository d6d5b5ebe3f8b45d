import { describe, expect, it } from "vitest";
import { bylineFromLine, splitLeadingByline } from "../../src/extract/byline.ts";
import { normalizeDate, parseArabicDate } from "../../src/extract/dates.ts";
import { outletForUrl } from "../../src/extract/outlet.ts";
import { cleanTitle } from "../../src/extract/title.ts";

describe("parseArabicDate", () => {
  const table: [string, string][] = [
    ["الاثنين 24 أغسطس 2020", "2020-08-24"],
    ["٢٤ أغسطس ٢٠٢٠", "2020-08-24"],
    ["الأحد ١٤ تموز ٢٠١٩ - ١٠:٣٠ ص", "2019-07-14T10:30:00"],
    ["الأحد 14 تموز 2019 - 10:30 م", "2019-07-14T22:30:00"],
    ["الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00", "2013-08-28"],
    ["17 مارس/ آذار 2020", "2020-03-17"],
    ["3 كانون الثاني 2024", "2024-01-03"],
    ["15 تشرين الأول 2023", "2023-10-15"],
    ["1 كانون الأول 2023", "2023-12-01"],
    ["5 جويلية 2022", "2022-07-05"],
    ["نشر في 2020/08/24", "2020-08-24"],
    ["24/8/2020", "2020-08-24"],
    ["24 من أبريل عام 2021", "2021-04-24"],
  ];
  for (const [text, iso] of table) it(text, () => expect(parseArabicDate(text)).toBe(iso));

  describe("must NOT give a date", () => {
    for (const text of [
      "قتل 24 شخصا في 2020 هجوما",
      "31 فبراير 2020",
      "مارس",
      "رقم الهاتف 0123456789",
      "الساعة 10:30",
    ]) {
      it(text, () => expect(parseArabicDate(text)).toBeNull());
    }
  });
});

describe("normalizeDate", () => {
  const table: [string, string | null][] = [
    ["2020-08-24T09:23:13Z", "2020-08-24T09:23:13.000Z"],
    ["2024-03-08T14:05:00+03:00", "2024-03-08T11:05:00.000Z"],
    ["2020-03-17T17:27", "2020-03-17T17:27:00.000Z"],
    ["2015-07-23", "2015-07-23"],
    ["20150723", "2015-07-23"],
    ["not a date", null],
    ["", null],
  ];
  for (const [value, iso] of table) it(value || "(empty)", () => expect(normalizeDate(value)).toBe(iso));
});

describe("cleanTitle", () => {
  const table: [string, string[], string][] = [
    [
      "روسيا مستعدة لتقديم دعمها لوقف إطلاق النار بغزة - الوطن",
      ["الوطن"],
      "روسيا مستعدة لتقديم دعمها لوقف إطلاق النار بغزة",
    ],
    [
      "معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com",
      [],
      "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
    ],
    ["مصر تسجل 30 إصابة جديدة | Sputnik Arabic", [], "مصر تسجل 30 إصابة جديدة"],
    ["اليوم السابع - وزير الرى يشهد توقيع عقد", ["اليوم السابع"], "وزير الرى يشهد توقيع عقد"],
  ];
  for (const [raw, names, want] of table) it(raw, () => expect(cleanTitle(raw, names)).toBe(want));

  describe("must NOT cut the headline", () => {
    const keep: [string, string[]][] = [
      ["الجيش الإسرائيلي: هاجمنا 600 هدف في غزة", ["الوطن"]],
      ["البنتاغون: الخيار العسكري لمنع إيران من القنبلة النووية باق", ["اليوم"]],
      ["ترامب - بوتين: قمة جديدة في ألاسكا الشهر المقبل", ["الوطن"]],
      ["سلام", []],
    ];
    for (const [raw, names] of keep) it(raw, () => expect(cleanTitle(raw, names)).toBe(raw));
  });
});

describe("bylines", () => {
  const lines: [string, string][] = [
    ["كتب: محمد علي", "محمد علي"],
    ["كتبت أسماء نصار", "أسماء نصار"],
    ["كتب - أحمد سمير", "أحمد سمير"],
    ["بقلم: د. سامي الخطيب", "د. سامي الخطيب"],
    ["إعداد: قسم الأخبار", "قسم الأخبار"],
  ];
  for (const [line, name] of lines) it(line, () => expect(bylineFromLine(line)).toBe(name));

  it("splits the Sabq dateline from the first paragraph", () => {
    const r = splitLeadingByline("عبدالله الراجحي- سبق- جدة: أعلنت الخطوط الجوية العربية السعودية إطلاق مسمى الضيف");
    expect(r?.byline).toBe("عبدالله الراجحي");
    expect(r?.rest.startsWith("أعلنت")).toBe(true);
  });

  describe("must NOT be a byline", () => {
    for (const line of [
      "الجيش الإسرائيلي: هاجمنا 600 هدف في غزة",
      "تقرير جديد يكشف حجم الخسائر",
      "كتب عبد العزيز على مدونة الاثنين أنه لا يجدر أن يفوت المسلمون فرصة الخضوع لله وفق ما نقل موقع سايت المختص",
      "متابعة الأوضاع في غزة مستمرة",
    ]) {
      it(line, () => {
        expect(bylineFromLine(line)).toBeNull();
        expect(splitLeadingByline(line)).toBeNull();
      });
    }
  });
});

describe("outletForUrl", () => {
  const table: [string, string | null][] = [
    ["https://www.youm7.com/story/2020/8/24/x/4943459", "اليوم السابع"],
    ["http://arabic.cnn.com/2013/middle_east/index.html", "CNN بالعربية"],
    ["https://www.bbc.com/arabic/articles/c123", "بي بي سي عربي"],
    ["https://gate.ahram.org.eg/News/1.aspx", "بوابة الأهرام"],
    ["https://www.bbc.com/news/articles/clymn8zyrp9o", null],
    ["https://example.com/a", null],
    ["not a url", null],
  ];
  for (const [url, name] of table) it(url, () => expect(outletForUrl(url)).toBe(name));
});
