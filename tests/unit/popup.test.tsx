// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { PageView } from "../../popup/components/PageView.tsx";
import { groupQuotesBySpeaker } from "../../popup/group.ts";
import { t } from "../../popup/strings.ts";
import type { ArticleRecord, QuoteRecord, SpeakerRecord } from "../../src/storage/db.ts";
import type { StoredArticle } from "../../src/storage/pages.ts";

afterEach(cleanup);

const articleId = "https://news.example/a#0";
const speaker = (id: string, name: string, title: string | null): SpeakerRecord => ({
  id,
  name,
  aliases: [],
  title,
  kind: "person",
  rowId: `${articleId}/${id}`,
  articleId,
  url: "https://news.example/a",
  key: name,
});
const quote = (
  id: string,
  speakerId: string | null,
  text: string,
  kind: QuoteRecord["kind"] = "direct",
): QuoteRecord => ({
  id,
  text,
  kind,
  cue: "قال",
  speakerId,
  via: null,
  start: 0,
  end: text.length,
  rowId: `${articleId}/${id}`,
  articleId,
  url: "https://news.example/a",
  speakerKey: speakerId ?? "",
  savedAt: 1,
});
const record: ArticleRecord = {
  id: articleId,
  url: "https://news.example/a",
  index: 0,
  title: "روسيا مستعدة لدعم وقف إطلاق النار",
  outlet: "الوطن",
  byline: null,
  publishedAt: "2024-05-01",
  keywords: [],
  text: "",
  relatedLinks: [],
  language: { isArabic: true, arabicRatio: 0.9 },
  savedAt: 1,
  firstSavedAt: 1,
  quoteCount: 3,
  claimCount: 0,
};
const peskov = speaker("s1", "ديمتري بيسكوف", "المتحدث باسم الكرملين");
const lavrov = speaker("s2", "سيرغي لافروف", null);
const stored: StoredArticle = {
  article: record,
  speakers: [peskov, lavrov],
  quotes: [
    quote("q1", "s2", "نحن مستعدون"),
    quote("q2", "s1", "الوضع خطير", "indirect"),
    quote("q3", "s2", "سنواصل الجهود"),
    quote("q4", null, "مصادر تقول"),
  ],
  claims: [],
};

describe("groupQuotesBySpeaker", () => {
  it("groups in order of first quote, unnamed speakers last", () => {
    const groups = groupQuotesBySpeaker(stored.quotes, stored.speakers);
    expect(groups.map((g) => [g.speaker?.name ?? null, g.quotes.map((q) => q.id)])).toEqual([
      ["سيرغي لافروف", ["q1", "q3"]],
      ["ديمتري بيسكوف", ["q2"]],
      [null, ["q4"]],
    ]);
  });
  it("puts a quote whose speaker id is unknown with the unnamed", () => {
    const groups = groupQuotesBySpeaker([quote("q9", "s404", "…")], [peskov]);
    expect(groups).toHaveLength(1);
    expect(groups[0].speaker).toBeNull();
  });
  it("gives no group for no quotes", () => expect(groupQuotesBySpeaker([], [peskov])).toEqual([]));
});

describe("PageView", () => {
  it("shows title, outlet, and quotes under their speaker with title, cue and kind, in Arabic", () => {
    const view = render(<PageView stored={[stored]} lang="ar" />);
    expect(view.getByRole("heading", { level: 2 }).textContent).toBe(record.title);
    expect(view.container.querySelector(".outlet")?.textContent).toBe("الوطن");
    const sections = [...view.container.querySelectorAll(".speaker")];
    expect(sections.map((s) => s.querySelector("h3")?.textContent)).toEqual([
      "سيرغي لافروف",
      "ديمتري بيسكوف",
      t("ar", "speakerUnknown"),
    ]);
    expect(sections[1].querySelector(".speaker-title")?.textContent).toBe("المتحدث باسم الكرملين");
    expect(sections[1].textContent).toContain(t("ar", "kind_indirect"));
    expect(sections[1].querySelector(".cue")?.textContent).toContain("قال");
    expect(sections[0].querySelectorAll(".quote")).toHaveLength(2);
    expect(view.container.querySelector(".quote-count")?.textContent).toBe("الاقتباسات: 4");
  });

  it("speaks English when asked, quotes stay Arabic and right-to-left", () => {
    const view = render(<PageView stored={[stored]} lang="en" />);
    expect(view.container.querySelector(".quote-count")?.textContent).toBe("Quotes: 4");
    expect(view.container.textContent).toContain("indirect");
    expect(view.container.querySelector("blockquote")?.getAttribute("dir")).toBe("rtl");
  });

  it.each([
    [undefined, "loading"],
    [[], "noAnalysis"],
  ] as const)("shows a status when there is nothing to show (%s)", (value, key) => {
    const view = render(<PageView stored={value as StoredArticle[] | undefined} lang="ar" />);
    expect(view.container.textContent).toBe(t("ar", key));
  });

  it("numbers the articles of a page that holds several", () => {
    const second = { ...stored, article: { ...record, id: `${record.id}x`, title: "الثاني" }, quotes: [] };
    const view = render(<PageView stored={[stored, second]} lang="ar" />);
    expect([...view.container.querySelectorAll(".position")].map((p) => p.textContent)).toEqual([
      "المقال 1 من 2",
      "المقال 2 من 2",
    ]);
    expect(view.container.querySelectorAll(".article")[1].textContent).toContain(t("ar", "noQuotes"));
  });
});

describe("strings", () => {
  it("fills placeholders the way the browser's i18n does", () => {
    expect(t("en", "articleOfPage", 2, 5)).toBe("Article 2 of 5");
    expect(t("ar", "quotesCount", 7)).toBe("الاقتباسات: 7");
  });
});

describe("locales", () => {
  it("ar and en define the same messages", async () => {
    const ar = (await import("../../public/_locales/ar/messages.json")).default;
    const en = (await import("../../public/_locales/en/messages.json")).default;
    expect(Object.keys(en).sort()).toEqual(Object.keys(ar).sort());
  });
});
