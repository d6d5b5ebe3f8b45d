/**
 * Letters and function words that tell Arabic from Persian and Urdu written in the same script.
 * Compiled by hand for Isnad; one entry an item so a linguist can review them. Words are given in
 * their usual spelling; detection folds Arabic ي/ك/ى to Persian ی/ک before looking Persian and Urdu
 * words up, because older Persian sites type Arabic yeh and kaf.
 */

/** Letters Arabic does not use, common in Persian (and Urdu): پ چ ژ گ ک ی. */
export const PERSIAN_LETTERS = ["\u067e", "\u0686", "\u0698", "\u06af", "\u06a9", "\u06cc"];

/** Letters only Urdu (and other South Asian languages) use: ٹ ڈ ڑ ں ے ہ ۓ. */
export const URDU_LETTERS = ["\u0679", "\u0688", "\u0691", "\u06ba", "\u06d2", "\u06c1", "\u06d3"];

/** Letters frequent in Arabic that Persian and Urdu replace: ي ك ة ى. */
export const ARABIC_LETTERS = ["\u064a", "\u0643", "\u0629", "\u0649"];

/** Frequent Persian function words that are not Arabic words. */
export const PERSIAN_WORDS = [
  "است",
  "این",
  "که",
  "را",
  "می",
  "از",
  "برای",
  "های",
  "شده",
  "شد",
  "بود",
  "کرده",
  "آن",
  "ها",
  "یک",
  "نیز",
  "خود",
  "اند",
  "تا",
  "بر",
  "گفت",
  "کند",
  "شود",
  "باید",
];

/** Frequent Urdu function words that are neither Arabic nor Persian. */
export const URDU_WORDS = [
  "ہے",
  "ہیں",
  "کے",
  "میں",
  "کی",
  "کا",
  "اور",
  "نے",
  "سے",
  "کو",
  "یہ",
  "وہ",
  "تھا",
  "تھے",
  "گیا",
  "کیا",
  "ہو",
];

/** Frequent Arabic function words that are not Persian or Urdu words. */
export const ARABIC_WORDS = [
  "في",
  "على",
  "إلى",
  "الى",
  "التي",
  "الذي",
  "عن",
  "أن",
  "إن",
  "ذلك",
  "هذا",
  "هذه",
  "كان",
  "كانت",
  "قد",
  "بين",
  "وقال",
  "قال",
  "مع",
  "وفي",
  "حيث",
  "أنه",
  "إنه",
  "الذين",
  "لم",
  "لا",
  "وهو",
  "منذ",
  "حتى",
];
