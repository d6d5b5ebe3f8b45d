// @vitest-environment happy-dom
/**
 * The related view: it asks the background (getRelated, whose index covers the whole library) for each
 * article of the page, shows why each result is related with the wording differences, and says "same
 * event" only with evidence a reader can check (popup/relation.ts).
 */
import { cleanup, render } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RelatedWhy } from "../../src/related/index.ts";
import type { RelatedArticle } from "../../src/storage/indexes.ts";

const asked: unknown[] = [];
let answer: (payload: { articleId: string }) => unknown = () => ({ ok: true, value: { articleId: null, related: [] } });
vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: {
      sendMessage: async (message: { type: string; payload: { articleId: string } }) => {
        asked.push(message);
        return answer(message.payload);
      },
    },
  },
}));

const { RelatedView } = await import("../../popup/components/RelatedView.tsx");
const { SAME_EVENT_BY_TEXT, shownRelation } = await import("../../popup/relation.ts");
const { PopupContext } = await import("../../popup/context.ts");
const { recordsFromAnalysis } = await import("../../src/library/records.ts");
const { article, NOW, page } = await import("./library.fixtures.ts");

afterEach(() => {
  cleanup();
  asked.length = 0;
});

const why = (over: Partial<RelatedWhy>): RelatedWhy => ({
  sharedSpeakers: [],
  sharedQuotes: [],
  similarity: 0.3,
  relation: "same-event",
  ...over,
});
const quote = { text: "النتيجة كانت مخيبة", otherText: "النتيجة مخيبة", overlap: 0.8 };

describe("shownRelation", () => {
  const kept: [string, RelatedWhy, RelatedWhy["relation"]][] = [
    ["a shared statement", why({ sharedQuotes: [quote] }), "same-event"],
    ["a shared speaker", why({ sharedSpeakers: ["سيرجي لافروف"] }), "same-event"],
    ["texts very close", why({ similarity: SAME_EVENT_BY_TEXT }), "same-event"],
    ["a follow-up with a shared statement", why({ relation: "follow-up", sharedQuotes: [quote] }), "follow-up"],
    ["a wire copy", why({ relation: "wire-copy", similarity: 0.3 }), "wire-copy"],
    ["a related topic", why({ relation: "related", similarity: 0.1 }), "related"],
  ];
  it.each(kept)("keeps the index's relation with %s", (_, w, expected) => expect(shownRelation(w)).toBe(expected));

  const downgraded: [string, RelatedWhy][] = [
    ["similar words only", why({ similarity: 0.3 })],
    ["just under the text threshold", why({ similarity: SAME_EVENT_BY_TEXT - 0.01 })],
    ["a follow-up on words only", why({ relation: "follow-up", similarity: 0.26 })],
  ];
  it.each(downgraded)("does NOT say same event from %s", (_, w) => expect(shownRelation(w)).toBe("related"));
});

const URL_A = "https://news.example/a";
const pageArticles = () => {
  const records = recordsFromAnalysis(page(URL_A, [article({ title: "روسيا وغزة" })]), NOW);
  return records.articles.map((a) => ({ article: a, quotes: [], claims: [], flags: [] }));
};
const related = (
  id: string,
  title: string,
  w: RelatedWhy,
  variants: RelatedArticle["variants"] = [],
): RelatedArticle => ({
  id,
  url: `https://other.example/${id}`,
  score: 0.4,
  why: w,
  title,
  outlet: "الأهرام",
  publishedAt: "2024-05-02",
  variants,
});

function View({ stored }: { stored: ReturnType<typeof pageArticles> }) {
  return (
    <PopupContext.Provider value={{ lang: "en", tabId: 3, flags: new Map(), notify: () => {} }}>
      <RelatedView page={stored} />
    </PopupContext.Provider>
  );
}

describe("RelatedView", () => {
  it("asks the background for each article of the page and shows why each result is related", async () => {
    const stored = pageArticles();
    answer = ({ articleId }) => ({
      ok: true,
      value: {
        articleId,
        related: [
          related("b", "تغطية أخرى", why({ sharedQuotes: [quote], sharedSpeakers: ["سيرجي لافروف"] }), [
            {
              ...quote,
              diff: [
                { kind: "same", text: "النتيجة" },
                { kind: "removed", text: "كانت" },
                { kind: "same", text: "مخيبة" },
              ],
            },
          ]),
          related("c", "موضوع آخر", why({ similarity: 0.3 })),
        ],
      },
    });
    const view = render(<View stored={stored} />);
    await vi.waitFor(() => expect(view.container.querySelectorAll(".related-item")).toHaveLength(2));
    expect(asked).toEqual([
      { type: "popup→background:getRelated", payload: { articleId: stored[0].article.id, top: 10 } },
    ]);
    const [first, second] = view.container.querySelectorAll(".related-item");
    expect(first.querySelector(".relation")?.textContent).toBe("same event");
    expect(first.querySelector(".shared-speakers")?.textContent).toContain("سيرجي لافروف");
    expect(first.querySelector(".diff del")?.textContent?.trim()).toBe("كانت");
    // Words alone, in a small library, are not enough to call it the same event.
    expect(second.querySelector(".relation")?.textContent).toBe("related topic");
  });

  it("says when there is nothing related, and when the background cannot answer", async () => {
    answer = ({ articleId }) => ({ ok: true, value: { articleId, related: [] } });
    let view = render(<View stored={pageArticles()} />);
    await vi.waitFor(() =>
      expect(view.container.querySelector(".empty")?.textContent).toContain("No related coverage"),
    );
    cleanup();
    answer = () => ({ ok: false, error: { code: "failed", message: "x" } });
    view = render(<View stored={pageArticles()} />);
    await vi.waitFor(() => expect(view.container.textContent).toContain("cannot be looked up"));
  });
});
