/**
 * Table tests for an eleventh round of attribution patterns, written from the way Arabic reports are
 * built rather than from any one page: a verbal noun as the object right after a role (أكد مسؤول في
 * الوزارة قيامَ الوزارة بـ…), thanks an official offers (رفع المدير أسمى آيات الشكر) that are no name, a
 * role that belongs to a body named in marks (مسؤول في «حزب الله»، متحدث باسم «…»), a body named in
 * marks in narration that a later definite head means (أعلنت «خلية الإعلام الحربي» … وذكرت الخلية),
 * a body's data (بيانات وزارة الصحة) and UN programmes after بحسب / وفقا لـ. Every sentence is composed
 * for the test (no corpus text). Each group has inputs that must NOT match.
 */
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/core/quotes/index.ts";
import { analyze, headlineSpeaker, quoteWith } from "./quotes.helpers.ts";

describe("a verbal noun right after a role is the verb's object, not the person's name", () => {
  it.each([
    ["أكد مسؤول في وزارة الدفاع قيام الوزارة بتخصيص أوقاف خاصة للجنود.", "قيام الوزارة", "مسؤول في وزارة الدفاع"],
    ["وأكد المتحدث باسم الوزارة قيام الوزارة بتخصيص أوقاف خاصة.", "قيام الوزارة", "المتحدث باسم الوزارة"],
    [
      'أكد لـ"المدينة" مسؤول في وزارة الدفاع تخصيص أوقاف خاصة لمنسوبي القوات المسلحة.',
      "تخصيص أوقاف",
      "مسؤول في وزارة الدفاع",
    ],
  ])("%s", (text, needle, speaker) => {
    const q = quoteWith(text, needle);
    expect(q?.speaker).toBe(speaker);
    expect(q?.text.startsWith(needle)).toBe(true);
  });

  it.each([
    // A given name of the تفعيل shape after a role is the person's name.
    ["وقال الوزير تيسير العلي إن الوزارة خصصت أوقافا.", "تيسير العلي"],
    ["وقال رئيس البلدية تحسين فاضل إن المياه ستعود.", "تحسين فاضل"],
    ["وقالت المديرة تغريد حسن إن المدرسة ستفتح.", "تغريد حسن"],
  ])("must NOT take a given name for a verbal noun: %s", (text, speaker) => {
    expect(analyze(text).quotes[0]?.speaker).toBe(speaker);
  });
});

describe("the thanks an official offers are no name, and who goes on speaking is the official", () => {
  it.each([
    "ورفع مدير الجامعة أسمى آيات الشكر والتقدير لوزير التعليم على هذه الخطوة.",
    "وقدم مدير الجامعة خالص الشكر لوزير التعليم على هذه الخطوة.",
    "وقدم مدير الجامعة جزيل الشكر لوزير التعليم على هذه الخطوة.",
  ])("%s", (middle) => {
    const { quotes } = analyze(
      `وأكد مدير الجامعة الدكتور خالد العمري أن المذكرتين مهمتان. ${middle} وأضاف أن الجامعة ستعمل على ذلك.`,
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["خالد العمري", "خالد العمري"]);
  });

  it("must NOT lose a name that follows the role (the thanks come after it)", () => {
    const { quotes } = analyze(
      "وقدم مدير الجامعة الدكتور سالم المطيري خالص الشكر للوزير. وأضاف أن الجامعة ستعمل على ذلك.",
    );
    expect(quotes[0]?.speaker).toBe("سالم المطيري");
  });
});

describe("a role that belongs to a body named in marks keeps the body", () => {
  it.each([
    ['نقلت وكالة "رويترز" عن مندوب في "أوبك+" قوله إن بعض الأعضاء يفضلون التمديد.', "بعض الأعضاء", "مندوب في أوبك+"],
    ["وقال مسؤول في «حزب الله» إن الحزب لن يرد.", "الحزب لن يرد", "مسؤول في حزب الله"],
    ['وقال مصدر في "الحشد الشعبي" إن القوات تقدمت.', "القوات تقدمت", "مصدر في الحشد الشعبي"],
    ['وقال متحدث باسم "هيومن رايتس ووتش" إن المنظمة وثقت الانتهاكات.', "المنظمة وثقت", "متحدث باسم هيومن رايتس ووتش"],
  ])("%s", (text, needle, speaker) => {
    expect(quoteWith(text, needle)?.speaker).toBe(speaker);
  });

  it("the person named after such a role is the speaker", () => {
    expect(quoteWith('وقال المحلل في "نورث بريدج" سامي عادل إن السوق سعرت التمديد.', "السوق")?.speaker).toBe(
      "سامي عادل",
    );
  });

  it("must NOT take the words in marks after a role for its body when they are the quote", () => {
    const q = quoteWith('وقال المسؤول في الوزارة: "سنواصل العمل حتى النهاية مهما كانت الظروف".', "سنواصل");
    expect(q?.speaker).toBe("المسؤول في الوزارة");
    expect(q?.text).toContain("مهما كانت الظروف");
  });

  it("must NOT take where the role spoke, in marks, for its body", () => {
    const q = quoteWith('وقال الوزير في "مقابلة خاصة" إن الوزارة ستفتح المدارس.', "الوزارة ستفتح");
    expect(q?.speaker).toBe("الوزير");
  });
});

describe("a body named in marks in narration is what a later definite head means", () => {
  it.each([
    [
      'ميدانيا، أعلنت "خلية الإعلام الحربي" موجزا لعمليات القوات الأمنية. وذكرت الخلية في بيان لها، أن "القوات واصلت تطهير الناحية".',
      "القوات واصلت",
      "خلية الإعلام الحربي",
    ],
    [
      "ونشرت «هيئة الدواء المصرية» قائمة بالأدوية الناقصة. وقالت الهيئة إن الأدوية ستتوفر قريبا.",
      "الأدوية ستتوفر",
      "هيئة الدواء المصرية",
    ],
  ])("%s", (text, needle, speaker) => {
    const q = quoteWith(text, needle);
    expect(q?.speaker).toBe(speaker);
  });

  it("must NOT make a body of marks that open with no institution's head", () => {
    const { quotes } = analyze('وأطلق الناشطون حملة "الخلية الأولى" على مواقع التواصل. وقالت الخلية إن الحملة مستمرة.');
    expect(quotes[0]?.speaker).toBe("الخلية");
  });
});

describe("a body's data and a UN programme speak for the body", () => {
  it.each([
    ["وتشير بيانات وزارة الصحة إلى أن عدد الإصابات ارتفع.", "عدد الإصابات", "وزارة الصحة"],
    ["وأظهرت بيانات مؤسسة النقد العربي السعودي أن الودائع ارتفعت.", "الودائع", "مؤسسة النقد العربي السعودي"],
    ["وتشير توقعات صندوق النقد الدولي إلى أن النمو سيتباطأ.", "النمو", "صندوق النقد الدولي"],
    ["وبحسب برنامج الأغذية العالمي، فإن نصف السكان يواجهون الجوع.", "نصف السكان", "برنامج الأغذية العالمي"],
    ["ووفقا لبرنامج الأغذية العالمي، فإن نصف السكان يواجهون الجوع.", "نصف السكان", "برنامج الأغذية العالمي"],
  ])("%s", (text, needle, speaker) => {
    expect(quoteWith(text, needle)?.speaker).toBe(speaker);
  });

  it.each(["ووفقا لبرنامج الحكومة، فإن الضرائب سترتفع العام المقبل.", "وبحسب برنامج الزيارة فإن الوفد سيصل غدا."])(
    "must NOT make a programme of work a source: %s",
    (text) => {
      expect(analyze(text).quotes).toHaveLength(0);
    },
  );

  it("data described only by an adjective name no body", () => {
    expect(quoteWith("وأظهرت بيانات رسمية أن النمو تباطأ.", "النمو")?.speaker).toBe("بيانات رسمية");
  });
});

describe("names the role reader must not swallow", () => {
  it.each([
    ["ويعلق السفير أمين شلبي، المدير التنفيذي للمجلس، على الموقف قائلا: «أرى هذا البيان إدانة للإرهاب».", "أمين شلبي"],
    ["وقال عضو البرلمان عن محافظة البصرة سليم شوقي إن المنطقة تعاني.", "سليم شوقي"],
    ["وقال النائب عن ائتلاف دولة القانون محمد الصيهود إن الحكومة فشلت.", "محمد الصيهود"],
    ["وقال محافظ البصرة ماجد النصراوي إن المحافظة تعاني.", "ماجد النصراوي"],
    ["وقال وزير العمل سجعان قزي إن الحكومة باقية.", "سجعان قزي"],
    ["وقال الأمير سلطان بن سلمان بن عبد العزيز إن السياحة تنمو.", "سلطان بن سلمان بن عبد العزيز"],
  ])("%s", (text, speaker) => {
    expect(analyze(text).quotes[0]?.speaker).toContain(speaker);
  });

  it.each([
    ["وقال أمين عام الجامعة العربية أحمد أبو الغيط إن القمة ستعقد.", "أحمد أبو الغيط"],
    ["وقال أمين منطقة الرياض فيصل بن عبدالرحمن إن المشروع سينتهي.", "فيصل بن عبدالرحمن"],
    ["وقال نائب أمين عام الجامعة العربية أحمد بن حلي إن القمة ستعقد.", "أحمد بن حلي"],
  ])("must NOT take أمين of an office for a given name: %s", (text, speaker) => {
    expect(analyze(text).quotes[0]?.speaker).toBe(speaker);
  });
});

describe("a family name inside a longer name, and descriptions that run on", () => {
  it("a surname with ال found inside a name of three words is that person", () => {
    const { quotes } = analyze(
      "ودعا المرجع الديني محمود الصرخي الحسني إلى تدويل قضية العراق. وأكد الصرخي أن العراقيين لن يثقوا بالوعود.",
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[1]?.speakerId).toBe(quotes[0]?.speakerId);
  });

  it("must NOT link a father's name without ال (a given name of someone else) to the full name", () => {
    const { quotes } = analyze("وقال محمد سعيد الحربي إن العراق يحتاج إلى حل. وأكد سعيد أن الحل بعيد.");
    expect(quotes[1]?.speakerId).not.toBe(quotes[0]?.speakerId);
  });

  it.each([
    [
      "وحذّر مصدر مقرب من رئيس الحكومة تمام سلام من أن اختراع آلية جديدة غير منصوص عليها.",
      "اختراع آلية",
      "مصدر مقرب من رئيس الحكومة تمام سلام",
    ],
    [
      "وقالت لجنة الرقابة على المال العام الحكومية إنها ستتبنى مسارين لبيع أسهم البنك.",
      "ستتبنى",
      "لجنة الرقابة على المال العام الحكومية",
    ],
    [
      "وقال المكتب الإعلامي لنائب رئيس الجمهورية في بيان إن النائب أكد أن التفجير إجرامي.",
      "النائب أكد",
      "المكتب الإعلامي لنائب رئيس الجمهورية",
    ],
  ])("%s", (text, needle, speaker) => {
    expect(quoteWith(text, needle)?.speaker).toBe(speaker);
  });

  it("must NOT read whom a body warns as part of its name", () => {
    expect(quoteWith("وحذرت منظمة العفو الدولية الحكومة من أن القمع سيزيد.", "القمع")?.speaker).toBe(
      "منظمة العفو الدولية",
    );
  });
});

describe("leading attributions: opinions, verbs of issuing, and what describes the source", () => {
  it.each([
    ["وطبقا لما يراه الخبير ماجد الخيزران فإن المشكلة سياسية.", "المشكلة سياسية", "ماجد الخيزران"],
    ["وبحسب ما يقوله الخبير سالم الحربي فإن الأسعار سترتفع.", "الأسعار سترتفع", "سالم الحربي"],
    [
      "ووفقا لبيان صدر عن مجلس وزراء الخارجية الأوروبيين فإن إنشاء مجموعة دعم وسيلة ممكنة.",
      "إنشاء مجموعة",
      "مجلس وزراء الخارجية الأوروبيين",
    ],
    [
      "ووفقا لبيان صادر عن مجلس الوزراء الذي عقد الاثنين في بروكسل فإن إنشاء مجموعة دعم وسيلة ممكنة.",
      "إنشاء مجموعة",
      "مجلس الوزراء",
    ],
    [
      "وطبقا لما يراه الشيخ ماجد الخيزران، شيخ عشائر العزة وهي كبرى العشائر، في حديث للصحيفة، فإن المشكلة سياسية.",
      "المشكلة سياسية",
      "ماجد الخيزران",
    ],
  ])("%s", (text, needle, speaker) => {
    const q = quoteWith(text, needle);
    expect(q?.speaker).toBe(speaker);
    expect(q?.text.startsWith(needle)).toBe(true);
  });

  it("the source's words in marks after فإن are a direct quote without the marks", () => {
    const q = quoteWith("وطبقا لما يراه الشيخ ماجد الخيزران، فإن «المشكلة هي الخلافات السياسية».", "المشكلة");
    expect(q?.text).toBe("المشكلة هي الخلافات السياسية");
    expect(q?.rule).toBe("direct.attribution-lead");
  });

  it("must NOT skip the words of the main clause when a cue stands before the فإن", () => {
    const q = quoteWith("وبحسب المرصد، قال مسؤول إن القصف مستمر، فإن الوضع خطير.", "القصف");
    expect(q?.speaker).toBe("مسؤول");
  });

  it.each([
    [
      "مجموعة دعم دولية ووفقا لبيان صدر عن وزارة الخارجية فإن إنشاء المجموعة وسيلة ممكنة.",
      "إنشاء المجموعة",
      "وزارة الخارجية",
    ],
    ["أما ديالى وطبقا لما يراه الشيخ ماجد الخيزران، فإن المشكلة سياسية.", "المشكلة سياسية", "ماجد الخيزران"],
  ])("a crosshead or a topic run into the attribution: %s", (text, needle, speaker) => {
    expect(quoteWith(text, needle)?.speaker).toBe(speaker);
  });

  it("must NOT split a sentence whose verb comes before و + an attribution", () => {
    const { quotes } = analyze("وصل الوفد إلى القاهرة وبحسب المصادر فإن المحادثات ستبدأ غدا.");
    expect(quotes.every((q) => q.speaker !== "المصادر" || !q.text.includes("وصل الوفد"))).toBe(true);
  });
});

describe("speech with no أن: لقد after where it was said, and a verb of saying between commas", () => {
  it("لقد after an adjunct of where it was said opens the words", () => {
    const { quotes } = analyze("وقالت موغيريني في مؤتمر صحفي لقد بذل الاتحاد جهودا كبيرة في عملية السلام.");
    expect(quotes[0]?.speaker).toBe("موغيريني");
    expect(quotes[0]?.text.startsWith("لقد بذل")).toBe(true);
  });

  it("a verb of saying alone between commas credits the rest of the sentence to the speaker before", () => {
    const { quotes } = analyze(
      "وأوضح المسؤولون بأن إسرائيل قررت الامتناع عن التعقيب. وبدل ذلك، قالوا، سيتم طرح الموضوع في القنوات السرية.",
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[1]?.text.startsWith("سيتم طرح")).toBe(true);
    expect(quotes[1]?.speakerId).toBe(quotes[0]?.speakerId);
  });

  it("must NOT read a verb of saying with its subject between commas as a parenthesis", () => {
    const { quotes } = analyze("وفي السياق ذاته، قال الوزير، في بيان، إن الحكومة ستواصل العمل.");
    expect(quotes[0]?.speaker).toBe("الوزير");
    expect(quotes[0]?.text).toBe("الحكومة ستواصل العمل");
  });
});

describe("a headline's role and surname", () => {
  it("is the person the body names with that surname inside a longer name", () => {
    const out = findQuotes({
      title: "المرجع الصرخي: تدويل قضية العراق",
      text: "ودعا المرجع الديني الشيعي محمود الصرخي الحسني إلى تدويل قضية العراق.",
    });
    const headline = out.quotes.find((q) => q.kind === "headline");
    expect(out.speakers.find((s) => s.id === headline?.speakerId)?.name).toBe("محمود الصرخي الحسني");
  });

  it("must NOT credit a headline's surname to a body speaker who does not bear it", () => {
    const out = findQuotes({
      title: "المرجع الصرخي: تدويل قضية العراق",
      text: "وقال المتحدث باسم الحكومة سعد الحديثي إن الحكومة ترفض التدويل.",
    });
    const headline = out.quotes.find((q) => q.kind === "headline");
    expect(out.speakers.find((s) => s.id === headline?.speakerId)?.name).not.toBe("سعد الحديثي");
  });
});

describe("admissions, what someone said, and a verb that frames a saying", () => {
  it.each([
    ["وفي الوقت نفسه اعترف كروز بأنه شعر بالخوف خلال التصوير.", "شعر بالخوف", "كروز"],
    ["واعترف سالم الحربي بأنه شعر بالخوف.", "شعر بالخوف", "سالم الحربي"],
    ["واعترف الوزير بأنه أخطأ في التقدير.", "أخطأ", "الوزير"],
    ["وأقر كروز بأن التصوير كان صعبا.", "التصوير", "كروز"],
    ["غير ان علي خامنئي حذر السبت بان بلاده ستواصل دعم حلفائها.", "بلاده ستواصل", "علي خامنئي"],
  ])("%s", (text, needle, speaker) => {
    expect(quoteWith(text, needle)?.speaker).toBe(speaker);
  });

  it("must NOT take what a verb describes for its speaker", () => {
    expect(quoteWith("ووصف ترامب الاتفاق بأنه سيئ للغاية.", "سيئ")?.speaker).toBe("ترامب");
  });

  it("a quotation after حيث قال is words of their own, not the end of the admission", () => {
    const { quotes } = analyze("واعترف كروز بأنه شعر بالخوف، حيث قال: «شعرت بضربات الرياح القوية».");
    expect(quotes.map((q) => q.text)).toEqual(["شعر بالخوف", "شعرت بضربات الرياح القوية"]);
    expect(quotes[1]?.speaker).toBe("كروز");
  });

  it.each([
    [
      "وبدا لافتا ما أعلنه عون أمس في حديث إلى وكالة الأنباء الإيرانية عن أن «إسقاط الحكومة ليس من الأهداف».",
      "إسقاط الحكومة",
      "عون",
    ],
    [
      "ولفت ما أعلنه منسق الأمانة العامة فارس سعيد على صفحته على موقع «تويتر» عن أن «موضوع الرئاسة على طريق الحلحلة».",
      "موضوع الرئاسة",
      "فارس سعيد",
    ],
    ["وكان لافتا ما قاله الوزير من أن الحكومة باقية.", "الحكومة باقية", "الوزير"],
  ])("what someone said, named by ما: %s", (text, needle, speaker) => {
    expect(quoteWith(text, needle)?.speaker).toBe(speaker);
  });

  it.each(["وكان لافتا ما أعلنه الوزير أمس في المؤتمر.", "ولم يتضح ما قاله الوزير خلال الاجتماع المغلق."])(
    "must NOT make a quote of what was said when no words follow: %s",
    (text) => {
      expect(analyze(text).quotes).toHaveLength(0);
    },
  );

  it("لفت إلى أن is still the speaker's own pointing out", () => {
    expect(quoteWith("ولفت الوزير إلى أن الحكومة باقية.", "الحكومة باقية")?.speaker).toBe("الوزير");
  });

  it("after اكتفى, its subject says what بالقول brings, past an adjunct naming someone else", () => {
    const q = quoteWith(
      "وفيما اكتفى وزير العمل سجعان قزي بعد لقائه الرئيس سلام بالقول: «إنه وقت للصمود وليس للانسحاب».",
      "وقت للصمود",
    );
    expect(q?.speaker).toBe("سجعان قزي");
  });

  it("must NOT take the subject of an earlier frame verb across a comma", () => {
    const q = quoteWith(
      "ورد الوزير سالم العلي بعد الجلسة على الأسئلة، فيما علق المتحدث خالد سعد بعد الجلسة بالقول: «لا تعليق».",
      "لا تعليق",
    );
    expect(q?.speaker).toBe("خالد سعد");
  });
});

describe("a document's author named with ل, and a body's long name in marks", () => {
  it("a tweet of someone, retweeted by another, is the words of whom it names", () => {
    const { quotes } = analyze(
      'وزير الخارجية عبدالله بن زايد أعاد نشر تغريدة للناشط علي النعيمي، جاء فيها "اعلم أنك خسرت وطنك"، كما أعاد نشر تغريدة أخرى للناشط عارف عمر، جاء فيها "انكشف الدفاع عن الوطن".',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["علي النعيمي", "عارف عمر"]);
  });

  it("must NOT look past the document to its reader when it names no author", () => {
    const { quotes } = analyze('ونشرت وزارة الصحة تقريرا مفصلا، جاء فيه أن "الإصابات تراجعت".');
    expect(quotes[0]?.speaker).toBe("وزارة الصحة");
  });

  it("a body's long name in marks after the verb is the speaker", () => {
    const q = quoteWith(
      'وقال "تجمع اهالي المعتقلين السلفيين في سجون سلطة حماس" في بيان تسلمت وكالة فرانس برس نسخة منه ان "سلطات حماس اعتقلت عددا منهم".',
      "سلطات حماس",
    );
    expect(q?.speaker).toBe("تجمع اهالي المعتقلين السلفيين في سجون سلطة حماس");
  });

  it("must NOT make a body of the verb تجمّع (gathered)", () => {
    const { quotes } = analyze("وتجمع المتظاهرون أمام مبنى الوزارة. وقال المتظاهرون إن مطالبهم مشروعة.");
    expect(quotes[0]?.speaker).toBe("المتظاهرون");
  });
});

describe("a role quoted alone, named in full later", () => {
  it("رئيس is a role head: the long role quoted first is the person named with it after", () => {
    const { quotes } = analyze(
      "رئيس هيئة المنافذ الحدودية في العراق يؤكد للميادين أن المعبر سيستقبل الشاحنات. وأكّد رئيس هيئة المنافذ الحدودية في العراق، اللواء سعد الجبوري، أنّ المعبر سيستقبل البضائع.",
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.speakerId).toBe(quotes[1]?.speakerId);
    expect(quotes[0]?.speaker).toBe("سعد الجبوري");
  });

  it("must NOT join a long role to a person whose role differs in a word", () => {
    const { quotes } = analyze(
      "رئيس هيئة المنافذ الحدودية في العراق يؤكد أن المعبر سيستقبل الشاحنات. وأكّد رئيس هيئة النزاهة في العراق، القاضي علاء الساعدي، أنّ التحقيق مستمر.",
    );
    expect(quotes[0]?.speakerId).not.toBe(quotes[1]?.speakerId);
  });
});

describe("a count written in words is no name", () => {
  it("the one who goes on speaking is not a count of years", () => {
    const { quotes } = analyze(
      "وقال المتهم محمد زد إنه بريء. وكان يواجه السجن عشر سنوات عن تهمة الارهاب وحدها. وقال انه سافر الى سوريا لمساعدة اللاجئين.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["محمد زد", "محمد زد"]);
  });

  it.each([
    ["وقال خمسة أشخاص إنهم شاهدوا الحادث.", "خمسة أشخاص"],
    ["وقال ثلاثة شهود، إنهم شاهدوا الحادث.", "ثلاثة شهود"],
  ])("must NOT lose a group counted in words: %s", (text, speaker) => {
    expect(analyze(text).quotes[0]?.speaker).toBe(speaker);
  });
});

describe("suppositions and things named before a name", () => {
  it("a verb of saying after إذا is a supposition: the speaker goes on", () => {
    const { quotes } = analyze(
      "وأكد المهندس فهمي صبحة أن القطاع ينمو. وإذا استبعدت الإيرادات النفطية تصبح مساهمة القطاع 7.7 في المئة. ومضى يقول: بلغت الاستثمارات 8 مليارات.",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["فهمي صبحة", "فهمي صبحة"]);
  });

  it("must NOT drop a statement whose verb follows إذا only further on", () => {
    expect(quoteWith("وقال الوزير إنه إذا استمر الوضع فستتدخل الحكومة.", "استمر")?.speaker).toBe("الوزير");
  });

  it.each([
    ["وقال الفارس عبدالله ناصر سليمان إن السباق صعب.", "عبدالله ناصر سليمان"],
    ["وقال المعارض الصيني آي ويوي إن الفن حر.", "آي ويوي"],
    ["وقالت الفنانة فيفي عبده إن الحفل ناجح.", "فيفي عبده"],
  ])("a definite noun of a person's shape before a name describes the person: %s", (text, speaker) => {
    expect(analyze(text).quotes[0]?.speaker).toBe(speaker);
  });

  it("must NOT read a thing named before words as a role and a name", () => {
    const { quotes } = analyze(
      "وقال المتهم محمد زد إنه بريء. وكان يواجه الحكم تهمة ثقيلة عن الارهاب. وقال انه سافر لمساعدة اللاجئين.",
    );
    expect(quotes[1]?.speaker).toBe("محمد زد");
  });
});

describe("a headline that names a role is the person the body names with a fuller one", () => {
  it.each([
    [
      "متحدث القابضة للمياه: الانقطاعات في 14 قرية فقط",
      "وقال المتحدث الرسمي باسم الشركة القابضة لمياه الشرب هشام عبد الرازق إن الانقطاعات محدودة.",
      "هشام عبد الرازق",
    ],
    [
      "المبعوث الأممي للسودان: الطرفان قبلا هدنة إنسانية",
      "وقال المبعوث الخاص للأمين العام للأمم المتحدة إلى السودان يوهان برانت إن الطرفين قبلا الهدنة.",
      "يوهان برانت",
    ],
    [
      "مدير الري بسطيف لـ«الشروق»: سد عين زادة عند 19%",
      "وقال المدير الولائي للموارد المائية رشيد بوعلام إن السد عند 19%.",
      "رشيد بوعلام",
    ],
  ])("%s", (title, text, speaker) => {
    expect(headlineSpeaker(title, text)).toBe(speaker);
  });

  it("must NOT pick one of two people with the role when the headline's words fit neither", () => {
    expect(
      headlineSpeaker(
        "مدير الري بسطيف: السد عند 19%",
        "وقال مدير المستشفى سالم العلي إن الوضع مستقر. وقال مدير المدرسة خالد سعد إن الدراسة مستمرة.",
      ),
    ).not.toMatch(/سالم العلي|خالد سعد/);
  });

  it("must NOT move a headline that names its person to another", () => {
    expect(
      headlineSpeaker(
        "المتحدث سامي عادل: لا تعليق",
        "وقال المتحدث الرسمي باسم الشركة هشام عبد الرازق إن الانقطاعات محدودة.",
      ),
    ).not.toBe("هشام عبد الرازق");
  });
});

describe("an emphasis mark a paragraph leaves open does not swallow the quotes after it", () => {
  it("each later quotation is found with its speaker", () => {
    const text = [
      'عاصفة من الجدل فجرتها حلقات البرنامج الساخر "سيلفي من بطولة الفنان ناصر القصبي. ودافع مخرج العمل أوس الشرقي عن البرنامج قائلا: "نحن جزء من الأحداث التي تجري في المجتمع."',
      'وأكد الشرقي أن الضجة كانت متوقعة قائلا: "كانت لدينا توقعات بأن المسلسل سيثير ضجة." وأضاف: "تفاجأنا من الكم الهائل من الرسائل.',
      'وهذا هو الأهم."',
    ].join("\n\n");
    const { quotes } = analyze(text);
    const found = (needle: string) => quotes.find((q) => q.text.includes(needle));
    expect(found("نحن جزء من الأحداث")?.speaker).toBe("أوس الشرقي");
    expect(found("كانت لدينا توقعات")?.speaker).toBe("أوس الشرقي");
    expect(found("تفاجأنا")?.text).toContain("وهذا هو الأهم");
  });

  it("must NOT cut a quotation opened after a colon that runs over paragraphs", () => {
    const text = ['وقال الوزير: "سنواصل العمل في كل المناطق.', 'ولن نتوقف حتى ننتهي من المشروع كله."'].join("\n\n");
    const { quotes } = analyze(text);
    expect(quotes[0]?.text).toContain("ولن نتوقف");
  });
});

describe("a person's doing the lexicon lacks, in construct, then a given name", () => {
  it.each([
    ["ودافع مخرج العمل أوس الشرقي عن البرنامج قائلا: «نحن داخل الحدث».", "أوس الشرقي"],
    ["وقال منتج الفيلم سامي عادل إن العرض ناجح.", "سامي عادل"],
  ])("%s", (text, speaker) => {
    expect(analyze(text).quotes[0]?.speaker).toBe(speaker);
  });

  it("must NOT read a thing in construct before a given name as a role", () => {
    expect(analyze("وقال محمد الحربي إن الوضع صعب.").quotes[0]?.speaker).toBe("محمد الحربي");
  });
});

describe("a response's words, counting something as, and a region in a long role", () => {
  it("what came in someone's response is theirs", () => {
    const q = quoteWith(
      "وجاء في رد المسؤولين الإسرائيليين على الاتهامات، أن القوات الأمنية التزمت بالقانون.",
      "القوات الأمنية",
    );
    expect(q?.speaker).toBe("المسؤولين الإسرائيليين");
  });

  it("must NOT read رد as a document when it is the verb", () => {
    expect(quoteWith("ورد الوزير على الاتهامات قائلا إن القوات التزمت بالقانون.", "القوات")?.speaker).toBe("الوزير");
  });

  it("عادّا أن goes on with the speaker", () => {
    const { quotes } = analyze("وأشاد اللاعب السابق ناصر الفهد بالصفقة، عادّا أنه من أهم المهاجمين في الوقت الحالي.");
    expect(quotes.find((q) => q.text.includes("أهم المهاجمين"))?.speaker).toBe("ناصر الفهد");
  });

  it("must NOT read the two who returned as a cue", () => {
    expect(analyze("وعادا إلى المنزل بعد الظهر.").quotes).toHaveLength(0);
  });

  it("a region joined by و and a point of the compass stays inside the role", () => {
    const q = quoteWith(
      'وقالت المديرة التنفيذية لقسم الشرق الأوسط وشمال أفريقيا في "هيومن رايتس ووتش"، سارة ليا ويتسن، "إن الأمر مروع ويتعارض مع القانون".',
      "الأمر مروع",
    );
    expect(q?.speaker).toBe("سارة ليا ويتسن");
  });
});

describe("a verbal noun of saying framed by a verb", () => {
  it.each([
    [
      "وقال وزير الخارجية جون كيري إن المحادثات جيدة. وحرص كيري على التوضيح بأن بلاده لا تنسق مع إيران.",
      "بلاده لا تنسق",
      "جون كيري",
    ],
    ["وحرص الوزير على التأكيد على أن الحكومة باقية.", "الحكومة باقية", "الوزير"],
  ])("%s", (text, needle, speaker) => {
    expect(quoteWith(text, needle)?.speaker).toBe(speaker);
  });

  it.each(["وتم التأكيد على أن الحكومة باقية.", "وجرى خلال اللقاء التأكيد على أهمية التعاون."])(
    "must NOT credit a passive or an object to anyone: %s",
    (text) => {
      expect(analyze(text).quotes).toHaveLength(0);
    },
  );

  it("must NOT break a speaker's words at والتأكيد على + a noun", () => {
    const { quotes } = analyze(
      "وقال البيان إن على الدول العمل سوية من أجل توحيد الصف وجمع الكلمة، والتأكيد على ما هو مشترك وجامع.",
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toContain("والتأكيد على ما هو مشترك");
  });
});

describe("a relative clause after a person named with a role is that person's statement", () => {
  it.each([
    [
      "لم يحبط القرار عزيمة المدرب الهولندي لويس فان غال الذي أكد انه لم يفقد الامل في ضمه.",
      "لم يفقد الامل",
      "لويس فان غال",
    ],
    ["وأثار القرار غضب الوزير خالد العلي الذي أكد أن الحكومة لن تقبل به.", "الحكومة لن تقبل", "خالد العلي"],
  ])("%s", (text, needle, speaker) => {
    expect(quoteWith(text, needle)?.speaker).toBe(speaker);
  });

  it("must NOT credit a relative clause about a thing to anyone", () => {
    // (The rule reads the antecedent as the subject before the verb, an SVO statement: none may come of a thing.)
    const { quotes } = analyze("ونشر الموقع التقرير الذي أكد أن الأسعار سترتفع.");
    expect(quotes.filter((q) => q.rule === "indirect.verb-svo")).toHaveLength(0);
  });
});

describe("an unnamed person described by where they are from", () => {
  it.each([
    ["وقالت سيدة من حي الغويرية إن المياه لم تصل إلى خزانها.", "سيدة من حي الغويرية"],
    ["وقال شاب من مدينة الزرقاء إن المياه انقطعت.", "شاب من مدينة الزرقاء"],
    ["وقال مواطن من حي النزهة إن المياه انقطعت.", "مواطن من حي النزهة"],
  ])("%s", (text, speaker) => {
    expect(analyze(text).quotes[0]?.speaker).toBe(speaker);
  });

  it("must NOT take what the words are about for where the person is from", () => {
    const q = quoteWith("وحذر شاب من تفاقم الأزمة في الحي.", "تفاقم");
    expect(q?.speaker).toBe("شاب");
  });
});

describe("a headline naming a body by one word of its name", () => {
  it("is the body the article names in full", () => {
    expect(
      headlineSpeaker(
        "المياه: برنامج توزيع استثنائي للزرقاء",
        "وقالت وزارة المياه والري في بيان إن برنامج التوزيع سيطبق.",
      ),
    ).toBe("وزارة المياه والري");
  });

  it("must NOT credit a body whose name lacks the headline's word", () => {
    expect(headlineSpeaker("الحكومة: لا تعديل", "وقالت وزارة الصحة في بيان إنه لا إصابات جديدة.")).not.toBe(
      "وزارة الصحة",
    );
  });
});

describe("على حد ما ذكره: according to what someone said", () => {
  it.each([
    "بلغت خسائر الألمان 6.5 مليارات يورو على حد ما ذكره المكتب الاتحادي للإحصاء.",
    "بلغت خسائر الألمان 6.5 مليارات يورو على حد ماذكره المكتب الاتحادي للإحصاء.",
  ])("credits the words before it: %s", (text) => {
    const q = quoteWith(text, "خسائر الألمان");
    expect(q?.speaker).toBe("المكتب الاتحادي للإحصاء");
  });

  it("must NOT cut a speaker's own words at على حد قوله", () => {
    const q = quoteWith("وقال الوزير إن الأسعار سترتفع، على حد قوله.", "الأسعار");
    expect(q?.speaker).toBe("الوزير");
  });
});

describe("سلط الضوء على أن: shed light on that", () => {
  it("brings the words after أن, past the light", () => {
    const q = quoteWith("وسلط الوزير الضوء على أن الحكومة ستواصل دعم القطاع.", "الحكومة ستواصل");
    expect(q?.speaker).toBe("الوزير");
    expect(q?.text).toBe("الحكومة ستواصل دعم القطاع");
  });

  it.each(["وسلطت الصحيفة الضوء على معاناة اللاجئين في المخيمات.", "وسلطت الحكومة جهودها على الإصلاح."])(
    "must NOT make a quote of a topic: %s",
    (text) => {
      expect(analyze(text).quotes).toHaveLength(0);
    },
  );
});

describe("a closing attribution whose source is placed", () => {
  it.each([
    "بلغت خسائر الألمان 6.5 مليارات يورو بحسب المكتب الاتحادي للإحصاء في برلين.",
    "بلغت خسائر الألمان 6.5 مليارات يورو على حد ما ذكره المكتب الاتحادي للإحصاء في العاصمة الألمانية.",
  ])("credits the words before it: %s", (text) => {
    expect(quoteWith(text, "خسائر الألمان")?.speaker).toBe("المكتب الاتحادي للإحصاء");
  });

  it("must NOT take a plan with a place for a source", () => {
    expect(analyze("ستبدأ الأعمال الشهر المقبل بحسب الخطة في المدينة.").quotes).toHaveLength(0);
  });
});
