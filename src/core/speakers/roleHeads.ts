/**
 * Head nouns of roles a person is later called by alone (الوزير، الخبير، المتحدثة، العضو), as bare
 * match keys (no ال, ة → ه, ؤ → و), masculine: the feminine folds onto them (متحدثه → متحدث).
 * Reviewable word lists; one entry a line.
 */

/** Role heads: a role-only mention links to the named person whose title has the same head. */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  "مسوول",
  "وزير",
  "خبير",
  "عضو",
  "متحدث",
  "ناطق",
  "محلل",
  "مدير",
  // رئيس, written as its match key (ئ folds to ي), as every word here.
  "رييس",
  "نايب",
  "مستشار",
  "سفير",
  "قايد",
  "امين",
  "محافظ",
  "مندوب",
  "مبعوث",
  "باحث",
  "استاذ",
  "اقتصادي",
  "اكاديمي",
  "مفوض",
  "منسق",
  "فاعل",
  "ناشط",
  "برلماني",
]);

/**
 * Role heads that name one office in two words: a role-only mention by one ("برلماني فرنسي" in a
 * headline) is the person the body titles by the other ("النائب الاشتراكي الفرنسي سيباستيان …").
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["برلماني", ["نايب"]],
  ["نايب", ["برلماني"]],
]);

/**
 * Words after a role's head that name the same office (رئيس الوزراء = رئيس الحكومة، رئيس الجمهورية =
 * رئيس الدولة): a later mention by the other word is the same person. Match keys without ال, both ways.
 */
export const GENITIVE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["وزراء", ["حكومه"]],
  ["حكومه", ["وزراء"]],
  ["جمهوريه", ["دوله"]],
  ["دوله", ["جمهوريه"]],
]);

/**
 * Generic heads: described by a nisba adjective (المسؤول الخليجي، الخبير الاقتصادي، الاقتصادي
 * السعودي) they stand for the person last named in the article, whatever that person's exact title.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  "مسوول",
  "خبير",
  "اقتصادي",
  "محلل",
  "باحث",
  "اكاديمي",
  // The Maghreb press's "actor" (الفاعل النقابي، الفاعل الجمعوي) and the activist (الناشط الحقوقي).
  "فاعل",
  "ناشط",
  "برلماني",
]);

/**
 * Nouns that continue a role in construct though they are neither roles nor bodies themselves
 * (رئيس تحرير صحيفة …، رئيس قسم الاقتصاد، مدير إدارة الطوارئ), as match keys without ال.
 */
export const ROLE_COMPLEMENTS: ReadonlySet<string> = new Set([
  "تحرير",
  "قسم",
  "اداره",
  "وحده",
  "فرع",
  "شعبه",
  "لجنه",
  "دايره",
  "مكتب",
  "مركز",
  "برنامج",
  "مشروع",
  "منطقه",
  "اقليم",
  "ولايه",
  "مدينه",
  "فرقه",
  "كتيبه",
  "لواء",
]);
