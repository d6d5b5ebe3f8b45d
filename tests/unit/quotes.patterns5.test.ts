/**
 * Table tests for a fifth round of attribution patterns, about who a mention means: a role's apposition
 * and the object after it, the subject of narration a participle goes on with, descriptions that point
 * back to the person just named (الرجل، الفاعل النقابي، المحقق), and a source's words after «وحسب X:».
 * Every sentence is composed for the test (no corpus text). Each group has inputs that must NOT match.
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/core/quotes/index.ts";

function run(text: string) {
  const out = findQuotes({ title: "", text });
  return out.quotes.map((q) => {
    const s = out.speakers.find((x) => x.id === q.speakerId);
    return { text: q.text, speaker: s?.name ?? null, kind: q.kind, rule: q.rule };
  });
}

/** The speaker of the quote whose text contains `needle`. */
function speakerOf(text: string, needle: string): string | null | undefined {
  return run(text).find((q) => q.text.includes(needle))?.speaker;
}

describe("after «ROLE،» the words that are no name are the verb's object", () => {
  it.each([
    [
      "في البداية، حمّل الدكتور سامي الخالدي مدير إدارة الطرق في البلدية، السائقين مسؤولية الحوادث، مؤكدا أن السرعة هي السبب الأول.",
      "السرعة",
      "سامي الخالدي",
    ],
    [
      "وتقدم النائب سالم الفهد، عضو لجنة التعليم بمجلس الأمة، بسؤال برلماني إلى الوزير. وقال عضو مجلس الأمة إن المدارس مكتظة بالطلاب.",
      "المدارس",
      "سالم الفهد",
    ],
  ])("%s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });

  it.each([
    ["وقال المتحدث باسم الكرملين، ديمتري بيسكوف، إن موسكو لن ترد.", "ديمتري بيسكوف"],
    ["وقال مدير المستشفى، خالد العمر، إن الحالات مستقرة.", "خالد العمر"],
    ["وأكد رئيس البلدية، المهندس ماهر السيد، أن الأعمال ستنتهي قريبا.", "ماهر السيد"],
  ])("must NOT lose the name set off by commas: %s", (input, speaker) => {
    expect(run(input)[0]?.speaker).toBe(speaker);
  });
});

describe("the subject of narration is who a participle goes on with", () => {
  it.each([
    // A fronted adverbial (a preposition's phrase) before the verb and its subject.
    [
      "في ختام الجولة، التقى الدكتور نبيل الحارثي بالعاملين في المختبر، مشيرا إلى أن التشغيل سيبدأ الشهر المقبل.",
      "التشغيل",
      "نبيل الحارثي",
    ],
    // A plural of people after a definite role is the verb's object; the role is the governor named before.
    [
      "افتتح محافظ المنطقة اللواء سمير عبد الله محطة المياه. ووجه المحافظ رؤساء الأحياء بمتابعة الأعمال، مشددا على أن «المياه حق للجميع».",
      "المياه حق",
      "سمير عبد الله",
    ],
  ])("%s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });

  it.each([
    // The subject before the comma is no adverbial: it stays the speaker.
    ["وزير الخارجية جون كيري، قال إن المحادثات ستستمر.", "المحادثات", "جون كيري"],
    // A role nobody was named with stays the role.
    ["ووجه المحافظ رؤساء الأحياء بمتابعة الأعمال، مشددا على أن «المياه حق للجميع».", "المياه حق", "المحافظ"],
  ])("must NOT take the wrong subject: %s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });
});

describe("«قبل أن يضيف:» goes on with the same speaker", () => {
  it("a second quotation after قبل أن", () => {
    const q = run("«خسرنا نصف المحصول»، يقول حسن العلي، قبل أن يضيف: «لم يبق لنا شيء نبيعه».");
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ["حسن العلي", "خسرنا نصف المحصول"],
      ["حسن العلي", "لم يبق لنا شيء نبيعه"],
    ]);
  });

  it("ends the first statement before قبل أن", () => {
    const q = run("وقال حسن العلي إن المياه قليلة، قبل أن يضيف: «لم يبق لنا شيء نبيعه».");
    expect(q[0]?.text).toBe("المياه قليلة");
    expect(q[1]?.speaker).toBe("حسن العلي");
  });

  it("must NOT carry the speaker when the verb after قبل أن names its own", () => {
    const q = run("وقال حسن العلي إن المياه قليلة، قبل أن يعلن رئيس البلدية سامي الخطيب أن الشبكة ستصلح.");
    expect(q.find((x) => x.text.includes("الشبكة"))?.speaker).toBe("سامي الخطيب");
  });
});

describe("a description points back to the person just named", () => {
  it.each([
    [
      "على أطراف القرية، يقف محمود الحسن بين أشجار يابسة. «كان عندي مئتا شجرة»، يقول الرجل البالغ من العمر 60 عاما.",
      "مئتا شجرة",
      "محمود الحسن",
    ],
    [
      "وأفاد عبد الكريم الناصري، الكاتب العام لنقابة سائقي الأجرة، بأن الحوار توقف. وزاد الفاعل النقابي: «لسنا ضد الحكومة».",
      "لسنا ضد",
      "عبد الكريم الناصري",
    ],
    [
      "وقال أحد المحققين لدى النيابة العامة إن الأدلة غير كافية. وأوضح المحقق أن الملف يحتاج إلى شهود.",
      "الملف",
      "أحد المحققين لدى النيابة العامة",
    ],
  ])("%s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });

  it.each([
    // Nobody named before: the description stays what the text says.
    ["وقال الرجل إن الشرطة وصلت متأخرة.", "الشرطة", "الرجل"],
    // A place before the verb is no person.
    ["وشهدت مدينة الرياض أمطارا غزيرة. وقال الرجل إن الشوارع غرقت.", "الشوارع", "الرجل"],
  ])("must NOT point back to nobody: %s", (input, needle, speaker) => {
    expect(speakerOf(input, needle)).toBe(speaker);
  });
});

describe("a demand addressed to someone keeps the speaker", () => {
  it("«وطالب الطرفين بـ…» after the speaker's statement", () => {
    const q = run("ورأى اتحاد أولياء الأمور أن الطلاب يدفعون الثمن، وطالب الطرفين بالعودة إلى الحوار.");
    expect(q.find((x) => x.text.includes("بالعودة"))?.speaker).toBe("اتحاد أولياء الأمور");
  });

  it("must NOT drop a known surname as the subject", () => {
    const q = run("وقال نقيب المعلمين حسن الخطيب إن الأجور متدنية، وطالب الخطيب الحكومة بزيادتها فورا.");
    expect(q.find((x) => x.text.includes("بزيادتها"))?.speaker).toBe("حسن الخطيب");
  });
});

describe("«وحسب X:» and a quotation", () => {
  it("in the middle of a sentence, the source's words in marks", () => {
    const q = run(
      "وقال سعيد المهدي لـ«الصحيفة»: «الوضع هادئ». وفي الأثناء، اعتقلت الشرطة عشرة أشخاص، وحسب المهدي: «أطلق سراح أربعة منهم».",
    );
    const last = q.find((x) => x.text.includes("أطلق سراح"));
    expect(last).toMatchObject({ speaker: "سعيد المهدي", kind: "direct", text: "أطلق سراح أربعة منهم" });
  });

  it("must NOT read a name in marks after the attribution as the words", () => {
    const q = run("ووفقا لوكالة «الأناضول» فقد وصل الوفد إلى العاصمة مساء أمس.");
    expect(q.some((x) => x.text === "الأناضول")).toBe(false);
  });
});

describe("the outlet told, after the speaker, is the via", () => {
  function viaOf(text: string) {
    const out = findQuotes({ title: "", text });
    const q = out.quotes[0];
    return { via: q?.via ?? null, speaker: out.speakers.find((s) => s.id === q?.speakerId)?.name, text: q?.text };
  }

  it.each([
    ["وقال وزير المالية سامر الخطيب لرويترز إن العجز سينخفض.", "رويترز", "سامر الخطيب"],
    // A national agency by the short name the press credits it with.
    ["وقال وزير المالية سامر الخطيب لبترا إن العجز سينخفض.", "بترا", "سامر الخطيب"],
    ["وقال المتحدث للأناضول إن العجز سينخفض.", "الأناضول", "المتحدث"],
    ["وقال مدير الشركة لقناة الجزيرة إن العجز سينخفض.", "الجزيرة", "مدير الشركة"],
  ])("%s", (input, via, speaker) => {
    expect(viaOf(input)).toEqual({ via, speaker, text: "العجز سينخفض" });
  });

  it.each([
    // ل before an ordinary word is no outlet: "للمواطنين" is whom it was said to, not a via.
    "وقال وزير المالية سامر الخطيب للمواطنين إن العجز سينخفض.",
    "وقال وزير المالية سامر الخطيب لأعضاء المجلس إن العجز سينخفض.",
  ])("must NOT take a word with ل for an outlet: %s", (input) => {
    expect(viaOf(input).via).toBeNull();
    expect(viaOf(input).speaker).toBe("سامر الخطيب");
  });
});

describe("where a name ends: و + a role, ب + a verbal noun, بسبب", () => {
  it.each([
    ["وقال وزير الخارجية محمد جواد ظريف ورئيس البرلمان إن الاتفاق متوازن.", "محمد جواد ظريف"],
    ["وطالب نوري المالكي بمواصلة العمليات العسكرية في المحافظة.", "نوري المالكي"],
    ["وأفادت مصادر أمنية بارتفاع حصيلة القتلى إلى عشرة.", "مصادر أمنية"],
  ])("%s", (input, speaker) => {
    expect(run(input)[0]?.speaker).toBe(speaker);
  });

  it.each([
    // Names that open with ب keep it: a given name, and a Hadrami surname in با.
    ["وقال المهندس بدر باسلمة إن المشروع اكتمل.", "بدر باسلمة"],
    ["وقال الدكتور باسل الحسن إن المشروع اكتمل.", "باسل الحسن"],
    ["وقال عمر بابكر إن المشروع اكتمل.", "عمر بابكر"],
  ])("must NOT cut a name that opens with ب: %s", (input, speaker) => {
    expect(run(input)[0]?.speaker).toBe(speaker);
  });
});

describe("a document speaks for whoever gave or published it", () => {
  it("«وأضاف البيان» after a statement given «في بيان» is the same speaker", () => {
    const q = run(
      "وأوضح مصدر مسؤول في بيان نقلته وكالة الأنباء أن الموقف ثابت. وأضاف البيان: «كان على الحكومة أن تتحمل مسؤولياتها».",
    );
    expect(q.map((x) => x.speaker)).toEqual(["مصدر مسؤول", "مصدر مسؤول"]);
  });

  it("must NOT credit the last speaker with a report he did not give", () => {
    // The person spoke in an interview; "التقرير" is a source of its own.
    const q = run("وقال الخبير سامي النجار في مقابلة إن الأسعار سترتفع. وأضاف التقرير أن التضخم بلغ خمسة في المئة.");
    expect(q.find((x) => x.text.includes("التضخم"))?.speaker).not.toBe("سامي النجار");
  });

  it("«البيان» is its speaker's even after someone else spoke", () => {
    const q = run(
      "وقال مصدر مسؤول في بيان إن الموقف ثابت. في المقابل، قال المحلل خالد العمر إن التصعيد متوقع. وبحسب البيان فإن الحوار ممكن.",
    );
    expect(q.find((x) => x.text.includes("الحوار"))?.speaker).toBe("مصدر مسؤول");
  });

  it("«الوثائق المسربة» are the outlet's that published them", () => {
    const q = run(
      "كشفت وثائق مسربة لموقع «ويكيليكس» أن الوكالة تجسست على الوزراء. وذكرت صحيفة «الشرق» أن الرقم كان ضمن القائمة. وتشير الوثائق المسربة إلى تجسس طويل على الوزارة.",
    );
    expect(q.find((x) => x.text.includes("تجسس طويل"))?.speaker).toBe("ويكيليكس");
  });

  it("must NOT give a document of someone else (البيان الختامي للقمة) to the earlier speaker", () => {
    const q = run("وقال الوزير خالد العمر في بيان إن الموقف ثابت. وأكد البيان الختامي للقمة أن الحوار ممكن.");
    expect(q.find((x) => x.text.includes("الحوار"))?.speaker).not.toBe("خالد العمر");
  });

  it.each([
    ["كشفت وثائق مسربة لموقع «ويكيليكس» أن الوكالة تجسست على الوزراء.", "ويكيليكس"],
    ["وكشف تقرير جديد لمنظمة الصحة العالمية أن الإصابات تراجعت.", "منظمة الصحة العالمية"],
  ])("papers of a body or an outlet: %s", (input, speaker) => {
    expect(run(input)[0]?.speaker).toBe(speaker);
  });
});

describe("a headline's unnamed source is the named person whose words it repeats", () => {
  function headline(title: string, text: string) {
    const out = findQuotes({ title, text });
    const q = out.quotes.find((x) => x.kind === "headline");
    return { headline: out.speakers.find((s) => s.id === q?.speakerId)?.name, all: out };
  }

  it("«مسؤول تركي:» over a body quoting a named exporter saying the same", () => {
    const { headline: who } = headline(
      "مسؤول تركي: التجارة مع سوريا تتجاوز 3 مليارات دولار بنهاية العام",
      "قال رئيس اتحاد المصدرين، كمال أوزتورك، إن حجم التجارة مع سوريا سيتجاوز 3 مليارات دولار بنهاية العام الجاري.",
    );
    expect(who).toBe("كمال أوزتورك");
  });

  it("the same unnamed source in the lede goes with it", () => {
    const { all } = headline(
      "مسؤول كردي: معارك بين مسلحي التنظيم الشيشان والتركمان",
      "ذكر مسؤول كردي أمس أن عشرات المسلحين قتلوا. وقال سعيد الكردي، مسؤول الإعلام في الحزب، إن «المعارك اندلعت بين مسلحي التنظيم الشيشان والتركمان في تلعفر».",
    );
    const names = all.quotes.map((q) => all.speakers.find((s) => s.id === q.speakerId)?.name);
    expect(names).toEqual(["سعيد الكردي", "سعيد الكردي", "سعيد الكردي"]);
  });

  it.each([
    // The named person says something else: the headline stays with its unnamed source.
    [
      "مسؤول أمريكي: الهدنة صامدة رغم الخروقات",
      "وقال مسؤول أمريكي إن الهدنة صامدة رغم الخروقات. في المقابل، قال المتحدث باسم الجيش، سامي الرفاعي، إن الخروقات مستمرة منذ أيام.",
      "مسؤول أمريكي",
    ],
    // The headline names someone: no content matching is needed.
    [
      "الرفاعي: الخروقات مستمرة منذ أيام",
      "قال المتحدث باسم الجيش، سامي الرفاعي، إن الخروقات مستمرة منذ أيام. وقال مسؤول أمريكي إن الخروقات مستمرة منذ أيام.",
      "سامي الرفاعي",
    ],
  ])("must NOT move the headline: %s", (title, text, speaker) => {
    expect(headline(title, text).headline).toBe(speaker);
  });
});

describe("a subtitle or crosshead `SPEAKER: words` in the body is a headline quote", () => {
  it("with a speaker the article names elsewhere", () => {
    const text =
      "وقال مدير عام التوظيف خالد المسعودي إن الوزارة ستنشر النتائج كاملة.\n\nالمسعودي: لا محاباة في التوظيف\n\nوأضاف أن اللجان مستقلة.";
    const out = findQuotes({ title: "", text });
    const q = out.quotes.find((x) => x.rule === "headline.block");
    expect(q).toMatchObject({ kind: "headline", text: "لا محاباة في التوظيف" });
    expect(out.speakers.find((s) => s.id === q?.speakerId)?.name).toBe("خالد المسعودي");
    expect(text.slice(q?.start, q?.end)).toBe("لا محاباة في التوظيف");
  });

  it("with a role and a name of its own", () => {
    const text = "رئيس اتحاد المصدرين أحمد قاراجا: الصادرات عبر المعبر تضاعفت خلال عام\n\nوارتفعت الصادرات هذا العام.";
    const out = findQuotes({ title: "", text });
    const q = out.quotes.find((x) => x.rule === "headline.block");
    expect(out.speakers.find((s) => s.id === q?.speakerId)?.name).toBe("أحمد قاراجا");
  });

  it.each([
    "الموعد: الأحد المقبل في قاعة المؤتمرات الكبرى\n\nوسيحضر الوزراء.",
    "ملاحظة: الأسعار تشمل الضريبة المضافة\n\nوتبدأ الحجوزات غدا.",
    // A paragraph with a colon and no speaker: narration.
    "النتيجة النهائية: فوز الفريق الأول بثلاثة أهداف\n\nوتأهل إلى النهائي.",
  ])("must NOT read a label as a speaker: %s", (text) => {
    expect(findQuotes({ title: "", text }).quotes.filter((q) => q.rule === "headline.block")).toEqual([]);
  });
});

describe("accusations and complaints report speech", () => {
  it.each([
    ["واتهم المتحدث باسم الحركة، خالد العمر، الحكومة بعرقلة الاتفاق.", "خالد العمر", "الحكومة بعرقلة الاتفاق"],
    ["واشتكى السكان من انقطاع المياه منذ أسبوع.", "السكان", "انقطاع المياه منذ أسبوع"],
    ["وشكا المزارعون من ارتفاع أسعار الأسمدة.", "المزارعون", "ارتفاع أسعار الأسمدة"],
  ])("%s", (input, speaker, text) => {
    expect(run(input)[0]).toMatchObject({ speaker, text });
  });

  it.each([
    // أمل the given name, علق "hung": neither is a cue.
    ["وقالت أمل حسن إن المدرسة أغلقت.", "أمل حسن"],
    ["وعلق المحتجون لافتات على الجدران. وقال خالد العمر إن الاحتجاج سلمي.", "خالد العمر"],
  ])("must NOT read the other word: %s", (input, speaker) => {
    const q = run(input);
    expect(q).toHaveLength(1);
    expect(q[0]?.speaker).toBe(speaker);
  });
});

describe("a name does not run into the object", () => {
  it.each([
    // A noun in construct with a body (قرار مجلس) after a name of two words is the object.
    ["وانتقد رئيس الوزراء بنيامين نتنياهو قرار مجلس الأمن، وقال إن «القرار منحاز».", "بنيامين نتنياهو"],
    // A given name in ب after a role is the name, not the ب-complement of أشاد.
    ["وأشاد رئيس الوزراء بنيامين نتنياهو بالاتفاق مع الإمارات.", "بنيامين نتنياهو"],
  ])("%s", (input, speaker) => {
    for (const q of run(input)) expect(q.speaker).toBe(speaker);
  });

  it.each([
    ["وقال رئيس اللجنة محمد سالم العلي إن مجلس الوزراء وافق على الخطة.", "محمد سالم العلي"],
    ["وقال محمد العلي مدير هيئة الطرق إن العمل سيبدأ قريبا.", "محمد العلي"],
  ])("must NOT cut a name that a body merely follows: %s", (input, speaker) => {
    expect(run(input)[0]?.speaker).toBe(speaker);
  });
});

describe("a role-only source named later: a nisba meets the name of its place", () => {
  it("«اقتصادي كردي» is the economist of «الجمعية الكردستانية» named after", () => {
    const q = run(
      "وأكد اقتصادي كردي أن الأسعار سترتفع. وقال الدكتور سعيد أحمد، عضو جمعية الاقتصاد الكردستانية، إن التضخم بلغ ذروته.",
    );
    expect(q.map((x) => x.speaker)).toEqual(["سعيد أحمد", "سعيد أحمد"]);
  });

  it("must NOT join a nisba to a place it is not the nisba of", () => {
    const q = run(
      "وأكد اقتصادي كردي أن الأسعار سترتفع. وقال الدكتور سعيد أحمد، عضو جمعية الاقتصاد الكويتية، إن التضخم بلغ ذروته.",
    );
    expect(q[0]?.speaker).toBe("اقتصادي كردي");
  });
});

describe("«لم ترد … على طلبات للتعليق»: the body that did not answer is not who «وقال» means", () => {
  it("the speaker before the no-comment line goes on", () => {
    const q = run(
      "قال سامي الخطيب إن السلطات أعادت إليه جوازه. ولم ترد وزارة الداخلية على طلبات للتعليق. وقال إن السفر سيبدأ قريبا.",
    );
    expect(q.find((x) => x.text.includes("السفر"))?.speaker).toBe("سامي الخطيب");
  });

  it("must NOT drop a negated subject that «لكنها» goes on with", () => {
    const q = run("ولم ترد وزارة الداخلية على الاتهامات، لكنها أكدت أن التحقيق مستمر.");
    expect(q[0]?.speaker).toBe("وزارة الداخلية");
  });
});

describe("أصرّ على أن reports", () => {
  it.each([
    ["وأصر الوزير سامي الخطيب على أن الخطة ناجحة.", "سامي الخطيب", "الخطة ناجحة"],
    ["ويصر المحتجون على أن مطالبهم مشروعة.", "المحتجون", "مطالبهم مشروعة"],
  ])("%s", (input, speaker, text) => {
    expect(run(input)[0]).toMatchObject({ speaker, text });
  });
});

describe("names written with a madda are not the particles أي / أن", () => {
  it.each([
    ["وقال آي ويوي إن السلطات أعادت جوازه.", "آي ويوي"],
    ["وقالت عمدة باريس آن هيدالغو إن المدينة مستعدة.", "آن هيدالغو"],
  ])("%s", (input, speaker) => {
    expect(run(input)[0]?.speaker).toBe(speaker);
  });

  it.each([
    // أن and أي without the madda stay particles.
    ["وقال سامي الخطيب أن المدينة مستعدة.", "سامي الخطيب", "المدينة مستعدة"],
    ["وقال سامي الخطيب إن أي تأخير سيكلف الكثير.", "سامي الخطيب", "أي تأخير سيكلف الكثير"],
  ])("must NOT read the particle as a name: %s", (input, speaker, text) => {
    expect(run(input)[0]).toMatchObject({ speaker, text });
  });
});

describe("«…، الذي قال إن»: the person named before the comma speaks", () => {
  it("a person with a role and a name", () => {
    const q = run("وشارك في الندوة الخبير الاقتصادي سامي النجار، الذي قال إن الأسعار سترتفع.");
    expect(q[0]).toMatchObject({ speaker: "سامي النجار", text: "الأسعار سترتفع" });
  });

  it("must NOT credit the antecedent when the relative names its own speaker", () => {
    const q = run("وزار الوفد المستشفى الجديد، الذي قال مديره خالد العمر إن الأسرة جاهزة.");
    expect(q[0]?.speaker).not.toBe("المستشفى الجديد");
  });
});
