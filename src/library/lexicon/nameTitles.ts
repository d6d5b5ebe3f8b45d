/**
 * Honorifics and ranks written before Arabic names. Compared through the match key (see
 * src/core/normalize/matchKey.ts), so hamza and ة spellings need not be listed twice. They are not part of the name, so the speaker key drops them: الشيخ الدكتور خالد اليوسف
 * and خالد اليوسف are one person. One entry a line, compiled for Isnad.
 */
export const NAME_TITLES: readonly string[] = [
  "السيد",
  "السيده",
  "الانسه",
  "الشيخ",
  "الشيخه",
  "الدكتور",
  "الدكتوره",
  "د",
  "دكتور",
  "الاستاذ",
  "الاستاذه",
  "الاستاذ الدكتور",
  "المهندس",
  "المهندسه",
  "المستشار",
  "المستشاره",
  "الامير",
  "الاميره",
  "الملك",
  "الملكه",
  "السلطان",
  "الرئيس",
  "الرئيسة",
  "سمو",
  "معالي",
  "فخامه",
  "جلاله",
  "سعاده",
  "اللواء",
  "العميد",
  "العقيد",
  "المقدم",
  "الرائد",
  "النقيب",
  "الفريق",
  "المشير",
  "الجنرال",
  "الحاج",
  "الحاجه",
  "الاب",
  "القس",
  "الامام",
  "اية الله",
  "حجه الاسلام",
  "السفير",
  "السفيره",
  "النائب",
  "النائبه",
  "الوزير",
  "الوزيره",
  "مستر",
  "مسيو",
  "مدام",
];

/** Words that join a person to a father or a family inside a name: خالد بن محمد اليوسف. */
export const NAME_LINKS: readonly string[] = ["بن", "ابن", "بنت"];

/**
 * Words that are written apart or together with the next word of a name: عبد الله / عبدالله,
 * أبو مازن / ابومازن. The key joins them to the next word so both spellings meet.
 */
export const NAME_JOINERS: readonly string[] = ["عبد", "ابو", "ابي", "ام", "ذو"];
