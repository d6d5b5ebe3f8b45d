import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/cli/loadPage.ts";
import { extractPage } from "../../src/extract/index.ts";

const P =
  "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدد من المحافظات، وقال المتحدث باسم الوزارة إن الفرق الطبية تعمل على مدار الساعة لمتابعة المخالطين وتقديم الرعاية اللازمة للمرضى في المستشفيات.";

function page(head: string, body: string): Document {
  return parseDocument(
    `<!doctype html><html lang="ar"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
  );
}
const articleBody = `<article><h1>الصحة تعلن تسجيل حالات جديدة</h1><p>${P}</p><p>${P}</p><p>${P}</p></article>`;
const cards = Array.from(
  { length: 6 },
  (_, i) =>
    `<div class="card"><h3><a href="/n/${i}">عنوان خبر رقم ${i} عن تطورات الأوضاع اليوم</a></h3><p>${P}</p></div>`,
).join("");

describe("extractPage: which pages hold articles", () => {
  it("a plain article page holds one article with its headline and paragraphs", () => {
    const out = extractPage(page("<title>الصحة تعلن تسجيل حالات جديدة - الوطن</title>", articleBody), null);
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0].title).toBe("الصحة تعلن تسجيل حالات جديدة");
    expect(out.articles[0].blocks).toHaveLength(3);
  });

  it("JSON-LD inside @graph gives headline, date, publisher and author", () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"الصحة تعلن تسجيل حالات جديدة","datePublished":"2024-01-02T10:00:00Z","publisher":{"name":"الوطن"},"author":[{"name":"سارة علي"}]}]}</script>`;
    const a = extractPage(page(ld, articleBody), null).articles[0];
    expect(a.publishedAt).toBe("2024-01-02T10:00:00.000Z");
    expect(a.outlet).toBe("الوطن");
    expect(a.byline).toBe("سارة علي");
  });

  it("furniture inside the article is not body", () => {
    const body = `<article><h1>الصحة تعلن تسجيل حالات جديدة</h1><p>${P}</p><div class="share-bar">شارك على فيسبوك تويتر واتساب</div><p>${P}</p><div class="related-news"><a href="/x">وزير الصحة يتفقد المستشفيات في المحافظات الجنوبية</a></div></article>`;
    const a = extractPage(page("", body), "https://example.com/news/1").articles[0];
    expect(a.blocks.map((b) => b.text)).toEqual([P, P]);
    expect(a.relatedLinks).toEqual([
      { title: "وزير الصحة يتفقد المستشفيات في المحافظات الجنوبية", url: "https://example.com/x" },
    ]);
  });

  describe("must NOT hold articles", () => {
    const cases: [string, Document, string | null][] = [
      ["home page (canonical /)", page('<link rel="canonical" href="https://example.com/">', cards), null],
      ["tag listing by address", page("", cards), "https://example.com/tag/غزة"],
      ["CollectionPage", page('<script type="application/ld+json">{"@type":"CollectionPage"}</script>', cards), null],
      ["cards without any address", page('<meta property="og:type" content="website">', cards), null],
      ["encyclopedia host", page('<link rel="canonical" href="https://ar.wikipedia.org/wiki/x">', articleBody), null],
      ["a page with one short paragraph", page("", `<h1>عنوان</h1><p>نص قصير.</p>`), null],
    ];
    for (const [label, doc, url] of cases) it(label, () => expect(extractPage(doc, url).articles).toEqual([]));
  });
});

describe("extractPage: several stories without <article>, and pages that declare another kind", () => {
  const story = (h: string) =>
    `<div class="story"><h1>${h}</h1><div class="body"><p>${P}</p><p>${P}</p><p>${P}</p></div></div>`;

  it("an infinite-scroll page with two <h1> blocks holds two articles", () => {
    const body = `<div id="main">${story("الصحة تعلن تسجيل حالات جديدة")}<div class="sep"></div>${story("الحجر الزراعي يفتح أسواقا جديدة")}</div>`;
    const out = extractPage(page('<meta property="og:type" content="article">', body), "https://example.com/news/1");
    expect(out.articles.map((a) => a.title)).toEqual([
      "الصحة تعلن تسجيل حالات جديدة",
      "الحجر الزراعي يفتح أسواقا جديدة",
    ]);
    expect(out.articles[1].blocks).toHaveLength(3);
  });

  it("must NOT split on a second <h1> that is the site's linked logo", () => {
    const body = `<header><h1><a href="/">الوطن</a></h1></header>${story("الصحة تعلن تسجيل حالات جديدة")}`;
    const out = extractPage(page("", body), "https://example.com/news/1");
    expect(out.articles).toHaveLength(1);
  });

  it("must NOT split on a second <h1> over a block with no body of its own", () => {
    const body = `${story("الصحة تعلن تسجيل حالات جديدة")}<div class="promo"><h1>اشترك في النشرة</h1><p>كل الأخبار في بريدك.</p></div>`;
    const out = extractPage(page("", body), "https://example.com/news/1");
    expect(out.articles.map((a) => a.title)).toEqual(["الصحة تعلن تسجيل حالات جديدة"]);
  });

  it("a page whose JSON-LD says Recipe is not a news article, whatever its og:type", () => {
    const ld = `<script type="application/ld+json">{"@type":"Recipe","name":"اللقيمات","author":{"@type":"Person","name":"شيف"}}</script><meta property="og:type" content="article">`;
    expect(extractPage(page(ld, articleBody), "https://example.com/food/1").articles).toHaveLength(0);
  });

  it("must NOT drop a news article that also declares a Product it mentions", () => {
    const ld = `<script type="application/ld+json">[{"@type":"NewsArticle","headline":"الصحة تعلن تسجيل حالات جديدة"},{"@type":"Product","name":"لقاح"}]</script>`;
    expect(extractPage(page(ld, articleBody), "https://example.com/news/2").articles).toHaveLength(1);
  });
});

describe("extractPage: a standfirst that quotes someone is the article's", () => {
  const body = (standfirst: string) =>
    `<div class="wrap"><h1>مسؤول: الصادرات تضاعفت</h1>${standfirst}<div class="meta"><span>سارة علي</span></div><div class="content"><p>${P}</p><p>${P}</p><p>${P}</p></div></div>`;

  it("a `SPEAKER: words` subtitle between the headline and the body opens the body", () => {
    const a = extractPage(
      page("", body('<h4 class="spot">- رئيس اتحاد المصدرين أحمد قاراجا: الصادرات عبر المعبر تضاعفت خلال عام</h4>')),
      null,
    ).articles[0];
    expect(a.blocks[0]).toEqual({
      kind: "heading",
      text: "- رئيس اتحاد المصدرين أحمد قاراجا: الصادرات عبر المعبر تضاعفت خلال عام",
    });
    expect(a.blocks).toHaveLength(4);
  });

  it.each([
    ["a subtitle that quotes nobody", "<h4>الصادرات عبر المعبر تضاعفت خلال عام واحد</h4>"],
    ["a linked teaser", '<h4><a href="/x">رئيس الاتحاد أحمد قاراجا: الصادرات تضاعفت خلال عام</a></h4>'],
    ["a section label", "<h4>تقرير: الصادرات عبر المعبر تضاعفت خلال عام</h4>"],
  ])("must NOT take %s for body", (_, standfirst) => {
    const a = extractPage(page("", body(standfirst)), null).articles[0];
    expect(a.blocks.map((b) => b.text)).toEqual([P, P, P]);
  });

  it("a list of subtitle bullets under the headline opens the body, in order, past a crosshead in the body", () => {
    const bullets =
      '<ul class="subtitles"><li>«الكهرباء»: خطة طوارئ لمناطق الجهراء</li><li>نواب: الانقطاعات تتكرر كل صيف</li><li>ملخص العدد اليوم</li></ul>';
    const html = `<div class="wrap"><h1>مسؤول: الصادرات تضاعفت</h1>${bullets}<div class="meta"><span>سارة علي</span></div><div class="content"><h3>ميزانية الطوارئ</h3><p>${P}</p><p>${P}</p><p>${P}</p></div></div>`;
    const a = extractPage(page("", html), null).articles[0];
    expect(a.blocks.slice(0, 2).map((b) => b.text)).toEqual([
      "«الكهرباء»: خطة طوارئ لمناطق الجهراء",
      "نواب: الانقطاعات تتكرر كل صيف",
    ]);
    expect(a.blocks.map((b) => b.text)).not.toContain("ملخص العدد اليوم");
  });
});
