/**
 * Attribution phrases that credit what precedes or follows to a source ("وفقا لـ", "بحسب").
 * One phrase a line, words separated by spaces; a trailing "ل" means the next word carries the
 * preposition ل (وفقا لوكالة …). Matching folds hamza, ى/ي, ة/ه and diacritics.
 */
export const ATTRIBUTIONS: readonly string[] = [
  "وفقا ل",
  "وفق",
  "بحسب",
  "حسب",
  "حسبما",
  "نقلا عن",
  "على لسان",
  "طبقا ل",
  "استنادا إلى",
  "نسبة إلى",
  "بناء على",
  "في تصريحات ل",
  "في تصريح ل",
  "في حديث ل",
  "في مقابلة مع",
  "في بيان",
  "على حد قوله",
  "على حد تعبيره",
  // "… على حد ما ذكره المكتب الاتحادي للإحصاء": "according to what X said".
  "على حد",
  "حسب قوله",
  "حسب تعبيره",
];

/**
 * Nouns after "وفق" / "وفقا ل" / "بحسب" that make it "in accordance with", not "according to" a source
 * (وفق توجيهات أمير المنطقة، بحسب الخطة، وفقا للتعليمات): one a line, without ال.
 */
export const ACCORDANCE_NOUNS: readonly string[] = [
  "توجيهات",
  "توجيه",
  "تعليمات",
  "توصيات",
  "إرشادات",
  "أوامر",
  "خطة",
  "رؤية",
  "برنامج",
  "نظام",
  "أنظمة",
  "شروط",
  "معايير",
  "ضوابط",
  "أحكام",
  "قرار",
  "قواعد",
  "جدول",
];

/**
 * Words after "وفقا لما" / "حسبما" that say a source reported something (ذكره، أفادت، نقلته …).
 * Only their first letters' stems are listed; suffixes (ه، ها، ت، ته) are allowed.
 */
export const REPORT_VERBS: readonly string[] = [
  "ذكر",
  "أفاد",
  "نقل",
  "أورد",
  "أعلن",
  "قال",
  "أوضح",
  "نشر",
  "أكد",
  "كشف",
  "صرح",
  "بث",
  "جاء",
  // The present and opinions: "طبقا لما يراه الشيخ …"، "بحسب ما يقوله الخبراء".
  "يراه",
  "يراها",
  "تراه",
  "يرى",
  "ترى",
  "رآه",
  "يقول",
  "تقول",
  "يؤكد",
  "تؤكد",
  "يذكر",
  "تذكر",
  "أشار",
  "أضاف",
];

/**
 * Documents whose words "جاء في / ورد في" reports (وجاء في البيان أن …، وورد في التقرير أن …): one a
 * line, without ال.
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  "بيان",
  // A response (وجاء في رد المسؤولين على الاتهامات أن …).
  "رد",
  "تقرير",
  "رسالة",
  "نص",
  "كلمة",
  "خطاب",
  "تغريدة",
  "منشور",
  "تعميم",
  "مذكرة",
  "وثيقة",
  "دراسة",
  "بحث",
  "افتتاحية",
  // A monitor's toll (بحسب حصيلة جديدة للمرصد).
  "حصيلة",
  "ملخص",
  "إعلان",
  "قرار",
  "حكم",
  "تصريح",
  "تصريحات",
  "مقابلة",
  "حديث",
  "لقاء",
  "مؤتمر",
  "تسجيل",
  "فيديو",
  "إحصائية",
  "استطلاع",
  "استبيان",
  "إحصاءات",
  "إحصائيات",
  // Leaked or published papers (الوثائق المسربة), credited to whoever published them.
  "وثائق",
  "تسريبات",
  "مستندات",
];

/**
 * Nouns that "indicate" for no one named: "أكدت المعلومات الأولية أن …"، "وتشير التقديرات إلى أن …".
 * With ال they are themselves what the article credits (a speaker of unknown kind), so the verb
 * before them is never a statement of the speaker carried forward, and no name is read after them.
 * (In construct the body speaks: تقديرات الأمم المتحدة.) One a line, without ال.
 */
export const IMPERSONAL_SOURCES: readonly string[] = [
  "تقديرات",
  "تكهنات",
  "توقعات",
  "ترجيحات",
  "مؤشرات",
  "دلائل",
  "قرائن",
  "معطيات",
  "أرقام",
  "بيانات",
  "إحصاءات",
  "إحصائيات",
  "معلومات",
  "نتائج",
];

/**
 * Occasions words are said at (ندوة، اجتماع، برنامج حواري), besides the documents above: after في they
 * say where the speaker spoke, so a role before them ends ("قال الوزير في مقابلة تلفزيونية إن …" is the
 * minister, not "the minister in a television interview"). One a line, without ال.
 */
export const OCCASION_NOUNS: readonly string[] = [
  "ندوة",
  "حوار",
  "جلسة",
  "اجتماع",
  "برنامج",
  "محاضرة",
  "منتدى",
  "ملتقى",
  "ورشة",
  "احتفال",
  "حفل",
  "تصريحات",
  "مداخلة",
  "اتصال",
  "زيارة",
  "جولة",
  "قمة",
  "مناسبة",
  "خطبة",
];

/** Verbs of "it came / it was stated in (a document)": جاء في، ورد في. With و / ف too. */
export const CAME_IN_VERBS: readonly string[] = ["جاء", "ورد"];
