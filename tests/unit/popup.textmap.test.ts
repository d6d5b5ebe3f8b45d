// @vitest-environment happy-dom
/**
 * Finding quotes in a page's DOM for the in-page highlights (content-scripts/textMap.ts): the page's
 * spacing and inline markup differ from Article.text, the letters do not.
 */
import { describe, expect, it } from "vitest";
import { buildTextMap, foldText, locate, rangeOf } from "../../content-scripts/textMap.ts";

function page(html: string) {
  document.body.innerHTML = html;
  return buildTextMap(document.body);
}

const found = (html: string, quote: string): string | null => {
  const map = page(html);
  const at = locate(map, quote);
  return at ? rangeOf(map, at[0], at[1]).toString() : null;
};

describe("locate + rangeOf", () => {
  const cases: [string, string, string, string][] = [
    [
      "plain paragraph",
      "<p>قال الوزير إن الحكومة مستعدة للحوار.</p>",
      "الحكومة مستعدة للحوار",
      "الحكومة مستعدة للحوار",
    ],
    [
      "a word split by a link",
      "<p>وجاء هذا الإعلان من حكومة «<a href='#'>كييف</a>» تعليقا على المحادثات</p>",
      "حكومة «كييف» تعليقا",
      "حكومة «كييف» تعليقا",
    ],
    [
      "line breaks and double spaces in the markup",
      "<p>إن   النتيجة\n   كانت مخيبة</p>",
      "إن النتيجة كانت مخيبة",
      "إن   النتيجة\n   كانت مخيبة",
    ],
    [
      "a quote across two paragraphs (Article.text joins blocks with a blank line)",
      "<p>الجملة الأولى من التصريح.</p><p>والجملة الثانية منه.</p>",
      "الجملة الأولى من التصريح.\n\nوالجملة الثانية منه.",
      "الجملة الأولى من التصريح.والجملة الثانية منه.",
    ],
    [
      "zero-width and bidi marks on the page",
      "<p>قال\u200f إن الوضع\u200b خطير</p>",
      "إن الوضع خطير",
      "إن الوضع\u200b خطير",
    ],
  ];
  it.each(cases)("finds the quote: %s", (_name, html, quote, expected) => {
    expect(found(html, quote)).toBe(expected);
  });

  it("finds a long quote by its first and last words when its middle differs", () => {
    const start = "أكد وزير الخارجية أن بلاده ستواصل العمل مع الشركاء الدوليين";
    const end = "من أجل التوصل إلى حل نهائي ينهي النزاع في المنطقة بأسرها";
    const range = found(`<p>${start} بكل الوسائل المتاحة ${end}</p>`, `${start} بكل السبل ${end}`);
    expect(range).toBe(`${start} بكل الوسائل المتاحة ${end}`);
  });

  it("prefers the occurrence after the previous quote", () => {
    const map = page("<p>نحن مستعدون.</p><p>ثم قال: نحن مستعدون.</p>");
    const first = locate(map, "نحن مستعدون");
    const second = locate(map, "نحن مستعدون", (first as [number, number])[1]);
    expect(second?.[0]).toBeGreaterThan(first?.[0] ?? 0);
  });

  const absent: [string, string, string][] = [
    ["text not on the page", "<p>قال الوزير إن الحكومة مستعدة</p>", "المعارضة ترفض"],
    ["text only inside a script", "<p>خبر</p><script>var s = 'تصريح خفي'</script>", "تصريح خفي"],
    ["text only inside a style", "<style>/* تصريح خفي */</style><p>خبر</p>", "تصريح خفي"],
    ["text in a hidden element", "<p hidden>تصريح خفي</p><p>خبر</p>", "تصريح خفي"],
    ["an empty quote", "<p>خبر</p>", "   "],
  ];
  it.each(absent)("does NOT find: %s", (_name, html, quote) => {
    expect(found(html, quote)).toBeNull();
  });
});

describe("foldText", () => {
  it("drops whitespace and invisible characters, keeps letters and punctuation", () => {
    expect(foldText(" «نحن\u00a0مستعدون»\u200f\n")).toBe("«نحنمستعدون»");
  });
});

describe("buildTextMap", () => {
  it("leaves the DOM exactly as it was", () => {
    const html = "<article><h1>عنوان</h1><p>قال <b>الوزير</b> إن الحكومة مستعدة.</p></article>";
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const map = buildTextMap(document.body);
    const at = locate(map, "الوزير إن الحكومة");
    rangeOf(map, ...(at as [number, number]));
    expect(document.body.innerHTML).toBe(before);
  });
});
