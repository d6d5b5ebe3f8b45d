/**
 * Lookup tables built once from the lexicon data (src/core/lexicon): every inflected form of every
 * cue, keyed by match key, and the word sets the speaker parser needs.
 */
import {
  ACCORDANCE_NOUNS,
  ATTRIBUTIONS,
  CAME_IN_VERBS,
  DOCUMENT_NOUNS,
  IMPERSONAL_SOURCES,
  OCCASION_NOUNS,
  REPORT_VERBS,
} from "../lexicon/attributions.ts";
import { CUE_MANNER_NOUNS, CUE_PARTICIPLES, CUE_SAYING_NOUNS } from "../lexicon/cueParticiples.ts";
import { CUE_VERBS } from "../lexicon/cueVerbs.ts";
import { DIN_NAME_PARTS, FIRST_NAMES, WOMEN_FIRST_NAMES } from "../lexicon/firstNames.ts";
import {
  ADJUNCT_OPENERS,
  AUX_VERBS,
  DAY_WORDS,
  EMPHATICS,
  INTERJECTED_ADVERBS,
  NAME_STOPS,
  NAME_TRAILERS,
  NON_COMPLEMENT_NOUNS,
  NUMBER_WORDS,
  OBJECT_NOUNS,
  OWN_WORD_NOUNS,
  PERIOD_WORDS,
  QUESTION_WORDS,
  RUMOUR_VERBS,
  SAYING_MANNERS,
  TIME_WORDS,
  VERBAL_PARTICLES,
} from "../lexicon/functionWords.ts";
import {
  ADDRESSEE_NOUNS,
  ANONYMITY_CONDITIONS,
  ANONYMITY_VERBS,
  ANONYMOUS_HEADS,
  ANONYMOUS_PERSON_HEADS,
  GROUP_HEADS,
  PERSON_DESCRIPTIONS,
  SOURCE_DESCRIPTORS,
} from "../lexicon/groups.ts";
import {
  INSTITUTION_HEADS,
  MASCULINE_INSTITUTION_HEADS,
  MEDIA_HEADS,
  NAME_ADJECTIVES,
  OUTLETS,
} from "../lexicon/institutions.ts";
import { PLACES } from "../lexicon/places.ts";
import { STATES } from "../lexicon/states.ts";
import { ADDRESS_FORMS, HONORIFICS, TITLE_HEADS } from "../lexicon/titles.ts";
import { matchKey } from "../normalize/matchKey.ts";

export type Complement = "anna" | "ila" | "ala" | "an" | "bi" | "min" | "dobj" | "q";

export interface CueDef {
  /** The lexicon's citation form (قال، مضيفا). */
  lemma: string;
  type: "verb" | "participle";
  tense: "past" | "present" | "participle";
  complements: ReadonlySet<Complement>;
  /** A plain verb of saying: its words are a clause (إن …) or a quotation. */
  say: boolean;
  /** نقل عن: the subject is the outlet, the speaker follows عن. */
  via: boolean;
  /** Introduces words wherever it stands in a clause, with no comma before it (بقوله). */
  anywhere?: boolean;
}

const key = (s: string) => matchKey(s).trim();

function parseComplements(s: string): Set<Complement> {
  return new Set(s.split(/\s+/).filter(Boolean) as Complement[]);
}

/** The lemma the verbal nouns of saying (التأكيد، بالتوضيح) share as cues. */
export const MANNER_LEMMA = "بالتأكيد";

/** Every inflected form of the cue verbs and participles, by match key. */
export const CUE_FORMS: ReadonlyMap<string, CueDef> = (() => {
  const m = new Map<string, CueDef>();
  const add = (form: string, def: CueDef) => {
    const k = key(form);
    if (k && !m.has(k)) m.set(k, def);
  };
  for (const line of CUE_VERBS) {
    const [pastS = "", presentS = "", compS = "", flagS = ""] = line.split("|");
    const past = pastS.split(/\s+/).filter(Boolean);
    const present = presentS.split(/\s+/).filter(Boolean);
    const lemma = past[0] ?? "";
    const base = { lemma, type: "verb" as const, complements: parseComplements(compS) };
    const flags = new Set(flagS.split(/\s+/));
    const pastDef: CueDef = { ...base, tense: "past", say: flags.has("say"), via: flags.has("via") };
    const presDef: CueDef = { ...pastDef, tense: "present" };
    const generate = !flags.has("asis");
    past.forEach((p, i) => {
      add(p, pastDef);
      if (generate && i === 0 && !/[ىا]$/.test(p)) for (const suf of ["ت", "وا", "ا", "تا", "ن"]) add(p + suf, pastDef);
    });
    present.forEach((p, i) => {
      add(p, presDef);
      if (generate && i === 0) {
        if (p.startsWith("ي")) add(`ت${p.slice(1)}`, presDef);
        if (!/[يو]$/.test(p)) for (const suf of ["ون", "ان"]) add(p + suf, presDef);
      }
    });
  }
  for (const line of CUE_PARTICIPLES) {
    const [stem = "", compS = "", flagS = ""] = line.split("|");
    const def: CueDef = {
      lemma: `${stem}ا`,
      type: "participle",
      tense: "participle",
      complements: parseComplements(compS),
      say: flagS.split(/\s+/).includes("say"),
      via: false,
    };
    const s = stem.endsWith("ي") ? stem.slice(0, -1) : stem; // داعي → داعيا / داعية
    for (const suf of ["ا", "ة", "ين", "ات", "ان", "تين"]) add(stem + suf, def);
    if (s !== stem) for (const suf of ["يا", "ية", "ين"]) add(s + suf, def);
  }
  const saying: CueDef = {
    lemma: "بقوله",
    type: "participle",
    tense: "participle",
    complements: new Set<Complement>(["anna"]),
    say: true,
    via: false,
    anywhere: true,
  };
  for (const form of CUE_SAYING_NOUNS) add(form, saying);
  const manner: CueDef = {
    lemma: MANNER_LEMMA,
    type: "participle",
    tense: "participle",
    complements: new Set<Complement>(["anna", "ila", "ala"]),
    say: false,
    via: false,
    anywhere: true,
  };
  for (const noun of CUE_MANNER_NOUNS) for (const form of [`ال${noun}`, `بال${noun}`]) add(form, manner);
  return m;
})();

/** Attribution phrases as key sequences; a trailing "ل" means the next word carries ل. */
export const ATTRIBUTION_SEQS: readonly string[][] = ATTRIBUTIONS.map((a) => a.split(/\s+/).map(key));
export const REPORT_VERB_KEYS: readonly string[] = REPORT_VERBS.map(key);
/** Documents "جاء في" reports from (بيان، تقرير), by match key without ال. */
export const DOCUMENT_SET: ReadonlySet<string> = new Set(DOCUMENT_NOUNS.map(key));
/** Documents and occasions words are said in or at (مقابلة، ندوة، اجتماع), as match keys. */
export const SAID_AT_SET: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS, ...OCCASION_NOUNS].map(key));
/** Nouns after وفق / بحسب that mean "in accordance with" (وفق توجيهات …), by match key without ال. */
export const ACCORDANCE_SET: ReadonlySet<string> = new Set(ACCORDANCE_NOUNS.map(key));
/** Nouns that indicate without a speaker (التقديرات، النتائج), by match key without ال. */
export const IMPERSONAL_SOURCE_SET: ReadonlySet<string> = new Set(IMPERSONAL_SOURCES.map(key));
/** جاء / ورد with and without و / ف, by match key. */
export const CAME_IN_SET: ReadonlySet<string> = new Set(CAME_IN_VERBS.flatMap((w) => [w, `و${w}`, `ف${w}`]).map(key));

const keySet = (xs: readonly string[]) => new Set(xs.map(key));
export const TITLE_SET = keySet(TITLE_HEADS.filter((t) => !t.includes(" ")));
export const HONORIFIC_SET = keySet(HONORIFICS.filter((t) => !t.includes(" ")));
export const INSTITUTION_SET = keySet(INSTITUTION_HEADS.map((t) => t.replace(/^ال/, "")));
/** Masculine singular institution heads (جيش، مجلس), by match key without ال. */
export const MASCULINE_HEAD_SET = keySet(MASCULINE_INSTITUTION_HEADS);
export const MEDIA_SET = keySet(MEDIA_HEADS.filter((t) => !t.includes(" ")).map((t) => t.replace(/^ال/, "")));
export const GROUP_SET = keySet(GROUP_HEADS);
/** Numbers written as words (ثلاثة، عشر), as match keys. */
export const NUMBER_SET = keySet(NUMBER_WORDS);
/** Function words: never part of a name, never the start of an object. */
export const FUNCTION_SET = keySet(NAME_STOPS);
/** Auxiliary verbs with and without و / ف (ومضى، فعاد، كان). */
export const AUX_SET = keySet(AUX_VERBS.flatMap((w) => [w, `و${w}`, `ف${w}`]));
/** Emphatics that make a phrase point back (المصدر ذاته). */
export const EMPHATIC_SET = keySet(EMPHATICS);
/** Time words that end a name (أول أمس، الماضي). */
export const TIME_SET = keySet(TIME_WORDS);
/** A noun of saying or thinking with a possessive pronoun, as a match key (رايه، قولها، تعبيرهم، تقديره). */
export const OWN_WORDS = new RegExp(`^(?:${OWN_WORD_NOUNS.map(key).join("|")})(?:ه|ها|هم|هما)$`);
/** Passive verbs of rumour after ما (تردد، أثير، يشاع), as match keys. */
export const RUMOUR_SET = keySet(RUMOUR_VERBS);
/** How the words were said (بالقول، بالتأكيد), after a speaker. */
export const SAYING_MANNER_SET = keySet(SAYING_MANNERS);
/** Days named after a phrase (أمس، اليوم، الخميس). */
export const DAY_SET = keySet(DAY_WORDS);
/** Periods a time word follows (الأسبوع الماضي). */
export const PERIOD_SET = keySet(PERIOD_WORDS);
/** Definite adjectives after a name that are not part of it (الأخيرة، الحالي). */
export const NAME_TRAILER_SET = keySet(NAME_TRAILERS);
/** Words that end a name: function words and the nouns that open an object. */
export const OBJECT_SET = keySet(OBJECT_NOUNS);
/**
 * أن / إن / بأن / لأن and their forms with a pronoun (إنهم، أنها، بأنه), as match keys: the clause of the
 * reported words starts there, so no speaker's name runs through it.
 */
export const COMPLEMENTIZER_SET: ReadonlySet<string> = new Set(
  ["ان", "بان", "لان"].flatMap((p) => ["", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي"].map((s) => p + s)),
);
/** Adverbial phrases between a cue and its object, as key sequences. */
export const INTERJECTED_SEQS: readonly string[][] = INTERJECTED_ADVERBS.map((a) => a.split(/\s+/).map(key));
/** Question words (متى، كيف) as match keys: an indirect question after تساءل. */
export const QUESTION_SET = keySet(QUESTION_WORDS);
/** Verbal particles with and without و / ف (ولم، فلن، وقد): never a name. */
export const PARTICLE_SET = keySet(VERBAL_PARTICLES.flatMap((w) => [w, `و${w}`, `ف${w}`]));
export const STOP_SET = new Set([
  ...FUNCTION_SET,
  ...PARTICLE_SET,
  ...OBJECT_SET,
  ...AUX_SET,
  ...EMPHATIC_SET,
  ...TIME_SET,
  ...QUESTION_SET,
]);
export const ADJUNCT_SET = keySet(ADJUNCT_OPENERS);
export const NON_COMPLEMENT_SET = keySet(NON_COMPLEMENT_NOUNS);
/** Multi-word names as key sequences, longest first. */
export const STATE_SEQS: readonly string[][] = STATES.map((s) => s.split(/\s+/).map(key)).sort(
  (a, b) => b.length - a.length,
);
/** Cities and regions (not states) as key sequences, longest first: where a role in construct ends. */
export const PLACE_SEQS: readonly string[][] = PLACES.map((s) => s.split(/\s+/).map(key)).sort(
  (a, b) => b.length - a.length,
);
/** Given names, by match key: where a long role without an honorific ends and the name starts. */
export const FIRST_NAME_SET = keySet([...FIRST_NAMES, ...WOMEN_FIRST_NAMES]);
/** First parts of given names in الدين (نور الدين), by match key. */
export const DIN_NAME_PART_SET = keySet(DIN_NAME_PARTS);
/** Women's given names, as match keys. */
export const WOMEN_FIRST_NAME_SET = keySet(WOMEN_FIRST_NAMES);
/** Heads of one unnamed source (مسؤول، مصدر، اقتصادي), by match key. */
export const ANON_HEAD_SET = keySet(ANONYMOUS_HEADS);
/** Of those, the professions read as an unnamed person a later name may resolve. */
export const ANON_PERSON_SET = keySet(ANONYMOUS_PERSON_HEADS);
/** Nouns describing a person just named (الرجل، السيدة), as match keys. */
export const PERSON_DESCRIPTION_SET = keySet(PERSON_DESCRIPTIONS);
/** Verbs of the clause that says why a source is unnamed (طلب عدم ذكر اسمه). */
export const ANONYMITY_SET = keySet(ANONYMITY_VERBS);
/** Adjectives after a body's or role's genitive that no shape gives away (العامة، السابق), as match keys. */
export const NAME_ADJECTIVE_SET = keySet(NAME_ADJECTIVES);
/** Whom a body calls on or warns (السلطات، المجتمع، المستثمرين), as match keys. */
export const ADDRESSEE_SET = keySet(ADDRESSEE_NOUNS);
/** Words that set the condition a source spoke on before عدم (شريطة، مشترطا), as match keys. */
export const ANONYMITY_CONDITION_SET = keySet(ANONYMITY_CONDITIONS);
/** Adjectives describing an unnamed source (مطلع، كبير). */
export const DESCRIPTOR_SET = keySet(SOURCE_DESCRIPTORS);
/** Forms of address (معالي، صاحب السمو الملكي) as key sequences, longest first. */
export const ADDRESS_SEQS: readonly string[][] = ADDRESS_FORMS.map((s) => s.split(/\s+/).map(key)).sort(
  (a, b) => b.length - a.length,
);
export const OUTLET_SEQS: readonly string[][] = OUTLETS.map((s) => s.split(/\s+/).map(key)).sort(
  (a, b) => b.length - a.length,
);
