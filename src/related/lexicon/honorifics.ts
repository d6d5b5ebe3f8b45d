/**
 * Titles and honorifics written before a name that are not part of it: dropped when two articles'
 * speakers are compared (الشيخ الدكتور خالد اليوسف = خالد بن محمد اليوسف). One entry a line, match-key
 * form, compiled for Isnad. Offices (وزير العدل) are not here: the core separates them as `title`.
 */
export const HONORIFICS: readonly string[] = [
  "الشيخ",
  "الدكتور",
  "د",
  "الاستاذ",
  "المهندس",
  "م",
  "اللواء",
  "العميد",
  "العقيد",
  "الفريق",
  "المقدم",
  "الرائد",
  "النقيب",
  "الامير",
  "الاميره",
  "الملك",
  "السيد",
  "السيده",
  "معالي",
  "سمو",
  "صاحب",
  "السمو",
  "الملكي",
  "فضيله",
  "سماحه",
  "فخامه",
  "الرئيس",
  "المستشار",
  "القاضي",
  "البروفيسور",
  "الحاج",
  "الاستاذه",
  "الدكتوره",
];

/** Name particles (بن محمد): a chain of fathers' names may be given in one article and not in another. */
export const NAME_LINKS: readonly string[] = ["بن", "ابن", "بنت"];
