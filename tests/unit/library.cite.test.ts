import { describe, expect, it } from "vitest";
import { citeDate, citeQuote, citeQuoteBoth } from "../../src/library/cite.ts";

const quote = {
  text: "المفاوضات مع كييف متوقفة حاليا",
  kind: "direct" as const,
  speakerName: "ديمتري بيسكوف",
  speakerTitle: "المتحدث الرسمي باسم الكرملين",
  via: null,
};
const art = {
  title: "الكرملين: المفاوضات متوقفة",
  outlet: "الوطن",
  publishedAt: "2023-10-12T23:30:00+03:00",
  url: "https://alwatan.example/1",
};

describe("citeDate", () => {
  const table: [string | null, "ar" | "en", object, string | null][] = [
    ["2023-10-12", "ar", {}, "12 أكتوبر 2023"],
    ["2023-10-12", "en", {}, "October 12, 2023"],
    // The publisher's calendar day, whatever the time zone offset.
    ["2023-10-12T23:30:00+03:00", "ar", {}, "12 أكتوبر 2023"],
    ["2023-10-12T00:10:00-05:00", "en", {}, "October 12, 2023"],
    ["2023-10-12", "ar", { digits: "arab" }, "١٢ أكتوبر ٢٠٢٣"],
    ["2023-10-12", "ar", { locale: "ar-SY" }, "12 تشرين الأول 2023"],
    ["2023-10-12", "en", { locale: "en-GB" }, "12 October 2023"],
    [null, "ar", {}, null],
    ["أمس", "ar", {}, null],
  ];
  it.each(table)("%s (%s %j) → %s", (iso, lang, opts, expected) => {
    expect(citeDate(iso, lang, opts)).toBe(expected);
  });
});

describe("citeQuote", () => {
  it("writes the Arabic form", () => {
    expect(citeQuote(quote, art, "ar")).toBe(
      "«المفاوضات مع كييف متوقفة حاليا» — ديمتري بيسكوف، المتحدث الرسمي باسم الكرملين، الوطن، 12 أكتوبر 2023، https://alwatan.example/1",
    );
  });

  it("writes the English form with the names as the article wrote them", () => {
    expect(citeQuote(quote, art, "en")).toBe(
      "\u201cالمفاوضات مع كييف متوقفة حاليا\u201d — ديمتري بيسكوف, المتحدث الرسمي باسم الكرملين, الوطن, October 12, 2023, https://alwatan.example/1",
    );
  });

  it("marks reported speech instead of quoting it, and names the agency it came through", () => {
    const indirect = { ...quote, kind: "indirect" as const, via: "تاس" };
    expect(citeQuote(indirect, art, "ar")).toMatch(
      /^\(بتصرف\) المفاوضات .* — ديمتري بيسكوف، المتحدث الرسمي باسم الكرملين، نقلا عن تاس، الوطن،/,
    );
    expect(citeQuote(indirect, art, "en")).toMatch(/^\(paraphrased\) .*, via تاس, الوطن,/);
    expect(citeQuote(indirect, art, "ar")).not.toContain("«");
  });

  it("leaves out what is missing and can add the article title", () => {
    const bare = { ...quote, speakerName: null, speakerTitle: null };
    expect(citeQuote(bare, { title: "t", outlet: null, publishedAt: null, url: "" }, "ar")).toBe(
      "«المفاوضات مع كييف متوقفة حاليا»",
    );
    expect(citeQuote(quote, art, "ar", { withArticleTitle: true })).toContain("، الكرملين: المفاوضات متوقفة، الوطن،");
  });

  it("gives both languages at once", () => {
    const both = citeQuoteBoth(quote, art);
    expect(both.ar).toBe(citeQuote(quote, art, "ar"));
    expect(both.en).toBe(citeQuote(quote, art, "en"));
  });
});
