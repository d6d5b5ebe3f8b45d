import { describe, expect, it } from "vitest";
import { keyTokens } from "../../src/core/normalize/matchKey.ts";
import type { Article, Quote, Speaker } from "../../src/core/types.ts";
import { articleFeatures } from "../../src/related/features.ts";
import { kthLargest, packText, RelatedIndex, sharedQuotesOf, unpackText, wordDiff } from "../../src/related/index.ts";
import { isQuoteVariant, quoteOverlap, quoteTokens } from "../../src/related/quoteMatch.ts";
import { compatibleSpeakers, speakerKeyOf } from "../../src/related/speakerKey.ts";
import { lightStem } from "../../src/related/stem.ts";

/** A hand-made analyzed article: speakers by name, quotes as [speaker name | null, text, cue]. */
function article(
  title: string,
  text: string,
  quotes: [string | null, string, string][] = [],
  publishedAt = "2015-07-22T10:00:00",
): Article {
  const speakers: Speaker[] = [];
  const qs: Quote[] = quotes.map(([name, qText, cue], i) => {
    let sp = speakers.find((s) => s.name === name);
    if (name && !sp) {
      sp = { id: `s${speakers.length}`, name, aliases: [], title: null, kind: "person" };
      speakers.push(sp);
    }
    return {
      id: `q${i}`,
      text: qText,
      kind: "indirect",
      cue,
      speakerId: sp?.id ?? null,
      via: null,
      start: -1,
      end: -1,
    };
  });
  return {
    title,
    outlet: null,
    byline: null,
    publishedAt,
    keywords: [],
    text,
    speakers,
    quotes: qs,
    claims: [],
    relatedLinks: [],
  };
}

// Background articles: other news of the day, so document frequencies look like a library's.
const FILLER = [
  article(
    "ارتفاع أسعار النفط في الأسواق العالمية",
    "ارتفعت أسعار النفط اليوم في الأسواق العالمية بعد تراجع المخزونات الأمريكية.",
  ),
  article("الهلال يتعاقد مع مهاجم برازيلي", "أعلن نادي الهلال تعاقده مع مهاجم برازيلي لمدة ثلاثة مواسم."),
  article("أمطار غزيرة على منطقة جازان", "شهدت منطقة جازان أمطارا غزيرة أدت إلى جريان الأودية وإغلاق بعض الطرق."),
  article("افتتاح مهرجان أبها للتسوق", "افتتح أمير منطقة عسير مهرجان أبها للتسوق بمشاركة مئات العارضين."),
  article("البورصة المصرية تربح مليار جنيه", "ربح رأس المال السوقي للبورصة المصرية مليار جنيه في ختام تعاملات اليوم."),
  article("وزارة الصحة تطلق حملة للتطعيم", "أطلقت وزارة الصحة حملة وطنية للتطعيم ضد الحصبة في جميع المناطق."),
];

function libraryWith(...docs: [string, Article][]): RelatedIndex {
  const index = new RelatedIndex();
  for (const [i, a] of FILLER.entries())
    index.add({ id: `filler${i}`, url: `https://example.org/filler${i}`, article: a });
  for (const [id, a] of docs) index.add({ id, url: `https://example.org/${id}`, article: a });
  return index;
}

const LAVROV_1 = article(
  "لافروف: موسكو مستعدة لاستضافة محادثات السلام السورية في أغسطس",
  "قال وزير الخارجية الروسي سيرجي لافروف إن موسكو مستعدة لاستضافة جولة جديدة من محادثات السلام السورية في أغسطس المقبل بمشاركة وفدي الحكومة والمعارضة.",
  [["سيرجي لافروف", "موسكو مستعدة لاستضافة جولة جديدة من محادثات السلام السورية في أغسطس المقبل", "قال"]],
);
const LAVROV_2 = article(
  "موسكو تعرض استضافة محادثات السلام السورية الشهر المقبل",
  "أكد سيرغي لافروف وزير الخارجية الروسي أن جولة جديدة من محادثات السلام السورية يمكن أن تستضيفها موسكو في أغسطس المقبل بحضور وفدي الحكومة والمعارضة.",
  [["سيرغي لافروف", "جولة جديدة من محادثات السلام السورية في أغسطس المقبل مستعدة موسكو لاستضافتها", "أكد"]],
);
// Same minister, same country, another event: the topic is shared, the event is not.
const LAVROV_OTHER = article(
  "لافروف يبحث مع نظيره الصيني التعاون الاقتصادي",
  "بحث وزير الخارجية الروسي سيرجي لافروف مع نظيره الصيني وانغ يي في بكين التعاون الاقتصادي وخطوط الغاز بين البلدين.",
  [["سيرجي لافروف", "التعاون الاقتصادي مع الصين يتقدم بخطى ثابتة", "قال"]],
);

describe("RelatedIndex", () => {
  it("merges speaker spellings in why.sharedSpeakers (سيرجي لافروف / سيرغي لافروف)", () => {
    const index = libraryWith(["a", LAVROV_1], ["b", LAVROV_2]);
    const [hit] = index.query("a");
    expect(hit.id).toBe("b");
    expect(hit.why.sharedSpeakers).toHaveLength(1);
    expect(["سيرجي لافروف", "سيرغي لافروف"]).toContain(hit.why.sharedSpeakers[0]);
  });

  it("names a shared speaker by the form the library uses most, whichever article spells it otherwise", () => {
    const third = article(
      "لافروف: محادثات السلام السورية في موسكو الشهر المقبل",
      "قال سيرغي لافروف وزير الخارجية الروسي إن محادثات السلام السورية ستعقد في موسكو في أغسطس المقبل.",
      [["سيرغي لافروف", "محادثات السلام السورية ستعقد في موسكو في أغسطس المقبل", "قال"]],
    );
    const index = libraryWith(["a", LAVROV_1], ["b", LAVROV_2], ["c", third]);
    for (const id of ["a", "b", "c"])
      for (const r of index.query(id))
        if (r.why.sharedSpeakers.length) expect(r.why.sharedSpeakers).toEqual(["سيرغي لافروف"]);
    expect(index.query("a").find((r) => r.id === "b")?.why.sharedSpeakers).toEqual(["سيرغي لافروف"]);
  });

  it("links a quote variant with reordered words, another cue and another spelling of the name", () => {
    const index = libraryWith(["a", LAVROV_1], ["b", LAVROV_2]);
    const hit = index.query("a").find((r) => r.id === "b");
    expect(hit?.why.sharedQuotes).toEqual([
      {
        text: "موسكو مستعدة لاستضافة جولة جديدة من محادثات السلام السورية في أغسطس المقبل",
        otherText: "جولة جديدة من محادثات السلام السورية في أغسطس المقبل مستعدة موسكو لاستضافتها",
        overlap: expect.any(Number),
      },
    ]);
  });

  it("ranks a same-topic article about another event below the same event's coverage", () => {
    const index = libraryWith(["a", LAVROV_1], ["b", LAVROV_2], ["c", LAVROV_OTHER]);
    const ranked = index.query("a").map((r) => r.id);
    expect(ranked.indexOf("b")).toBe(0);
    // the other event may be listed (same minister) but never above the same event
    if (ranked.includes("c")) expect(ranked.indexOf("c")).toBeGreaterThan(ranked.indexOf("b"));
    const other = index.query("a").find((r) => r.id === "c");
    expect(other?.why.sharedQuotes ?? []).toEqual([]);
  });

  it("excludes the query itself, answers nothing for an unknown id, and forgets removed articles", () => {
    const index = libraryWith(["a", LAVROV_1], ["b", LAVROV_2]);
    expect(index.query("a").map((r) => r.id)).not.toContain("a");
    expect(index.query("nope")).toEqual([]);
    index.remove("b");
    expect(index.has("b")).toBe(false);
    expect(index.query("a").map((r) => r.id)).not.toContain("b");
    expect(index.size).toBe(FILLER.length + 1);
  });

  it("answers for an article that is not in the index", () => {
    const index = libraryWith(["b", LAVROV_2], ["c", LAVROV_OTHER]);
    const ranked = index.query({ id: "new", article: LAVROV_1 });
    expect(ranked[0]?.id).toBe("b");
  });

  it("marks the same event reported two days later as a follow-up, and not the other way round", () => {
    const later = { ...LAVROV_2, publishedAt: "2015-07-24T10:00:00" };
    const index = libraryWith(["a", LAVROV_1], ["b", later]);
    expect(index.query("a").find((r) => r.id === "b")?.why.relation).toBe("follow-up");
    expect(index.query("b").find((r) => r.id === "a")?.why.relation).toBe("same-event");
  });

  it("marks two outlets' copies of one agency text as a wire copy", () => {
    const wire =
      "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة وزير الدفاع الأمريكي أشتون كارتر وجرى خلال الاستقبال استعراض العلاقات الثنائية ومستجدات الأوضاع في المنطقة.";
    const index = libraryWith(
      ["a", article("خادم الحرمين يستقبل وزير الدفاع الأمريكي", wire)],
      ["b", article("خادم الحرمين الشريفين يستقبل وزير الدفاع الأمريكي", `جدة - واس\n${wire}`)],
    );
    expect(index.query("a")[0]?.why.relation).toBe("wire-copy");
  });
});

describe("quote variants", () => {
  const overlap = (a: string, b: string) => quoteOverlap(quoteTokens(a), quoteTokens(b));
  it.each([
    // [this wording, the other's, speakers]
    [
      "الأمر الكريم يأتي في سياق الدعم المتواصل لمرفق القضاء",
      "الأمر الملكي يأتي في سياق الدعم المتواصل لمرفق القضاء",
      "same",
    ],
    ["تم تحديد هوية مشتبه به ويتم التحقق من صلاته", "ويتم التحقق من صلاته بعد أن تم تحديد هوية مشتبه به", "same"],
    [
      "سنتباحث في خطة عمل تشمل إجراءات أمنية جديدة على حدودنا",
      "سنتباحث في خطة عمل تشمل إجراءات أمنية جديدة على حدودنا",
      "unknown",
    ],
  ] as const)("links %s ↔ %s", (a, b, speakers) => {
    expect(isQuoteVariant(overlap(a, b), speakers)).toBe(true);
  });
  it.each([
    // must NOT link: other statements, or a short common phrase by two different speakers
    ["الأمر الكريم يأتي في سياق الدعم المتواصل لمرفق القضاء", "أسعار النفط ارتفعت بعد تراجع المخزونات", "same"],
    ["نرفض التدخل في شؤوننا الداخلية", "نرفض التدخل في شؤون لبنان", "different"],
    ["الاقتصاد ينمو بثبات", "الاقتصاد ينمو بثبات", "different"],
  ] as const)("does not link %s ↔ %s", (a, b, speakers) => {
    expect(isQuoteVariant(overlap(a, b), speakers)).toBe(false);
  });

  it("pairs each statement with its variant, not with the other statements", () => {
    const a = articleFeatures(LAVROV_1);
    const c = articleFeatures(LAVROV_OTHER);
    expect(sharedQuotesOf(a, c)).toEqual([]);
  });
});

describe("speaker keys", () => {
  const same = (a: string, b: string) => {
    const ka = speakerKeyOf(a);
    const kb = speakerKeyOf(b);
    return ka !== null && kb !== null && compatibleSpeakers(ka, kb);
  };
  it.each([
    ["سيرجي لافروف", "سيرغي لافروف"],
    ["ديمتري بيسكوف", "دميتري بيسكوف"],
    ["لافروف", "سيرجي لافروف"],
    ["الشيخ الدكتور خالد اليوسف", "خالد بن محمد اليوسف"],
    ["أحمد داود أوغلو", "أحمد داود أغلو"],
  ])("%s = %s", (a, b) => expect(same(a, b)).toBe(true));
  it.each([
    ["سيرجي لافروف", "ماريا لافروف"],
    ["محمد بن سلمان", "محمد بن نايف"],
    ["خالد الفيصل", "تركي الفيصل"],
  ])("%s ≠ %s", (a, b) => expect(same(a, b)).toBe(false));
  it("has no key for titles alone", () => expect(speakerKeyOf("معالي الشيخ")).toBeNull());
});

describe("lightStem", () => {
  const stem = (w: string) => lightStem(keyTokens(w)[0]);
  it.each([
    ["بالوزارة", "وزار"],
    ["والوزارة", "وزار"],
    ["الوزارات", "وزار"],
    ["وأضاف", "اضاف"],
    ["للقضاء", "قضاء"],
    ["السعودية", "سعود"],
  ])("%s → %s", (w, expected) => expect(stem(w)).toBe(expected));
  it.each([
    // must NOT be damaged: words that merely start with و ب ل
    ["وزير", "وزير"],
    ["بيسكوف", "بيسكوف"],
    ["لافروف", "لافروف"],
    ["2015", "2015"],
  ])("%s stays %s", (w, expected) => expect(stem(w)).toBe(expected));
});

describe("wordDiff", () => {
  it.each([
    [
      "الأمر الكريم يأتي في سياق الدعم",
      "الأمر الملكي يأتي في سياق الدعم",
      [
        { kind: "same", text: "الأمر" },
        { kind: "removed", text: "الكريم" },
        { kind: "added", text: "الملكي" },
        { kind: "same", text: "يأتي في سياق الدعم" },
      ],
    ],
    [
      "من خادم الحرمين الشريفين لمرفق القضاء",
      "من خادم الحرمين لمرفق القضاء",
      [
        { kind: "same", text: "من خادم الحرمين" },
        { kind: "removed", text: "الشريفين" },
        { kind: "same", text: "لمرفق القضاء" },
      ],
    ],
    // diacritics, hamza forms and punctuation are not changes
    ["قالَ إنّ الاجتماع ناجح،", "قال ان الاجتماع ناجح", [{ kind: "same", text: "قالَ إنّ الاجتماع ناجح،" }]],
    ["", "كلمة جديدة", [{ kind: "added", text: "كلمة جديدة" }]],
  ] as const)("%s → %s", (a, b, expected) => expect(wordDiff(a, b)).toEqual(expected));
});

describe("kthLargest", () => {
  const cases: [number[], number, number][] = [
    [[5], 1, 5],
    [[1, 2, 3, 4, 5], 1, 5],
    [[1, 2, 3, 4, 5], 5, 1],
    [[3, 1, 3, 2, 3], 2, 3],
    [[3, 1, 3, 2, 3], 4, 2],
    [[0.5, 0.25, 0.75, 0.125], 3, 0.25],
  ];
  it.each(cases)("%j, k=%i → %d", (xs, k, expected) => {
    expect(kthLargest(Float64Array.from(xs), k)).toBe(expected);
  });
  it("agrees with sorting on random inputs (with ties)", () => {
    let seed = 3;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 200; trial++) {
      const xs = Array.from({ length: 1 + Math.floor(rand() * 300) }, () => Math.floor(rand() * 50) / 7);
      const k = 1 + Math.floor(rand() * xs.length);
      const sorted = [...xs].sort((a, b) => b - a);
      expect(kthLargest(Float64Array.from(xs), k)).toBe(sorted[k - 1]);
    }
  });
});

describe("RelatedIndex snapshot and compaction (the library's stored form)", () => {
  const docs: [string, Article][] = [
    ["a", LAVROV_1],
    ["b", LAVROV_2],
    ["c", LAVROV_OTHER],
  ];

  it("answers from a snapshot exactly as the index it was taken from", () => {
    const full = libraryWith(...docs);
    const back = RelatedIndex.fromSnapshot(structuredClone(full.toSnapshot()));
    expect(back.size).toBe(full.size);
    for (const id of ["a", "b", "c", "filler0"]) expect(back.query(id)).toEqual(full.query(id));
    const outside = { id: "new", article: LAVROV_2 };
    expect(back.query(outside)).toEqual(full.query(outside));
  });

  it("stores its postings: a restored index takes saves and deletes like one built article by article", () => {
    const restored = RelatedIndex.fromSnapshot(structuredClone(libraryWith(...docs).toSnapshot()));
    const built = libraryWith(...docs);
    for (const x of [restored, built]) {
      x.remove("b");
      x.remove("filler1");
      x.add({ id: "b2", url: "https://example.org/b2", article: LAVROV_2 });
      x.add({ id: "filler1", url: "https://example.org/filler1", article: FILLER[1] });
    }
    for (const id of ["a", "b2", "c", "filler0", "filler1"]) expect(restored.query(id)).toEqual(built.query(id));
    expect(restored.query("a").map((r) => r.id)).not.toContain("b");
    // Snapshot of the restored one, with its added postings packed in: the same again.
    const again = RelatedIndex.fromSnapshot(structuredClone(restored.toSnapshot()));
    for (const id of ["a", "b2", "c"]) expect(again.query(id)).toEqual(built.query(id));
  });

  it("reads a snapshot of the first version (postings rebuilt from the vectors)", () => {
    const full = libraryWith(...docs);
    const { postings: _, ...v1 } = full.toSnapshot();
    const back = RelatedIndex.fromSnapshot({ ...v1, version: 1 });
    for (const id of ["a", "b", "c"]) expect(back.query(id)).toEqual(full.query(id));
  });

  it("refuses a snapshot whose arrays do not add up", () => {
    const snap = libraryWith(...docs).toSnapshot();
    expect(() => RelatedIndex.fromSnapshot({ ...snap, termIds: snap.termIds.slice(1) })).toThrow(/malformed/);
    expect(() => RelatedIndex.fromSnapshot({ ...snap, details: snap.details.slice(1) })).toThrow(/malformed/);
    expect(() => RelatedIndex.fromSnapshot({ ...snap, words: snap.words.slice(1) })).toThrow(/malformed/);
    const postings = snap.postings as NonNullable<typeof snap.postings>;
    expect(() =>
      RelatedIndex.fromSnapshot({ ...snap, postings: { ...postings, nums: postings.nums.slice(1) } }),
    ).toThrow(/malformed/);
    expect(() => RelatedIndex.fromSnapshot({ ...snap, postings: undefined })).toThrow(/malformed/);
  });

  it("keeps answering after removals and re-adds (arenas compacted and trimmed)", () => {
    const full = libraryWith(...docs);
    const index = libraryWith(...docs);
    for (let round = 0; round < 3; round++)
      for (const [i, a] of FILLER.entries()) {
        index.remove(`filler${i}`);
        index.add({ id: `filler${i}`, url: `https://example.org/filler${i}`, article: a });
      }
    index.trim();
    expect(index.query("a")).toEqual(full.query("a"));
    const snap = index.toSnapshot();
    expect(snap.ids).toHaveLength(full.size);
    index.remove("b");
    expect(index.query("a").map((r) => r.id)).not.toContain("b");
    expect(RelatedIndex.fromSnapshot(index.toSnapshot()).query("a")).toEqual(index.query("a"));
  });

  it("gives the quotes' speakers back after features went through storage (identity lost)", () => {
    const f = articleFeatures(LAVROV_1);
    const stored = structuredClone({
      ...f,
      quotes: f.quotes.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker } })),
    });
    const index = libraryWith(["b", LAVROV_2]);
    index.add({ id: "a", url: null, article: LAVROV_1 }, stored);
    const hit = index.query("a").find((r) => r.id === "b");
    expect(hit?.why.sharedQuotes).toHaveLength(1);
    expect(hit?.why.sharedSpeakers).toHaveLength(1);
  });
});

describe("packText / unpackText", () => {
  const cases: string[] = [
    "",
    "قال وزير الخارجية سيرغي لافروف إن «موسكو مستعدة»",
    'JSON ["a",1,null] with \\ and "quotes"',
    "أرقام ٣٤٥ وفاصلة، وسؤال؟ وتطويل ـ",
    "Persian گ چ پ ژ and Urdu ے, emoji 🙂, Ω and \u007f itself",
  ];
  it.each(cases)("round-trips %j", (text) => {
    expect(unpackText(packText(text))).toBe(text);
  });
  it("packs Arabic letters and ASCII into one-byte characters only", () => {
    const packed = packText("قال لافروف: 125 قاضيا");
    expect([...packed].every((ch) => ch.charCodeAt(0) < 0x100)).toBe(true);
    expect(packed).toHaveLength("قال لافروف: 125 قاضيا".length);
  });
  it("escapes what the one-byte range cannot hold (must not pass through unchanged)", () => {
    for (const ch of ["گ", "🙂", "Ω", "\u007f"]) expect(packText(ch)).not.toBe(ch);
  });
});
