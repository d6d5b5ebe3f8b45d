/**
 * Grammatical gender, where Arabic marks it: a verb or participle agrees with its subject (قال الوزير،
 * قالت الوزارة، مشيرة، مضيفا), so a cue with no subject of its own cannot go on with a speaker of the
 * other gender. Both sides return null when the form does not tell (plurals, duals, states, groups,
 * a name the lexicon does not know): then nothing is ruled out.
 */

import { matchKey } from "../normalize/matchKey.ts";
import { bareKey } from "../normalize/tokens.ts";
import { WOMEN_FIRST_NAME_SET } from "../quotes/cueIndex.ts";
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
const BOTH_GENDERS = new Set(["عضو", "نائب"].map((w) => matchKey(w).trim()));
/** A feminine head: ـة (الوزارة، الهيئة) or a plural in ـات (القوات، السلطات), which takes a feminine verb. */
const FEMININE_END = /(?:[هة]|ات)$/;
/**
 * Heads of bodies and outlets known to take a masculine verb, as match keys without ال. Others not
 * ending in ة may be broken plurals (الأمم المتحدة: قالت), so they tell nothing.
 */
const MASCULINE_HEADS = new Set(
  [
    "مجلس",
    "جيش",
    "مكتب",
    "مركز",
    "برلمان",
    "اتحاد",
    "بنك",
    "صندوق",
    "حزب",
    "تحالف",
    "مرصد",
    "معهد",
    "نادي",
    "فريق",
    "ائتلاف",
    "موقع",
    "تلفزيون",
    "برنامج",
    "مستشفى",
    "مجمع",
    "ديوان",
    "كرملين",
    "بنتاغون",
  ].map((w) => matchKey(w).trim()),
);

/**
 * The gender a speaker takes in agreement: a person by the role (الوزيرة، المتحدثة) or a woman's given
 * name; a body or outlet by its head word (الوزارة، الهيئة، صحيفة: feminine; المجلس، الجيش، موقع:
 * masculine). States, groups and unknowns: null.
 */
export function speakerGender(s: Speaker): Gender | null {
  if (s.kind === "person") {
    // The given name first: a woman may be named with a role of either form (النائب منى …، عضو لجنة).
    const given = firstWord(s.name);
    if (given && WOMEN_FIRST_NAME_SET.has(given)) return "f";
    const role = firstWord(s.title ?? "");
    if (!role || BOTH_GENDERS.has(role)) return null;
    return FEMININE_END.test(role) ? "f" : "m";
  }
  if (s.kind === "organization" || s.kind === "media") {
    const head = firstWord(s.title && s.kind === "media" ? s.title : s.name);
    if (!head) return null;
    if (FEMININE_END.test(head)) return "f";
    return MASCULINE_HEADS.has(head) ? "m" : null;
  }
  return null;
}

/** The first word's match key without ال, or "". */
function firstWord(text: string): string {
  const first = matchKey(text).trim().split(/\s+/)[0] ?? "";
  return bareKey(first);
}
