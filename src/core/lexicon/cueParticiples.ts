/**
 * Participles that continue a statement by the same speaker (", مشيرا إلى أن …"): one masculine
 * singular stem a line, `STEM | COMPLEMENTS | FLAGS` (codes as in cueVerbs.ts). Forms with ـا/ـًا/ـاً,
 * ـة, ـين, ـات and ـان are generated.
 * FLAGS: say = a participle of plain saying (مضيفا، قائلا) whose words may follow it with no أن at
 * all ("مضيفا المؤسسة ستراعي …"), as careless copy often has it.
 */
export const CUE_PARTICIPLES: readonly string[] = [
  "مضيف|anna|say",
  "مبرز|anna",
  "مشير|ila anna",
  "مؤكد|anna ala dobj",
  "لافت|ila anna",
  "موضح|anna dobj",
  "منوه|ila bi anna",
  "محذر|min anna",
  "واصف|bi dobj",
  "معتبر|anna dobj",
  // عادّاً "counting it as": only with أن (عادا is also "the two returned", which never takes أن).
  "عاد|anna",
  "مشدد|ala anna",
  "معرب|an",
  "مبين|anna dobj",
  "مشيد|bi",
  "مطالب|bi anna",
  "داعي|ila",
  "مستطرد|anna|say",
  "متسائل|anna",
  "معلن|anna an dobj",
  "كاشف|an anna",
  "نافي|anna dobj",
  "مرحب|bi",
  "متمني|bi anna",
  "موجه|bi",
  "مبدي|dobj",
  "معبر|an",
  "مستنكر|dobj",
  "متوعد|bi",
  "منتقد|dobj",
  "قائل|anna|say",
  "مردف|anna|say",
  "متابع|anna|say",
  "مستدرك|anna|say",
  "مختتم|anna|say",
  "مستبعد|anna dobj",
  "منبه|ila anna",
  "مرجح|anna",
  "متوقع|anna",
  "ملمح|ila anna",
  "مقر|anna bi",
];

/**
 * Nouns of saying with "his / her / their" (or ال: "ومضت المصادر بالقول إن …") that introduce the same
 * speaker's words like a participle ("وبرر ذلك بقوله: إن …"، "وختم حديثه بقولها إن …"): written as they
 * stand, one form a line.
 */
export const CUE_SAYING_NOUNS: readonly string[] = ["بقوله", "بقولها", "بقولهم", "بقولهما", "بالقول"];

/**
 * Verbal nouns of saying that bring a subject's words when a verb frames them ("وحرص كيري على التوضيح
 * بأن …"، "واختتم الوزير كلمته بالتأكيد على أن …"): written without ال / بال, which both forms take.
 * Only with a complementizer after them, and only when the framing verb names its subject.
 */
export const CUE_MANNER_NOUNS: readonly string[] = ["تأكيد", "توضيح", "إشارة", "تشديد", "تحذير", "تنويه"];
