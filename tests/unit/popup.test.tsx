// @vitest-environment happy-dom
/**
 * The popup's views rendered with @testing-library/preact in happy-dom, from library records made by
 * the library's own recordsFromAnalysis (so the records have the shape the database holds).
 */
import { cleanup, fireEvent, render } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";

const sent: { type: string; payload: unknown }[] = [];
vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: {
      sendMessage: async (message: { type: string; payload: unknown }) => {
        sent.push(message);
        return { ok: true, value: { id: "x" } };
      },
    },
    tabs: { sendMessage: async () => ({ ok: true, value: { found: true } }) },
  },
}));

const { FIRST_FRAME_ITEMS, PageView } = await import("../../popup/components/PageView.tsx");
const { ArticleView } = await import("../../popup/components/ArticleView.tsx");
const { Tabs } = await import("../../popup/components/Tabs.tsx");
const { citation } = await import("../../popup/cite.ts");
const { PopupContext, flagsByTarget } = await import("../../popup/context.ts");
const { groupBySpeaker, pageOrder } = await import("../../popup/data.ts");
const { t, tv } = await import("../../popup/strings.ts");
const { clean } = await import("../../popup/text.ts");
const { matchesQuery } = await import("../../popup/components/LibraryView.tsx");
const { searchTerms } = await import("../../src/library/search.ts");
const { recordsFromAnalysis } = await import("../../src/library/records.ts");
const { createFlag, saveQuote } = await import("../../src/library/edits.ts");
const { article, NOW, page, quoteIn, speaker } = await import("./library.fixtures.ts");

import type { ComponentChildren } from "preact";
import type { PageArticle } from "../../popup/data.ts";
import type { Flag } from "../../src/library/records.ts";
import type { UiLanguage } from "../../src/messaging/protocol.ts";

afterEach(() => {
  cleanup();
  sent.length = 0;
});

const URL_A = "https://news.example/2024/05/russia";
const TEXT =
  "أعلن المتحدث الرسمي باسم الكرملين ديمتري بيسكوف أن روسيا مستعدة للحوار. " +
  "وقال وزير الخارجية الروسي سيرجي لافروف: «النتيجة كانت مخيبة للآمال». " +
  "وأضاف لافروف أن «الحرب ستستمر في أكثر من منطقة». وقالت مصادر إن 40% من السكان نزحوا.";
const peskov = speaker("s1", "ديمتري بيسكوف", "المتحدث الرسمي باسم الكرملين");
const lavrov = speaker("s2", "سيرجي لافروف", "وزير الخارجية الروسي");
const analysis = page(URL_A, [
  article({
    title: "روسيا مستعدة لدعم وقف إطلاق النار",
    outlet: "الوطن",
    publishedAt: "2024-05-01",
    text: TEXT,
    speakers: [peskov, lavrov],
    quotes: [
      quoteIn(TEXT, "q1", "روسيا مستعدة للحوار", "s1", "indirect"),
      quoteIn(TEXT, "q2", "النتيجة كانت مخيبة للآمال", "s2"),
      quoteIn(TEXT, "q3", "الحرب ستستمر في أكثر من منطقة", "s2"),
      quoteIn(TEXT, "q4", "40% من السكان نزحوا", null, "indirect"),
    ],
    claims: [
      {
        id: "c1",
        text: "40% من السكان نزحوا",
        score: 0.42,
        reasons: ["percentage", "attributed"],
        quoteId: "q4",
        start: TEXT.indexOf("40%"),
        end: TEXT.length - 1,
      },
      {
        id: "c2",
        text: "الحرب ستستمر في أكثر من منطقة",
        score: 0.81,
        reasons: ["prediction", "implausible-figure"],
        quoteId: "q3",
        start: TEXT.indexOf("الحرب"),
        end: TEXT.indexOf("منطقة") + 5,
        flags: ["implausible-figure"],
      },
    ],
  }),
]);

function pageArticles(flags: Flag[] = []): PageArticle[] {
  const records = recordsFromAnalysis(analysis, NOW);
  return records.articles.map((a) => ({
    article: a,
    quotes: records.quotes.filter((q) => q.articleId === a.id),
    claims: records.claims.filter((c) => c.articleId === a.id),
    flags,
  }));
}

function Popup({ lang, children, flags = [] }: { lang: UiLanguage; children: ComponentChildren; flags?: Flag[] }) {
  return (
    <PopupContext.Provider value={{ lang, tabId: 3, flags: flagsByTarget(flags), notify: () => {} }}>
      {children}
    </PopupContext.Provider>
  );
}

/** The element once rendered (lazy parts of the popup render after their code loads). */
function shown<T extends Element>(root: Element, selector: string): Promise<T> {
  return vi.waitFor(
    () => {
      const found = root.querySelector<T>(selector);
      if (!found) throw new Error(`${selector} not rendered`);
      return found;
    },
    { timeout: 5_000 },
  );
}

describe("PageView", () => {
  it("shows the article, and its quotes under each speaker with the speaker's title and count", () => {
    const view = render(
      <Popup lang="ar">
        <PageView stored={pageArticles()} />
      </Popup>,
    );
    expect(view.getByRole("heading", { level: 2 }).textContent).toBe("روسيا مستعدة لدعم وقف إطلاق النار");
    expect(view.container.querySelector(".outlet")?.textContent).toBe("الوطن");
    const sections = [...view.container.querySelectorAll(".speaker")];
    expect(sections.map((s) => s.querySelector(".speaker-name")?.textContent)).toEqual([
      "ديمتري بيسكوف",
      "سيرجي لافروف",
      t("ar", "speakerUnknown"),
    ]);
    expect(sections.map((s) => s.querySelector(".speaker-title")?.textContent ?? null)).toEqual([
      "المتحدث الرسمي باسم الكرملين",
      "وزير الخارجية الروسي",
      null,
    ]);
    expect(sections[1].querySelector(".count")?.textContent).toBe(t("ar", "quotesCount", 2));
    expect(sections[1].querySelectorAll(".quote")).toHaveLength(2);
    expect(sections[0].textContent).toContain(t("ar", "kind_indirect"));
    expect(sections[0].querySelector(".cue")?.textContent).toContain("قال");
    expect(view.container.querySelector(".speaker-count")?.textContent).toBe(t("ar", "speakersCount", 2));
  });

  it("lists claims by score with translated reasons, problems apart", () => {
    const view = render(
      <Popup lang="en">
        <PageView stored={pageArticles()} />
      </Popup>,
    );
    const claims = [...view.container.querySelectorAll(".claim")];
    expect(claims.map((c) => c.querySelector(".claim-text")?.textContent)).toEqual([
      "الحرب ستستمر في أكثر من منطقة",
      "40% من السكان نزحوا",
    ]);
    expect(claims[0].classList.contains("has-problem")).toBe(true);
    expect([...claims[0].querySelectorAll(".problem")].map((e) => e.textContent)).toEqual(["implausible figure"]);
    expect([...claims[0].querySelectorAll(".reason")].map((e) => e.textContent)).toEqual(["prediction"]);
    expect([...claims[1].querySelectorAll(".reason")].map((e) => e.textContent)).toEqual(["percentage", "attributed"]);
    expect(claims[0].querySelector(".score")?.textContent).toBe("Score 81%");
    expect(claims[1].classList.contains("has-problem")).toBe(false);
  });

  it("speaks English when asked; quotes stay Arabic and right-to-left", () => {
    const view = render(
      <Popup lang="en">
        <PageView stored={pageArticles()} />
      </Popup>,
    );
    expect(view.container.querySelector(".quote-count")?.textContent).toBe("Quotes: 4");
    expect(view.container.querySelector("blockquote")?.getAttribute("dir")).toBe("rtl");
    expect(view.getAllByRole("button", { name: "Copy with citation (English)" })).toHaveLength(4);
  });

  it.each([
    [undefined, "loading"],
    [[], "noAnalysis"],
  ] as const)("shows a status when there is nothing to show (%s)", (value, key) => {
    const view = render(
      <Popup lang="ar">
        <PageView stored={value as PageArticle[] | undefined} />
      </Popup>,
    );
    expect(view.container.textContent).toBe(t("ar", key));
  });

  it("marks a saved quote and shows its tags; shows a flag's verdict on its claim", () => {
    const stored = pageArticles();
    const q = stored[0].quotes.find((x) => x.text.startsWith("النتيجة")) as (typeof stored)[0]["quotes"][0];
    stored[0].quotes = stored[0].quotes.map((x) => (x === q ? saveQuote(x, { tags: ["روسيا"], note: "مهم" }, NOW) : x));
    const claim = stored[0].claims[0];
    const flag = createFlag(
      { kind: "claim", claimId: claim.id, articleId: claim.articleId, text: claim.text },
      { verdict: "misleading", note: "", evidenceUrl: null },
      NOW,
    );
    const view = render(
      <Popup lang="ar" flags={[flag]}>
        <PageView stored={stored} />
      </Popup>,
    );
    const item = view.container.querySelector(`[data-quote-id="${q.id}"]`) as HTMLElement;
    expect(item.querySelector(".act-save")?.textContent).toBe(t("ar", "actionSaved"));
    expect(item.querySelector(".user-tag")?.textContent).toBe("روسيا");
    const claimItem = view.container.querySelector(`[data-claim-id="${claim.id}"]`) as HTMLElement;
    expect(claimItem.querySelector(".act-flag")?.textContent).toBe(tv("ar", "verdict", "misleading"));
  });

  it("saves a quote through the background with the tags and note typed", async () => {
    const stored = pageArticles();
    const view = render(
      <Popup lang="ar">
        <PageView stored={stored} />
      </Popup>,
    );
    const first = view.container.querySelector(".quote") as HTMLElement;
    fireEvent.click(first.querySelector(".act-save") as Element);
    // The forms' code loads when first used (the popup preloads it once the page is on screen).
    const form = await shown<HTMLFormElement>(first, "form.save-form");
    // The first field takes the focus once the form is mounted.
    await vi.waitFor(() => expect(document.activeElement).toBe(form.querySelector("input")));
    fireEvent.input(form.querySelector("input") as Element, { target: { value: "روسيا، غزة ، روسيا" } });
    fireEvent.input(form.querySelector("textarea") as Element, { target: { value: "  للمتابعة " } });
    fireEvent.submit(form);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      type: "popup→background:saveQuote",
      payload: { id: stored[0].quotes[0].id, tags: ["روسيا", " غزة ", " روسيا"], note: "  للمتابعة " },
    });
  });

  it("flags a claim with a verdict, a note and an evidence link; Escape closes the form", async () => {
    const stored = pageArticles();
    const view = render(
      <Popup lang="en">
        <PageView stored={stored} />
      </Popup>,
    );
    const claim = view.container.querySelector(".claim") as HTMLElement;
    fireEvent.click(claim.querySelector(".act-flag") as Element);
    const flagForm = () => shown<HTMLFormElement>(claim, "form.flag-form");
    let form = await flagForm();
    fireEvent.keyDown(form, { key: "Escape" });
    expect(claim.querySelector("form")).toBeNull();
    fireEvent.click(claim.querySelector(".act-flag") as Element);
    form = await flagForm();
    fireEvent.change(form.querySelector("select") as Element, { target: { value: "false" } });
    fireEvent.input(form.querySelector("input[type=url]") as Element, { target: { value: "https://check.example/1" } });
    fireEvent.submit(form);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const top = [...stored[0].claims].sort((a, b) => b.score - a.score)[0];
    expect(sent[0]).toEqual({
      type: "popup→background:flagStatement",
      payload: {
        target: { kind: "claim", id: top.id },
        verdict: "false",
        note: "",
        evidenceUrl: "https://check.example/1",
      },
    });
  });
});

describe("the first frame", () => {
  const texts = (root: Element, selector: string) =>
    [...root.querySelectorAll(selector)].map((e) => e.textContent ?? "");

  it.each([
    // [limit, quotes rendered, claims rendered]
    [2, ["روسيا مستعدة للحوار", "«النتيجة كانت مخيبة للآمال»"], []],
    [
      4,
      ["روسيا مستعدة للحوار", "«النتيجة كانت مخيبة للآمال»", "«الحرب ستستمر في أكثر من منطقة»", "40% من السكان نزحوا"],
      [],
    ],
    [
      5,
      ["روسيا مستعدة للحوار", "«النتيجة كانت مخيبة للآمال»", "«الحرب ستستمر في أكثر من منطقة»", "40% من السكان نزحوا"],
      ["الحرب ستستمر في أكثر من منطقة"],
    ],
  ] as const)(
    "an article limited to %i items shows its first quotes, then its best claims",
    (limit, quotes, claims) => {
      const [stored] = pageArticles();
      const view = render(
        <Popup lang="ar">
          <ArticleView stored={stored} limit={limit} />
        </Popup>,
      );
      expect(texts(view.container, "blockquote")).toEqual(quotes);
      expect(texts(view.container, ".claim-text")).toEqual(claims);
      // The article's title and counts describe all of it.
      expect(view.getByRole("heading", { level: 2 }).textContent).toBe("روسيا مستعدة لدعم وقف إطلاق النار");
      expect(view.container.querySelector(".quote-count")?.textContent).toBe(t("ar", "quotesCount", 4));
      expect(view.container.querySelector(".speaker-count")?.textContent).toBe(t("ar", "speakersCount", 2));
      // A speaker cut by the limit keeps the count of all their quotes.
      if (limit === 2) expect(texts(view.container, ".speaker .count")[1]).toBe(t("ar", "quotesCount", 2));
    },
  );

  it("the page view renders everything once its first frame is painted", () => {
    const [first] = pageArticles();
    // A second article on the page: more items than the first frame holds.
    const second = {
      ...first,
      article: { ...first.article, id: "a-second", title: "مقال ثان" },
      quotes: first.quotes.map((q) => ({ ...q, id: `${q.id}-2`, articleId: "a-second" })),
      claims: first.claims.map((c) => ({ ...c, id: `${c.id}-2`, articleId: "a-second" })),
    };
    expect(first.quotes.length + first.claims.length + second.quotes.length).toBeGreaterThan(FIRST_FRAME_ITEMS);
    const view = render(
      <Popup lang="ar">
        <PageView stored={[first, second]} />
      </Popup>,
    );
    expect(texts(view.container, "h2")).toEqual(["روسيا مستعدة لدعم وقف إطلاق النار", "مقال ثان"]);
    expect(view.container.querySelectorAll(".quote")).toHaveLength(8);
    expect(view.container.querySelectorAll(".claim")).toHaveLength(4);
  });
});

describe("Tabs", () => {
  const tabs = [
    { key: "page", label: "هذه الصفحة" },
    { key: "related", label: "تغطيات ذات صلة" },
    { key: "library", label: "المكتبة" },
  ] as const;
  function Harness({ dir, onSelect }: { dir: "rtl" | "ltr"; onSelect: (k: string) => void }) {
    return (
      <Tabs tabs={[...tabs]} selected="page" onSelect={onSelect} label="أقسام" dir={dir}>
        <p>محتوى</p>
      </Tabs>
    );
  }

  it("has the ARIA roles and one tab stop", () => {
    const view = render(<Harness dir="rtl" onSelect={() => {}} />);
    expect(view.getAllByRole("tab")).toHaveLength(3);
    expect(view.getAllByRole("tab").map((b) => b.getAttribute("tabindex"))).toEqual(["0", "-1", "-1"]);
    expect(view.getByRole("tab", { selected: true }).textContent).toBe("هذه الصفحة");
    expect(view.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-page");
  });

  it.each([
    ["rtl", "ArrowLeft", "related"],
    ["rtl", "ArrowRight", "library"],
    ["ltr", "ArrowRight", "related"],
    ["ltr", "ArrowLeft", "library"],
    ["rtl", "End", "library"],
    ["ltr", "Home", "page"],
  ] as const)("in %s, %s selects %s", (dir, key, expected) => {
    const chosen: string[] = [];
    const view = render(<Harness dir={dir} onSelect={(k) => chosen.push(k)} />);
    fireEvent.keyDown(view.getAllByRole("tab")[0], { key });
    expect(chosen).toEqual([expected]);
  });

  it("ignores other keys", () => {
    const chosen: string[] = [];
    const view = render(<Harness dir="rtl" onSelect={(k) => chosen.push(k)} />);
    for (const key of ["ArrowUp", "a", "Enter"]) fireEvent.keyDown(view.getAllByRole("tab")[0], { key });
    expect(chosen).toEqual([]);
  });
});

describe("helpers", () => {
  it("groups quotes by speaker in order of first quote, unnamed last", () => {
    const groups = groupBySpeaker(pageArticles()[0].quotes);
    expect(groups.map((g) => [g.name, g.quotes.length])).toEqual([
      ["ديمتري بيسكوف", 1],
      ["سيرجي لافروف", 2],
      [null, 1],
    ]);
  });

  it("puts a page's articles in page order", () => {
    const two = page(URL_A, [
      article({ title: "الأول" }),
      article({ title: "الثاني", text: "نص آخر تماما للمقال الثاني" }),
    ]);
    const records = recordsFromAnalysis(two, NOW).articles;
    expect(pageOrder(URL_A, [...records].reverse()).map((a) => a.title)).toEqual(["الأول", "الثاني"]);
  });

  it("strips bidi override and isolate controls from page text, nothing else", () => {
    expect(clean("\u202eمرحبا\u202c \u2067abc\u2069 ok")).toBe("مرحبا abc ok");
    expect(clean("نص «عادي» 12٪ \u200f")).toBe("نص «عادي» 12٪ \u200f");
    expect(clean(null)).toBe("");
  });

  it("copies a quote with its citation in both languages", () => {
    const stored = pageArticles()[0];
    const q = stored.quotes.find((x) => x.speakerName === "سيرجي لافروف") as (typeof stored.quotes)[0];
    expect(citation(q, stored.article, "ar")).toBe(
      "«النتيجة كانت مخيبة للآمال» — سيرجي لافروف، وزير الخارجية الروسي، الوطن، 1 مايو 2024، https://news.example/2024/05/russia",
    );
    expect(citation(q, stored.article, "en")).toContain("\u201cالنتيجة كانت مخيبة للآمال\u201d — سيرجي لافروف, ");
    expect(citation({ ...q, text: "\u202eمقلوب" }, stored.article, "ar").startsWith("«مقلوب»")).toBe(true);
  });

  const matching: [string, string][] = [
    ["لافروف", "قال سيرجي لافروف"],
    ["الحرب", "إن الحرب ستستمر"],
    ["مخيب", "النتيجة كانت مخيبة للآمال"],
  ];
  it.each(matching)("search %s matches %s", (query, text) => expect(matchesQuery(searchTerms(query), text)).toBe(true));
  const notMatching: [string, string][] = [
    ["بيسكوف", "قال سيرجي لافروف"],
    ["لافروف غزة", "قال سيرجي لافروف"],
  ];
  it.each(notMatching)("search %s does NOT match %s", (query, text) =>
    expect(matchesQuery(searchTerms(query), text)).toBe(false),
  );
});
