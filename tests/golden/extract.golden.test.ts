import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectedPath, extractFixture, fixtureNames, type GoldenPage } from "./pages.ts";

// Each page under tests/fixtures/pages is extracted and compared with its reviewed expected.json
// (refresh with `npm run golden:update`, then read the diff).
describe("golden page extraction", () => {
  const names = fixtureNames();
  it("has fixtures", () => {
    expect(names.length).toBeGreaterThanOrEqual(14);
  });
  for (const name of names) {
    it(name, () => {
      const path = expectedPath(name);
      expect(existsSync(path), `${path} missing: run npm run golden:update and review`).toBe(true);
      const expected = JSON.parse(readFileSync(path, "utf8")) as GoldenPage;
      const actual = extractFixture(name);
      expect(actual.isArabic).toBe(expected.isArabic);
      expect(actual.language).toBe(expected.language);
      expect(actual.articleCount).toBe(expected.articleCount);
      expect(actual.articles).toEqual(expected.articles);
    });
  }

  // Facts about the pages that hold whatever the expected files say (they were checked by hand).
  const facts: [string, Partial<{ isArabic: boolean; articles: number; outlet: string; byline: string }>][] = [
    ["seed-elwatan-russia-gaza", { isArabic: true, articles: 2, outlet: "الوطن" }],
    ["listing-okaz-001", { isArabic: true, articles: 0 }],
    ["own-tag-listing", { isArabic: true, articles: 0 }],
    ["own-home-page", { isArabic: true, articles: 0 }],
    ["own-search-results", { isArabic: true, articles: 0 }],
    ["own-encyclopedia", { isArabic: true, articles: 0 }],
    ["aryanews-fa-001", { isArabic: false }],
    ["own-urdu-article", { isArabic: false }],
    ["bbc-en-001", { isArabic: false }],
    ["lemonde-fr-001", { isArabic: false }],
    ["own-lang-en-arabic", { isArabic: true, articles: 1, byline: "ليلى حسن" }],
    ["own-win1256-article", { isArabic: true, articles: 1, byline: "سامر الحلبي" }],
    ["sabq-001", { articles: 1, outlet: "سبق", byline: "عبدالله الراجحي" }],
    ["cnnarabic-001", { articles: 1, outlet: "CNN بالعربية" }],
  ];
  for (const [name, want] of facts) {
    it(`${name}: hand-checked facts`, () => {
      const page = extractFixture(name);
      if (want.isArabic !== undefined) expect(page.isArabic).toBe(want.isArabic);
      if (want.articles !== undefined) expect(page.articleCount).toBe(want.articles);
      if (want.outlet) expect(page.articles[0]?.outlet).toBe(want.outlet);
      if (want.byline) expect(page.articles[0]?.byline).toBe(want.byline);
    });
  }

  it("the seed page's Bahrain article does not carry the Russia article's blocks", () => {
    const page = extractFixture("seed-elwatan-russia-gaza");
    const [russia, bahrain] = page.articles;
    expect(russia.blocks.some((b) => b.includes("لافروف"))).toBe(true);
    expect(bahrain.blocks.some((b) => b.includes("لافروف"))).toBe(false);
    expect(russia.blocks.some((b) => b.includes("إقرأ أيضاً") || b.includes("تطبيق"))).toBe(false);
    expect(russia.keywords).toEqual(["غزة", "روسيا", "الكرملين"]);
  });
});
