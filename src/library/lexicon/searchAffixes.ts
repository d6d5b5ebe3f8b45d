/**
 * Affixes the library search strips from match-key tokens (ة is already ه, hamza carriers folded).
 * One entry a line, longest first within each list; compiled for Isnad.
 */

/** The article with the conjunctions and prepositions that fuse with it: والحكومة, بالشرق, للرئيس. */
export const ARTICLE_PREFIXES: readonly string[] = [
  "وبال",
  "وكال",
  "ولل",
  "فال",
  "فبال",
  "فلل",
  "وال",
  "بال",
  "كال",
  "لل",
  "ال",
];

/**
 * Single-letter clitics stripped only before long words: وأضاف, فيما are common, but so are words that
 * merely begin with these letters (وزير, فريق, بيان, لقاء, كلمة), so ب ل ك are never stripped alone.
 */
export const CONJUNCTIONS: readonly string[] = ["و", "ف"];

/**
 * Plural, nisba and pronoun endings (ية is يه after folding). The dual ان is left out: too many names end
 * in it (إيران, لبنان, سلمان, رمضان), and so does نا (كورونا, سيناء).
 */
export const SUFFIXES: readonly string[] = ["هما", "تها", "يات", "يه", "ها", "هم", "هن", "كم", "ات", "ون", "ين"];

/** Words too common to search for, in match-key form. */
export const SEARCH_STOPWORDS: readonly string[] = [
  "في",
  "من",
  "الي",
  "علي",
  "عن",
  "ان",
  "او",
  "ثم",
  "قد",
  "لا",
  "ما",
  "لم",
  "لن",
  "هذا",
  "هذه",
  "ذلك",
  "تلك",
  "التي",
  "الذي",
  "الذين",
  "كان",
  "كانت",
  "مع",
  "بين",
  "هو",
  "هي",
  "كما",
  "حيث",
  "the",
  "a",
  "of",
  "and",
  "to",
  "in",
];
