/**
 * Table tests for a sixth round of attribution patterns, met on Egyptian, Maghrebi, Levantine and Gulf
 * pages: a document's issuer as its speaker, a trailing attribution before a verb with no subject,
 * "ذات المسؤول" and "المتحدث" meaning the last speaker, the topic after أما, بقوله, نفى ما تردد, علمت
 * … من مصادر, a described outlet (الصحيفة الألمانية), names with علي inside, and words that are never a
 * speaker (حديثه، الانخفاض، بالتأكيد). Every sentence is composed for the test (no corpus text). Each
 * group has inputs that must NOT match.
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/core/quotes/index.ts";
import { splitSentences } from "../../src/core/segment/index.ts";
import { cueGender } from "../../src/core/speakers/gender.ts";

function run(text: string) {
  const out = findQuotes({ title: "", text });
  return out.quotes.map((q) => {
    const s = out.speakers.find((x) => x.id === q.speakerId);
    return { text: q.text, speaker: s?.name ?? null, kind: q.kind, rule: q.rule, via: q.via };
  });
}

/** The speaker of the quote whose text contains `needle`. */
function speakerOf(text: string, needle: string): string | null | undefined {
  return run(text).find((q) => q.text.includes(needle))?.speaker;
}

describe("a document issued by a body speaks for that body", () => {
  it.each([
    ["ارتفعت الإيجارات 5%، بحسب تقرير أصدرته وزارة الإسكان.", "الإيجارات", "وزارة الإسكان"],
    ['تراجعت المبيعات 8%، وفقا لدراسة ربعية نشرتها شركة "آفاق للأبحاث" أمس.', "المبيعات", "شركة آفاق للأبحاث"],
  ])("%s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });

  it("must NOT take the document's issuer when no verb of issuing follows it", () => {
    expect(speakerOf("ارتفعت الإيجارات 5%، بحسب تقرير للجنة العقارية.", "الإيجارات")).not.toBe("وزارة الإسكان");
    expect(speakerOf("ارتفعت الإيجارات 5%، بحسب تقرير للجنة العقارية.", "الإيجارات")).toContain("اللجنة العقارية");
  });
});

describe("a trailing attribution before a verb with no subject names that verb's speaker", () => {
  const text =
    'تراجعت إيجارات الشقق 12% خلال عام، بحسب تقرير أصدرته شركة "دار الخليج" أمس، أرجع الانخفاض إلى دخول وحدات جديدة إلى السوق.';
  it("credits the words before the attribution to its source", () => {
    expect(speakerOf(text, "إيجارات الشقق")).toBe("شركة دار الخليج");
  });
  it("and the subjectless verb after it to the same source", () => {
    expect(speakerOf(text, "دخول وحدات")).toBe("شركة دار الخليج");
  });
  it("must NOT read a definite verbal noun after the verb as a person (الانخفاض، التراجع)", () => {
    const speakers = run(text).map((q) => q.speaker);
    expect(speakers).not.toContain("الانخفاض");
    expect(speakerOf("وقال الوزير إن السوق هادئ. وأرجع التراجع إلى الصيف.", "الصيف")).toBe("الوزير");
  });
  it("must NOT stop a plural of people (الجنود، الشهود) from being the subject", () => {
    expect(speakerOf("وقال الجنود إنهم تلقوا أوامر بالانسحاب.", "تلقوا")).toBe("الجنود");
  });
  it("must NOT read an agent noun in تا (التاجر) as a verbal noun", () => {
    expect(speakerOf("وفي المدينة، يقول التاجر خالد سالم إن الأسعار تضاعفت.", "الأسعار")).toContain("خالد سالم");
  });
  it("must NOT credit a participle after the attribution to its source: it goes on with the subject", () => {
    const text =
      "وكان مجلس الوزراء قد وافق، في جلسته الأسبوعية، على توصيات اللجنة، بحسب بيان لمكتبه الإعلامي، مؤكدا حرص الحكومة على التعاون.";
    expect(speakerOf(text, "حرص الحكومة")).toBe("مجلس الوزراء");
  });
});

describe("'the same official' and 'the speaker' mean the last speaker", () => {
  it.each([
    [
      "أوضح المدير الولائي للموارد المائية، رشيد بومدين، أن السد ممتلئ. وقال ذات المسؤول إن الأعطاب قديمة.",
      "الأعطاب",
      "رشيد بومدين",
    ],
    [
      "أكد الخبير نور الدين سعدي أن الحل في المياه المعالجة. وختم المتحدث بالتأكيد على أن الترشيد يبدأ من المدرسة.",
      "الترشيد",
      "نور الدين سعدي",
    ],
    ["وقالت صحيفة الأخبار إن الوضع خطير. وذكر المصدر ذاته أن الجيش انسحب.", "الجيش", "الأخبار"],
  ])("%s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });

  it("must NOT take the last speaker when a spokesman was named before", () => {
    const text =
      "وقال المتحدث باسم الوزارة أحمد سالم إن الخطة جاهزة. وقال المحافظ خالد يوسف إن الطرق مغلقة. وأضاف المتحدث أن التنفيذ يبدأ غدا.";
    expect(speakerOf(text, "التنفيذ")).toBe("أحمد سالم");
  });
});

describe("the topic after أما is who the ف-verb means", () => {
  it.each([
    [
      "تقول الحاجة سعاد حسن إنها تبحث عن الدواء. أما محمود فتحي، صيدلي بمنطقة المعادي، فيرى أن الأزمة أعمق.",
      "الأزمة",
      "محمود فتحي",
    ],
    ["وقال النائب سالم علي إن القانون جاهز. أما الوزير فقال إن النقاش لم ينته.", "النقاش", "الوزير"],
  ])("%s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });

  it("must NOT make a topic that is no person or body a speaker", () => {
    expect(speakerOf("وقال الوزير إن العمل مستمر. أما الأسعار فقال إنها ستنخفض.", "ستنخفض")).toBe("الوزير");
    const text = "وقال التاجر خالد سالم: إن الخيط الطبيعي غال. أما الأقمشة العادية فهي رخيصة، وأضاف: إن السوق هادئ.";
    expect(speakerOf(text, "السوق هادئ")).toContain("خالد سالم");
  });
});

describe("nouns of saying: بقوله introduces, حديثه is never the speaker", () => {
  it.each([
    [
      "وأشار الخبير عبد الله سالم إلى أن الإنفاق كبير، وبرر ذلك بقوله: إن الأسر تفضل السياحة الداخلية.",
      "الأسر تفضل",
      "عبد الله سالم",
    ],
    ["وقال الوزير خالد العمر إن الوضع جيد. واختتم حديثه بالقول: «الأمر صعب جدا هنا».", "الأمر صعب", "خالد العمر"],
    ["وقال الوزير خالد العمر إن الوضع جيد. وختم تصريحه بقوله إن العمل مستمر.", "العمل مستمر", "خالد العمر"],
  ])("%s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });

  it("must NOT read a noun with 'his' as a person", () => {
    const speakers = run("وقال الوزير خالد العمر إن الوضع جيد. وختم حديثه بالقول إن العمل مستمر.").map(
      (q) => q.speaker,
    );
    expect(speakers).not.toContain("حديثه");
  });
});

describe("denied rumours and what an outlet learned from sources", () => {
  it("نفى ما تردد عن …: the rumour is what was denied", () => {
    const q = run("وكان المركز الإعلامي قد نفى، في بيان، ما تردد عن توقف خطوط الإنتاج بالمصانع.");
    expect(q[0]?.text).toBe("ما تردد عن توقف خطوط الإنتاج بالمصانع");
    expect(q[0]?.speaker).toBe("المركز الإعلامي");
  });
  it("must NOT take ما after a cue as an object without a verb of rumour", () => {
    expect(run("ونفت الوزارة ما قاله النائب.")).toHaveLength(0);
  });

  it("علمت «OUTLET» من مصادر أن …: the sources spoke, through the outlet", () => {
    const q = run("وعلمت «الرأي» من مصادر مطلعة في وزارة النقل أن الوزارة شكلت لجنة فنية.");
    expect(q[0]?.speaker).toBe("مصادر مطلعة في وزارة النقل");
    expect(q[0]?.via).toBe("الرأي");
  });
  it.each(["وأكد خبراء في مجالي القانون وعلم الاجتماع أن الأسرة هي الأساس.", "وعلم الوزير أن الاجتماع تأجل."])(
    "must NOT read علم (science, knew) as a source's cue: %s",
    (input) => {
      expect(run(input).every((q) => q.rule !== "indirect.naql")).toBe(true);
    },
  );
});

describe("an outlet described by its head and a nisba is the outlet named before", () => {
  it("الصحيفة الألمانية after صحيفة «بيلد» الألمانية", () => {
    const text = 'وذكرت صحيفة "بيلد" الألمانية أن المدير وصل. واعتبرت الصحيفة الألمانية أن النادي سيطلب مبلغا أكبر.';
    // (The outlet keeps its nisba, as "صحيفة سبورت الكتالونية" does without marks.)
    expect(speakerOf(text, "النادي")).toBe("بيلد الألمانية");
  });
  it("must NOT make a proper name with a head (الوكالة الوطنية للإعلام) a description", () => {
    expect(speakerOf("وقالت الوكالة الوطنية للإعلام إن الطريق مقطوع.", "الطريق")).toBe("الوكالة الوطنية للإعلام");
  });
});

describe("names with علي inside, and a sentence that goes on after an initial in brackets", () => {
  it.each([
    ["ونقلت الوكالة عن المهندس راشد علي الكواري قوله إن السوق مستقر.", "راشد علي الكواري"],
    ["وقال محمد علي الأنصاري إن الموسم جيد.", "محمد علي الأنصاري"],
  ])("%s", (input, speaker) => {
    expect(run(input)[0]?.speaker).toBe(speaker);
  });
  it("must NOT read على written علي before a place as a name", () => {
    expect(speakerOf("وقال محمد علي الحدود إن الوضع هادئ.", "الوضع")).not.toContain("الحدود");
  });

  it("(نور. ط) does not end the sentence", () => {
    const sentences = splitSentences(
      "أعلن الجيش تصفية أحد العناصر، ويدعى (نور. ط)، والقبض على آخر. وقال المصدر إن العملية انتهت.",
    );
    expect(sentences).toHaveLength(2);
  });
  it("must NOT join two sentences at a period after a longer word in brackets", () => {
    expect(splitSentences("وصل الوفد (الثاني). وقال المصدر إن العملية انتهت.")).toHaveLength(2);
  });
});

describe("a description with ذو / ذات points back to the person just named", () => {
  it("الفنان ذو الشهرة العالمية after the artist was named", () => {
    const text =
      "قال المعارض الصيني وانغ تشين إن السلطات أعادت جوازه. وقال الفنان ذو الشهرة العالمية إن الأمور كانت سلسة.";
    expect(speakerOf(text, "سلسة")).toBe(speakerOf(text, "السلطات"));
  });
  it("must NOT read a body with ذات (the ministry concerned) as the person", () => {
    const text = "قال المعارض الصيني وانغ تشين إن السلطات أعادت جوازه. وقالت الوزارة ذات الصلة إن الأمر محسوم.";
    expect(speakerOf(text, "محسوم")).not.toBe(speakerOf(text, "السلطات"));
  });
});

describe("after حيث the verb's subject is the person the clause before it named", () => {
  it("مقترح قدمه رئيس الوزراء …، حيث دعا إلى «…»", () => {
    const text =
      "أجرت الحكومة تخفيضات كبيرة في الرواتب. وجاء القرار بناء على مقترح قدمه رئيس الوزراء سالم الحربي خلال الحفل، حيث دعا إلى «تخفيض رواتب جميع المسؤولين».";
    expect(speakerOf(text, "تخفيض رواتب")).toBe("سالم الحربي");
  });
  it("must NOT take a person named inside «وجاء ذلك …»: that points back to the last speaker", () => {
    const text =
      "وقالت الوزيرة ليلى حسن إن الزيارة قريبة. وجاء ذلك في مؤتمر صحافي عقب لقاء مع وزير الخارجية خالد عمر، حيث أكدت أن الاتفاق صامد.";
    expect(speakerOf(text, "الاتفاق")).toBe("ليلى حسن");
  });
});

describe("'according to him' closing a sentence with no cue", () => {
  it.each([
    ["وأشار زروقي إلى أن البلدية راسلت الوالي. كما أن ضغط المياه يبقى ضعيفا جدا، حسبه.", "ضغط المياه"],
    ["وأشار زروقي إلى أن البلدية راسلت الوالي. كما أن الشبكة قديمة جدا، على حد قوله.", "الشبكة"],
  ])("%s", (input, needle) => {
    expect(speakerOf(input, needle)).toBe("زروقي");
  });
  it("must NOT read حسب + a noun (حسب الخطة) as his words", () => {
    expect(speakerOf("وأشار زروقي إلى أن البلدية راسلت الوالي. ووصل الوفد إلى المدينة، حسب الخطة.", "الوفد")).toBe(
      undefined,
    );
  });
});

describe("a cue with no subject agrees in gender with the person it goes on with", () => {
  it("وأضافت after a man spoke goes back to the woman who spoke before him", () => {
    const text =
      "قالت الوزيرة ليلى حسن إن الخطة جاهزة. وقال المحافظ خالد يوسف إن الطرق مغلقة. وأضافت أن التنفيذ يبدأ غدا.";
    expect(speakerOf(text, "التنفيذ")).toBe("ليلى حسن");
  });
  it("بقوله after a woman spoke goes back to the man", () => {
    const text =
      "أشار الخبير سالم العمر إلى أن الإنفاق كبير. وقالت زينب علي إن الأسر تحجز القاعات، وبرر ذلك بقوله: إن السياحة الداخلية أرخص.";
    expect(speakerOf(text, "السياحة الداخلية")).toBe("سالم العمر");
  });
  it.each([
    // A woman named with a role written alike for both (النائب، عضو) agrees with a feminine verb.
    ["وقالت النائب منى سالم، عضو لجنة الصحة، إن المرضى ينتظرون، متسائلة: «إلى متى؟».", "إلى متى", "منى سالم"],
    // A body speaks through its statement: the verb agrees with the statement, not the ministry.
    [
      "وأكدت وزارة الداخلية في بيان أن الخلية فككت. وذلك حسب البيان، الذي أوضح أن التحريات مستمرة.",
      "التحريات",
      "وزارة الداخلية",
    ],
  ])("must NOT move away from the speaker: %s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });
});

describe("cueGender: the gender a cue form gives its subject", () => {
  it.each([
    ["قال", "verb", "past", "قال", "m"],
    ["قالت", "verb", "past", "قال", "f"],
    ["نفت", "verb", "past", "نفى", "f"],
    ["قالوا", "verb", "past", "قال", null],
    ["يقول", "verb", "present", "قال", "m"],
    ["تقول", "verb", "present", "قال", "f"],
    ["يقولون", "verb", "present", "قال", null],
    ["مضيفا", "participle", "participle", "مضيفا", "m"],
    ["مضيفه", "participle", "participle", "مضيفا", "f"],
    ["مضيفين", "participle", "participle", "مضيفا", null],
    ["بقوله", "participle", "participle", "بقوله", "m"],
    ["بقولها", "participle", "participle", "بقوله", "f"],
    ["ثبت", "verb", "past", "ثبت", "m"],
  ] as const)("%s", (key, type, tense, lemma, gender) => {
    expect(cueGender(key, type, tense, lemma)).toBe(gender);
  });
});

describe("a subtitle block naming a group the body does not quote by that name", () => {
  it("نواب: … is a headline quote of the group", () => {
    const out = findQuotes({
      title: "",
      text: "نواب: الانقطاعات تتكرر كل صيف\n\nوقال الوكيل المساعد سالم الشمري إن المحطات جاهزة.",
    });
    const q = out.quotes.find((x) => x.text.startsWith("الانقطاعات"));
    expect(q?.kind).toBe("headline");
    expect(out.speakers.find((s) => s.id === q?.speakerId)?.name).toBe("نواب");
  });
  it("must NOT make a crosshead with a common noun a quote (ميزانية: …)", () => {
    const out = findQuotes({
      title: "",
      text: "ميزانية الطوارئ: أرقام وتفاصيل\n\nوقال الوكيل المساعد سالم الشمري إن المحطات جاهزة.",
    });
    expect(out.quotes.map((x) => x.kind)).not.toContain("headline");
  });
});

describe("the definite singular answers to the sources named before in the plural", () => {
  it("وقال المصدر after وذكرت مصادر في المطار", () => {
    const text =
      "وذكرت مصادر في مطار عدن الدولي أن المطار استقبل طائرة ثانية. وقال المصدر إن الحركة مقتصرة على الطائرات العسكرية.";
    expect(speakerOf(text, "الحركة")).toBe(speakerOf(text, "المطار استقبل"));
  });
  it("must NOT make an indefinite 'an official' one of the officials named before", () => {
    const text =
      "وقال مسؤولون في الوفد المصري إن الجولة صعبة. وقال مسؤول في الوفد المشارك في المفاوضات إن الخطوة ليست إلى الخلف.";
    expect(speakerOf(text, "الخطوة")).not.toBe(speakerOf(text, "الجولة"));
  });
});

describe("a role's name that opens with علي, a role's place in ب, and عزا", () => {
  it.each([
    [
      "ونقلت الصحيفة عن وزير النفط الكويتي علي العمير، توقعه ارتفاع الأسعار. وقال وزير النفط علي العمير إن الأسواق مستقرة.",
      "الأسواق",
      "علي العمير",
    ],
    [
      "صرح المتحدث الرسمي للهلال الأحمر بالباحة عماد منسي الزهراني بأن الفرق باشرت الحادث.",
      "الفرق",
      "عماد منسي الزهراني",
    ],
    ["وعزا الخبير سالم الحربي التراجع إلى غلاء الأسعار.", "غلاء", "سالم الحربي"],
  ])("%s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });
  it.each([
    // على written علي before a noun after the role runs on: the complement, not a name.
    ["وشدد وزير النفط علي الالتزام بالحصص المتفق عليها.", "علي الالتزام"],
  ])("must NOT read علي + a noun after a role as a name: %s", (input, notName) => {
    expect(run(input).map((q) => q.speaker)).not.toContain(notName);
  });
  it("must NOT keep a ب-complement inside the name when no given name follows it", () => {
    expect(speakerOf("وأشاد الأمين العام للمنظمة بجهود مصر في الوساطة.", "مصر")).not.toContain("بجهود");
  });
});

describe("a comma between the outlet told and the subject", () => {
  it('وأكد لـ"الاقتصادية"، مصدر من الشركة أنه …', () => {
    const q = run(
      'وقال الاتحاد إن السوق كبيرة. وأكد لـ "الاقتصادية"، مصدر من شركة صله للتسويق أنه في حال حصول سوق سوداء فإن الحدث مميز.',
    );
    expect(q.at(-1)?.speaker).toBe("مصدر من شركة صله للتسويق");
    expect(q.at(-1)?.via).toBe("الاقتصادية");
  });
  it("must NOT take the words after the comma for a subject when no أن follows a speaker", () => {
    const q = run('وقال الاتحاد إن السوق كبيرة. وأكد لـ "الاقتصادية"، أن الحدث سيكون مميزا.');
    expect(q.at(-1)?.speaker).toBe("الاتحاد");
  });
});

describe("participles: مبينا + an object, مقرا أن", () => {
  it.each([
    ["واشار البنيان إلى أن الهيئة تستهدف تطوير الاسواق، مبينا وجود عدة مشاريع قادمة في هذا المجال.", "وجود عدة مشاريع"],
    ["وذكر البنيان ان الهيئة تتحرك، مقرا في الوقت نفسه ان استقطاب الشركات ليس سهلا.", "استقطاب الشركات"],
  ])("%s", (input, needle) => {
    // A quote of its own that opens with these words, not the words inside the sentence's first quote.
    const q = run(input).find((x) => x.text.startsWith(needle));
    expect(q?.speaker).toBe("البنيان");
    expect(q?.rule).toBe("indirect.participle");
  });
  it("must NOT read مقرا (headquarters) as a cue", () => {
    expect(run("وقال البنيان إن الهيئة تتحرك. واتخذت الشركة من المدينة مقرا لها منذ عام 2010.")).toHaveLength(1);
  });
});

describe("شكى, the spelling of شكا with ى", () => {
  it("وشكى عيسى محمد من المعاناة …", () => {
    const q = run("وشكى عيسى محمد من المعاناة من تجول العمالة في طرقات القرى.");
    expect(q[0]?.speaker).toBe("عيسى محمد");
    expect(q[0]?.text.startsWith("المعاناة")).toBe(true);
  });
});
