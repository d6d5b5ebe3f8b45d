import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { claimsLines, runClaims } from "../../src/cli/commands/claims.ts";
import { candidateSpans, innerPieces, isFrameBefore, splitSentences } from "../../src/core/claims/clauses.ts";
import { featureNames } from "../../src/core/claims/features.ts";
import { attributionFlags, magnitudeFlags } from "../../src/core/claims/flags.ts";
import { claimLimit, claimType, findClaims, scoreSentence } from "../../src/core/claims/index.ts";
import { EVENT_VERBS } from "../../src/core/claims/lexicon/actors.ts";
import { ArticleTokens, Lexicon, tokensOf } from "../../src/core/claims/match.ts";
import { LinearModel, MODEL } from "../../src/core/claims/model.ts";
import { detectReasons, type Reason } from "../../src/core/claims/reasons.ts";
import type { Quote, Speaker } from "../../src/core/types.ts";

const seed = readFileSync(new URL("../fixtures/claims/seed-elwatan-excerpt.txt", import.meta.url), "utf8");
const has = (text: string, reason: Reason) => detectReasons(text).reasons.includes(reason);

// Each reason: sentences that must raise it, and sentences that must NOT.
const REASON_TABLE: [Reason, string[], string[]][] = [
  [
    "number",
    ["قتل في الحادث 4 جنود", "سجلت الوزارة ٣٠ إصابة جديدة", "استشهاد آلاف من الفلسطينيين", "ارتفع السعر إلى الضعف"],
    ["وقع الهجوم في عام 2013", "أكد الوزير موقف بلاده", "https://t.co/abc123 #كورونا"],
  ],
  ["percentage", ["بزيادة 15% مقارنة بالعام الماضي", "ارتفعت بنسبة سبعة بالمئة"], ["ارتفعت الأسعار كثيرا"]],
  ["money", ["يبلغ حجم السوق 27 مليار دولار", "بقيمة خمسة ملايين ريال"], ["ذهب إلى الدولار", "قال إن السوق كبير"]],
  [
    "date",
    ["منذ السابع من أكتوبر", "وقع الهجوم في عام 2009", "عقد الاجتماع يوم السبت", "صدر القرار أمس"],
    ["قال إن أحد الجنود أصيب", "زار الوزير المدينة"],
  ],
  [
    "duration",
    ["لمدة خمس سنوات", "يصوت خلال ستين يوما", "قبل 40 دقيقة"],
    ["في عام 2012 تخرج", "مرت الأيام على المدينة"],
  ],
  [
    "causal",
    ["هجوم أدى إلى مقتل 12 شخصا", "أغلقت المدارس بسبب العاصفة", "تضررت المحاصيل نتيجة الجفاف"],
    ["هجوم على مركز للبحرية", "أغلقت المدارس يوم الأحد"],
  ],
  ["comparison", ["بلغ عدد الزوار أكثر من 150 ألفا", "انخفضت الصادرات مقارنة بالعام الماضي"], ["زار الوفد المعرض"]],
  ["superlative", ["يعد أضخم مشروع في المنطقة", "الأول من نوعه في العالم", "سجلت رقما قياسيا"], ["افتتح مشروعا جديدا"]],
  [
    "prediction",
    ["سيخسر الجميع في هذه الحرب", "من المتوقع أن ترتفع الأسعار", "سوف تفتتح المحطة"],
    ["سيارة الوزير وصلت", "السياسة الخارجية للبلاد"],
  ],
  ["actor", ["أعلن وزير الخارجية موقف بلاده", "قالت وزارة الصحة"], ["ظهر شعر وردي في الصورة"]],
  ["event", ["قتل في الحادث 4 جنود", "أطلق المسلح النار", "وقعت الشركة اتفاقية"], ["الجو جميل هذا الصباح"]],
  ["attributed", ["قال المتحدث إن الحكومة مستعدة", "وفقا لما ذكره موقع سكاي نيوز"], ["الحكومة مستعدة للمفاوضات"]],
  [
    "boilerplate",
    ["أكد أهمية تعزيز التعاون بين البلدين", "أعرب عن تقديره للجهود المبذولة", "ثمن الجهود التي تبذلها المملكة"],
    ["أكد مقتل أربعة جنود في الهجوم", "أعلن تسجيل 30 إصابة"],
  ],
  ["opinion", ["أعتقد أن القرار خاطئ", "يجب أن نقف صفا واحدا"], ["قتل في الحادث 4 جنود"]],
  ["question", ["هل ارتفعت الأسعار؟"], ["ارتفعت الأسعار."]],
  ["short", ["بغي وعدوان"], ["قتل في الحادث أربعة جنود من المارينز"]],
  [
    "stance",
    [
      "ومن جانبه أكد وزير الخارجية الروسي سيرجي لافروف، على إصرار بلاده على طلب هدنة إنسانية",
      "أعرب الوزير عن قلقه من تدهور الأوضاع",
      "ودعت الحكومة إلى ضبط النفس",
      "وشدد على ضرورة وقف التصعيد",
    ],
    [
      "أكد الوزير أن القوات قتلت أربعة مسلحين",
      "وأكد على أن الحكومة أغلقت المعبر",
      "أكد مقتل أربعة جنود في الهجوم",
      "أعرب عن قلقه من مقتل 30 مدنيا", // a figure makes it checkable
      "قال المتحدث إن الحكومة مستعدة",
    ],
  ],
  [
    "forecast",
    ["وأكد على أن واشنطن ستساعد حليفتها المهمة", "من المتوقع أن ترتفع الأسعار", "سوف تفتتح المحطة"],
    [
      "من المتوقع أن ترتفع الأسعار بنسبة 7%", // a prediction with a figure is a claim
      "سيبقى الحظر ساريا لمدة خمس سنوات",
      "قتل في الحادث 4 جنود",
    ],
  ],
];

describe("reasons", () => {
  for (const [reason, yes, no] of REASON_TABLE) {
    for (const text of yes) it(`${reason} ⟵ ${text}`, () => expect(has(text, reason)).toBe(true));
    for (const text of no) it(`${reason} must NOT match ${text}`, () => expect(has(text, reason)).toBe(false));
  }

  // A meeting or visit alone is not an event; with another event or a figure it still is.
  const protocolTable: [string, boolean][] = [
    ["وكان الدكتور عبد العاطي قد التقى وفد من أساتذة كلية الهندسة", false],
    ["استقبل الوزير نظيره الفرنسي في مكتبه", false],
    ["زار الرئيس المدينة أمس", false],
    ["التقى الوزير 30 مستثمرا في الرياض", true],
    ["زار الرئيس المدينة التي قتل فيها 4 جنود", true],
    ["استقبل الوزير نظيره ووقع الجانبان اتفاقية للتعاون", true],
  ];
  for (const [text, isEvent] of protocolTable) {
    it(`protocol: ${isEvent ? "event" : "must NOT be an event"} ⟵ ${text}`, () =>
      expect(has(text, "event")).toBe(isEvent));
  }

  it("counts who someone is (origin, birth, schooling) as a checkable event", () => {
    expect(has("المسلح من أصل أردني ومن مواليد الكويت", "event")).toBe(true);
    expect(has("مطلق النار من خريجي جامعة تينيسي", "event")).toBe(true);
    expect(has("المسلح شاب أردني", "event")).toBe(false);
  });

  it("reads الاثنين as Monday (a date), not as the number two", () => {
    expect(has("التقى وزير الدفاع نظيره امس الاثنين", "number")).toBe(false);
    expect(has("التقى وزير الدفاع نظيره امس الاثنين", "date")).toBe(true);
    expect(has("قتل اثنان من الجنود في الهجوم", "number")).toBe(true);
  });

  // Lexicon entries added for news patterns: each must raise its reason, and its neighbours must not.
  const lexiconTable: [Reason, string[], string[]][] = [
    [
      "event",
      [
        "وكانت الحكومة قد قررت بناء جدار ترابي",
        "إن إحدى القذائف سقطت على مقر سكن الممرضات",
        "فيما لم يخلف القصف أية إصابات",
        "مليشيا الحوثي دمرت كل المواقع الأساسية",
      ],
      ["الجو جميل هذا الصباح", "قال الوزير إن الحكومة مستعدة"],
    ],
    ["actor", ["وقال مصدر أمني مطلع", "مليشيا الحوثي قتلت الأطفال"], ["ظهر شعر وردي في الصورة"]],
    ["number", ["بلغت الصادرات ضعف ما كانت عليه"], ["حمل كثيرون الإدارة المسؤولية لضعف رقابتها على موظفيها"]],
    ["duration", ["وعقوبتها السجن لمدة سنة"], ["صدر الحكم هذه السنة"]],
    ["boilerplate", ["ودعا الائتلاف الفصائل إلى ضبط النفس"], ["ضبطت الشرطة كمية من المخدرات"]],
    [
      "opinion",
      ["هذا الإنجاز الأمني مفخرة للجميع", "وأدانت الوزارة بشدة الهجوم على المسجد"],
      ["أوقفت الشرطة رجلا في إطار عملية مشتركة"],
    ],
    [
      "prediction",
      ["أعلنت اعتزامها زيارة طهران", "مؤسسة النقد تسعى إلى حماية الودائع"],
      ["زارت الوزيرة طهران أمس", "أسست المصارف صندوقا للودائع"],
    ],
  ];
  for (const [reason, yes, no] of lexiconTable) {
    for (const text of yes) it(`${reason} ⟵ ${text}`, () => expect(has(text, reason)).toBe(true));
    for (const text of no) it(`${reason} must NOT match ${text}`, () => expect(has(text, reason)).toBe(false));
  }

  it("matches through clitics and spelling variants but not inside other words", () => {
    expect(has("وبسبب الأمطار أغلقت الطرق", "causal")).toBe(true);
    expect(has("اكد اهمية التعاون", "boilerplate")).toBe(true); // no hamza
    expect(has("وزير الإسكان زار الموقع", "number")).toBe(false); // وزير is not و + زير
  });
});

describe("scoreSentence", () => {
  it("ranks a figure-bearing event above boilerplate, praise and greetings", () => {
    const fact = scoreSentence("أعلنت وزارة الصحة تسجيل 30 إصابة جديدة بفيروس كورونا، ليرتفع الإجمالي إلى 196 حالة");
    const boiler = scoreSentence("أكد الوزير أهمية تعزيز التعاون بين البلدين الشقيقين في مختلف المجالات");
    const praise = scoreSentence("أعرب عن تقديره للجهود الكبيرة التي تبذلها القيادة");
    const greeting = scoreSentence("صباح الخير يا فلسطين");
    expect(fact.score).toBeGreaterThanOrEqual(0.5);
    expect(fact.reasons).toEqual(expect.arrayContaining(["number", "actor", "event"]));
    for (const low of [boiler, praise, greeting]) expect(low.score).toBeLessThan(fact.score);
    expect(boiler.reasons).toContain("boilerplate");
    expect(boiler.score).toBeLessThan(0.5);
  });

  it("returns a score in 0..1 for any input", () => {
    for (const t of ["", "!!!", "a", "٣٠٪", "x".repeat(5000)]) {
      const { score } = scoreSentence(t);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});

describe("claim types", () => {
  const table: [string[], string][] = [
    [["number", "causal"], "causal"],
    [["number", "event"], "quantity"],
    [["superlative"], "comparison"],
    [["prediction", "actor"], "prediction"],
    [["attributed", "actor"], "attributed"],
    [["event", "actor"], "event"],
  ];
  for (const [reasons, type] of table) it(`${reasons} → ${type}`, () => expect(claimType(reasons)).toBe(type));
});

describe("candidate spans", () => {
  it("slice the text exactly", () => {
    for (const s of candidateSpans(seed)) expect(seed.slice(s.start, s.end)).toBe(s.text);
  });
  it("do not end a sentence at an abbreviation or inside a decimal", () => {
    const text = "شهد د. محمد توقيع العقد. وبلغ النمو 7.3 % سنويا.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["شهد د. محمد توقيع العقد", "وبلغ النمو 7.3 % سنويا"]);
  });
  it("end a sentence at a period glued to the next word", () => {
    const text = "سيدخل المطار ويعاود نشاطه الملاحي .وقال دشنا اليوم أولى المعونات";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "سيدخل المطار ويعاود نشاطه الملاحي",
      "وقال دشنا اليوم أولى المعونات",
    ]);
    // Not a sentence end: a period between digits or inside a Latin word.
    expect(splitSentences("بلغ النمو 7.3 في المئة حسب موقع example.com اليوم")).toHaveLength(1);
  });
  it("cut a run-on sentence before a reporting verb that starts a new statement", () => {
    const a =
      "مليشيا الحوثي قتلت الأطفال والنساء وجثثهم ما زالت متناثرة بالشوارع ونطالب وزارة الصحة بسرعة ارسال فريق طبي لانتشال هذه الجثث";
    const b = "وأشار الى ان مطار عدن الدولي جاهز 100 % بانتظار أجهزة اتصالات البرج التي ستصل في الساعات المقبلة";
    const texts = candidateSpans(`${a} ${b}`).map((s) => s.text);
    expect(texts).toEqual([a, b]);
  });
  it("keep a reporting verb and its أن-clause in one chunk", () => {
    const text =
      "أكد وزير الخارجية الأميركي، جون كيري، أنه سيلتقي نظراءه من دول مجلس التعاون الخليجي وسيطلعهم على تفاصيل الاتفاق النووي، وعلى كل النقاط التي تضمنها الاتفاق لضمان أمن دول الخليج";
    const texts = candidateSpans(text).map((s) => s.text);
    expect(texts.some((t) => t.trim() === "أكد وزير الخارجية الأميركي، جون كيري")).toBe(false);
    expect(texts[0]).toContain("أنه سيلتقي");
  });
  it("tell a reporting frame from a statement", () => {
    const frame = (text: string, cut: string) => {
      const end = text.indexOf(cut);
      return isFrameBefore(text, { start: 0, end, text: text.slice(0, end) });
    };
    expect(frame('وقال مصدر أمني مطلع لـ"الوطن"، إن إحدى القذائف سقطت', "،")).toBe(true);
    expect(frame("وأوضحت المؤسسة في تقريرها الصادر مؤخرا، إلى أنه سيتم تمويل المشروع", "،")).toBe(true);
    expect(frame("أعلن رئيس الشركة أمس، استقالته من منصبه", "،")).toBe(false); // content, not a frame
    expect(frame("سقطت إحدى القذائف على المستشفى، إن صح الخبر", "،")).toBe(false); // no reporting verb
    expect(frame("وأضاف وزير النقل: مليشيا الحوثي دمرت كل المواقع", ":")).toBe(true);
    expect(frame("وأضاف وزير النقل أن مليشيا الحوثي دمرت كل المواقع", " أن")).toBe(true);
    expect(frame("وأضاف وزير النقل مليشيا الحوثي دمرت كل المواقع", " مليشيا")).toBe(false);
    expect(frame("وقال إنها تؤكد انتقادات الجمهوريين، منها: أولا", ":")).toBe(false); // content inside
  });
  it("offer the clause after a reporting frame, and a coordinated event, as tighter pieces", () => {
    const text = 'وقال مصدر أمني مطلع لـ"الوطن"، إن إحدى القذائف سقطت على مقر سكن الممرضات الملحق بالمستشفى العام';
    const pieces = innerPieces(text, { start: 0, end: text.length, text }).map((p) => p.text);
    expect(pieces).toEqual([
      'وقال مصدر أمني مطلع لـ"الوطن"',
      "إحدى القذائف سقطت على مقر سكن الممرضات الملحق بالمستشفى العام",
    ]);
    const joined =
      "أظهر استطلاع أن ثقة الشركات الصناعية اليابانية تضاءلت في الشهر الجاري وتراجعت المعنويات في قطاع الخدمات بأعلى وتيرة";
    const parts = innerPieces(joined, { start: 0, end: joined.length, text: joined }).map((p) => p.text);
    expect(parts[parts.length - 1]).toBe("وتراجعت المعنويات في قطاع الخدمات بأعلى وتيرة");
    // "و" opening a noun is not a cut.
    const noun =
      "أظهر استطلاع أن ثقة الشركات الصناعية اليابانية تضاءلت في الشهر الجاري والمعنويات في قطاع الخدمات ضعيفة";
    expect(innerPieces(noun, { start: 0, end: noun.length, text: noun })).toHaveLength(1);
  });
  it("cut long sentences where a new clause starts, not between a title and its name", () => {
    const first = seed.split("\n\n")[0];
    const texts = candidateSpans(first).map((s) => s.text);
    expect(texts.length).toBeGreaterThan(1);
    const announcing = texts.find((t) => t.startsWith("أعلن"));
    expect(announcing).toContain("ديمتري بيسكوف");
    expect(announcing).toContain("المحتجزين الإسرائيليين");
  });
});

describe("consistency flags", () => {
  it("flag both doubtful statements of the seed page", () => {
    const claims = findClaims({ text: seed, quotes: [], speakers: [] });
    const kyiv = claims.find((c) => c.text.includes("«كييف»"));
    const millions = claims.find((c) => c.text.includes("ملايين من الجرحى"));
    expect(kyiv?.flags).toContain("contradiction");
    expect(kyiv?.reasons).toContain("attribution-mismatch");
    expect(millions?.flags).toContain("implausible");
    expect(millions?.reasons).toContain("implausible-figure");
    for (const c of claims) expect(seed.slice(c.start, c.end)).toBe(c.text);
  });

  const announce = "أعلن وزير الخارجية الفرنسي جان بارو أن بلاده ستعترف بالدولة الفلسطينية في سبتمبر.";
  const attributionTable: [string, boolean][] = [
    [`${announce} وجاء هذا التصريح من الحكومة «الألمانية» خلال مؤتمر صحفي.`, true],
    [`${announce} وصدر البيان عن مكتب رئيس الوزراء البريطاني.`, true],
    [`${announce} وجاء هذا التصريح من وزير الخارجية الفرنسي خلال مؤتمر صحفي.`, false],
    [`${announce} وجاء هذا الإعلان من «بارو» تعليقا على المحادثات.`, false],
    [`${announce} وجاء ذلك بعد اجتماع الحكومة.`, false],
    ["وجاء هذا الإعلان من حكومة كييف.", false], // nothing announced before: nothing to contradict
  ];
  for (const [text, flagged] of attributionTable) {
    it(`attribution ${flagged ? "flags" : "must NOT flag"}: ${text.slice(announce.length, announce.length + 40) || text}`, () => {
      expect(attributionFlags(splitSentences(text)).length > 0).toBe(flagged);
    });
  }

  it("uses the speaker the quotes stage found for the earlier announcement", () => {
    const text = "أعلن المتحدث أن الحكومة مستعدة للحوار. وجاء هذا الإعلان من «بيسكوف» ردا على سؤال.";
    const speakers: Speaker[] = [
      { id: "s1", name: "ديمتري بيسكوف", aliases: ["بيسكوف"], title: "المتحدث باسم الكرملين", kind: "person" },
    ];
    const quotes: Quote[] = [
      {
        id: "q1",
        text: "الحكومة مستعدة للحوار",
        kind: "indirect",
        cue: "أعلن",
        speakerId: "s1",
        via: null,
        start: 15,
        end: 37,
      },
    ];
    expect(attributionFlags(splitSentences(text))).toHaveLength(1);
    expect(attributionFlags(splitSentences(text), quotes, speakers)).toHaveLength(0);
  });

  const magnitudeTable: [string, boolean][] = [
    ["خلف القصف ملايين من الجرحى في المدينة", true],
    ["أسفرت الحرب عن مليون قتيل في الحي", true],
    ["سقط 2000000 قتيل في البلدة", true],
    ["بلغت الإصابات بالفيروس مليون إصابة", false],
    ["نزح ملايين السوريين من منازلهم", false],
    ["استشهد آلاف الفلسطينيين وأصيب عشرات آلاف الجرحى", false],
    ["بلغت الميزانية ملايين الدولارات", false],
    ["توفيت امرأة تبلغ من العمر 78 عاما", false],
    ["توفي رجل يبلغ من العمر 150 عاما", true],
  ];
  for (const [text, flagged] of magnitudeTable) {
    it(`magnitude ${flagged ? "flags" : "must NOT flag"}: ${text}`, () => {
      expect(magnitudeFlags([{ start: 0, end: text.length, text }]).length > 0).toBe(flagged);
    });
  }
});

describe("findClaims", () => {
  it("ranks, bounds and explains the claims of an article", () => {
    const claims = findClaims({ text: seed, quotes: [], speakers: [] });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThanOrEqual(10);
    for (const c of claims) {
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(c.reasons.length).toBeGreaterThan(0);
      expect(c.type).toBeDefined();
    }
    // Flagged statements come first.
    expect(claims[0].flags?.length).toBeGreaterThan(0);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it("leaves pure boilerplate out", () => {
    const text =
      "أكد الوزير أهمية تعزيز التعاون بين البلدين الشقيقين في مختلف المجالات.\n\nوأعرب عن تقديره للجهود الكبيرة التي تبذلها القيادة لخدمة القضايا ذات الاهتمام المشترك.\n\nوأعلنت وزارة الصحة تسجيل 30 إصابة جديدة بفيروس كورونا، ليرتفع الإجمالي إلى 196 حالة.";
    const claims = findClaims({ text, quotes: [], speakers: [] });
    expect(claims.map((c) => c.text)).toEqual([expect.stringContaining("30 إصابة")]);
  });

  it("links a claim to the quote it sits in", () => {
    const text = "وقال الوزير: «قتل في الهجوم 12 شخصا وأصيب 30 آخرون في مدينة حلب أمس».";
    const start = text.indexOf("قتل");
    const end = text.indexOf("»");
    const quotes: Quote[] = [
      { id: "q7", text: text.slice(start, end), kind: "direct", cue: "قال", speakerId: null, via: null, start, end },
    ];
    const [claim] = findClaims({ text, quotes, speakers: [] });
    expect(claim.quoteId).toBe("q7");
    expect(claim.reasons).toContain("attributed");
  });

  it("narrows a long sentence to the clause that carries the figure", () => {
    const text =
      "ومما يلفت الانتباه في هذا السياق المتجدد دائما، حيث بلغ عدد السيارات على طرق المنطقة 33.9 مليون سيارة في عام 2015.";
    const [claim] = findClaims({ text, quotes: [], speakers: [] });
    expect(claim.text.startsWith("حيث بلغ عدد السيارات")).toBe(true);
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("does not list a statement the article repeats", () => {
    const fact = "وقتل في الحادث 4 جنود من المارينز في مدينة شاتانوغا يوم الخميس";
    const text = `${fact}.\n\nوأعلنت الشرطة فتح تحقيق في الحادث.\n\n${fact}.`;
    const claims = findClaims({ text, quotes: [], speakers: [] });
    expect(claims.filter((c) => c.text === fact)).toHaveLength(1);
  });

  it("lets a longer article list more claims, but fewer than a fixed share of its candidates", () => {
    const table: [number, number][] = [
      [0, 3], // never fewer than three (flags aside)
      [4, 3],
      [16, 6],
      [36, 9],
      [53, 11],
      [400, 12], // the cap
    ];
    for (const [candidates, limit] of table) expect(claimLimit(candidates)).toBe(limit);
    expect(claimLimit(36)).toBeLessThan(36 * 0.35); // the old fixed share would have listed 13
  });

  it("returns nothing for an empty article", () => {
    expect(findClaims({ text: "", quotes: [], speakers: [] })).toEqual([]);
  });
});

describe("isnad claims", () => {
  it("prints one JSON line per input line, in order, with text, score and reasons", () => {
    const input = "قتل في الحادث 4 جنود من المارينز\n\nأكد أهمية التعاون\n";
    const lines = claimsLines(input).map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0])).toEqual(["text", "score", "reasons"]);
    expect(lines[0].text).toBe("قتل في الحادث 4 جنود من المارينز");
    expect(lines[0].reasons).toContain("number");
    expect(lines[1]).toEqual({ text: "", score: 0, reasons: [] });
    expect(lines[0].score).toBeGreaterThan(lines[2].score);
  });

  it("runs as a command over injected standard input", async () => {
    let out = "";
    const status = await runClaims(
      [],
      async () => "سجلت مصر 30 إصابة جديدة\r\nصباح الخير\n",
      (s) => {
        out += s;
      },
    );
    expect(status).toBe(0);
    expect(out.trimEnd().split("\n")).toHaveLength(2);
    await expect(runClaims(["--bogus"], async () => "")).resolves.toBe(2);
  });
});

describe("article token index", () => {
  // Slices of one text: the index must give exactly what re-keying the slice gives.
  const text =
    "قَتَلَ المسلّحُ ٤ جنود في «فورت هود» عام 2009، وأصيب ثلاثة.\n\nقال مسؤول G20 إن النمو بلغ ۷٫۳% https://t.co/x1 @user ــ للأمم المتحدة. CAFÉ Éclair";
  const cuts = [...text.matchAll(/[\s،.«»]+/g)].map((m) => m.index as number);
  const slices: [number, number][] = [[0, text.length]];
  for (let i = 0; i < cuts.length; i++) for (let j = i + 1; j < cuts.length; j += 3) slices.push([cuts[i], cuts[j]]);
  const index = new ArticleTokens(text);
  const events = new Lexicon(EVENT_VERBS);

  it("gives the same tokens and word-list hits as the slice on its own", () => {
    for (const [a, b] of slices) {
      const alone = tokensOf(text.slice(a, b));
      expect(index.tokensIn(a, b)).toEqual(alone);
      expect(index.view(a, b).hits(events)).toEqual(events.hits(alone));
      expect(index.view(a, b).test(events)).toBe(events.test(alone));
    }
  });

  it("falls back to the slice when an edge cuts a word", () => {
    const a = text.indexOf("المسلّح") + 3;
    expect(index.range(a, a + 10)).toBeNull();
    expect(index.tokensIn(a, a + 10)).toEqual(tokensOf(text.slice(a, a + 10)));
  });

  it("scores a span the same through the index and on its own", () => {
    for (const [a, b] of slices) {
      const t = text.slice(a, b);
      expect(detectReasons(t, {}, index.view(a, b))).toEqual(detectReasons(t));
    }
  });

  const logitTable = [
    "قتل في الحادث 4 جنود من المارينز",
    "والحكومة الحكومة أعلنت أعلنت مقتل مقتل",
    "سجلت وزارة الصحة 30 إصابة جديدة بفيروس كورونا",
    "",
  ];
  for (const t of logitTable) {
    it(`model logit without feature strings equals the feature sum: ${t || "(empty)"}`, () => {
      const { reasons, tokens } = detectReasons(t);
      expect(MODEL.logitOf(tokens, reasons)).toBe(MODEL.logit(featureNames(tokens, reasons)));
    });
  }

  it("a model reads its weights the same whether its maps were prepared first or built at first use", () => {
    const data = {
      _generated: "test",
      bias: -1,
      features: ["w:رئيس", "b:رئيس_حكومة", "r:number", "w:<num>"],
      weights: [0.5, 0.25, 2, 1],
      blend: { model: 1, rules: 1, bias: 0, threshold: 0.5 },
    };
    const tokens = ["رئيس", "الحكومة", "قال", "30"];
    const lazy = new LinearModel(data);
    const prepared = new LinearModel(data).prepare();
    expect(prepared).toBeInstanceOf(LinearModel);
    for (const m of [lazy, prepared]) {
      expect(m.logitOf(tokens, ["number"])).toBe(-1 + 0.5 + 1 + 0.25 + 2);
      expect(m.weight("b:رئيس_حكومة")).toBe(0.25);
    }
  });
});

describe("stance statements", () => {
  it("are not claims, and are not narrowed to the speaker's introduction", () => {
    const text =
      "ومن جانبه أكد وزير الخارجية الروسي سيرجي لافروف، على إصرار بلاده على طلب هدنة إنسانية في غزة وإدخال المساعدات إلى القطاع المحاصر.\n\nوأعلنت وزارة الصحة تسجيل 30 إصابة جديدة بفيروس كورونا، ليرتفع الإجمالي إلى 196 حالة.";
    const claims = findClaims({ text, quotes: [], speakers: [] });
    expect(claims.map((c) => c.text)).toEqual([expect.stringContaining("30 إصابة")]);
  });
});
