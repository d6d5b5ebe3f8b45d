/**
 * Table tests for a seventh round of attribution patterns, met on real Gulf reports (SaudiNewsNet): an
 * envoy's role that names where he is sent (المبعوث الخاص إلى سوريا …), and a name that never runs into
 * the place after it. Every sentence is composed for the test (no corpus text). Each group has inputs
 * that must NOT match.
 */
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/core/segment/index.ts";
import { analyze, quoteWith } from "./quotes.helpers.ts";

describe("an envoy's role runs on through إلى + where he is sent, and his name follows", () => {
  it.each([
    [
      "وقال المبعوث الأممي إلى ليبيا سليم الورفلي إن الحوار سيستأنف الأسبوع المقبل.",
      "سليم الورفلي",
      "المبعوث الأممي إلى ليبيا",
    ],
    ["وقال مبعوث الرئيس إلى الرياض خالد العتيبي إن الزيارة ناجحة.", "خالد العتيبي", "مبعوث الرئيس إلى الرياض"],
    ["وقال المبعوث إلى الأمم المتحدة سامي الحربي إن الملف مغلق.", "سامي الحربي", "المبعوث إلى الأمم المتحدة"],
  ])("%s", (input, speaker, title) => {
    const q = analyze(input).quotes[0];
    expect(q?.speaker).toBe(speaker);
    expect(q?.title).toBe(title);
  });

  it("links a later bare role (المبعوث الخاص) to the envoy named in narration before", () => {
    const text =
      "وصل المبعوث الخاص إلى سوريا جان مارك لوبيز إلى عمّان أمس. وقال المبعوث الخاص إن المشاورات ستستمر شهرا.";
    expect(quoteWith(text, "المشاورات")?.speaker).toBe("جان مارك لوبيز");
  });

  it("must NOT take the verb's destination into the role when no name follows", () => {
    for (const input of [
      "ووصل المبعوث الأممي إلى القاهرة أمس، وقال إن الحل سياسي.",
      "ووصل المبعوث الخاص إلى دمشق قادما من بيروت، وقال إن الحل سياسي.",
    ]) {
      const q = quoteWith(input, "الحل سياسي");
      expect(q?.speaker).toMatch(/^المبعوث (?:الأممي|الخاص)$/);
    }
  });
});

describe("a name never runs into the state or city after it", () => {
  it.each([
    ["زار وزير الخارجية الأمريكي جون كيري طهران أمس، وقال إن الاتفاق صامد.", "جون كيري"],
    ["وصل الرئيس الفرنسي إيمانويل ماكرون بيروت صباحا، وأكد أن المساعدات ستصل.", "إيمانويل ماكرون"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes[0]?.speaker).toBe(speaker);
  });

  it("must NOT cut a name of one word before a place-like word, nor a name with no place", () => {
    expect(analyze("وقال الوزير خالد الفالح إن الإنتاج مستقر.").quotes[0]?.speaker).toBe("خالد الفالح");
  });
});

describe("a statement من a body (بيان من مكتب …) speaks for that body", () => {
  it.each([
    ["وقال بيان من مكتب الأمين العام إن المحادثات ستستأنف.", "مكتب الأمين العام"],
    ["وقال بيان من الحكومة الأردنية إن المعبر سيفتح غدا.", "الحكومة الأردنية"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes[0]?.speaker).toBe(speaker);
  });

  it("must NOT take what the statement is made of for its issuer", () => {
    expect(analyze("وقال بيان من ثلاث نقاط إن المعبر سيفتح غدا.").quotes[0]?.speaker).toBe("بيان");
  });
});

describe("a quantified group speaks with its quantifier (عدد من، العديد من، بعض، كل من)", () => {
  it.each([
    ["وأشار عدد من رواد مواقع التواصل الاجتماعي إلى أن المقطع مفبرك.", "عدد من رواد مواقع التواصل الاجتماعي"],
    ["وأكد العديد من الخبراء أن السوق مستقر.", "العديد من الخبراء"],
    ["وذكرت بعض وسائل الإعلام المحلية أن المباراة شهدت تلاعبا.", "بعض وسائل الإعلام المحلية"],
    ["وقال بعض السكان إن الماء انقطع منذ أسبوع.", "بعض السكان"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes[0]?.speaker).toBe(speaker);
  });

  it("credits a joint statement (كل من A وB) to the first one named", () => {
    expect(analyze("وأكد كل من خالد سالم وسعد علي أن السباق نجح.").quotes[0]?.speaker).toBe("خالد سالم");
  });

  it("must NOT read the quantifier alone as the speaker", () => {
    const speakers = analyze("وأشار عدد من السكان إلى أن الطريق مغلق. وقال بعض التجار إن الأسعار ارتفعت.").quotes.map(
      (q) => q.speaker,
    );
    expect(speakers).not.toContain("عدد");
    expect(speakers).not.toContain("بعض التجار إن");
    expect(speakers).toEqual(["عدد من السكان", "بعض التجار"]);
  });
});

describe("a definite noun the lexicon does not know, before a name, describes the person", () => {
  it.each([
    ["وقال الفارس عبدالله ناصر سليمان إن المسيرة نجحت.", "عبدالله ناصر سليمان", "الفارس"],
    ["وقال الشاعر مقبل سعد السويدي إن القصيدة جديدة.", "مقبل سعد السويدي", "الشاعر"],
  ])("%s", (input, speaker, title) => {
    const q = analyze(input).quotes[0];
    expect(q?.speaker).toBe(speaker);
    expect(q?.title).toBe(title);
  });

  it("must NOT take a given name with ال (الوليد بن طلال) for a description", () => {
    expect(analyze("وقال الوليد بن طلال إن الاستثمار مستمر.").quotes[0]?.speaker).toBe("الوليد بن طلال");
  });

  it("must NOT read an agency named like a person (فارس) in الفارس, nor lose the agency", () => {
    expect(analyze("وقال الفارس إن المسيرة نجحت.").speakers.some((s) => s.kind === "media")).toBe(false);
    expect(analyze("وذكرت وكالة فارس أن الهجوم وقع.").speakers[0]?.kind).toBe("media");
  });

  it("must NOT run a name into a second person joined by و (وسعد، وعبدالله)", () => {
    expect(analyze("وأكد خالد سالم وعبدالله علي أن السباق نجح.").quotes[0]?.speaker).toBe("خالد سالم");
  });
});

describe("قال + speaker + لقد: speech with no colon, mark or أن", () => {
  it("reads the words from لقد as the speaker's", () => {
    const q = quoteWith("وقال الفارس عبدالله ناصر سليمان لقد سررت بنجاح المسيرة.", "سررت");
    expect(q?.speaker).toBe("عبدالله ناصر سليمان");
    expect(q?.text.startsWith("لقد سررت")).toBe(true);
  });

  it("must NOT take a lone لقد, nor لقد after a verb that is not of saying", () => {
    expect(analyze("وقال الوزير لقد.").quotes).toHaveLength(0);
    expect(analyze("وزار الوزير لقد انتهينا من المشروع.").quotes).toHaveLength(0);
  });
});

describe("a unit of a larger body is named with it (المركز الإعلامي في مديرية الأمن العام)", () => {
  it.each([
    ["وأوضح المركز الإعلامي في مديرية الأمن العام أن المتهم اعترف.", "المركز الإعلامي في مديرية الأمن العام"],
    ["وأعلنت اللجنة القانونية في البرلمان العراقي أن القانون جاهز.", "اللجنة القانونية في البرلمان العراقي"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes[0]?.speaker).toBe(speaker);
  });

  it("must NOT take the statement it spoke in, or a place, into the body's name", () => {
    expect(analyze("وقالت الوزارة في بيان إن المعبر سيفتح غدا.").quotes[0]?.speaker).toBe("الوزارة");
    expect(analyze("وقالت الوزارة في جدة إن المعبر سيفتح غدا.").quotes[0]?.speaker).toBe("الوزارة");
  });
});

describe("a subject fronted after ، فإن / ، لكن opens a statement of its own", () => {
  const text = "وبينما أعلنت الحكومة تأييدها للقرار، فإن خبيرا قانونيا أكد أن الرواتب المخفضة لم تشرع بقانون أصلا.";
  it("ends the statement before at the opener", () => {
    expect(quoteWith(text, "تأييدها")?.text).toBe("تأييدها للقرار");
  });
  it("and credits what follows to the fronted subject", () => {
    expect(quoteWith(text, "الرواتب")?.speaker).toBe("خبيرا قانونيا");
  });
  it("must NOT split at فإن inside the reported words when no cue follows its subject", () => {
    const q = quoteWith("وقال الوزير إن الوضع جيد، فإن الأسعار مستقرة والرواتب ثابتة.", "الوضع");
    expect(q?.text).toContain("الأسعار مستقرة");
  });
});

describe("، وذلك ends reported words only when it frames them", () => {
  it.each([
    ["وأوضح المدير أن المسرحية تناقش قضايا اجتماعية، وذلك من خلال شخصيات من المجتمع.", "من خلال شخصيات"],
    ["وأكد الخبير أن الأسعار سترتفع، وذلك لأن الطلب يزيد كل عام.", "لأن الطلب"],
  ])("goes on through %s", (input, rest) => {
    expect(analyze(input).quotes[0]?.text).toContain(rest);
  });

  it.each([
    ["وأكد الوزير أن الحل سياسي، وذلك في مؤتمر صحافي عقده أمس.", "في مؤتمر"],
    ["وأكد الرئيس أن الاستقالة نهائية، وذلك بعدما كشفت الصحف عن فضيحة مالية.", "بعدما"],
  ])("must NOT run on through a framing: %s", (input, framing) => {
    expect(analyze(input).quotes[0]?.text).not.toContain(framing);
  });
});

describe("ذات / نفس + a definite group means the same group (ذات التقارير، نفس المصادر)", () => {
  it("credits the group named before", () => {
    const text = "كشفت تقارير محلية أن القرار صدر أمس. وأكدت ذات التقارير، أن القرار استثنى الصيادين.";
    expect(quoteWith(text, "استثنى")?.speaker).toBe("تقارير محلية");
  });
  it("must NOT read ذات + the group as a person's name", () => {
    const speakers = analyze("وقال الوزير إن الأمر مقلق. وأكدت نفس المصادر أن الأمر مقلق.").speakers.map((s) => s.name);
    expect(speakers.some((n) => n.startsWith("نفس"))).toBe(false);
  });
});

describe("X كانت قد أعلنت: the subject before كان speaks", () => {
  it("credits the body named before كانت قد, not the last speaker", () => {
    const text = "وقال المصدر إن الهجوم وقع ليلا. يذكر أن وزارة الدفاع كانت قد أعلنت الأحد مقتل تسعة جنود.";
    expect(quoteWith(text, "مقتل")?.speaker).toBe("وزارة الدفاع");
  });
  it("must NOT take a subject that is no speaker (الوضع كان قد)", () => {
    const text = "وقال المصدر إن الهجوم وقع ليلا. وأشار إلى أن الوضع كان قد أعلن عنه أمس.";
    expect(analyze(text).speakers.map((s) => s.name)).not.toContain("الوضع");
  });
});

describe("علّق … بأن is a cue; علّق without أن is not", () => {
  it("reads the words after بأن", () => {
    const q = quoteWith("وعلقت وزيرة العمل سارة خليل على ذلك بأن هذه الأعداد تمثل ناقوس إنذار.", "ناقوس");
    expect(q?.speaker).toBe("سارة خليل");
  });
  it("must NOT read علّق as 'suspended' with an object", () => {
    expect(analyze("وعلقت الوزارة الدراسة في المدارس أسبوعا.").quotes).toHaveLength(0);
  });
});

describe("a source from a community (مسؤول من قبيلة …) keeps it in its description", () => {
  it("reads the community into the speaker", () => {
    expect(analyze("وقال مسؤول من قبيلة تبو إن الاشتباكات بدأت أمس.").quotes[0]?.speaker).toBe("مسؤول من قبيلة تبو");
  });
  it("must NOT take the complement of حذر من for a description", () => {
    expect(analyze("وحذر الوزير من عائلة الأسد.").quotes[0]?.speaker).toBe("الوزير");
  });
});

describe("plurals of people (القراصنة، المسلحون، النازحون) are groups that speak", () => {
  it("keeps the subject of a negated verb for the 'but they said' after it", () => {
    const text =
      "وقالت الشركة في بيان إنها أمنت المواقع. ولم يكشف القراصنة عن دوافعهم لكنهم قالوا «إنه أمر سيئ بالنسبة لهؤلاء الرجال».";
    expect(quoteWith(text, "أمر سيئ")?.speaker).toBe("القراصنة");
  });
  it.each([
    ["وقال نازحون إن المخيمات تفتقر إلى الماء.", "نازحون"],
    ["وأكد مسلحون أنهم سيطروا على الحاجز.", "مسلحون"],
  ])("%s", (input, speaker) => {
    const s = analyze(input).speakers[0];
    expect(s?.name).toBe(speaker);
    expect(s?.kind).toBe("group");
  });
  it("must NOT make a group of a singular (مسلح) or of a word outside the list", () => {
    expect(analyze("وقال الرجل إن الماء مقطوع.").speakers[0]?.kind).toBe("person");
  });
});

describe("the outlet's own sources and correspondent (مصادرنا، مراسلنا)", () => {
  it.each([
    ["وقالت مصادرنا في اليمن إن الطيران شن خمس غارات.", "مصادرنا في اليمن", "group"],
    ["وذكر مراسلنا أن الاشتباكات عنيفة.", "مراسلنا", "person"],
  ])("%s", (input, speaker, kind) => {
    const s = analyze(input).speakers[0];
    expect(s?.name).toBe(speaker);
    expect(s?.kind).toBe(kind);
  });
  it("must NOT read a possessed noun outside the lexicon as a speaker head (حكومتنا is a body's word)", () => {
    expect(analyze("وقال مصدر إن قرارنا نهائي.").speakers.map((s) => s.name)).toEqual(["مصدر"]);
  });
});

describe("a foreign name that opens with فان (وقال فان غال)", () => {
  it.each([
    ['وقال فان غال: "النتائج جيدة جدا اليوم".', "فان غال"],
    ['وقال المدرب فان غال: "النتائج جيدة جدا اليوم".', "فان غال"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes[0]?.speaker).toBe(speaker);
  });
  it("must NOT read فإن after a comma as a name", () => {
    const q = quoteWith("وقال الوزير إن الوضع جيد، فإن خبيرا قانونيا أكد أن الرواتب لم تشرع.", "الرواتب");
    expect(q?.speaker).toBe("خبيرا قانونيا");
  });
});

describe("a clause of time (قبل أن …) between the speaker and the colon", () => {
  it("keeps the words for the speaker of قال, not the verb inside the clause", () => {
    const text =
      'وقال فان غال الذي يتحضر لمواجهة فريقه السابق قبل ان يختتم يونايتد جولته الامريكية : "لا يمكنني التحدث عن الشائعات".';
    expect(quoteWith(text, "الشائعات")?.speaker).toBe("فان غال");
  });
  it("must NOT take what follows أن in the clause of time as the words", () => {
    const text = "وقال الوزير في كلمته قبل أن يغادر القاعة إن الاجتماع انتهى.";
    expect(analyze(text).quotes.some((q) => q.text.startsWith("يغادر"))).toBe(false);
  });
});

describe("وسبق لـ X أن + cue: X had already said", () => {
  it.each([
    [
      "وقال المدرب إن الفريق جاهز. وسبق لوسائل إعلام إسبانية أن ذكرت أن اللاعب يريد الرحيل.",
      "اللاعب",
      "وسائل إعلام إسبانية",
    ],
    ["وسبق للوزير أن أكد أن الخطة جاهزة.", "الخطة", "الوزير"],
  ])("%s", (input, needle, speaker) => {
    expect(quoteWith(input, needle)?.speaker).toBe(speaker);
  });
  it("must NOT make a speaker of the first person (وسبق لي أن قلت)", () => {
    expect(analyze("وسبق لي أن قلت إن الخطة جاهزة.").speakers.map((s) => s.name)).not.toContain("لي");
  });
});

describe("أن + a name in marks + a comma: the clause goes on", () => {
  it("reads the whole clause, the name in marks included", () => {
    const q = quoteWith("وأوضح المدير أن «مهرجاننا2»، سجل أكبر نسبة حضور خلال يومه الأخير.", "حضور");
    expect(q?.text.startsWith("«مهرجاننا2»")).toBe(true);
  });
  it("must NOT swallow a participle cue after a short quotation", () => {
    const quotes = analyze("وقال الوزير إن «الوضع خطير»، مضيفا أن الحل قريب.").quotes;
    expect(quotes.map((q) => q.text)).toEqual(["الوضع خطير", "الحل قريب"]);
  });
});

describe("a role over a place the lexicon lacks (محافظ بيشة محمد بن سبرة)", () => {
  const intro = "وعقدت اللجنة اجتماعها برئاسة محافظ بيشة محمد بن سعيد بن سبرة، وناقش المجتمعون محاور الاجتماع.";
  it("reads the place into the role and the given name into the name", () => {
    const q = quoteWith("وقال محافظ بيشة محمد بن سعيد بن سبرة إن التمور وفيرة.", "التمور");
    expect(q?.speaker).toBe("محمد بن سعيد بن سبرة");
    expect(q?.title).toBe("محافظ بيشة");
  });
  it("links the role and place alone, later, to the person named with them", () => {
    const q = quoteWith(`${intro} وأكد محافظ بيشة على أننا بحاجة إلى تطوير التسويق.`, "التسويق");
    expect(q?.speaker).toBe("محمد بن سعيد بن سبرة");
  });
  it("must NOT link the role and place to a person with another title", () => {
    const other = "وعقدت اللجنة اجتماعها برئاسة رئيس البلدية محمد بن سعيد بن سبرة، وناقش المجتمعون محاور الاجتماع.";
    const q = quoteWith(`${other} وأكد محافظ بيشة على أننا بحاجة إلى تطوير التسويق.`, "التسويق");
    expect(q?.speaker).not.toBe("محمد بن سعيد بن سبرة");
  });
});

describe("a body named with ل + a noun and a city (اللجنة التنفيذية لمهرجان جدة التاريخية)", () => {
  it("reads the whole name", () => {
    const q = quoteWith("وذكرت اللجنة التنفيذية لمهرجان جدة التاريخية، أن الفعاليات حققت أهدافها.", "الفعاليات");
    expect(q?.speaker).toBe("اللجنة التنفيذية لمهرجان جدة التاريخية");
  });
  it("must NOT run on into an indefinite noun after the ل-phrase", () => {
    const q = quoteWith("وذكرت اللجنة التنفيذية لمهرجان جدة أمس أن الفعاليات حققت أهدافها.", "الفعاليات");
    expect(q?.speaker).toBe("اللجنة التنفيذية لمهرجان جدة");
  });
});

describe("a poll or document whose issuer follows a verb of issuing further on (استطلاع … أجراه مركز …)", () => {
  it("credits what the poll found to the body that conducted it", () => {
    const text = 'وجاء في استطلاع للرأي حول الاتفاق النووي أجراه مركز "المسار للأبحاث" أن 48% من المواطنين يعارضونه.';
    expect(quoteWith(text, "يعارضونه")?.speaker).toBe("مركز المسار للأبحاث");
  });
  it("must NOT look past the أن for an issuer", () => {
    const text = "وقال الوزير إن الاتفاق جيد. وجاء في التقرير أن الشركة أصدرته الوزارة متأخرة.";
    expect(quoteWith(text, "متأخرة")?.speaker).toBe("الوزير");
  });
});

describe("a group named in construct ends before a definite body, its verb's object", () => {
  it("reads وسائل الإعلام, not the body it accused", () => {
    const text = "واتهمت وسائل الإعلام الاتحاد الصربي بأنه لن يواجه حالات التلاعب.";
    expect(analyze(text).speakers.map((s) => s.name)).toContain("وسائل الإعلام");
  });
  it("must NOT cut a group's own adjective (وسائل الإعلام المحلية)", () => {
    expect(analyze("وقالت وسائل الإعلام المحلية إن المباراة مشبوهة.").quotes[0]?.speaker).toBe("وسائل الإعلام المحلية");
  });
});

describe("a source's description ends at a verb in the imperfect", () => {
  it("credits the clause after وبحسب … with no comma to the source, without the verb", () => {
    const q = quoteWith("وبحسب عاملين في قطاع الفنادق تتفاوت أسعار الحجز من فندق لآخر.", "أسعار");
    expect(q?.speaker).toBe("عاملين في قطاع الفنادق");
    expect(q?.text.startsWith("تتفاوت")).toBe(true);
  });
  it("must NOT cut a description at a definite word (في قطاع الفنادق الكبرى)", () => {
    const q = quoteWith("وبحسب عاملين في قطاع الفنادق الكبرى فإن الأسعار تتفاوت.", "الأسعار");
    expect(q?.speaker).toBe("عاملين في قطاع الفنادق الكبرى");
  });
});

describe("an unnamed source in the accusative after إن / أن (غير أن مصدراً في الوزارة …)", () => {
  it.each([
    ["غير أن مصدراً في الوزارة، طلب عدم ذكر اسمه، أفاد بأن اللجنة تدرس المقترح.", "مصدراً في الوزارة"],
    ["غير أن مصدرا أمنيا رفيعا أكد أن الهجوم فشل.", "مصدرا أمنيا رفيعا"],
    ["وقال الوزير إن الوضع جيد، فإن خبيرا قانونيا أكد أن الرواتب لم تشرع.", "خبيرا قانونيا"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes.at(-1)?.speaker).toBe(speaker);
  });
  it("must NOT read an accusative common noun as a source (عددا، كثيرا)", () => {
    expect(analyze("وأكد الوزير أن عددا من المشاريع تأخر.").quotes[0]?.speaker).toBe("الوزير");
  });
});

describe("more speaker shapes: two bodies (وزارتا …), a source وسط / بين a body, a businessman", () => {
  it.each([
    ["وقالت وزارتا الخارجية والتعليم العالي إن المنح متاحة.", "وزارتا الخارجية والتعليم العالي"],
    ["وقالت مصادر عسكرية وسط الجيش الموالي للشرعية إن الهزائم كبيرة.", "مصادر عسكرية وسط الجيش الموالي للشرعية"],
    ["وقالت مصادر بين المقاتلين المحليين إن فريقا فنيا وصل.", "مصادر بين المقاتلين المحليين"],
    ["وأكد رجل الأعمال عبد الله بن سعد الأحمري أن الأمن مستتب.", "عبد الله بن سعد الأحمري"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes[0]?.speaker).toBe(speaker);
  });
  it("must NOT read وسط + a masdar, or a dual that is no body's, into the speaker", () => {
    expect(analyze("وقالت مصادر وسط تصاعد التوتر إن الهدنة انهارت.").quotes[0]?.speaker).toBe("مصادر");
    expect(analyze("وأكد الرجل أن كلتا الحالتين صعبة.").quotes[0]?.speaker).toBe("الرجل");
  });
});

describe("foreign names: in ـانا (يوهانا), and double-barrelled with a spaced hyphen", () => {
  it("reads the whole name after the role", () => {
    const q = quoteWith("وقالت وزيرة الداخلية النمساوية يوهانا ميكل - لايتنر إن نظام اللجوء يجب أن يستقر.", "اللجوء");
    expect(q?.speaker).toBe("يوهانا ميكل - لايتنر");
  });
  it("must NOT run a byline's hyphens (الراجحي - سبق - جدة:) into the name", () => {
    const speakers = analyze("عبدالله الراجحي - سبق - جدة: قال الوزير إن الطريق مغلق.").speakers.map((s) => s.name);
    expect(speakers.some((n) => n.includes("سبق"))).toBe(false);
  });
  it("reads a role with 'our' (مسؤولنا) as the outlet's own, never as a name running on", () => {
    expect(analyze("وقال مسؤولنا إن الطريق مغلق.").speakers.map((s) => [s.name, s.title])).toEqual([
      ["مسؤولنا", "مسؤولنا"],
    ]);
  });
});

describe("initials with periods (جي.آي. باراتا) end no sentence and belong to the name", () => {
  const text = "كما قال متحدث باسم وزارة النقل، جي.آي. باراتا، موضحا أن السلطات تتابع الوضع. وقال إن المطار مغلق.";
  it("keeps the sentence whole", () => {
    expect(splitSentences(text).length).toBe(2);
  });
  it("reads the initials into the name", () => {
    expect(quoteWith(text, "السلطات")?.speaker).toBe("جي.آي. باراتا");
  });
  it("must NOT join sentences at a period after a longer word, nor at one followed by a space", () => {
    expect(splitSentences("وقال الوزير إن الحل قريب. وأكد أن الوضع جيد.").length).toBe(2);
    expect(splitSentences("وصل الوفد إلى مصر. وقال رئيسه إن الزيارة مهمة.").length).toBe(2);
  });
});

describe("a foreign name the lexicon lacks, set off by commas after a role", () => {
  it("reads the two words between the commas as the name", () => {
    const q = quoteWith("وقال حاكم منطقة أقصى الشمال ،ميدجياوا باكاري، من مدينة ماروا إن الهجوم وقع ليلا.", "الهجوم");
    expect(q?.speaker).toBe("ميدجياوا باكاري");
  });
  it("must NOT read a time phrase between commas (مساء أمس) as a name", () => {
    expect(quoteWith("وقال المسؤول، مساء أمس، إن الهجوم وقع.", "الهجوم")?.speaker).toBe("المسؤول");
  });
});

describe("the subject of a narration verb, described and named (تبادلت المبتعثة سماح عبدالجبار صورها)", () => {
  const text =
    "وقال عبدالحميد العنزي إن الصور وسيلة المعايدة. كما تبادلت المبتعثة سماح عبدالجبار صورها مع أسرتها وتقول «إنها شعرت بالعيد وسط أسرتها».";
  it("is who the next 'she says' means", () => {
    expect(quoteWith(text, "شعرت")?.speaker).toBe("سماح عبدالجبار");
  });
  it("must NOT take 'her pictures' (صورها) into the name", () => {
    expect(analyze(text).speakers.map((s) => s.name)).not.toContain("سماح عبدالجبار صورها");
  });
});

describe("a period glued between a short word and a long one still ends a sentence", () => {
  it("splits 'ذلك.وأضاف'", () => {
    expect(splitSentences("وقال الوزير إن الحل في ذلك.وأضاف أن الوضع جيد.").length).toBe(2);
  });
});

describe("بالقول after a verb and its subject introduces the subject's words", () => {
  it.each([
    ["وقالت مصادر عسكرية إن الوضع صعب. ومضت المصادر بالقول إن قادة المتمردين غيروا أماكنهم.", "قادة", "مصادر عسكرية"],
    ["واكتفى الوزير بالقول إن التحقيق مستمر.", "التحقيق", "الوزير"],
  ])("%s", (input, needle, speaker) => {
    expect(quoteWith(input, needle)?.speaker).toBe(speaker);
  });
  it("must NOT take a phrase after a preposition, or the speaker's own words, for the subject", () => {
    const text =
      "وقالت نائبة المدير العام سارة خليل إن المياه شحيحة. وعلقت في مؤتمر لدى الإعلان عن التقرير بالقول إن الطلب يتصاعد.";
    expect(quoteWith(text, "الطلب")?.speaker).toBe("سارة خليل");
    expect(quoteWith("وقال الوزير إن الخطة جاهزة. وختم حديثه بالقول إن المستقبل أفضل.", "المستقبل")?.speaker).toBe(
      "الوزير",
    );
  });
});

describe("past a long fronted phrase, a full name right after a verb is the clause's subject", () => {
  const text =
    "وتؤكد واشنطن أنها ملتزمة بسياساتها. وفي أول مقابلة له مع صحيفة عربية منذ توليه منصبه، في فبراير 2013 خص جون كيري الصحيفة بحوار مطول، مشددا على أن بلاده جادة.";
  it("credits the participle to that person", () => {
    expect(quoteWith(text, "جادة")?.speaker).toBe("جون كيري");
  });
  it("must NOT take a name after a noun (تصريحات جون كيري) for the subject", () => {
    const t = "وتؤكد واشنطن أنها ملتزمة بسياساتها. وفي رد على تصريحات جون كيري الأخيرة، مشددة على أن الحوار ممكن.";
    expect(quoteWith(t, "الحوار")?.speaker).toBe("واشنطن");
  });
});

describe("the name a group or body goes by (تطلق على نفسها «…»، تدعى «…»)", () => {
  it.each([
    ["وقالت مجموعة قراصنة تطلق على نفسها «فريق التأثير» إنها ستنشر البيانات.", "فريق التأثير", "مجموعة قراصنة"],
    ["وأعلنت منظمة تدعى «صوت الأرض» أن المياه ملوثة.", "صوت الأرض", "منظمة"],
  ])("%s", (input, speaker, title) => {
    const s = analyze(input).speakers[0];
    expect(s?.name).toBe(speaker);
    expect(s?.title).toBe(title);
  });
  it("must NOT rename a person, nor take a long quotation after تدعى for a name", () => {
    expect(
      analyze("وقالت مجموعة تدعى «إلى الأبد سنبقى هنا في أرضنا مهما حدث» إنها باقية.").speakers[0]?.name,
    ).not.toContain("الأبد");
  });
});

describe("a name ends at 'one of' (أحد / إحدى) and at 'to journalists'; a description keeps its nisba", () => {
  it.each([
    ["وقالت ريم ندا إحدى الناطقات باسم البرنامج إن المساعدات وصلت.", "ريم ندا"],
    ["وقال جورج هنري بوتييه أحد محامي الضحايا إن المحاكمة تأجلت.", "جورج هنري بوتييه"],
    ["وقال محافظ عدن نايف البكري لصحافيين إن السفينة رست.", "نايف البكري"],
  ])("%s", (input, speaker) => {
    expect(analyze(input).quotes[0]?.speaker).toBe(speaker);
  });
  it("reads a describing noun with its nisba as the title (المعارض الصيني آي ويوي)", () => {
    const q = analyze("وقال المعارض الصيني آي ويوي إن السلطات أعادت جوازه.").quotes[0];
    expect(q?.speaker).toBe("آي ويوي");
    expect(q?.title).toBe("المعارض الصيني");
  });
  it("must NOT cut a name at أحمد (a given name, not أحد)", () => {
    expect(analyze("وقال خالد أحمد السالم إن المحاكمة تأجلت.").quotes[0]?.speaker).toBe("خالد أحمد السالم");
  });
});
