/**
 * Plural and anonymous speakers kept with their description (مواطنون، مصادر مطلعة، مصدر أمني):
 * one head word a line, without ال.
 */
export const GROUP_HEADS: readonly string[] = [
  "مواطنون",
  "مواطنين",
  "مسؤولون",
  "مسؤولين",
  "مصادر",
  "مصدر",
  "خبراء",
  "شهود",
  "أشخاص",
  "شاهد",
  "جهات",
  "سكان",
  "ناشطون",
  "ناشطين",
  "محللون",
  "محللين",
  "كثيرون",
  "آخرون",
  "مراقبون",
  "مراقبين",
  "متظاهرون",
  "مستخدمون",
  "مستخدمين",
  "أطباء",
  "مسعفون",
  "دبلوماسيون",
  "دبلوماسي",
  "أحد",
  "نشطاء",
  "معارضون",
  "منظمو",
  "مقربون",
  "أوساط",
  "دوائر",
  "تقارير",
  "وسائل",
  "سيدات",
  "مواطنات",
  "متابعون",
  "متابعين",
  "عاملون",
  "عاملين",
  "مسافرون",
  "مسافرين",
  "موظفون",
  "موظفين",
  "أهالي",
  "طلاب",
  "رؤساء",
  "أعضاء",
  "قادة",
  "نواب",
  "وسطاء",
  "ملاك",
  "مستأجرون",
  "مستأجرين",
  "تجار",
  "صيادلة",
  // Plurals of people met as speakers in reports (armed men, protesters, the displaced, workers, experts).
  "مسلحون",
  "مسلحين",
  "قراصنة",
  "متمردون",
  "متمردين",
  "مقاتلون",
  "مقاتلين",
  "ثوار",
  "محتجون",
  "محتجين",
  "متظاهرين",
  "لاجئون",
  "لاجئين",
  "نازحون",
  "نازحين",
  "معلمون",
  "معلمين",
  "عمال",
  "مزارعون",
  "مزارعين",
  "ركاب",
  "مشجعون",
  "مشجعين",
  "جنود",
  "ضباط",
  "باحثون",
  "باحثين",
  "علماء",
  "ممرضون",
  "سياح",
  "زوار",
  "مستثمرون",
  "مستثمرين",
  "اقتصاديون",
  "اقتصاديين",
  "مختصون",
  "مختصين",
  "متخصصون",
  "متخصصين",
  // Drivers, in the construct plural too (سائقو الليموزينات، سائقي الأجرة).
  "سائقون",
  "سائقين",
  "سائقو",
  "سائقي",
  "محامون",
  "محامين",
  // Several bodies of one kind (جماعات حقوقية، منظمات دولية) speaking together.
  "جماعات",
  "منظمات",
];

/**
 * The professions among ANONYMOUS_HEADS an article often introduces anonymously and names a paragraph
 * later ("اعتبر اقتصادي سعودي …" then "وقال عضو الجمعية السعودية للاقتصاد الدكتور …"): read as an
 * unnamed person, which a later named person with the same role may resolve. The rest stay groups.
 */
export const ANONYMOUS_PERSON_HEADS: readonly string[] = [
  "خبير",
  "خبيرة",
  "محلل",
  "محللة",
  "اقتصادي",
  "اقتصادية",
  "أكاديمي",
  "أكاديمية",
  "باحث",
  "باحثة",
  "مختص",
  "مختصة",
  // "برلماني فرنسي" then "النائب الاشتراكي الفرنسي …" (roleHeads.ts ROLE_SYNONYMS).
  "برلماني",
  "برلمانية",
];

/**
 * Heads of one unnamed source described by adjectives (مسؤول أمني، مصدر مطلع، دبلوماسي غربي،
 * اقتصادي سعودي), one a line, without ال. See ANONYMOUS_PERSON_HEADS for the ones a later name may
 * resolve.
 */
export const ANONYMOUS_HEADS: readonly string[] = [
  "مسؤول",
  "مسؤولة",
  "مصدر",
  "دبلوماسي",
  "ضابط",
  "قيادي",
  "عضو",
  "ناشط",
  "ناشطة",
  "شاهد",
  "شاهدة",
  "موظف",
  "طبيب",
  "مسعف",
  "متحدث",
  "مستشار",
  "محامي",
  "محام",
  ...ANONYMOUS_PERSON_HEADS,
];

/** Adjectives that describe an unnamed source without a nisba (مصدر مطلع، مسؤول كبير). */
export const SOURCE_DESCRIPTORS: readonly string[] = [
  "مطلع",
  "مطلعة",
  "كبير",
  "رفيع",
  "بارز",
  "مسؤول",
  "مقرب",
  "موثوق",
  "رسمي",
  "عسكري",
  "أمني",
  // Nouns in construct that describe a source as well (وسائل إعلام محلية، شهود عيان).
  "إعلام",
  "عيان",
];

/**
 * Verbs of a clause set off by commas after an unnamed source that says why it is unnamed ("مصدر في
 * الوزارة، طلب عدم الكشف عن هويته،"): never the source's name. One a line, masculine and feminine.
 */
export const ANONYMITY_VERBS: readonly string[] = ["طلب", "طلبت", "فضل", "فضلت", "رفض", "رفضت", "اشترط", "اشترطت"];

/**
 * Words that set the condition a source spoke on, right before عدم ("تحدث لرويترز شريطة عدم الكشف عن
 * هويته"، "مشترطا عدم نشر اسمه"، "طالبا عدم ذكر اسمه"): the clause says how the source spoke, never
 * what it said, so its عن is no complement of a cue. One a line, masculine and feminine.
 */
export const ANONYMITY_CONDITIONS: readonly string[] = [
  "شريطة",
  "شرط",
  "بشرط",
  "مشترطا",
  "مشترطة",
  "طالبا",
  "طالبة",
  "مفضلا",
  "مفضلة",
  "رافضا",
  "رافضة",
];

/**
 * Nouns that describe a person the story has just named (الرجل، السيدة، الشاب): "يقول الرجل البالغ من
 * العمر 58 عاما" after "يقف جاسم عبد الحسين …" is Jassim. One a line, without ال; only the definite
 * form points back.
 */
export const PERSON_DESCRIPTIONS: readonly string[] = [
  "رجل",
  "امرأة",
  "سيدة",
  "شاب",
  "شابة",
  "فتى",
  "فتاة",
  "مسن",
  "مسنة",
  "عجوز",
  "سبعيني",
  "ستيني",
  "خمسيني",
  "أربعيني",
  "ثلاثيني",
  "عشريني",
  "سبعينية",
  "ستينية",
  "خمسينية",
  "أربعينية",
  "ثلاثينية",
  "عشرينية",
];

/**
 * Whom a body calls on, urges or warns (دعت المنظمة السلطات إلى …، طالبت الشركة المستثمرين بـ …): the
 * object of an addressing verb, right before its complement, never the end of the body's name. One a
 * line, with ال as written after the subject.
 */
export const ADDRESSEE_NOUNS: readonly string[] = [
  "السلطات",
  "الحكومة",
  "الحكومات",
  "المجتمع",
  "الدول",
  "الأطراف",
  "الطرفين",
  "المواطنين",
  "المستثمرين",
  "الجهات",
  "الشركات",
  "المسؤولين",
  "القادة",
  "الجميع",
  "الشعب",
  "الأهالي",
  "السكان",
  "المزارعين",
  "التجار",
  "الطلاب",
  "الأسر",
  "العالم",
  "الناخبين",
  "المتظاهرين",
  "المحتجين",
  "الزوار",
  "الحجاج",
  "المسافرين",
  "العملاء",
  "المستهلكين",
  "المقيمين",
  "الشباب",
  "الاحتلال",
  "المنظمات",
  "الأمم",
  "الإدارة",
  "البرلمان",
  "الكونغرس",
  "الرئيس",
];
