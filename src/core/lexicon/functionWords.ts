/** The days of the week, as dates are written after a verb or a name (الأحد … السبت). */
export const WEEKDAYS: readonly string[] = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

/** Numbers written as words: a count ("عشر سنوات"، "خمسة أشخاص"), never a name. One a line. */
export const NUMBER_WORDS: readonly string[] = [
  "اثنان",
  "اثنين",
  "ثلاث",
  "ثلاثة",
  "أربع",
  "أربعة",
  "خمس",
  "خمسة",
  "ستة",
  "سبعة",
  "ثمان",
  "ثماني",
  "ثمانية",
  "تسع",
  "تسعة",
  "عشر",
  "عشرة",
  "عشرين",
  "عشرون",
  "ثلاثين",
  "أربعين",
  "خمسين",
  "مئة",
  "مائة",
  "مئات",
  "آلاف",
  "ملايين",
  "مليار",
  "مليارات",
];

/**
 * Words that end a speaker's name or role: prepositions, particles, time words and the nouns that
 * usually open an object (ضرورة، أهمية، عدم …). One a line, written as usually spelled.
 */
export const NAME_STOPS: readonly string[] = [
  "في",
  "من",
  "إلى",
  "على",
  "عن",
  "مع",
  "خلال",
  "بعد",
  "قبل",
  "أمام",
  "لدى",
  "عند",
  "منذ",
  "حول",
  "أن",
  "إن",
  "أنه",
  "إنه",
  "بأن",
  "أنها",
  "إنها",
  "كما",
  "ثم",
  "أو",
  "أم",
  "لكن",
  "بل",
  "حتى",
  "الذي",
  "التي",
  "الذين",
  "اللذين",
  "اللتين",
  "اللاتي",
  "ما",
  "مما",
  "بما",
  "لما",
  "هو",
  "هي",
  "هم",
  "وهو",
  "وهي",
  "وهم",
  "هذا",
  "هذه",
  "ذلك",
  "تلك",
  "هناك",
  "هنا",
  "إذ",
  "إذا",
  "لو",
  "قد",
  "لقد",
  "لا",
  "لم",
  "لن",
  "ليس",
  "كان",
  "كانت",
  "أيضا",
  "اليوم",
  "أمس",
  "غدا",
  ...WEEKDAYS,
  "صباح",
  "مساء",
  "ظهر",
  "يوم",
  "ليلة",
  "الليلة",
  "صباحا",
  "مساء",
  "عقب",
  "إثر",
  "بينما",
  "عندما",
  "حينما",
  "كلما",
  "فيما",
  "حيث",
  "وسط",
  "ضمن",
  "عبر",
  "نحو",
  "بشأن",
  "إزاء",
  "تجاه",
  "لصحيفة",
  "للصحفيين",
  "للصحافيين",
  "لوسائل",
  "لوكالة",
  "لموقع",
  "لقناة",
  "لتلفزيون",
  "القول",
  "قائلا",
  "قائلة",
  "أيضاً",
  "سابقا",
  "سابقًا",
  "لاحقا",
  "مؤخرا",
  "مجددا",
  "كذلك",
  "حاليا",
  "أخيرا",
  "بدوره",
  "بدورها",
  "بدورهم",
  "أيضًا",
  "مسبقا",
  "فورا",
  "صراحة",
  "رسميا",
  "علنا",
  "قوله",
  "قولها",
  "قولهم",
  "لنا",
  "له",
  "لها",
  "لهم",
  "لي",
  "لك",
  "لكم",
  "سموه",
  "معاليه",
  "فقد",
  "وقد",
  "لقد",
  "فإن",
  "فان",
  "وإن",
  "وأن",
  "فيه",
  "فيها",
  // Prepositions with a pronoun: "وتوعد خلاله بـ…" (during it), never a name.
  "خلاله",
  "خلالها",
  "عليه",
  "عليها",
  "منه",
  "منها",
  "عنه",
  "عنها",
  // Numbers written as words ("يواجه السجن عشر سنوات"): a count, never a name.
  ...NUMBER_WORDS,
];

/**
 * Nouns that usually open what was said, not who said it (أكد ضرورة …، أعرب عن قلقه): they end a
 * speaker phrase but may start a direct object.
 */
export const OBJECT_NOUNS: readonly string[] = [
  "ضرورة",
  "أهمية",
  "عدم",
  "استمرار",
  "رفض",
  "رفضه",
  "تسجيل",
  "إطلاق",
  "حرص",
  "التزام",
  "وجود",
  "مقتل",
  "استعداد",
  "تأييد",
  "دعم",
  "إصرار",
  "قلق",
  "قلقه",
  "قلقها",
  "حزن",
  "حزنه",
  "تعازي",
  "تضامن",
  "ترحيب",
  "أسف",
  "أسفه",
  "شكر",
  "إدانة",
  "استنكار",
  "ارتياح",
  "امتنان",
  "تقدير",
  "نية",
  "نيتها",
  "نيته",
  "استعدادها",
  "استعداده",
  "مواصلة",
  "بذل",
  "سبب",
  "أسباب",
  // "سلط التقرير الضوء على …": the light a report sheds.
  "الضوء",
  // What a denial or confirmation takes (نفى صحة الأنباء، أكد وقوع الحادث، نفت علمها بـ…).
  "صحة",
  "حدوث",
  // "أكد مسؤول في الوزارة قيامَ الوزارة بتخصيص …": that something was done.
  "قيام",
  "وقوع",
  "تعرض",
  "تعرضه",
  "علمه",
  "علمها",
  "اعتزام",
  "عزم",
  "عزمه",
  "عزمها",
  "توقيع",
  "انسحاب",
  "تورط",
  "تورطه",
  // Thanks and condolences an official offers, an adjective in construct with what is offered: "رفع
  // المدير أسمى آيات الشكر"، "قدم خالص الشكر"، "أعرب عن بالغ الأسف"، "أحر التعازي".
  "أسمى",
  "خالص",
  "جزيل",
  "بالغ",
  "عميق",
  "أحر",
  "أصدق",
  // "أكدت المفوضية عجز الحكومة عن …": inability.
  "عجز",
  // Totals and shares an estimate gives (قدر المستثمر إجمالي العائد بـ…، أكد معظم …).
  "إجمالي",
  "مجمل",
  "حجم",
];

/**
 * Words that open an adjunct between a speaker and the words: time, place, occasion
 * ("في بيان"، "خلال مؤتمر صحفي"، "اليوم الثلاثاء"). Used to skip to the complement.
 */
export const ADJUNCT_OPENERS: readonly string[] = [
  "في",
  "خلال",
  "اليوم",
  "أمس",
  "غدا",
  "يوم",
  "صباح",
  "مساء",
  "ليلة",
  "عقب",
  "إثر",
  "بعد",
  "قبل",
  "لدى",
  "أمام",
  "لصحيفة",
  "لوكالة",
  "لموقع",
  "لقناة",
  "لتلفزيون",
  "للصحفيين",
  "للصحافيين",
  "لوسائل",
  "لـ",
  "ل",
  "مع",
  ...WEEKDAYS,
  "أيضا",
  "كذلك",
  "بدوره",
  "بدورها",
  "من",
];

/** Nouns after على / إلى that make a place phrase, not a complement (على هامش، على صعيد). */
export const NON_COMPLEMENT_NOUNS: readonly string[] = [
  "هامش",
  "صعيد",
  "مستوى",
  "رأس",
  "سبيل",
  "ضوء",
  "خلفية",
  "حد",
  "متن",
  "موقع",
  "حساب",
  "صفحة",
  "منصة",
  "قناة",
  "تويتر",
  "فيسبوك",
  "جانب",
];

/** Openings of a clause that refers back to the previous statement, not a new quote (جاء ذلك …). */
export const BACK_REFERENCES: readonly string[] = ["جاء ذلك", "وجاء ذلك", "جاء هذا", "وجاء هذا", "وذلك"];

/**
 * Auxiliary and "went on" verbs that stand before a cue without being its subject (ومضى يقول، وعاد
 * ليؤكد، وظل يردد، كان قد أعلن). Read with و / ف too. They end a name and are never a speaker.
 */
export const AUX_VERBS: readonly string[] = [
  "مضى",
  "مضت",
  "عاد",
  "عادت",
  "راح",
  "راحت",
  "ظل",
  "ظلت",
  "أخذ",
  "أخذت",
  "استطرد",
  "استطردت",
  "بات",
  "باتت",
  "أصبح",
  "أصبحت",
  "صار",
  "صارت",
  "كانوا",
  "يكون",
  "تكون",
  "انطلق",
  "انبرى",
  "أكمل",
  "واصل",
  "واصلت",
  "استمر",
  "استمرت",
  "مازال",
  "لايزال",
  "يزال",
  "تزال",
];

/**
 * Emphatic and demonstrative words after a noun that point back to someone named before (المصدر ذاته،
 * المصادر نفسها، الوزير نفسه): never a name; they make the phrase an anaphor.
 */
export const EMPHATICS: readonly string[] = [
  "ذاته",
  "ذاتها",
  "ذاتهم",
  "ذاتهما",
  "نفسه",
  "نفسها",
  "نفسهم",
  "أنفسهم",
  "نفسهما",
  "عينه",
  "عينها",
  "ذاك",
  "آنفة",
  "آنف",
  "المذكور",
  "المذكورة",
];

/**
 * Nouns of saying or thinking that take "his / her / their" (رأيه، قولها، تعبيرهم، حديثه): the speaker's
 * own words, never the speaker ("وختم حديثه بالقول").
 */
export const OWN_WORD_NOUNS: readonly string[] = [
  "رأي",
  "قول",
  "تعبير",
  "تقدير",
  "وصف",
  "زعم",
  "كلام",
  "تصريح",
  "حديث",
  "اعتقاد",
  "ظن",
  "منظور",
  "نظر",
  "ادعاء",
];

/**
 * Passive verbs of rumour after ما: "نفى ما تردد عن …"، "نفت ما أثير حول …" — what is denied or
 * confirmed is that content, the object of the cue.
 */
export const RUMOUR_VERBS: readonly string[] = [
  "تردد",
  "يتردد",
  "أثير",
  "يثار",
  "أشيع",
  "يشاع",
  "نشر",
  "ينشر",
  "تداول",
  "يتداول",
  "تناقلته",
  "روج",
  "يروج",
  "ورد",
];

/** How the words were said, after a speaker (وختم المتحدث بالقول: / بالتأكيد على أن): never part of a role. */
export const SAYING_MANNERS: readonly string[] = [
  "بالقول",
  "بالتأكيد",
  "بالإشارة",
  "بالتنويه",
  "بالتشديد",
  "بالتحذير",
  "بالتوضيح",
  "بالتذكير",
  "بالدعوة",
  "بالمطالبة",
  "بالحديث",
  "بالإعراب",
  "بالكشف",
  "بالتعبير",
];

/** Days named after a phrase ("بحسب تقرير أصدرته الشركة أمس،"): they close it without adding to it. */
export const DAY_WORDS: readonly string[] = ["أمس", "البارحة", "اليوم", "الليلة", "غدا", ...WEEKDAYS];

/** Time words that may follow a subject before the complement (قال تقرير أول أمس …، قال الوزير الليلة). */
export const TIME_WORDS: readonly string[] = [
  "أول",
  "البارحة",
  "الماضي",
  "الماضية",
  "المقبل",
  "المقبلة",
  "الفائت",
  "الفائتة",
  "الجاري",
  "الجارية",
  "صباحاً",
  "مساءً",
  "ظهراً",
  "ظهرا",
  "فجر",
  "عصر",
];

/**
 * Definite adjectives that follow a name without being part of it (تصريحات خامنئي الأخيرة، بوتين
 * الجديدة): a name ends before them. Roles keep them (الرئيس السابق): only name reading uses this list.
 */
export const NAME_TRAILERS: readonly string[] = [
  "الأخير",
  "الأخيرة",
  "الأخيرين",
  "الحالي",
  "الحالية",
  "الجديد",
  "الجديدة",
  "المذكور",
  "المذكورة",
];

/**
 * Periods a time word follows (الأسبوع الماضي، الشهر المقبل): with it, a time adjunct, never a name or
 * a subject.
 */
export const PERIOD_WORDS: readonly string[] = [
  "الأسبوع",
  "الشهر",
  "العام",
  "السنة",
  "الأسابيع",
  "الأشهر",
  "الأيام",
  "الساعات",
];

/**
 * Question words that open an indirect question after تساءل / وصف (تساءل المواطن متى يفتح الطريق):
 * the question is the words reported. They never belong to a speaker's name.
 */
export const QUESTION_WORDS: readonly string[] = ["متى", "كيف", "لماذا", "لم", "هل", "أين", "ماذا", "كم", "أي"];

/**
 * Adverbial phrases that may stand between a cue and its object without ending the search for it
 * (نافيا في الوقت نفسه الشائعات، مؤكدا أيضا ضرورة …). One phrase a line.
 */
export const INTERJECTED_ADVERBS: readonly string[] = [
  "في الوقت نفسه",
  "في نفس الوقت",
  "في الوقت ذاته",
  "في ذات الوقت",
  "أيضا",
  "أيضاً",
  "كذلك",
  // "اعتبروا خلافا لذلك فرضية التسميم …": the contrast with what was said before.
  "خلافا لذلك",
  "على العكس",
  "في المقابل",
  // "يقول من جانبه «…»": for his part, after the verb.
  "من جانبه",
  "من جانبها",
  "من جهته",
  "من جهتها",
  "من ناحيته",
  "من ناحيتها",
  // "وأشار بهذا الخصوص إلى أن …": in this regard.
  "بهذا الخصوص",
  "في هذا الخصوص",
  "بهذا الصدد",
  "في هذا الصدد",
  "بهذا الشأن",
  "في هذا الشأن",
  "في هذا السياق",
  "بهذا السياق",
  // "وقالت في وقت سابق هوغيت لابيل …": when, between the verb and its subject or words.
  "في وقت سابق",
  "في وقت لاحق",
  "في وقت متأخر",
  "في وقت مبكر",
];

/**
 * Particles that stand before a verb and take و / ف in front (ولم يستبعدوا، فلن يقبل، وقد أكد، وما
 * زال): with or without the conjunction they are never a name nor a speaker. One a line, bare form.
 */
export const VERBAL_PARTICLES: readonly string[] = [
  "لم",
  "لن",
  "لا",
  "قد",
  "لقد",
  "ما",
  "كما",
  "لما",
  "ليس",
  "إن",
  "أن",
];
