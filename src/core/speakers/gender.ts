/**
 * Grammatical gender, where Arabic marks it: a verb or participle agrees with its subject (قال الوزير،
 * قالت الوزارة، مشيرة، مضيفا), so a cue with no subject of its own cannot go on with a speaker of the
 * other gender. Both sides return null when the form does not tell (plurals, duals, bodies, groups,
 * a name the lexicon does not know): then nothing is ruled out.
 */

import { COMMON_GENDER_ROLES } from "../lexicon/titles.ts";
import { matchKey } from "../normalize/matchKey.ts";
import { bareKey } from "../normalize/tokens.ts";
import { ANON_HEAD_SET, TITLE_SET, WOMEN_FIRST_NAME_SET } from "../quotes/cueIndex.ts";
import type { Speaker } from "../types.ts";

export type Gender = "f" | "m";

/**
 * The gender a cue word gives its subject. `key` is the word's match key without و / ف, `lemma` the
 * lexicon's citation form (3rd person masculine singular: قال، يقول، مضيفا).
 */
export function cueGender(key: string, type: "verb" | "participle", tense: string, lemma: string): Gender | null {
  const base = matchKey(lemma).trim();
  // بقوله / بقولها: the pronoun tells.
  if (key.startsWith("بقول")) return key.endsWith("ها") ? "f" : key.endsWith("ه") ? "m" : null;
  if (type === "participle") {
    // مضيفة / مضيفه: feminine; مضيفين، مضيفات، مضيفان: plural or dual.
    if (/(?:ين|ات|ان|تين)$/.test(key)) return null;
    if (key.endsWith("ه") || key.endsWith("ة")) return "f";
    return "m";
  }
  if (tense === "present") {
    if (/(?:ون|ان)$/.test(key)) return null;
    if (key.startsWith("ت")) return "f";
    if (key.startsWith("ي")) return "m";
    return null;
  }
  if (key === base) return "m";
  // قالت، نفت، دعت; (a verb whose own last letter is ت, as ثبت, tells nothing.)
  if (key.endsWith("ت") && !base.endsWith("ت") && key.length <= base.length + 1) return "f";
  return null;
}

/** Roles written the same for a man and a woman (عضو، نائب), as match keys without ال. */
const BOTH_GENDERS = new Set(COMMON_GENDER_ROLES.map((w) => matchKey(w).trim()));
/** A feminine role: ـة (الوزيرة، المتحدثة). */
const FEMININE_END = /[هة]$/;

/**
 * The gender a person takes in agreement: a woman's given name, else the role (الوزيرة، المتحدثة:
 * feminine; الوزير، المتحدث: masculine). Other speakers, and people the lexicon cannot tell: null.
 * (Bodies are left out: they also speak through their statements, with which the verb then agrees.)
 */
export function speakerGender(s: Speaker): Gender | null {
  if (s.kind !== "person") return null;
  // The given name first: a woman may be named with a role of either form (النائب منى …، عضو لجنة).
  const given = firstWord(s.name);
  if (given && WOMEN_FIRST_NAME_SET.has(given)) return "f";
  // An unnamed source is named by its description (مسؤول في مكتبها، مصدرة مطلعة): its head tells.
  const described = firstWord(s.name);
  const role = firstWord(s.title ?? "") || (ANON_HEAD_SET.has(described) || TITLE_SET.has(described) ? described : "");
  if (!role || BOTH_GENDERS.has(role)) return null;
  return FEMININE_END.test(role) ? "f" : "m";
}

/** The first word's match key without ال, or "". */
function firstWord(text: string): string {
  const first = matchKey(text).trim().split(/\s+/)[0] ?? "";
  return bareKey(first);
}
