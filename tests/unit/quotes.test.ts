/**
 * Table tests for the quote finder: cues, boundaries, speakers, and the inputs that must NOT give a
 * quote. Each row is [input, expected]; texts are compared as written.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHeadlineQuote } from "../../src/core/quotes/headline.ts";
import { findHeadlineQuotesInLinks, findQuotes } from "../../src/core/quotes/index.ts";

function run(text: string, title = "") {
  const out = findQuotes({ title, text });
  return out.quotes.map((q) => ({
    text: q.text,
    kind: q.kind,
    cue: q.cue,
    via: q.via,
    speaker: out.speakers.find((s) => s.id === q.speakerId)?.name ?? null,
  }));
}

describe("reported speech: cue, complement and boundaries", () => {
  it.each([
    // [input, text, speaker, cue]
    ["وقال وزير الخارجية الروسي سيرجي لافروف إن الوضع خطير.", "الوضع خطير", "سيرجي لافروف", "وقال"],
    ["أكدت وزارة الصحة أن عدد الإصابات ارتفع إلى 196 حالة.", "عدد الإصابات ارتفع إلى 196 حالة", "وزارة الصحة", "أكدت"],
    ["وأشار المتحدث إلى أهمية التنسيق بين الجانبين.", "أهمية التنسيق بين الجانبين", "المتحدث", "وأشار"],
    ["وشدد الوزير على ضرورة وقف القتال فورا.", "ضرورة وقف القتال فورا", "الوزير", "وشدد"],
    ["وأعرب السفير عن قلقه من التصعيد.", "قلقه من التصعيد", "السفير", "وأعرب"],
    ["وأشاد الرئيس بجهود فرق الإنقاذ.", "بجهود فرق الإنقاذ", "الرئيس", "وأشاد"],
    ["وحذر الخبير الاقتصادي محمد سالم من ارتفاع الأسعار.", "ارتفاع الأسعار", "محمد سالم", "وحذر"],
    ["ونفت الشركة أن تكون قد سرحت أي موظف.", "تكون قد سرحت أي موظف", "الشركة", "ونفت"],
    ["أعلنت وزارة الداخلية، اليوم الثلاثاء، إطلاق حملة جديدة.", "إطلاق حملة جديدة", "وزارة الداخلية", "أعلنت"],
    ["وقال مدير المستشفى أحمد علي: الوضع تحت السيطرة.", "الوضع تحت السيطرة", "أحمد علي", "وقال"],
    ["سعود منير المعبدي قال إن الإنجاز كبير.", "الإنجاز كبير", "سعود منير المعبدي", "قال"],
    ["أما وزارة الدفاع فأعلنت أنها أرسلت تعزيزات.", "أرسلت تعزيزات", "وزارة الدفاع", "فأعلنت"],
    ["ويرى مراقبون أن الاتفاق هش.", "الاتفاق هش", "مراقبون", "ويرى"],
    ["وقال مصدر أمني مطلع إن التحقيقات مستمرة.", "التحقيقات مستمرة", "مصدر أمني مطلع", "وقال"],
    ["وذكر بيان صادر عن الجيش اللبناني أن دورية تعرضت لإطلاق نار.", "دورية تعرضت لإطلاق نار", "الجيش اللبناني", "وذكر"],
    [
      "وأفادت وكالة الأنباء السعودية (واس) بأن الملك استقبل الوفد.",
      "الملك استقبل الوفد",
      "وكالة الأنباء السعودية (واس)",
      "وأفادت",
    ],
    [
      "صرح المتحدث الأمني بوزارة الداخلية: بأن الأمن تمكن من ضبط الخلية.",
      "الأمن تمكن من ضبط الخلية",
      "المتحدث الأمني بوزارة الداخلية",
      "صرح",
    ],
    [
      "وأوضح عبد الغفار، في تصريحات صحفية اليوم، أن المرحلة الثانية تبدأ غدا.",
      "المرحلة الثانية تبدأ غدا",
      "عبد الغفار",
      "وأوضح",
    ],
    ["غير أن علي خامنئي حذر السبت بأن بلاده ستواصل دعم حلفائها.", "بلاده ستواصل دعم حلفائها", "علي خامنئي", "حذر"],
    [
      "وقال قائد حرس الحدود بمنطقة تبوك اللواء محمد بن سليمان الصقير، إن الضربات أثبتت كفاءة الأمن.",
      "الضربات أثبتت كفاءة الأمن",
      "محمد بن سليمان الصقير",
      "وقال",
    ],
  ])("%s", (input, text, speaker, cue) => {
    const [q] = run(input);
    expect(q?.text).toBe(text);
    expect(q?.speaker).toBe(speaker);
    expect(q?.cue).toBe(cue);
    expect(q?.kind).toBe("indirect");
  });

  it("a participle starts a new quote by the same speaker", () => {
    const qs = run(
      "وقال الوزير سامي خليل إن المفاوضات مستمرة، مشيرا إلى أن الجولة المقبلة في القاهرة، مضيفًا أن الوفد جاهز.",
    );
    expect(qs.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["المفاوضات مستمرة", "سامي خليل", "وقال"],
      ["الجولة المقبلة في القاهرة", "سامي خليل", "مشيرا"],
      ["الوفد جاهز", "سامي خليل", "مضيفًا"],
    ]);
  });

  it("a cue without a subject carries the last speaker forward, even across paragraphs", () => {
    const qs = run(
      "وقال المتحدث باسم الحكومة، خالد عمر، إن الميزانية جاهزة.\n\nوأضاف أن التصويت سيجري الأسبوع المقبل.\n\nومن جانبه، أكد عمر أن الحكومة لن تستقيل.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["خالد عمر", "خالد عمر", "خالد عمر"]);
    expect(qs[1]?.text).toBe("التصويت سيجري الأسبوع المقبل");
  });

  it("an object noun phrase ends where the subject goes on to act (، وشرعت …)", () => {
    const [q] = run('أعلنت الشركة، إطلاق مسمى "الضيف" بدلاً من "المسافر"، وشرعت في تنفيذ الإجراءات اللازمة.');
    expect(q?.text).toBe('إطلاق مسمى "الضيف" بدلاً من "المسافر"');
  });

  it("an attribution ends the words and gives the via", () => {
    const [q] = run("وأكد الوزير أن الهدنة صامدة، وفقا لما ذكرته وكالة أنباء الإمارات.");
    expect(q?.text).toBe("الهدنة صامدة");
    expect(q?.via).toBe("وكالة أنباء الإمارات");
  });

  it("an outlet the words were given to (لـ«…») is the via, not the speaker", () => {
    const [q] = run("وقال المسؤول لـ«الشرق الأوسط» إن المحادثات مستمرة.");
    expect(q).toMatchObject({ text: "المحادثات مستمرة", speaker: "المسؤول", via: "الشرق الأوسط" });
  });

  it("a leading attribution before a cue is the via of that statement", () => {
    const [q] = run("وبحسب وكالة فارس، قال سليماني إن المعركة مستمرة.");
    expect(q).toMatchObject({ text: "المعركة مستمرة", speaker: "سليماني", via: "فارس" });
  });

  it("a leading attribution credits the rest of the sentence", () => {
    const [q] = run("وبحسب المرصد السوري لحقوق الإنسان، فقد قتل 12 مدنيا في القصف.");
    expect(q?.text).toBe("قتل 12 مدنيا في القصف");
    expect(q?.speaker).toBe("المرصد السوري لحقوق الإنسان");
  });

  it("a trailing attribution credits the sentence before it", () => {
    const [q] = run("وقتل خمسة أشخاص في الانفجار، بحسب مصادر طبية.");
    expect(q?.text).toBe("وقتل خمسة أشخاص في الانفجار");
    expect(q?.speaker).toBe("مصادر طبية");
  });

  it("نقلت وكالة عن مسؤول: the official speaks, the agency is the via", () => {
    const [q] = run("ونقلت وكالة رويترز عن مسؤول أمريكي كبير قوله إن المحادثات متعثرة.");
    expect(q?.text).toBe("المحادثات متعثرة");
    expect(q?.speaker).toBe("مسؤول أمريكي كبير");
    expect(q?.via).toBe("رويترز");
  });

  it("a sentence starting with وأن continues the last reported statement", () => {
    const qs = run("وأشارت الشرطة إلى أن المشتبه به فر من المكان. وأنه كان يقود سيارة مسروقة.");
    expect(qs[1]).toMatchObject({ text: "كان يقود سيارة مسروقة", speaker: "الشرطة" });
  });
});

describe("direct quotes", () => {
  it.each([
    ["وقال الرئيس: «لن نتراجع عن قرارنا».", "لن نتراجع عن قرارنا", "الرئيس"],
    ['وأضاف المدير "نحن نعمل على حل المشكلة".', "نحن نعمل على حل المشكلة", "المدير"],
    ["وقالت الوزيرة هدى سالم: “الخطة تبدأ غدا”.", "الخطة تبدأ غدا", "هدى سالم"],
    ["وقال اللاعب: ”سنعود أقوى“.", "سنعود أقوى", "اللاعب"],
    ["«لم يبق لنا شيء في البيت»، قال أحد السكان.", "لم يبق لنا شيء في البيت", "أحد السكان"],
    ["وقال الوزير إنه «حزين جدا».", "حزين جدا", "الوزير"],
  ])("%s", (input, text, speaker) => {
    const [q] = run(input);
    expect(q?.text).toBe(text);
    expect(q?.speaker).toBe(speaker);
    expect(q?.kind).toBe("direct");
  });

  it("a quote over two paragraphs with a nested name in marks stays one quote", () => {
    const text =
      'وقال المدير العام: "بدأنا العمل مع شركة "إيرباص" على الطائرات الجديدة.\n\nوسنعلن التفاصيل كاملة في الشهر المقبل".\n\nوأضاف أن الخطة طموحة.';
    const qs = run(text);
    expect(qs[0]?.text).toBe(
      'بدأنا العمل مع شركة "إيرباص" على الطائرات الجديدة.\n\nوسنعلن التفاصيل كاملة في الشهر المقبل',
    );
    expect(qs[1]).toMatchObject({ text: "الخطة طموحة", speaker: "المدير العام" });
  });

  it("paragraphs that each open with « and only the last closes", () => {
    const qs = run("وقال الوزير: «بدأنا العمل على الخطة الجديدة منذ شهور.\n\n«وسنعلن النتائج قريبا». وانتهى اللقاء.");
    expect(qs.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ["direct", "بدأنا العمل على الخطة الجديدة منذ شهور", "الوزير"],
      ["direct", "وسنعلن النتائج قريبا", "الوزير"],
    ]);
  });

  it("an indirect clause and the quotation after its colon are two quotes", () => {
    const qs = run('وقال الخبير سامر داود إن السوق تتغير بسرعة: "علينا أن نتكيف مع المستهلك الجديد".');
    expect(qs.map((q) => [q.kind, q.text])).toEqual([
      ["indirect", "السوق تتغير بسرعة"],
      ["direct", "علينا أن نتكيف مع المستهلك الجديد"],
    ]);
  });
});

describe("speakers", () => {
  it("role + comma + name + comma: name and title", () => {
    const out = findQuotes({ title: "", text: "أعلن المتحدث الرسمي باسم الكرملين، ديمتري بيسكوف، أن روسيا مستعدة." });
    expect(out.speakers[0]).toMatchObject({
      name: "ديمتري بيسكوف",
      title: "المتحدث الرسمي باسم الكرملين",
      kind: "person",
    });
  });

  it("name + comma + role", () => {
    const out = findQuotes({ title: "", text: "وأوضح الدكتور خالد مجاهد، المتحدث الرسمي للوزارة، أن الحالات مستقرة." });
    expect(out.speakers[0]).toMatchObject({ name: "خالد مجاهد", title: "المتحدث الرسمي للوزارة" });
  });

  it("a surname mention in marks links to the full name, spelled differently", () => {
    const out = findQuotes({
      title: "",
      text: "وقال وزير الخارجية الروسي سيرجي لافروف إن الحل سياسي.\n\nوأوضح «لافروف» أن بلاده مستعدة.\n\nوأكد سيرغي لافروف أن الحوار مستمر.",
    });
    expect(out.speakers).toHaveLength(1);
    expect(out.quotes.every((q) => q.speakerId === out.speakers[0]?.id)).toBe(true);
  });

  it("two people sharing a surname: the mention goes to the latest", () => {
    const qs = run(
      "قال متعب الجهني إن الأمن مستتب. وقال فيصل الجهني إن المواطنين متعاونون. وأضاف الجهني أن الجميع صف واحد.",
    );
    expect(qs.map((q) => q.speaker)).toEqual(["متعب الجهني", "فيصل الجهني", "فيصل الجهني"]);
  });

  it("kinds: state, organization, media, group", () => {
    const out = findQuotes({
      title: "",
      text: "أكدت مملكة البحرين، ضرورة التنسيق. وقال الجيش الإسرائيلي إن العملية انتهت. وقالت صحيفة «الغارديان» إن الحكومة ستستقيل. وقال مواطنون إن الأسعار مرتفعة.",
    });
    const kinds = Object.fromEntries(out.speakers.map((s) => [s.name, s.kind]));
    expect(kinds).toMatchObject({
      "مملكة البحرين": "state",
      "الجيش الإسرائيلي": "organization",
      الغارديان: "media",
      مواطنون: "group",
    });
  });

  it("a feminine institution ends before a plural object: the ministry, not 'the ministry the applicants'", () => {
    const qs = run("أكدت وزارة الخدمة المدنية أن التسجيل مفتوح. ودعت الوزارة المتقدمين إلى التسجيل مبكرا.");
    expect(qs.map((q) => q.speaker)).toEqual(["وزارة الخدمة المدنية", "وزارة الخدمة المدنية"]);
    expect(qs[1]?.text).toBe("التسجيل مبكرا");
  });

  it("a role named in narration is who a later surname means", () => {
    const qs = run("وترأس الوفد نائب رئيس البرلمان جمال محمد فخرو. وأعرب فخرو عن تأييده للقرار.");
    expect(qs[0]?.speaker).toBe("جمال محمد فخرو");
  });
});

describe("inputs that must NOT give a quote", () => {
  it.each([
    ["emphasis on a place", "وجاء هذا الإعلان من حكومة «كييف» تعليقا على المحادثات."],
    ["emphasis on a surname", "والتقى «لافروف» نظيره التركي في أنقرة."],
    ["emphasis on a capital", "وتعارض «واشنطن» هذه الخطة منذ سنوات."],
    ["an outlet in marks", "وتابع المشاهدون البث عبر قناة «سكاي نيوز» مساء أمس."],
    ["a brand in double quotes", 'وأطلقت "السعودية" مسمى "الضيف" على ركابها.'],
    ["a byline with a colon", "عبدالله الراجحي- سبق- جدة:"],
    ["a byline of a writer", "كتبت سارة محمود:"],
    ["narration", "وشهدت المدينة أمس أمطارا غزيرة أدت إلى إغلاق عدد من الطرق الرئيسية."],
    ["the writer's own note", "وتجدر الإشارة إلى أن الدراسة بدأت قبل عامين."],
    ["a relative clause with a cue verb", "وتابع الجميع بيان الوزارة الذي كشف عن هوية المتهمين."],
    ["a cue noun inside narration", "ومما يؤكد على الفرص الهائلة الاهتمام الكبير بالمعرض."],
    ["an attribution to guidelines, not a source", "وتخضع الحالات للرعاية وفقا لإرشادات الجهات الصحية."],
    ["the impersonal يذكر أن", "يذكر أن الفريق فاز بالبطولة العام الماضي."],
    ["عبر as a preposition", "ونقلت المساعدات عبر الحدود عن طريق معبر رفح."],
    ["a subheading alone", "استباحة الدماء"],
  ])("%s", (_label, input) => {
    expect(run(input)).toEqual([]);
  });

  it("a lone term in marks after a cue verb is not a direct quote", () => {
    const qs = run("وكتب عبد العزيز في صفحته على موقع «فيسبوك» أنه يريد الرحيل.");
    expect(qs.map((q) => q.text)).toEqual(["يريد الرحيل"]);
  });
});

describe("headline quotes", () => {
  it.each([
    ["قائد الحرس الثوري: مستعدون لأي مواجهة", "قائد الحرس الثوري", "مستعدون لأي مواجهة"],
    ["البنتاغون: الخيار العسكري باق", "البنتاغون", "الخيار العسكري باق"],
    ["الصحة :تسجيل 103 إصابات جديدة", "الصحة", "تسجيل 103 إصابات جديدة"],
    ["وزير الخارجية لـ«الشرق الأوسط»: لا حل عسكريا", "وزير الخارجية", "لا حل عسكريا"],
    ["إيران: لن نسمح بأي اعتداء", "إيران", "لن نسمح بأي اعتداء"],
  ])("%s", (title, speaker, text) => {
    expect(parseHeadlineQuote(title)).toMatchObject({ speaker, text });
  });

  it.each([
    ["a byline", "عبدالله الراجحي- سبق- جدة: الخطوط تعلن"],
    ["a place prefix", "أمريكا: السجن 8 سنوات لمتهم بالاحتيال"],
    ["a summary with a preposition", "غارات على خان يونس ومصادر طبية: عشرات الضحايا"],
    ["no colon", "روسيا مستعدة لتقديم دعمها لوقف إطلاق النار بغزة"],
    ["a time", "17:43 الأخبار العاجلة"],
    ["a section label", "عاجل: انفجار في وسط المدينة"],
    ["a section label with a preposition", "بالصور: احتفالات العيد في الرياض"],
  ])("not: %s", (_label, title) => {
    expect(parseHeadlineQuote(title)).toBeNull();
  });

  it("a title's headline quote is linked to the body's speaker by role", () => {
    const out = findQuotes({
      title: "وزير الخارجية العماني: لا حل عسكريا",
      text: "أكد وزير الخارجية العماني بدر البوسعيدي أن الحوار هو الطريق.",
    });
    const h = out.quotes.find((q) => q.kind === "headline");
    expect(h).toMatchObject({ start: -1, end: -1, rule: "headline.title" });
    expect(out.speakers.find((s) => s.id === h?.speakerId)?.name).toBe("بدر البوسعيدي");
  });

  it("related links: SPEAKER: words, deduplicated", () => {
    const got = findHeadlineQuotesInLinks([
      { title: "الجيش الإسرائيلي: هاجمنا 600 هدف في غزة", url: "https://x/1" },
      { title: "الجيش الإسرائيلي: هاجمنا 600 هدف في غزة", url: "https://x/2" },
      { title: "ليبيا: تأجيل الانتخابات", url: "https://x/3" },
    ]);
    expect(got).toEqual([{ speaker: "الجيش الإسرائيلي", text: "هاجمنا 600 هدف في غزة", url: "https://x/1" }]);
  });
});

describe("invariants", () => {
  const arabicish = fc
    .array(
      fc.constantFrom(
        "قال",
        "إن",
        "أن",
        "الوزير",
        "«",
        "»",
        '"',
        "،",
        ".",
        ":",
        "\n\n",
        "مضيفا",
        "وفقا",
        "لـ",
        "بحسب",
        "على",
        "زيد",
        "عمرو",
        "المرصد",
      ),
      {
        maxLength: 60,
      },
    )
    .map((ws) => ws.join(" "));

  it("every quote's text is the article text at its offsets; every speaker id exists", () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        const out = findQuotes({ title: "", text });
        for (const q of out.quotes) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.text.length).toBeGreaterThan(0);
          if (q.speakerId) expect(out.speakers.some((s) => s.id === q.speakerId)).toBe(true);
          expect(q.confidence).toBeGreaterThan(0);
          expect(q.rule).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });
});
