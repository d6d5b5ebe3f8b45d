/**
 * Reads a speaker phrase at a token position: a role and a name (وزير الخارجية الروسي سيرجي لافروف),
 * a role set off by commas (المتحدث الرسمي باسم الكرملين، ديمتري بيسكوف،), a name then its role
 * (الدكتور خالد مجاهد، المتحدث الرسمي للوزارة،), an institution (وزارة الصحة والسكان المصرية), a
 * state (مملكة البحرين), an outlet (صحيفة «شاتانوغا فري برس»), a group (مصادر مطلعة) or a bare name.
 */
import { bareKey, isDefinite, keyVariants, type Token } from "../normalize/tokens.ts";
import {
  ADDRESS_SEQS,
  ANON_HEAD_SET,
  ANON_PERSON_SET,
  ANONYMITY_CONDITION_SET,
  ANONYMITY_SET,
  COMPLEMENTIZER_SET,
  CUE_FORMS,
  DESCRIPTOR_SET,
  DIN_NAME_PART_SET,
  EMPHATIC_SET,
  FIRST_NAME_SET,
  GROUP_SET,
  HONORIFIC_SET,
  IMPERSONAL_SOURCE_SET,
  INSTITUTION_SET,
  MASCULINE_HEAD_SET,
  MEDIA_SET,
  NAME_TRAILER_SET,
  NUMBER_SET,
  OUTLET_SEQS,
  OWN_WORDS,
  PERIOD_SET,
  PERSON_DESCRIPTION_SET,
  PLACE_SEQS,
  SAID_AT_SET,
  SAYING_MANNER_SET,
  STATE_SEQS,
  STOP_SET,
  TIME_SET,
  TITLE_SET,
} from "../quotes/cueIndex.ts";
import type { SpeakerKind } from "../types.ts";
import { ROLE_COMPLEMENTS } from "./roleHeads.ts";

export interface Entity {
  /** Token range [first, last) the phrase covers, trailing comma included. */
  first: number;
  last: number;
  /** The name as written (quotation marks removed); for a role alone, the role. */
  name: string;
  /** The role as written, or null. */
  title: string | null;
  kind: SpeakerKind;
  /** True when the phrase names no one but points back (التلفزيون، الوزير الأمريكي، الوزارة). */
  anaphor: boolean;
  /** For an outlet: its name, used as `via`. */
  outlet?: string;
  /** True when a lexicon word (role, honorific, institution, outlet, state, group) opened the phrase. */
  headed?: boolean;
  /** True when ذاته / نفسه follows it ("المصدر ذاته"): the same one as before. */
  same?: boolean;
  /** True when the lexicon also closed it (مصدر مطلع، اقتصادي سعودي): what follows is not the name. */
  closed?: boolean;
  /** True for a noun describing the person just named (الرجل، السيدة): it points back to that person. */
  described?: boolean;
}

export interface TokenView {
  tokens: Token[];
  /** True when a name is already a speaker of the article (so "فاولر تقارير" reads as فاولر + object). */
  known?: (name: string) => boolean;
  /** A token read in place of tokens[at] (a word with its ل removed: لوكالة → وكالة). */
  shadow?: { at: number; token: Token };
  text: string;
  /** Closing mark token index for an opening one. */
  closeOf: Map<number, number>;
}

const MAX_NAME = 5;
/** Documents that speak for their author (بيان الوزارة، تقرير المنظمة). */
const DOC_HEADS = new Set([
  "بيان",
  "تقرير",
  "دراسه",
  "وثيقه",
  "رساله",
  "تصريحات",
  "تصريح",
  "ملخص",
  "خلاصه",
  "نص",
  // إحصائية، إحصاءات، إحصائيات (match keys: the hamza on ي is folded).
  "احصاييه",
  "احصاءات",
  "احصاييات",
  // Estimates and figures of a body (تقديرات الجيش، معطيات الوزارة).
  "تقديرات",
  "معطيات",
  "توقعات",
  // بيانات: a body's data, or its statements (بيانات منصة «كبلر»، بيانات وزارة الصحة).
  "بيانات",
  // A monitor's toll: حصيلة المرصد، حصيلة جديدة للمرصد.
  "حصيله",
  // A newspaper's editorial: افتتاحية صحيفة غارديان.
  "افتتاحيه",
  "ارقام",
  // Leaked or published papers (وثائق مسربة لموقع ويكيليكس): the outlet that published them speaks.
  "وثايق",
  "تسريبات",
  "مستندات",
]);
/** "، ويدعى «بدر الحربي»،": the words after a description that give the person's name, as match keys. */
const NAMED_AS = new Set(["يدعي", "ويدعي", "تدعي", "وتدعي", "اسمه", "واسمه", "اسمها", "واسمها"]);

/** Token i of the view, the shadow token in its place when there is one. */
/**
 * Whether the clause from i to the next comma sets the condition its source spoke on ("تحدث للجزيرة
 * شريطة عدم الكشف عن هويته"): a condition word right before عدم, within a few words.
 */
function conditionedAside(v: TokenView, i: number, limit: number): boolean {
  for (let j = i; j < limit && j - i < 8; j++) {
    const t = tk(v, j);
    if (!isWord(t)) return false;
    if (ANONYMITY_CONDITION_SET.has(t.key) && tk(v, j + 1)?.key === "عدم") return true;
  }
  return false;
}

function tk(v: TokenView, i: number): Token | undefined {
  return v.shadow && v.shadow.at === i ? v.shadow.token : v.tokens[i];
}
const CONNECTORS = new Set([
  "بن",
  "ابن",
  "بنت",
  "عبد",
  "ابو",
  "أبو",
  "ابي",
  "آل",
  "ال",
  "دي",
  "فان",
  "فون",
  "دا",
  "ولد",
]);

function slice(v: TokenView, a: number, b: number): string {
  if (b <= a) return "";
  return v.text
    .slice((tk(v, a) as Token).start, (tk(v, b - 1) as Token).end)
    .replace(/[«»“”"„]/g, "")
    .replace(/[،,]\s*$/, "")
    .trim();
}

function isWord(t: Token | undefined): t is Token {
  return !!t && t.type === "word";
}

/**
 * "د." (doctor), "م." (engineer), "أ." (professor) at j: a title's one-letter abbreviation with its period
 * glued, before a word. Returns how many tokens it takes (2), or 0.
 */
function abbreviationAt(v: TokenView, j: number): number {
  const t = tk(v, j);
  const dot = tk(v, j + 1);
  if (!isWord(t) || !/^[دمأا]$/.test(t.raw) || dot?.raw !== "." || dot.start !== t.end) return 0;
  return isWord(tk(v, j + 2)) ? 2 : 0;
}

/** A dash set off by spaces (- – —), as a tokenized punctuation mark. */
function isDash(t: Token | undefined): boolean {
  return !!t && t.type === "punct" && /^[-–—]$/u.test(t.raw);
}

export function isComma(t: Token | undefined): boolean {
  return !!t && (t.raw === "،" || t.raw === ",");
}

/** True when the word is a cue (قال، أكد، مضيفا …) in any form. */
export function isCueWord(t: Token | undefined): boolean {
  if (!isWord(t) || NAMES_LIKE_CUES.has(t.raw)) return false;
  return keyVariants(t.key).some((k) => CUE_FORMS.has(k));
}
/** Given names written as a cue verb's bare past (روي "Roy" / روى): inside a name they are the name. */
const NAMES_LIKE_CUES = new Set(["روي"]);

const bareIn = (set: ReadonlySet<string>, key: string) => set.has(key) || set.has(bareKey(key));
/** A head word with a proclitic ل / ب removed too (لرئيس → رئيس). */
function headIn(set: Set<string>, key: string): boolean {
  if (bareIn(set, key)) return true;
  if ((key.startsWith("ل") || key.startsWith("ب")) && key.length > 3) return bareIn(set, key.slice(1));
  return false;
}

function stop(t: Token | undefined): boolean {
  if (!isWord(t)) return true;
  if (maddaName(t)) return false;
  return STOP_SET.has(t.key) || isCueWord(t);
}

/**
 * آي (Ai), آن (Anne): names written with a madda whose match key is that of أي / أن. Those particles are
 * never written with a madda, so the word is the name.
 */
function maddaName(t: Token): boolean {
  return t.raw.startsWith("آ") && (t.key === "اي" || t.key === "ان");
}

/** Particles inside European names (van, von, de, der), as match keys. */
const NAME_PARTICLES = new Set(["فان", "فون", "دي", "دير", "دو", "لا"]);

/** أم / أبو and its case forms, as match keys: a kunya before a given name. */
const KUNYA = new Set(["ام", "ابو", "ابي", "ابا"]);

/** First words of the outlets' names, as match keys (رويترز، الاناضول، سكاي). */
const OUTLET_FIRST_WORDS = new Set(OUTLET_SEQS.map((q) => q[0] as string));

/**
 * A word with a glued ل read without it: لوزارة → وزارة, للمرصد → المرصد, and للجنة → اللجنة (ل + ال
 * before a word that starts with ل is written with two lams, not three: a body or role in ل keeps it).
 */
export function withoutLam(t: Token): Token {
  if (!t.key.startsWith("لل")) return { ...t, key: t.key.slice(1), raw: t.raw.slice(1) };
  const lamWord = INSTITUTION_SET.has(t.key.slice(1)) || TITLE_SET.has(t.key.slice(1));
  return lamWord
    ? { ...t, key: `ا${t.key}`, raw: `ا${t.raw}` }
    : { ...t, key: `ال${t.key.slice(2)}`, raw: `ال${t.raw.slice(2)}` };
}

/**
 * "للأناضول"، "لرويترز": the outlet the words were told to, ل glued to its name. It ends a speaker's
 * name, and is the statement's via.
 */
export function toldOutletWord(t: Token | undefined): boolean {
  if (!isWord(t) || t.key.length < 4 || t.key[0] !== "ل") return false;
  const rest = t.key.startsWith("لل") ? `ال${t.key.slice(2)}` : t.key.slice(1);
  return OUTLET_FIRST_WORDS.has(rest) || OUTLET_FIRST_WORDS.has(bareKey(rest));
}

/**
 * A word that ends any name or description before it: و + a role opens the next person ("محمد جواد
 * ظريف ورئيس …"، "أشتون كارتر ووزير البحرية"), ب + a verbal noun opens a complement ("نوري المالكي
 * بمواصلة …"، "مصادر أمنية بارتفاع حصيلة …"), and بسبب a cause. Names that start with ب keep their
 * letter (بدر، باسل، بابكر): the verbal noun after ب is five letters or more.
 */
function endsName(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  const k = t.key;
  if (k === "بسبب") return true;
  if (k.length > 4 && k.startsWith("و") && headIn(TITLE_SET, k.slice(1))) return true;
  // "خالد سالم وسعد علي": و + a given name opens a second person (وليد، وائل are names themselves).
  if (
    k.length > 3 &&
    k.startsWith("و") &&
    !FIRST_NAME_SET.has(k) &&
    (FIRST_NAME_SET.has(k.slice(1)) || /^وعبد./.test(k))
  )
    return true;
  const rest = k.slice(1);
  if (!k.startsWith("ب") || rest.length < 5 || isDefinite(rest)) return false;
  // (Hadrami surnames are با + a name: باسلمة، باوزير; only the verbal-noun shapes in ا are complements:
  // ارتفاع، انتشار، استمرار، إعلان.)
  return /^[مت]/.test(rest) || /^(?:ا.ت.ا.|ان..ا.|است..ا.|ا..ا.)ه?$/.test(rest);
}

/** A word that can be part of a personal name. */
function nameWord(t: Token | undefined, next?: Token): boolean {
  if (!isWord(t) || t.key.length < 2 || toldOutletWord(t)) return false;
  if (COMPLEMENTIZER_SET.has(t.key) && !maddaName(t)) return false;
  // "لـmtv"، "لـ«الأهرام»": ل with a tatweel is the preposition before whom the words were told.
  if (t.raw.startsWith("لـ")) return false;
  // A word written with the accusative tanween (عدداً، كثيراً) is an object or an adverb, never a name.
  if (/[اى]\u064B$|\u064B[اى]$/.test(t.raw)) return false;
  // علي the name, not على the preposition as Egyptian pages spell it: a name follows it.
  if (t.raw === "علي" && isWord(next) && !isDefinite(next.key) && !stop(next)) return true;
  // A given name that is also a time word: صباح الخالد, but not صباح اليوم / صباح الأحد.
  if (t.key === "صباح") return isWord(next) && !stop(next) && !isCueWord(next);
  if (stop(t) || NAME_TRAILER_SET.has(t.key) || endsName(t)) return false;
  // والمراكز، بالمدينة، فالحكومة: a conjunction or preposition glued to ال opens no part of a name.
  if (t.key.length > 5 && /^[وبفك]ال/.test(t.key)) return false;
  // الأسبوع الماضي، العام المقبل: a time adjunct after the name.
  if (PERIOD_SET.has(t.key) && isWord(next) && TIME_SET.has(next.key)) return false;
  if (/^\p{N}/u.test(t.raw)) return false;
  // لإصدار، لأجل، للقارئ: a word with ل, not a name.
  if (/^ل[إأ]/.test(t.raw) || t.key.startsWith("لل")) return false;
  // "وختم حديثه بالقول": the speaker's own words, not a name.
  if (OWN_WORDS.test(t.key)) return false;
  // A noun with a possessive pronoun (مذكراته، تصريحاتها، بيانهم) is not part of a name. A word with ال
  // never takes one, so المتهم، المؤقتة end in these letters without being possessed.
  const possessable = !isDefinite(t.key);
  if (possessable && t.key.length > 4 && /(?:ته|تها|اته|هم|هما|كم)$/.test(t.key)) return false;
  // … or "her" on a plural or a noun (صورها، أطفالها): no name ends so past four letters.
  if (possessable && t.key.length > 4 && /ها$/.test(t.key) && !FIRST_NAME_SET.has(t.key)) return false;
  // … or "our" (مسؤولنا، حكومتنا); foreign names in ـينا / ـانا (كريستينا، يوهانا) keep theirs.
  if (possessable && t.key.length > 5 && /[^يا]نا$/.test(t.key)) return false;
  if (CONNECTORS.has(t.key)) return true;
  if (t.key === "امين" && isFirstName(t, next)) return true;
  return !headIn(TITLE_SET, t.key) && !headIn(INSTITUTION_SET, t.key) && !headIn(MEDIA_SET, t.key);
}

/**
 * A given name (محمد، نايف، جون) or a name in عبد (عبدالله، عبد الرحمن): where a name starts after a
 * role. "على" is folded to علي by the match key: only the spelling علي before a name word counts.
 */
export function isFirstName(t: Token | undefined, next?: Token): boolean {
  if (!isWord(t)) return false;
  if (t.key === "علي") return t.raw === "علي" && nameWord(next, undefined);
  // صباح is a morning as often as a name: a name only before another name word (صباح الخالد).
  if (t.key === "صباح") return nameWord(next, undefined);
  // أمين is a secretary or a mayor (أمين عام، أمين سر، أمين منطقة الرياض) before the word of his office,
  // a given name before a family name (السفير أمين شلبي).
  if (t.key === "امين")
    return (
      isWord(next) &&
      !isDefinite(next.key) &&
      !AMIN_OFFICES.has(next.key) &&
      !headIn(INSTITUTION_SET, next.key) &&
      nameWord(next, undefined)
    );
  if (FIRST_NAME_SET.has(t.key)) return true;
  // نور الدين، نصر الدين، عز الدين: a compound given name in الدين.
  if (next?.key === "الدين" && DIN_NAME_PART_SET.has(t.key)) return true;
  // عبدالله، عبدالعزيز، عبد + a name word.
  if (t.key.startsWith("عبد") && t.key.length >= 6 && !STOP_SET.has(t.key)) return true;
  return t.key === "عبد" && isWord(next);
}

/** Words of the office after أمين (أمين عام، أمين سر، أمين منطقة), as match keys. */
const AMIN_OFFICES = new Set(["عام", "سر", "منطقه", "مدينه", "محافظه", "صندوق", "مال", "متحف", "مكتبه"]);

/** Sequences indexed by their first word's bare key, so a lookup tries only the few that can match. */
const SEQ_INDEX = new WeakMap<readonly string[][], Map<string, string[][]>>();
function seqIndex(seqs: readonly string[][]): Map<string, string[][]> {
  let m = SEQ_INDEX.get(seqs);
  if (!m) {
    m = new Map();
    for (const seq of seqs) {
      const k = bareKey(seq[0] as string);
      const list = m.get(k) ?? [];
      list.push(seq);
      m.set(k, list);
    }
    SEQ_INDEX.set(seqs, m);
  }
  return m;
}

function seqAt(v: TokenView, i: number, seqs: readonly string[][], limit: number): number {
  const t0 = tk(v, i);
  if (!isWord(t0)) return 0;
  const candidates = seqIndex(seqs).get(bareKey(t0.key));
  if (!candidates) return 0;
  for (const seq of candidates) {
    if (i + seq.length > limit) continue;
    let ok = true;
    for (let k = 0; k < seq.length; k++) {
      const t = tk(v, i + k);
      if (!isWord(t) || bareKey(t.key) !== bareKey(seq[k] as string)) {
        ok = false;
        break;
      }
    }
    if (ok) return seq.length;
  }
  return 0;
}

/**
 * A given name with ال (الفارس، الأمين): a common noun, a horseman or a trustee. An agency named like a
 * person (وكالة فارس) is never written with ال, so this is never an outlet.
 */
function definiteGivenName(k: string): boolean {
  return isDefinite(k) && FIRST_NAME_SET.has(bareKey(k));
}

/** True when the key is a one-word state or city (ايران، عدن), as after ل (لإيران). */
function placeKey(k: string): boolean {
  const one = (seqs: readonly string[][]) => (seqIndex(seqs).get(bareKey(k)) ?? []).some((s) => s.length === 1);
  return one(STATE_SEQS) || one(PLACE_SEQS);
}

/** A family name in the shape of a nisba: ال + a name word in ـي (الكواري، الأحمدي). */
function nisbaSurname(t: Token | undefined): boolean {
  return isWord(t) && isDefinite(t.key) && t.key.length >= 6 && t.key.endsWith("ي") && !stop(t) && nameWord(t);
}

/**
 * "وقال فان غال"، "وقال المدرب فان غال": a foreign name that opens with فان right after a cue (or a
 * cue and a role), where فإن cannot stand.
 */
function vanNameAt(v: TokenView, i: number): boolean {
  const before = tk(v, i - 1);
  const n = tk(v, i + 1);
  return (
    tk(v, i)?.key === "فان" &&
    isWord(before) &&
    // (After a role only when a cue precedes it: "وحسب الوزير فإن عدد …" is فإن.)
    (isCueWord(before) || (headIn(TITLE_SET, before.key) && isCueWord(tk(v, i - 2)))) &&
    isWord(n) &&
    !isDefinite(n.key) &&
    !stop(n) &&
    nameWord(n, tk(v, i + 2))
  );
}

/**
 * A hyphen at j, spaced on both sides, between a name word and a family name (ميكل - لايتنر); or the
 * period of initials (جي.آي. باراتا): glued to a short word before it, and to the next initial or
 * closing the chain.
 */
function joinerInName(v: TokenView, j: number): boolean {
  const t = tk(v, j) as Token;
  const p = tk(v, j - 1);
  const n = tk(v, j + 1);
  if (t.raw === ".") {
    if (!isWord(p) || !isWord(n) || p.raw.length > 3 || p.end !== t.start) return false;
    const chained = tk(v, j - 2)?.raw === "." && (tk(v, j - 2) as Token).end === p.start;
    return n.start === t.end || (chained && nameWord(n, tk(v, j + 2)));
  }
  if (!isWord(p) || !isWord(n) || isDefinite(n.key) || placeKey(n.key) || !nameWord(n, tk(v, j + 2))) return false;
  // (A byline chains its parts with hyphens and ends in a colon: "عبدالله الراجحي - سبق - جدة:".)
  const after = tk(v, j + 2)?.raw ?? "";
  if (/^[-–:]$/.test(after) || seqAt(v, j + 1, OUTLET_SEQS, v.tokens.length)) return false;
  // (Nor one that a second dash closes within a few words: "حسين عطية - بائع عطور - يقول" describes him.)
  for (let d = j + 2; d < v.tokens.length && d <= j + 11; d++) {
    if (isDash(tk(v, d))) return false;
    if (!isWord(tk(v, d))) break;
  }
  return v.text[t.start - 1] === " " && v.text[t.end] === " ";
}

/**
 * "تطلق على نفسها"، "يسمي نفسه"، "تدعى" at j: where the name a group or body goes by starts, or j when
 * none of these stands there.
 */
function nameItGoesBy(v: TokenView, j: number): number {
  const k = (n: number) => tk(v, n)?.key ?? "";
  if (/^[يت]طلق$/.test(k(j)) && k(j + 1) === "علي" && /^نفس/.test(k(j + 2))) return j + 3;
  if (/^[يت]سمي$/.test(k(j)) && /^نفس/.test(k(j + 1))) return j + 2;
  if (NAMED_AS.has(k(j))) return j + 1;
  return j;
}

/**
 * The plain key of a speaker's head written inflected, or null: an unnamed source in the accusative after
 * إن / أن ("غير أن مصدراً في الوزارة، طلب عدم ذكر اسمه، أفاد …" → مصدر), or the dual of a body's head in
 * construct ("وزارتا الخارجية والتعليم العالي" → وزارة).
 */
function plainHead(t: Token): string | null {
  if (t.type !== "word") return null;
  const stem = t.key.endsWith("ا") ? t.key.slice(0, -1) : "";
  if (stem && (ANON_HEAD_SET.has(stem) || GROUP_SET.has(stem))) return stem;
  const single = t.key.length > 4 && t.key.endsWith("تا") ? `${t.key.slice(0, -2)}ه` : "";
  return single && INSTITUTION_SET.has(single) ? single : null;
}

/** Reads a name of up to five words from i; returns its end. */
function readName(v: TokenView, i: number, limit: number): number {
  let j = i;
  while (j < limit && j - i < MAX_NAME) {
    const t = tk(v, j);
    // علي closing a name before punctuation ("أحمد علي:") is the name, not the preposition.
    const lastAli = j > i && t?.raw === "علي" && !isWord(tk(v, j + 1));
    // "وزير النفط علي العمير، …" / "… علي العمير إن": علي opening a name after a role, before a family
    // name that a comma, a role, a complementizer or a cue closes (على + a noun runs on: على الحدود).
    const n2 = tk(v, j + 2);
    const startAli =
      j === i &&
      t?.raw === "علي" &&
      (aliBeforeRole(v, j, limit) ||
        (isWord(tk(v, j + 1)) &&
          isDefinite((tk(v, j + 1) as Token).key) &&
          nameWord(tk(v, j + 1)) &&
          (!isWord(n2) || COMPLEMENTIZER_SET.has(n2.key) || isCueWord(n2))));
    // "راشد علي الكواري": علي between a given name and a family name in ـي (a nisba) is the father's name.
    const midAli = j > i && t?.raw === "علي" && isFirstName(tk(v, j - 1)) && nisbaSurname(tk(v, j + 1));
    // "عبدالله المقبل": a family name that is also a time word, right after a given name.
    // ("مقبل المقبل": or the given name itself with ال, as Gulf family names often are.)
    const timeSurname =
      j > i &&
      isWord(t) &&
      TIME_SET.has(t.key) &&
      isDefinite(t.key) &&
      (isFirstName(tk(v, j - 1)) || t.key === `ال${tk(v, j - 1)?.key}`);
    // "روبن فان بيرسي"، "أورسولا فون دير لاين": a particle inside a foreign name (فان is also فإنّ).
    const n = tk(v, j + 1);
    const particle =
      j > i &&
      isWord(t) &&
      NAME_PARTICLES.has(t.key) &&
      isWord(n) &&
      !isDefinite(n.key) &&
      !stop(n) &&
      nameWord(n, tk(v, j + 2));
    const particleStart = j === i && vanNameAt(v, i);
    // "عبد المالك"، "عبد الكريم": after عبد written apart, the definite word is the rest of the given name.
    const afterAbd = j > i && isWord(t) && isDefinite(t.key) && tk(v, j - 1)?.key === "عبد";
    // "يوهانا ميكل - لايتنر": a double-barrelled foreign name, its hyphen set off by spaces (a byline's
    // "الراجحي- سبق-" glues it to the word).
    if (j > i && t?.type === "punct" && (t.raw === "-" || t.raw === "–" || t.raw === ".") && joinerInName(v, j)) {
      j++;
      continue;
    }
    // "هاني أبو سبعة": after أبو / بن a number word is the family name.
    const countName = j > i && isWord(t) && NUMBER_SET.has(t.key) && /^(?:ابو|ابن|بن)$/.test(tk(v, j - 1)?.key ?? "");
    if (
      !lastAli &&
      !startAli &&
      !midAli &&
      !timeSurname &&
      !particle &&
      !particleStart &&
      !afterAbd &&
      !countName &&
      !nameWord(t, n)
    )
      break;
    // "ريم ندا إحدى الناطقين باسم …"، "جورج بوتييه أحد محامي …": "one of" after a name opens its
    // description, not more of the name.
    if (j > i && isWord(t) && ONE_OF.has(t.key)) break;
    // "نائب المحافظ لصحافيين": the journalists the words were told to.
    if (j > i && isWord(t) && /^لل?(?:صحاف|صحف)ي(?:ين|ون)$/.test(t.key)) break;
    // "زار … ستيفان دي مستورا طهران اليوم": after a name of two words, a state or a city is the verb's
    // object or a place, never a family name (the place list leaves out words that are also names).
    if (j >= i + 2 && isWord(t) && placeKey(t.key)) break;
    // "وجّه المحافظ رؤساء المدن …": a plural of people (رؤساء، مواطنين، خبراء) opens no personal name.
    if (j === i && isWord(t) && GROUP_SET.has(bareKey(t.key))) break;
    // "أرجع الانخفاض إلى …": a definite verbal noun of a derived form (الانخفاض، التراجع، الاستقرار) is
    // what the verb is about, never a family name (those end in ي: الترابي، الانصاري).
    // ("وعزا الخبير سالم الحربي التراجع إلى …": nor after a name of two words.)
    if (j !== i + 1 && isWord(t) && t.key.startsWith("ال") && derivedMasdar(t.key.slice(2))) break;
    // "توقع الخبير خالد سالم ارتفاعَ الأسعار": a verbal noun after the name opens the object.
    if (j > i && masdarLike(t, tk(v, j + 1))) break;
    // "فيصل الحمد هجومه على …": after a name of two words, a verbal noun with "his" is the object.
    if (j >= i + 2 && isWord(t) && /[^ا]ه$/.test(t.key) && masdarShape(t.key.slice(0, -1))) break;
    // "وأكد علي محمد قدرة الأجهزة …": after two name words, a feminine noun (ة) that is no given name,
    // in construct with a definite word, is the object. ("وقدرت الحملة تكلفة خطتها …": after a
    // definite word that is no given name, with a pronoun too.)
    const definiteOpener =
      j === i + 1 &&
      isDefinite((tk(v, i) as Token).key) &&
      !isFirstName(tk(v, i), t) &&
      !definiteGivenName((tk(v, i) as Token).key);
    if (
      definiteOpener &&
      isWord(t) &&
      t.raw.endsWith("ة") &&
      !isDefinite(t.key) &&
      !isFirstName(t, n) &&
      isWord(n) &&
      (isDefinite(n.key) || /(?:ه|ها|هم)$/.test(n.raw))
    )
      break;
    if (
      j >= i + 2 &&
      isWord(t) &&
      t.raw.endsWith("ة") &&
      !isFirstName(t) &&
      isWord(n) &&
      isDefinite(n.key) &&
      !CONNECTORS.has((tk(v, j - 1) as Token).key)
    )
      break;
    // "ويقول تركي المسلم أبارك لقادتنا …"، "يقول محمد الدوسري قمت بارتداء …": after a family name with
    // ال, a verb of "I" (أبارك، أتمنى، قمت، زرت) is the first word said, not more of the name.
    const afterFamilyName = j >= i + 2 && isWord(t) && isDefinite((tk(v, j - 1) as Token | undefined)?.key ?? "");
    if (
      afterFamilyName &&
      (/^ا[^ل]../.test(t.key) || /^[^ا].{1,3}ت$/.test(t.raw)) &&
      !isFirstName(t, n) &&
      !CONNECTORS.has(t.key) &&
      !isDefinite(t.key)
    )
      break;
    // "وأبدى سعيد المطيري فخره واعتزازه": after a family name with ال, a word with "his / her" written
    // (ه, not ة) is the object; a name never goes on past its family name that way.
    if (afterFamilyName && /[^اي]ه[ام]?$/.test(t.raw) && !/الله$/.test(t.raw) && !isFirstName(t)) break;
    // "بنيامين نتنياهو قرار مجلس الأمن": after a name of two words, a noun in construct with a body
    // (مجلس، وزارة، هيئة) is the object; no name runs into an institution.
    if (
      j >= i + 2 &&
      isWord(n) &&
      !isDefinite(n.key) &&
      headIn(INSTITUTION_SET, n.key) &&
      !CONNECTORS.has(t?.key ?? "")
    )
      break;
    j++;
  }
  // "سلطان بن سلمان بن عبد العزيز": a name never ends on عبد / أبو; the word it joins is the name still.
  if (j - i >= MAX_NAME && j < limit && /^(?:عبد|ابو)$/.test(tk(v, j - 1)?.key ?? "") && isWord(tk(v, j))) j++;
  return j;
}

/**
 * A personal name of one to four name words in quotation marks at i («محمد الزهراني»): the range of its
 * words and the closing mark, or null.
 */
function markedName(v: TokenView, i: number, limit: number): { from: number; to: number; close?: number } | null {
  const t = tk(v, i);
  const c = t?.type === "mark" ? v.closeOf.get(i) : undefined;
  if (c === undefined || c >= limit || c - i - 1 < 1 || c - i - 1 > 4) return null;
  for (let m = i + 1; m < c; m++) if (!nameWord(tk(v, m), tk(v, m + 1))) return null;
  // A given name opens it: «نواصل عملنا» or «الإصلاح مستمر» after a role is what the role said.
  if (!isFirstName(tk(v, i + 1), tk(v, i + 2))) return null;
  return { from: i + 1, to: c, close: c };
}

/**
 * ROLE، NAME، at i: a role of up to 10 words (no punctuation, no cue), a comma, a personal name that
 * opens with a given name (two to four name words), and a comma or the end of the clause. Null when the
 * phrase is not so.
 */
function nameBetweenCommas(v: TokenView, i: number, limit: number): Entity | null {
  let c = i + 1;
  while (c < limit && c - i <= 10 && isWord(tk(v, c)) && !isCueWord(tk(v, c) as Token) && !toldOutletWord(tk(v, c)))
    c++;
  if (c === i + 1 || !isComma(tk(v, c))) return null;
  // A given name opens it, or (a foreign name the lexicon lacks: "،ميدجياوا باكاري،") two words with no
  // ال that a comma closes.
  const w1 = tk(v, c + 1);
  const w2 = tk(v, c + 2);
  const foreign =
    isWord(w1) &&
    isWord(w2) &&
    !isDefinite(w1.key) &&
    !isDefinite(w2.key) &&
    isComma(tk(v, c + 3)) &&
    !TIME_SET.has(w1.key);
  if (!isFirstName(w1, w2) && !foreign) return null;
  const e = readName(v, c + 1, limit);
  if (e - (c + 1) < 2 || e - (c + 1) > 4) return null;
  const after = tk(v, e);
  if (after && !isComma(after) && !toldOutletWord(after) && !(isWord(after) && COMPLEMENTIZER_SET.has(after.key)))
    return null;
  return {
    first: i,
    last: isComma(after) ? e + 1 : e,
    name: slice(v, c + 1, e),
    title: slice(v, i, c),
    kind: "person",
    anaphor: false,
    headed: true,
  };
}

/**
 * "ROLE، NAME": words read as a name after the comma that closes a role, from ns to e. Without a given
 * name or a name the article knows, they are a name only when they close cleanly (a comma, a cue, a
 * complementizer, the outlet told, the end) and do not open with ال: "مدير عام …، المواطنين مسؤولية
 * انتشار …" and "عضو لجنة …، بطلب إحاطة إلى …" are the objects of the sentence's verb.
 */
function nameAfterRoleComma(v: TokenView, ns: number, e: number): boolean {
  const first = tk(v, ns) as Token;
  if (isFirstName(first, tk(v, ns + 1)) || v.known?.(first.raw)) return true;
  if (isDefinite(first.key)) return false;
  const after = tk(v, e);
  return (
    !isWord(after) ||
    isComma(after) ||
    isCueWord(after) ||
    toldOutletWord(after) ||
    COMPLEMENTIZER_SET.has(after.key) ||
    after.key === "في"
  );
}

/** Particles and prepositions that never open a construct inside a role (في، من، عن …), as match keys. */
const FUNCTION_WORDS_IN_ROLE = new Set([
  "في",
  "من",
  "عن",
  "علي",
  "الي",
  "مع",
  "بعد",
  "قبل",
  "منذ",
  "خلال",
  "لدي",
  "ان",
]);

/** Prepositions a long role runs on through (رئيس قسم الاقتصاد في جامعة الملك سعود). */
const ROLE_LINKS = new Set(["في", "لدي", "باسم", "من"]);
/** Demonstratives that may stand inside a role before a definite noun (باسم هذه المنظمة). */
const DEMONSTRATIVES = new Set(["هذه", "هذا", "تلك", "ذلك"]);
/** Relative pronouns: a role never runs on through them. */
const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللذان", "اللتان"]);

/** "one of" (أحد، إحدى), as match keys: after a name it opens a description (أحد محامي الأسرة). */
const ONE_OF = new Set(["احد", "احدي"]);

/** Words of quantity before من and a group (عدد من السكان، العديد من الخبراء), as match keys. */
const QUANTIFIERS = new Set(["عدد", "العديد", "مجموعه", "جمع", "الكثير", "كثير"]);

/** Role heads, bare, whose role goes on through على / عن (المشرف على …، المسؤول عن …). */
const HEADS_WITH_PREPOSITION = new Set(["مشرف", "مشرفه", "مسوول", "مسووله", "قايم", "قايمه"]);
/** Role heads, bare, of members who sit for a place or a list (النائب عن …، عضو البرلمان عن …). */
const REPRESENTATIVE_HEADS = new Set(["عضو", "عضوه", "نايب", "نايبه", "ممثل", "ممثله"]);
/** Role heads, bare, sent to a place or a body: their role goes on through إلى (المبعوث الأممي إلى اليمن). */
const HEADS_SENT_TO = new Set(["مبعوث", "مبعوثه", "موفد", "موفده", "رسول"]);

/** Skips a role phrase (title head + its genitives and adjectives); returns its end. */
function readRole(v: TokenView, i: number, limit: number): number {
  let j = i + 1;
  while (j < limit) {
    const t = tk(v, j);
    // "عضو كتلة "التنمية والتحرير" النائب …": the proper name of a body in the role, in marks.
    const prevWord = tk(v, j - 1);
    const close = t?.type === "mark" ? v.closeOf.get(j) : undefined;
    // … or a body in marks right after a role word (رئيس «لجنة متابعة الأسعار» الدكتور …).
    const inner = tk(v, j + 1);
    // (An outlet too: مراسل «العربية»، مراسل "الجزيرة".)
    const bodyInMarks =
      isWord(inner) &&
      (headIn(INSTITUTION_SET, inner.key) ||
        ROLE_COMPLEMENTS.has(bareKey(inner.key)) ||
        (close !== undefined && seqAt(v, j + 1, OUTLET_SEQS, close) === close - j - 1));
    if (
      close !== undefined &&
      close - j <= 7 &&
      close + 1 < limit &&
      isWord(prevWord) &&
      (headIn(INSTITUTION_SET, prevWord.key) || (headIn(TITLE_SET, prevWord.key) && bodyInMarks))
    ) {
      j = close + 1;
      continue;
    }
    if (!isWord(t) || isCueWord(t) || toldOutletWord(t)) break;
    const k = t.key;
    // "لقسم الشرق الأوسط وشمال أفريقيا": a region joined by و and a point of the compass.
    if (j > i + 1 && /^و(?:شمال|جنوب|شرق|غرب)$/.test(k) && isWord(tk(v, j + 1))) {
      j += 2;
      continue;
    }
    // "وزير الصحة والسكان"، "وزير الشؤون الإنسانية وإدارة الكوارث": a portfolio of two parts joined by و.
    if (j > i + 1 && k.length > 3 && k[0] === "و" && isDefinite((tk(v, j - 1) as Token).key)) {
      const rest = k.slice(1);
      const n = tk(v, j + 1);
      // (A second role — وزير الخارجية ووزير الدفاع — or a second person starts there instead.)
      const joined =
        isDefinite(rest) ||
        (isWord(n) && isDefinite(n.key) && !isFirstName({ ...t, key: rest, raw: t.raw.slice(1) }, n));
      if (joined && !headIn(TITLE_SET, rest) && !bareIn(HONORIFIC_SET, rest)) {
        j++;
        continue;
      }
    }
    // "المشرف على الرحلات"، "المسؤول عن الملف": heads that govern على / عن take a definite noun.
    if ((k === "علي" || k === "عن") && HEADS_WITH_PREPOSITION.has(bareKey((tk(v, i) as Token).key))) {
      const n = tk(v, j + 1);
      if (isWord(n) && isDefinite(n.key)) {
        j += 2;
        continue;
      }
      // "المشرف على «سفاري» الأحساء": a named thing in marks.
      const c = n?.type === "mark" ? v.closeOf.get(j + 1) : undefined;
      if (c !== undefined && c - j <= 5 && c + 1 < limit) {
        j = c + 1;
        continue;
      }
    }
    // "النائب عن ائتلاف دولة القانون"، "عضو البرلمان عن محافظة البصرة": whom a member sits for.
    if (k === "عن" && REPRESENTATIVE_HEADS.has(bareKey((tk(v, i) as Token).key))) {
      const n = tk(v, j + 1);
      const place = seqAt(v, j + 1, STATE_SEQS, limit) || seqAt(v, j + 1, PLACE_SEQS, limit);
      if (place) {
        j += 1 + place;
        continue;
      }
      if (isWord(n) && !stop(n) && (isDefinite(n.key) || headIn(INSTITUTION_SET, n.key))) {
        j += 2;
        continue;
      }
    }
    // "المبعوث الخاص إلى سوريا ستيفان دي مستورا": an envoy's role names where he is sent, a state or a
    // city (or a definite body: المبعوث إلى الأمم المتحدة), when his name follows. Without a name, إلى
    // is the verb's ("وصل المبعوث الأممي إلى القاهرة أمس").
    if (k === "الي" && HEADS_SENT_TO.has(bareKey((tk(v, i) as Token).key))) {
      const place = seqAt(v, j + 1, STATE_SEQS, limit) || seqAt(v, j + 1, PLACE_SEQS, limit);
      let to = place ? j + 1 + place : -1;
      for (let d = j + 1; !place && d < j + 4 && isWord(tk(v, d)) && isDefinite((tk(v, d) as Token).key); d++)
        to = d + 1;
      const name = tk(v, to);
      // (A name of two words at least, or a given name: "قادما من بيروت" is no name.)
      const named =
        isWord(name) &&
        !isDefinite(name.key) &&
        (isFirstName(name, tk(v, to + 1)) || (nameWord(name, tk(v, to + 1)) && nameWord(tk(v, to + 1), tk(v, to + 2))));
      if (to > 0 && to < limit && named) {
        j = to;
        continue;
      }
    }
    if (k === "في" || k === "باسم" || k === "لدي" || k === "لدى") {
      // "المدعي العام في المنطقة الشرقية": a place inside the role.
      const n = tk(v, j + 1);
      // "قال الوزير في مقابلة تلفزيونية"، "في المؤتمر الصحفي": where he spoke, no longer the role.
      if (k === "في" && isWord(n) && bareIn(SAID_AT_SET, n.key)) break;
      // "مندوب في «أوبك+»"، "متحدث باسم «هيومن رايتس ووتش»": the body the role belongs to, in marks.
      const shut = n?.type === "mark" ? v.closeOf.get(j + 1) : undefined;
      const inner = tk(v, j + 2);
      if (
        shut !== undefined &&
        shut - j - 2 >= 1 &&
        shut - j - 2 <= 5 &&
        shut + 1 < limit &&
        isWord(inner) &&
        !bareIn(SAID_AT_SET, inner.key)
      ) {
        j = shut + 1;
        continue;
      }
      // "كاتب الدولة لدى وزير الداخلية": another role or body the role belongs to.
      if (isWord(n) && (isDefinite(n.key) || headIn(INSTITUTION_SET, n.key) || headIn(TITLE_SET, n.key))) {
        j += 2;
        continue;
      }
      if (k === "باسم") {
        j++;
        continue;
      }
      // "سفير السعودية لدى مصر"، "مراسل الجزيرة في غزة": a state or city, then more role or the name.
      const place = seqAt(v, j + 1, STATE_SEQS, limit) || seqAt(v, j + 1, PLACE_SEQS, limit);
      if (place) {
        j += 1 + place;
        continue;
      }
      // "المدعي العام في تينيسي بيل كيليان": a place, then the name.
      if (isWord(n) && !stop(n) && nameWord(tk(v, j + 2), tk(v, j + 3))) {
        j += 2;
        continue;
      }
      break;
    }
    // "متحدثة باسم هذه المنظمة الدولية": a demonstrative before a definite noun is still the role.
    if (DEMONSTRATIVES.has(k) && isWord(tk(v, j + 1)) && isDefinite((tk(v, j + 1) as Token).key)) {
      j++;
      continue;
    }
    // "مدير عام صحة البيئة"، "مدير صحة جدة"، "أستاذ علم البيئة": after an indefinite head (or its "عام")
    // the role goes on in construct, an indefinite noun and then a definite one or a place.
    const before = tk(v, j - 1) as Token;
    const n3 = tk(v, j + 1);
    if (
      (before.key === "عام" || (headIn(TITLE_SET, before.key) && !isDefinite(before.key))) &&
      !isDefinite(k) &&
      !isFirstName(t, n3) &&
      !FUNCTION_WORDS_IN_ROLE.has(k) &&
      isWord(n3) &&
      (isDefinite(n3.key) || placeKey(n3.key)) &&
      !isFirstName(n3, tk(v, j + 2))
    ) {
      j += 2;
      continue;
    }
    if (STOP_SET.has(k)) break;
    // "المرشد الأعلى لإيران"، "سفير بريطانيا لدى …": ل + a state or city closes the role.
    if (/^ل/.test(k) && k.length >= 4 && !isDefinite(k) && placeKey(k.slice(1))) {
      j++;
      continue;
    }
    // "قائد حرس الحدود بمنطقة تبوك", "وزير الدولة لشؤون الخارجية": a ب/ل phrase inside the role
    // (but لندن، بغداد are places, handled below).
    const n2 = tk(v, j + 1);
    if (
      /^[بل]/.test(k) &&
      !placeKey(k) &&
      !isDefinite(k) &&
      k.length >= 4 &&
      !CONNECTORS.has(k) &&
      // (بأنه، لأن: the complementizer opens the words, "واعترف الوزير بأنه أخطأ".)
      !COMPLEMENTIZER_SET.has(k) &&
      // (بنيامين، لطفي: a given name that starts with ب / ل opens the name, not a phrase of the role.)
      !isFirstName(t, n2) &&
      isWord(n2) &&
      !stop(n2) &&
      // ("محافظ بيشة محمد بن سبرة": a given name after it — the ب-word was a place the lexicon lacks.)
      !isFirstName(n2, tk(v, j + 2))
    ) {
      j += 2;
      continue;
    }
    // "وختم المتحدث بالتأكيد على أن"، "بالقول": how the words were said, after the role (not where the
    // speaker works, as in المسؤول بالوزارة).
    if (j > i && SAYING_MANNER_SET.has(k)) break;
    // "السفير أمين شلبي": أمين before a family name is the given name, not a secretary's office.
    if (j > i && k === "امين" && isFirstName(t, tk(v, j + 1))) break;
    if (
      isDefinite(k) ||
      headIn(TITLE_SET, k) ||
      headIn(INSTITUTION_SET, k) ||
      ROLE_COMPLEMENTS.has(k) ||
      // "رئيس تحرير صحيفة الرياض": an outlet the role belongs to, after a word of the role.
      (j > i + 1 && headIn(MEDIA_SET, k)) ||
      k === "عام" ||
      k === "العام"
    ) {
      j++;
      continue;
    }
    // Right after a role or institution head in construct (بلدية تشاتانوغا، محافظ عدن، سفير فرنسا)
    // or a preposition of the role (لدى مصر): a state or a city is the genitive, the name follows.
    const prev = tk(v, j - 1) as Token;
    const construct =
      (headIn(INSTITUTION_SET, prev.key) || headIn(TITLE_SET, prev.key) || ROLE_COMPLEMENTS.has(bareKey(prev.key))) &&
      !isDefinite(prev.key);
    if (construct) {
      const place = seqAt(v, j, STATE_SEQS, limit) || seqAt(v, j, PLACE_SEQS, limit);
      if (place) {
        j += place;
        continue;
      }
    }
    break;
  }
  return j;
}

/**
 * A role read up to r that an honorific and a name follow a few words later ("رئيس قسم الاقتصاد في
 * جامعة الملك سعود الدكتور أحمد العمري"): the honorific marks where the role ends, so the words before
 * it are still role (a place or body whose proper name readRole cannot tell from a person's).
 * Returns the honorific's index, or r when none follows within reach.
 */
function roleUpToHonorific(v: TokenView, r: number, limit: number): number {
  // The last honorific within reach: "الملك" of جامعة الملك سعود is a place's name, الدكتور the man's.
  let at = r;
  // (An outlet's name in marks counts as one word: "رئيس تحرير «سبق» الأستاذ …".)
  for (let j = r, words = 0; j < limit && words < 12; j++, words++) {
    const t = tk(v, j);
    const close = t?.type === "mark" ? v.closeOf.get(j) : undefined;
    if (close !== undefined && close - j <= 5 && close < limit && j > r) {
      j = close;
      continue;
    }
    if (!isWord(t) || isCueWord(t)) break;
    // A given name is where the person starts: an honorific-like role after it (اللاعب خالد العلي
    // قائد الفريق) describes him, it does not open his name.
    // (After an honorific inside the role, a given name belongs to a place: جامعة الملك سعود.)
    const before = tk(v, j - 1);
    const inPlaceName = j > r && isWord(before) && bareIn(HONORIFIC_SET, before.key);
    if (!bareIn(HONORIFIC_SET, t.key) && !inPlaceName && isFirstName(t, tk(v, j + 1))) break;
    if (bareIn(HONORIFIC_SET, t.key)) {
      // (علي after an honorific is the given name, not على: "الأستاذ علي الحازمي".)
      const ali = tk(v, j + 1)?.raw === "علي" && isDefinite(tk(v, j + 2)?.key ?? "") && nameWord(tk(v, j + 2));
      if (j > r && (ali || nameWord(tk(v, j + 1), tk(v, j + 2)))) at = j;
      continue;
    }
    // A day or time word may stand in a garbled role (عضو الجمعة السعودية …); a relative or a
    // particle ends it.
    if (STOP_SET.has(t.key) && !ROLE_LINKS.has(t.key) && !(isDefinite(t.key) && !RELATIVES.has(t.key))) break;
  }
  return at;
}

/** An indefinite institution or outlet head (منظمة، شركة، صحيفة) awaiting its proper name. */
function bodyInConstruct(t: Token | undefined): boolean {
  if (!isWord(t) || isDefinite(t.key)) return false;
  return headIn(INSTITUTION_SET, t.key) || headIn(MEDIA_SET, t.key);
}

/**
 * A role in construct that nothing closed (محلل أسواق المال لدى شركة الأهلي كابيتال محمد سعيد): the
 * first given name within reach is where the name starts, the words before it are the role (a body or
 * place whose proper name readRole cannot tell from a person's). Returns its index, or r when none.
 */
function roleUpToFirstName(v: TokenView, r: number, limit: number): number {
  for (let j = r; j < limit && j - r < 9; j++) {
    const t = tk(v, j);
    if (t?.type === "mark" && v.closeOf.has(j)) {
      // شركة «الأهلي كابيتال»: a short name in marks is part of the role.
      const c = v.closeOf.get(j) as number;
      if (c - j > 5) return r;
      j = c;
      continue;
    }
    if (!isWord(t) || isCueWord(t)) return r;
    if (j > r && isFirstName(t, tk(v, j + 1)) && !CONNECTORS.has((tk(v, j - 1) as Token).key)) {
      const n = tk(v, j + 1);
      // A name of one word closes the phrase; a longer one goes on with name words.
      if (!isWord(n) || stop(n) || nameWord(n, tk(v, j + 2))) return j;
      return r;
    }
    // ("والمشرف على برنامج العيد …": على after a supervisor or one in charge links more of the role.)
    const inCharge = t.key === "علي" && /(?:مشرف|مسوول|قايم)ه?$/.test((tk(v, j - 1) as Token | undefined)?.key ?? "");
    if (STOP_SET.has(t.key) && !ROLE_LINKS.has(t.key) && t.key !== "لدي" && !inCharge) return r;
  }
  return r;
}

/** Words of compound names with the article (عبد الله، نور الدين): never where a role ends. */
const NAME_ARTICLE_WORDS = new Set(["الله", "الدين", "الرحمن", "الرحيم", "العزيز", "الكريم"]);

/**
 * Within what was read as the name after a role, the index after the last definite word when two name
 * words or more follow it (ظهران الجنوب | محمد فلاح القرقاح); ns when there is none.
 */
function roleTailInName(v: TokenView, ns: number, e: number): number {
  for (let m = e - 3; m >= ns; m--) {
    const w = tk(v, m) as Token;
    if (!isDefinite(w.key) || NAME_ARTICLE_WORDS.has(w.key)) continue;
    const before = tk(v, m - 1);
    if (m > ns && isWord(before) && CONNECTORS.has(before.key)) continue;
    const after = tk(v, m + 1) as Token;
    if (CONNECTORS.has(after.key) || isDefinite(after.key)) continue;
    return m + 1;
  }
  return ns;
}

/** Nouns after في / ب that open an occasion, not a description of the source (في تصريح، بحديث). */
const OCCASIONS = new Set(
  [
    "تصريح",
    "تصريحات",
    "بيان",
    "حديث",
    "مقابله",
    "لقاء",
    "مؤتمر",
    "اتصال",
    "رساله",
    "تغريده",
    "منشور",
    "كلمه",
    "خطاب",
    "وقت",
    "ساعه",
    "حينه",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
  ].map((w) => w.replace(/ؤ/g, "و")),
);
/** Communities a source may belong to (مسؤول من قبيلة تبو، شيخ من عشيرة البو نمر), as match keys. */
const COMMUNITY_HEADS = new Set(["قبيله", "عشيره", "عايله", "اسره", "طايفه"]);
/** Heads after في that place the source (مصادر مطلعة في مدينة الموصل، مصدر في مستشفى العيص). */
function placeHead(t: Token | undefined): boolean {
  if (!isWord(t) || stop(t) || isCueWord(t)) return false;
  return !OCCASIONS.has(bareKey(t.key));
}

/**
 * The description after an unnamed source, up to the verb, a comma or the complement: "مصدر طبي
 * بمستشفى ظهران الجنوب", "مصادر مطلعة في مدينة الموصل العراقية", "مصادر من المقاتلين المحليين".
 * Keeps who the source is; an occasion (في تصريح) or a complement (من تصاعد …) is left out.
 */
function descriptionTail(v: TokenView, e: number, limit: number): number {
  const t = tk(v, e);
  if (!isWord(t) || e >= limit) return e;
  let j: number;
  if (t.key === "في" || t.key === "داخل") {
    if (!placeHead(tk(v, e + 1))) return e;
    j = e + 2;
  } else if (t.key === "لدي") {
    // "أحد المحققين لدى الادعاء العام": لدى + the body the source works for.
    const n = tk(v, e + 1);
    if (!isWord(n) || stop(n) || !(isDefinite(n.key) || headIn(INSTITUTION_SET, n.key))) return e;
    j = e + 2;
  } else if (t.key === "من" || t.key === "وسط" || t.key === "بين") {
    // من + a definite plural or body (من المقاتلين المحليين); من + a masdar is a complement (حذر … من تصاعد).
    // وسط / بين the same (مصادر عسكرية وسط الجيش، مصادر بين المقاتلين المحليين).
    // من + a body names where the source sits or whom it is close to: "مصدر من وزارة النقل"، "المصدر
    // المقرب من تنظيم داعش".
    const n = tk(v, e + 1);
    // ("مصدر مقرب من رئيس الحكومة تمام سلام": or the person it is close to, by a role.)
    const body =
      isWord(n) &&
      (isDefinite(n.key) ||
        headIn(INSTITUTION_SET, n.key) ||
        COMMUNITY_HEADS.has(n.key) ||
        // ("سيدة من حي الغويرية"، "مصدر من مدينة الموصل": or a place.)
        PLACE_HEADS.has(n.key) ||
        (headIn(TITLE_SET, n.key) && isWord(tk(v, e + 2)) && isDefinite((tk(v, e + 2) as Token).key)));
    if (!body || stop(n)) return e;
    j = e + 2;
  } else if (/^ب/.test(t.key) && t.key.length >= 4 && !stop(t) && !isDefinite(t.key.slice(1))) {
    // بمستشفى، بوزارة: ب glued to a place or body; بالنيابة، بأن are not.
    const head = t.key.slice(1);
    if (OCCASIONS.has(head) || !(headIn(INSTITUTION_SET, head) || PLACE_HEADS.has(head))) return e;
    j = e + 1;
  } else return e;
  while (j < limit && j - e < 7) {
    const n = tk(v, j);
    if (!isWord(n) || stop(n) || isCueWord(n)) break;
    // "وبحسب عاملين في قطاع الفنادق تتفاوت أسعار الحجز": a verb in the imperfect (يـ، تتـ) starts the
    // clause the source is credited with.
    if (!isDefinite(n.key) && n.key.length >= 4 && /^(?:ي|تت)/.test(n.key)) break;
    // "الخبراء المكلفون من القضاة الفرنسيين مرتين فرضية التسميم": after a definite word, "twice", or a
    // bare noun in construct with a definite one that is no body, given name or place, is the object.
    const p = tk(v, j - 1) as Token;
    if (j > e + 2 && isDefinite(p.key) && !isDefinite(n.key) && !/^[بلو]/.test(n.key)) {
      if (/^(?:مره|مرتين|مرات)$/.test(n.key)) break;
      const nn = tk(v, j + 1);
      if (
        isWord(nn) &&
        isDefinite(nn.key) &&
        !headIn(INSTITUTION_SET, n.key) &&
        !isFirstName(n, nn) &&
        !placeKey(n.key) &&
        !PLACE_HEADS.has(n.key)
      )
        break;
    }
    j++;
  }
  return j;
}
/**
 * "الدفاع عن حقوق الإنسان" inside a body's or a group's name: at e, عن after الدفاع (or للدفاع عن), or
 * على after الرقابة / الإشراف, and the noun in construct it governs. Returns where the name goes on, or e when nothing is there.
 */
function defendsAt(v: TokenView, e: number): number {
  const n = tk(v, e);
  if (!isWord(n)) return e;
  let at = e;
  const before = (tk(v, e - 1) as Token | undefined)?.key ?? "";
  if (n.key === "عن" && /^(?:ال|لل)دفاع$/.test(before)) at = e + 1;
  else if (n.key === "للدفاع" && tk(v, e + 1)?.key === "عن") at = e + 2;
  // "لجنة الرقابة على المال العام"، "هيئة الإشراف على التأمين": what a body oversees is in its name too.
  else if (n.key === "علي" && n.raw !== "علي" && /^(?:ال|لل)(?:رقابه|اشراف)$/.test(before)) at = e + 1;
  else return e;
  // (… عن حقوق الإنسان: a noun in construct with a definite one.)
  const c = tk(v, at);
  if (isWord(c) && !isDefinite(c.key) && !stop(c) && isDefinite(tk(v, at + 1)?.key ?? "")) at += 2;
  else if (isWord(c) && isDefinite(c.key) && !stop(c)) at += 1;
  return at;
}

/** Prepositions that open where an unnamed source sits or whom it is close to (descriptionTail). */
const DESCRIPTION_OPENERS = new Set(["في", "داخل", "لدي", "من", "وسط", "بين"]);
/** Plurals of outlets: "إحدى الصحف" is an outlet, later "الصحيفة". */
const MEDIA_PLURALS = new Set(["صحف", "وكالات", "مواقع", "قنوات", "اذاعات", "مجلات"]);
/** Place nouns a source may be described by (بمستشفى، بمدينة، بمحافظة). */
const PLACE_HEADS = new Set(["مستشفي", "مدينه", "محافظه", "منطقه", "مركز", "قريه", "مخيم", "حي", "ولايه", "بلده"]);

/**
 * "كبير الاقتصاديين في شركة «ميريديان» للاستشارات، رامي الخطيب، إن …"، "الصحافي الجزائري المقيم بتونس،
 * نصر الدين بن حديد: إن …": a person named by a role only, whose description runs on to a comma, then
 * the person's name set off by a comma, a colon or the أن of the words. The name is the speaker's and
 * everything before it the role; null when the phrase is not so.
 */
function nameAfterRole(v: TokenView, e: Entity, limit: number): Entity | null {
  // "أحد كبار مشايخ مأرب علي غريب: إن …": one of a group, then the person's name right after it.
  if (e.kind === "group" && ONE_OF.has(tk(v, e.first)?.key ?? "") && isFirstName(tk(v, e.last), tk(v, e.last + 1))) {
    const to = readName(v, e.last, limit);
    if (to > e.last + 1)
      return {
        ...e,
        kind: "person",
        name: slice(v, e.last, to),
        title: slice(v, e.first, e.last),
        headed: true,
        last: isComma(tk(v, to)) ? to + 1 : to,
      };
  }
  if (e.kind !== "person" || e.described || !(e.anaphor || e.title === null || e.title === e.name)) return null;
  if (isFirstName(tk(v, e.first), tk(v, e.first + 1))) return null;
  // (The entity may already hold the comma that ends it.)
  const from = isComma(tk(v, e.last - 1)) ? e.last - 1 : e.last;
  let c = from;
  for (; c < limit && c - from < 8 && !isComma(tk(v, c)); c++) {
    const t = tk(v, c) as Token;
    if (t.type !== "word" && t.type !== "mark") return null;
    if (t.type === "word" && (COMPLEMENTIZER_SET.has(t.key) || isCueWord(t))) return null;
  }
  if (!isComma(tk(v, c)) || !isFirstName(tk(v, c + 1), tk(v, c + 2))) return null;
  const closing = (t: Token | undefined) =>
    isComma(t) || t?.raw === ":" || (isWord(t) && COMPLEMENTIZER_SET.has(t.key));
  let to = readName(v, c + 1, limit);
  // (Set off by commas, a last word the name reader stops at is the family name still: "نور الدين بالطيب،".)
  if (!closing(tk(v, to)) && isWord(tk(v, to)) && isComma(tk(v, to + 1))) to++;
  const after = tk(v, to);
  const closes = closing(after);
  if (to <= c + 1 || !closes) return null;
  return {
    ...e,
    name: slice(v, c + 1, to),
    title: slice(v, e.first, c),
    anaphor: false,
    headed: true,
    last: isComma(after) ? to + 1 : to,
  };
}

/**
 * Parses the speaker phrase that starts at token i (before `limit`). Returns null when the words
 * there cannot be a speaker (an object such as "ضرورة …", a preposition, a cue).
 */
export function parseEntity(v: TokenView, i: number, limit: number): Entity | null {
  // "ذات المسؤول" / "نفس المصدر" (Maghrebi and Egyptian usage): "the same official", before the noun.
  const t = tk(v, i);
  const n1 = tk(v, i + 1);
  if (isWord(t) && (t.key === "ذات" || t.key === "نفس") && isWord(n1) && isDefinite(n1.key) && i + 1 < limit) {
    const same = readEntity(v, i + 1, limit);
    // ("ذات التقارير"، "نفس المصادر": a definite group, which the registry finds by its head.)
    if (same?.anaphor || same?.kind === "group") return { ...same, first: i, same: true };
  }
  const read = readEntity(v, i, limit);
  if (!read) return null;
  const e = nameAfterRole(v, read, limit) ?? read;
  // "المصدر ذاته" / "المصادر نفسها": the same source as before, whatever its description was.
  const n = tk(v, e.last);
  if (e.last < limit && isWord(n) && EMPHATIC_SET.has(n.key)) {
    let last = e.last + 1;
    if (isComma(tk(v, last))) last++;
    return { ...e, last, anaphor: true, same: true };
  }
  return e;
}

function readEntity(v: TokenView, i: number, limit: number): Entity | null {
  const t = tk(v, i);
  if (!t || i >= limit) return null;
  // An inflected head reads as its plain form (the text keeps its spelling).
  const plain = v.shadow?.at === i ? null : plainHead(t);
  if (plain) return readEntity({ ...v, shadow: { at: i, token: { ...t, key: plain } } }, i, limit);
  // "ما يسمى «اتحاد منظمات الهيكل»": the so-called body, by the name in marks.
  const called = tk(v, i + 1);
  const named = tk(v, i + 2);
  if (isWord(t) && t.key === "ما" && isWord(called) && /^[يت]سمي$/.test(called.key) && named?.type === "mark") {
    const c = v.closeOf.get(i + 2);
    if (c !== undefined && c < limit && c - i - 3 >= 1 && c - i - 3 <= 5)
      return {
        first: i,
        last: c + 1,
        name: slice(v, i + 3, c),
        title: null,
        kind: "organization",
        anaphor: false,
        headed: true,
      };
  }
  // «لافروف» / "الجاسر": a name in emphasis marks.
  if (t.type === "mark" && v.closeOf.has(i)) {
    const c = v.closeOf.get(i) as number;
    if (c - i - 1 >= 1 && c - i - 1 <= 4 && c < limit) {
      let last = c + 1;
      if (isComma(tk(v, last))) last++;
      return { first: i, last, name: slice(v, i + 1, c), title: null, kind: "person", anaphor: false };
    }
    // "«تجمع أهالي المعتقلين السلفيين في سجون سلطة حماس»": a body's long name in marks, opened by a
    // body's head.
    const head = tk(v, i + 1);
    if (c - i - 1 <= 10 && c < limit && isWord(head) && !isDefinite(head.key) && headIn(INSTITUTION_SET, head.key)) {
      let last = c + 1;
      if (isComma(tk(v, last))) last++;
      return {
        first: i,
        last,
        name: slice(v, i + 1, c),
        title: null,
        kind: "organization",
        anaphor: false,
        headed: true,
      };
    }
    return null;
  }
  // "أكدت المعلومات الأولية أن …"، "وتشير التقديرات إلى أن …": the findings themselves are what the
  // article credits (a speaker of unknown kind), with their adjectives; never a name to read on.
  if (isWord(t) && isDefinite(t.key) && IMPERSONAL_SOURCE_SET.has(bareKey(t.key))) {
    let last = i + 1;
    while (last < limit && last < i + 3 && nisbaAdjective(tk(v, last))) last++;
    const name = slice(v, i, last);
    if (isComma(tk(v, last))) last++;
    return { first: i, last, name, title: null, kind: "unknown", anaphor: false, headed: true, closed: true };
  }
  // A kunya: أم علي، أبو محمد (أم is also "or"; before a given name it is "mother of").
  // (علي after it is the name, wherever it stands: "تقول أم علي،".)
  const kunyaOf = tk(v, i + 1);
  if (isWord(t) && KUNYA.has(t.key) && (isFirstName(kunyaOf, tk(v, i + 2)) || kunyaOf?.raw === "علي")) {
    let last = Math.max(i + 2, readName(v, i + 1, limit));
    if (isComma(tk(v, last))) last++;
    const end = isComma(tk(v, last - 1)) ? last - 1 : last;
    return { first: i, last, name: slice(v, i, end), title: null, kind: "person", anaphor: false, headed: true };
  }
  // "فان بيرسي" again, without the given name: the particle opens the surname of someone known.
  const after = tk(v, i + 1);
  if (isWord(t) && NAME_PARTICLES.has(t.key) && isWord(after) && v.known?.(after.raw)) {
    const last = isComma(tk(v, i + 2)) ? i + 3 : i + 2;
    return { first: i, last, name: slice(v, i, i + 2), title: null, kind: "person", anaphor: false };
  }
  // "خمسة أشخاص"، "ثلاثة شهود": people counted in words, a group.
  const counted = tk(v, i + 1);
  if (isWord(t) && NUMBER_SET.has(t.key) && isWord(counted) && GROUP_SET.has(bareKey(counted.key)) && i + 1 < limit) {
    const group = readEntity(v, i + 1, limit);
    if (group?.kind === "group") return { ...group, first: i, name: slice(v, i, group.last).replace(/\s*،$/, "") };
  }
  if (!isWord(t) || (stop(t) && !nameWord(t, tk(v, i + 1)) && !aliBeforeRole(v, i, limit) && !vanNameAt(v, i)))
    return null;
  const k = t.key;
  const finish = (e: Entity): Entity => {
    let last = e.last;
    // "مجموعة قراصنة تطلق على نفسها «فريق التأثير»"، "مدونة تدعى «كريبس أون سيكيورتي»": the name the
    // body or group goes by, in marks, is its name; what described it is its title.
    const at = nameItGoesBy(v, last);
    const close = at > last && tk(v, at)?.type === "mark" ? v.closeOf.get(at) : undefined;
    if (
      close !== undefined &&
      close < limit &&
      close - at <= 6 &&
      close > at + 1 &&
      // (An outlet's head alone, "مدونة تدعى «…»", too.)
      (e.title === null || (e.kind === "media" && e.name === e.title)) &&
      e.kind !== "person"
    ) {
      const name = slice(v, at + 1, close);
      return {
        ...e,
        last: close + 1,
        name,
        title: e.name,
        anaphor: false,
        outlet: e.kind === "media" ? name : e.outlet,
      };
    }
    // "مختار خان - أحد بائعي الملابس الجاهزة - يقول": a description between spaced dashes, as between
    // commas; it is the person's title when none came before the name.
    const dashAt = isDash(tk(v, last)) ? last : isDash(tk(v, last - 1)) ? last - 1 : -1;
    if (dashAt >= 0 && e.kind === "person" && !e.anaphor) {
      let j = dashAt + 1;
      while (j < limit && j - dashAt <= 10 && isWord(tk(v, j))) j++;
      if (j > dashAt + 1 && isDash(tk(v, j))) {
        const name = e.name.replace(/\s*[-–—]\s*$/u, "");
        return { ...e, name, title: e.title ?? slice(v, dashAt + 1, j), last: j + 1 };
      }
    }
    // Apposition after the name: "، وهو هيئة معارضة مقرها لندن،" or "، المتحدث الرسمي للوزارة،".
    if (isComma(tk(v, last))) {
      const n = tk(v, last + 1);
      // "مختار خان، أحد بائعي الملابس الجاهزة، أن …": one of a group, set off by commas, says who he is.
      if (isWord(n) && /^(?:احد|احدي)$/.test(n.key) && e.kind === "person" && !e.anaphor) {
        let j = last + 2;
        while (j < limit && j - last <= 10 && isWord(tk(v, j))) j++;
        if (j > last + 2 && isComma(tk(v, j))) return { ...e, title: e.title ?? slice(v, last + 1, j), last: j + 1 };
      }
      // "أحد ملاك الاستراحات، ويدعى «بدر الحربي»،": the description is the title of the name that follows.
      if (isWord(n) && NAMED_AS.has(n.key) && e.title === null) {
        const named = markedName(v, last + 2, limit) ?? { from: last + 2, to: readName(v, last + 2, limit) };
        const end = named.close !== undefined ? named.close + 1 : named.to;
        if (named.to > named.from) {
          const after = isComma(tk(v, end)) ? end + 1 : end;
          return {
            ...e,
            last: after,
            name: slice(v, named.from, named.to),
            title: e.name,
            kind: "person",
            anaphor: false,
          };
        }
      }
      // "، الذي طلب عدم ذكر اسمه،": a relative clause about the source, set off the same way.
      // "، طلب عدم ذكر اسمه،": the clause that says why the source is unnamed.
      // "، تحدث لسكاي نيوز عربية شريطة عدم الكشف عن هويته،": how the source spoke, the same way.
      const aside =
        isWord(n) &&
        (ANONYMITY_SET.has(n.key) ||
          ANONYMITY_SET.has(n.key.replace(/^و/, "")) ||
          conditionedAside(v, last + 1, limit));
      if (aside || (isWord(n) && (n.key === "وهو" || n.key === "وهي" || n.key === "الذي" || n.key === "التي"))) {
        let j = last + 2;
        // (A name in marks may stand in it: "، الذي يدير شركة «ديفيدويتز أند أسوسيتس» للاستشارات،".)
        while (j < limit && j - last < 14 && !isComma(tk(v, j)) && /^(?:word|mark)$/.test((tk(v, j) as Token).type))
          j++;
        if (isComma(tk(v, j))) return { ...e, last: j + 1 };
      }
      // "النائب عادل منصور، عضو لجنة الشؤون الصحية بمجلس النواب،": a one-word role before the name
      // gives way to the fuller one after it, which a later "عضو مجلس النواب" points back to.
      const bareTitle = !e.title?.trim().includes(" ");
      if (isWord(n) && headIn(TITLE_SET, n.key) && e.kind === "person" && !e.anaphor && bareTitle) {
        const r = readRole(v, last + 1, limit);
        const title = slice(v, last + 1, r);
        last = isComma(tk(v, r)) ? r + 1 : r;
        return { ...e, title, last };
      }
      return { ...e, last: last + 1 };
    }
    // A role right after the name, no comma: "وليد دانيل المدير التنفيذي في مجموعة SPAN".
    const n = tk(v, last);
    if (e.kind === "person" && !e.anaphor && isWord(n) && headIn(TITLE_SET, n.key)) {
      const r = readRole(v, last, limit);
      const title = e.title ?? slice(v, last, r);
      last = r;
      // "… SPAN": one Latin word closing the role.
      const after = tk(v, last);
      if (after && after.type === "word" && /^[A-Za-z]/.test(after.raw)) last++;
      if (isComma(tk(v, last))) last++;
      return { ...e, title, last };
    }
    return e;
  };

  // "وقال الفنان ذو الشهرة العالمية": a definite noun with ذو / ذات + a definite noun describes the person
  // the story has just named (after a body, "الوزارة ذات الصلة" is "the ministry concerned").
  const of = tk(v, i + 1);
  const owned = tk(v, i + 2);
  if (
    isDefinite(k) &&
    !isFirstName(t, of) &&
    !headIn(INSTITUTION_SET, k) &&
    !headIn(MEDIA_SET, k) &&
    isWord(of) &&
    (of.key === "ذو" || of.key === "ذات" || of.key === "ذي") &&
    isWord(owned) &&
    isDefinite(owned.key) &&
    i + 2 < limit
  ) {
    let last = i + 3;
    while (last < limit && nisbaAdjective(tk(v, last))) last++;
    return { first: i, last, name: t.raw, title: null, kind: "person", anaphor: true, headed: true, described: true };
  }
  // "يقول الرجل البالغ من العمر 58 عاما": the man the story has just named.
  if (isDefinite(k) && PERSON_DESCRIPTION_SET.has(bareKey(k))) {
    return {
      first: i,
      last: i + 1,
      name: t.raw,
      title: null,
      kind: "person",
      anaphor: true,
      headed: true,
      described: true,
    };
  }
  // "سيدة من حي الغويرية"، "شاب من مدينة الزرقاء": an unnamed person described by where they are from.
  if (isWord(t) && !isDefinite(k) && (PERSON_DESCRIPTION_SET.has(bareKey(k)) || /^مواطنه?$/.test(k))) {
    const d = descriptionTail(v, i + 1, limit);
    if (d > i + 2) {
      const name = slice(v, i, d).replace(/\s*،$/, "");
      return finish({ first: i, last: d, name, title: null, kind: "person", anaphor: false, headed: true });
    }
  }
  // "أعرب رجل الأعمال عبد الله بن سعد الأحمري": a businessman or businesswoman, then the name.
  if (t.type === "word" && (t.key === "رجل" || t.key === "سيده") && tk(v, i + 1)?.key === "الاعمال") {
    const end = readName(v, i + 2, limit);
    if (end > i + 2)
      return finish({
        first: i,
        last: end,
        name: slice(v, i + 2, end),
        title: slice(v, i, i + 2),
        kind: "person",
        anaphor: false,
        headed: true,
      });
  }
  if (aliBeforeRole(v, i, limit)) {
    return finish({ first: i, last: i + 2, name: slice(v, i, i + 2), title: null, kind: "person", anaphor: false });
  }
  // A form of address before a person's role or name (معالي وزير الصحة …، سمو أمير المنطقة الأمير …،
  // دولة رئيس الوزراء): the person is what follows; "دولة قطر" is a state and reads on below.
  const address = seqAt(v, i, ADDRESS_SEQS, limit);
  if (address) {
    const inner = readEntity(v, i + address, limit);
    if (inner && inner.kind === "person") return { ...inner, first: i };
  }
  // States: مملكة البحرين، روسيا، الولايات المتحدة.
  let j = i;
  if (["مملكه", "جمهوريه", "دوله", "المملكه", "سلطنه", "امارة", "اماره"].includes(k)) j++;
  const st = seqAt(v, j, STATE_SEQS, limit);
  if (st && !(k === "المملكه" && j === i)) {
    return finish({
      first: i,
      last: j + st,
      name: slice(v, i, j + st),
      title: null,
      kind: "state",
      anaphor: false,
      headed: true,
    });
  }
  // Outlets named alone: رويترز، سكاي نيوز.
  const ou = definiteGivenName(k) ? 0 : seqAt(v, i, OUTLET_SEQS, limit);
  if (ou) {
    const name = slice(v, i, i + ou);
    return finish({
      first: i,
      last: i + ou,
      name,
      title: null,
      kind: "media",
      anaphor: false,
      outlet: name,
      headed: true,
    });
  }
  // Outlets with a head: صحيفة «…»، موقع دايلي ميل، وكالة أنباء البحرين (بنا)، التلفزيون.
  if (bareIn(MEDIA_SET, k) && !definiteGivenName(k)) {
    const n = tk(v, i + 1);
    if (n && n.type === "mark" && v.closeOf.has(i + 1)) {
      const c = v.closeOf.get(i + 1) as number;
      if (c < limit && c - i <= 7) {
        const name = slice(v, i + 2, c);
        // "صحيفة «اس» الإسبانية": its nisba adjectives are part of how the outlet is named, as they are
        // without marks (صحيفة سبورت الكتالونية); the via stays the name in marks.
        let last = c + 1;
        while (last < limit && last < c + 3 && nisbaAdjective(tk(v, last))) last++;
        return finish({
          first: i,
          last,
          name: last > c + 1 ? `${name} ${slice(v, c + 1, last)}` : name,
          title: t.raw,
          kind: "media",
          anaphor: false,
          outlet: name,
          headed: true,
        });
      }
    }
    let e = i + 1;
    // "صحيفة غارديان إستراتيجية …": an outlet the lexicon knows ends where its name ends (its nisba
    // adjectives with it).
    const known = seqAt(v, i + 1, OUTLET_SEQS, limit);
    if (known) {
      e = i + 1 + known;
      while (e < limit && e < i + 3 + known && nisbaAdjective(tk(v, e))) e++;
    } else while (e < limit && e - i <= 5 && isWord(tk(v, e)) && !stop(tk(v, e)) && nameItGoesBy(v, e) === e) e++;
    // "مدونة قرصنة تدعى «كريبس أون سيكيورتي»": the name it goes by, in marks; the rest describes it.
    const by = nameItGoesBy(v, e);
    const byClose = by > e && tk(v, by)?.type === "mark" ? v.closeOf.get(by) : undefined;
    if (byClose !== undefined && byClose < limit && byClose - by > 1 && byClose - by <= 6) {
      const name = slice(v, by + 1, byClose);
      return finish({
        first: i,
        last: byClose + 1,
        name,
        title: slice(v, i, e),
        kind: "media",
        anaphor: false,
        outlet: name,
        headed: true,
      });
    }
    // وكالة أنباء البحرين (بنا)
    if (tk(v, e)?.raw === "(" && tk(v, e + 2)?.raw === ")") e += 3;
    if (e === i + 1) {
      return finish({ first: i, last: e, name: t.raw, title: t.raw, kind: "media", anaphor: true, headed: true });
    }
    const name = slice(v, i + 1, e);
    // "وكالة كيودو للأنباء": the agency's full name ends in للأنباء, and is how it is named.
    const ofNews = bareKey(k) === "وكاله" && e > i + 1 && tk(v, e)?.key === "للانباء";
    if (ofNews) e++;
    // وكالة أنباء البحرين names the agency with its head; وكالة رويترز does not need it.
    // A definite head takes adjectives, not a name: التلفزيون الرسمي، الوكالة الرسمية.
    const withHead =
      ofNews ||
      (bareKey(k) === "وكاله" && bareKey(tk(v, i + 1)?.key ?? "") === "انباء") ||
      (isDefinite(k) && isDefinite(tk(v, i + 1)?.key ?? ""));
    const outlet = withHead ? slice(v, i, e) : name;
    // "الصحيفة الألمانية"، "الوكالة الفرنسية": a definite head with nisba adjectives only describes an
    // outlet named before ("صحيفة «بيلد» الألمانية"); it names none of its own.
    let described = isDefinite(k);
    for (let w = i + 1; w < e && described; w++) described = nisbaAdjective(tk(v, w));
    return finish({
      first: i,
      last: e,
      name: outlet,
      title: t.raw,
      kind: "media",
      anaphor: described,
      outlet: described ? undefined : outlet,
      headed: true,
    });
  }
  // "وبين د. خالد العتيبي"، "وبحسب م. البنيان": a title's one-letter abbreviation, then the name.
  const abbreviation = abbreviationAt(v, i);
  if (abbreviation && nameWord(tk(v, i + abbreviation), tk(v, i + abbreviation + 1))) {
    const e = readName(v, i + abbreviation, limit);
    if (e > i + abbreviation) {
      const name = slice(v, i + abbreviation, e);
      return finish({ first: i, last: e, name, title: null, kind: "person", anaphor: false, headed: true });
    }
  }
  // Honorific then name: الدكتور خالد مجاهد، المهندس سيد سركيس.
  // "السفير الإيطالي لدى المملكة": an honorific that is also a role, then a nisba adjective, is the
  // role (read below), never a person called "الإيطالي".
  if (
    (isDefinite(k) || k === "د") &&
    bareIn(HONORIFIC_SET, k) &&
    nameWord(tk(v, i + 1), tk(v, i + 2)) &&
    !(headIn(TITLE_SET, k) && nisbaAdjective(tk(v, i + 1)))
  ) {
    const e = readName(v, i + 1, limit);
    const name = slice(v, i + 1, e);
    return finish({ first: i, last: e, name, title: null, kind: "person", anaphor: false, headed: true });
  }
  // An unnamed source described by adjectives: مسؤول أمني إسرائيلي، مصدر مطلع، دبلوماسي غربي.
  if (ANON_HEAD_SET.has(k)) {
    // (In the accusative its adjectives are too: مصدرا أمنيا.)
    const accusative = /اً?$/.test(t.raw);
    let e = i + 1;
    while (e < limit && e - i <= 4) {
      const n = tk(v, e);
      if (!isWord(n) || stop(n) || isDefinite(n.key) || headIn(INSTITUTION_SET, n.key)) break;
      const adjective = /(ي|يه|يين|يون)$/.test(n.key) || (accusative && /يا$/.test(n.key));
      const descriptor = DESCRIPTOR_SET.has(n.key) || (accusative && DESCRIPTOR_SET.has(n.key.replace(/ا$/, "")));
      if (!(adjective || descriptor)) break;
      e++;
    }
    // "خبير اقتصادي محمد العمري": the description is a role when a given name follows it, an honorific
    // first or not ("مستشار خامنئي الدكتور علي أكبر ولايتي").
    const hon = tk(v, e);
    const nameAt = isWord(hon) && bareIn(HONORIFIC_SET, hon.key) && nameWord(tk(v, e + 1), tk(v, e + 2)) ? e + 1 : e;
    if (e > i + 1 && (nameAt > e || isFirstName(tk(v, e), tk(v, e + 1)))) {
      const n = readName(v, nameAt, limit);
      return finish({
        first: i,
        last: n,
        name: slice(v, nameAt, n),
        title: slice(v, i, e),
        kind: "person",
        anaphor: false,
        headed: true,
      });
    }
    if (e > i + 1) e = descriptionTail(v, e, limit);
    if (e > i + 1)
      return finish({
        first: i,
        last: e,
        name: slice(v, i, e),
        title: null,
        // A profession (اقتصادي سعودي) is one unnamed person, whom a later name may resolve.
        kind: ANON_PERSON_SET.has(k) ? "person" : "group",
        anaphor: false,
        headed: true,
        closed: true,
      });
  }
  // Role then name: وزير الخارجية الروسي سيرجي لافروف / المتحدث باسم الكرملين، ديمتري بيسكوف،
  if (headIn(TITLE_SET, k)) {
    // "مدير معبر باب السلامة من الجانب السوري، عمر الحسين،": a name set off by commas after a role
    // of words only is the person, however the role's words would read on their own.
    const boxed = nameBetweenCommas(v, i, limit);
    if (boxed) return finish(boxed);
    let r = readRole(v, i, limit);
    // "عضو جمعية الاقتصاد السعودية الدكتور فهد الحربي": the honorific opens the name, not the role.
    while (r > i + 1 && isWord(tk(v, r - 1)) && bareIn(HONORIFIC_SET, (tk(v, r - 1) as Token).key)) r--;
    r = roleUpToHonorific(v, r, limit);
    // An indefinite head nothing followed in the role (محلل أسواق …، محافظ المنطقة …) is in construct
    // with what follows: a given name further on is where the name starts.
    if (r === i + 1 && !isDefinite(k)) r = roleUpToFirstName(v, r, limit);
    // "محلل أسواق المال لدى شركة الأهلي كابيتال محمد سعيد": a role read in construct that stops short
    // of a given name runs on to it (a foreign word of a company's name on the way).
    else if (
      r > i + 1 &&
      !isDefinite(k) &&
      isWord(tk(v, r)) &&
      !bareIn(HONORIFIC_SET, (tk(v, r) as Token).key) &&
      !isFirstName(tk(v, r), tk(v, r + 1))
    )
      r = roleUpToFirstName(v, r, limit);
    // "الباحثة في منظمة هيومن رايتس ووتش سارة ليا ويتسن": a body in construct ends the role read so
    // far; its proper name runs on to the person's given name.
    else if (r > i + 1 && bodyInConstruct(tk(v, r - 1))) r = roleUpToFirstName(v, r, limit);
    const title = slice(v, i, r);
    let ns = r;
    const afterRole = tk(v, ns + 1);
    if (
      isComma(tk(v, ns)) &&
      // "رئيس البلدية، المهندس ماهر السيد،": an honorific after the comma opens the name as well.
      (nameWord(afterRole, tk(v, ns + 2)) ||
        (isWord(afterRole) && bareIn(HONORIFIC_SET, afterRole.key)) ||
        abbreviationAt(v, ns + 1) > 0) &&
      !ANONYMITY_SET.has(tk(v, ns + 1)?.key ?? "") &&
      !masdarLike(tk(v, ns + 1), tk(v, ns + 2))
    )
      ns++;
    const afterComma = ns > r;
    // ("م. عبداللطيف البنيان"، "د. خالد العتيبي": a title's one-letter abbreviation and its period too.)
    while (
      ns < limit &&
      (abbreviationAt(v, ns) || (isWord(tk(v, ns)) && bareIn(HONORIFIC_SET, (tk(v, ns) as Token).key)))
    )
      ns += abbreviationAt(v, ns) || 1;
    // "المواطن «محمد الزهراني»"، "اللاعب "سالم الدوسري"": the person's name in emphasis marks.
    const marked = markedName(v, ns, limit);
    if (marked) {
      let last = (marked.close as number) + 1;
      if (isComma(tk(v, last))) last++;
      return finish({
        first: i,
        last,
        name: slice(v, marked.from, marked.to),
        title,
        kind: "person",
        anaphor: false,
        headed: true,
      });
    }
    // "نفى المتحدث باسم الوزارة توقفَ المفاوضات": a verbal noun in construct (with a definite noun or
    // a possessive: تأثرَ حصة بلاده) right after the role is the object; another name word after it
    // (تارو آسو) makes it a name.
    const n1 = tk(v, ns + 1);
    // ("أكد مسؤول في الوزارة تخصيصَ أوقاف خاصة": a verbal noun of the تفعيل shape takes an indefinite
    // genitive too; given names of that shape, تيسير، تحسين، تغريد, are in the lexicon.)
    const objectAfterRole =
      masdarLike(tk(v, ns), n1) &&
      isWord(n1) &&
      (isDefinite(n1.key) ||
        constructBeforePossessive(v, ns + 1) ||
        (TAFIL_SHAPE.test((tk(v, ns) as Token).key) && !isFirstName(n1, tk(v, ns + 2))));
    const e = objectAfterRole ? ns : readName(v, ns, limit);
    // "قائد قوات محلية": a lone nisba adjective after the role is part of it, not a name.
    if (
      e === ns + 1 &&
      ns === r &&
      /(?:ي|يه|يين|يون)$/.test((tk(v, ns) as Token).key) &&
      !isDefinite((tk(v, ns) as Token).key)
    ) {
      const title2 = slice(v, i, e);
      return finish({ first: i, last: e, name: title2, title: title2, kind: "person", anaphor: true, headed: true });
    }
    // "محافظ ظهران الجنوب محمد فلاح القرقاح": a place or body in construct with the role ends at its
    // last definite word; the name is what follows it.
    // Only a role in construct (indefinite: محافظ، أمير) takes a genitive; المواطن أحمد البركاتي does not.
    if (e > ns && ns === r && !isDefinite(k)) {
      const cut = roleTailInName(v, ns, e);
      if (cut > ns) {
        return finish({
          first: i,
          last: e,
          name: slice(v, cut, e),
          title: slice(v, i, cut),
          kind: "person",
          anaphor: false,
          headed: true,
        });
      }
    }
    // (An honorific after the comma already says a name follows.)
    if (e > ns && !(afterComma && ns === r + 1 && !nameAfterRoleComma(v, ns, e))) {
      r = e;
      if (ns > 0 && isComma(tk(v, ns - 1)) && isComma(tk(v, r))) r++;
      return finish({ first: i, last: r, name: slice(v, ns, e), title, kind: "person", anaphor: false, headed: true });
    }
    const kind: SpeakerKind = GROUP_SET.has(bareKey(k)) ? "group" : "person";
    // "المصدر المقرب من تنظيم داعش": an unnamed source keeps what describes it.
    if (ANON_HEAD_SET.has(bareKey(k))) {
      const d = descriptionTail(v, r, limit);
      if (d > r) {
        const name = slice(v, i, d);
        return finish({ first: i, last: d, name, title: null, kind, anaphor: false, headed: true });
      }
    }
    // "الناطق الرسمي باسم الحكومة، وزير الاتصال محمد المومني،": a second role, with the name, set off
    // by commas after the first: the named person holds both.
    if (
      kind === "person" &&
      isComma(tk(v, r)) &&
      isWord(tk(v, r + 1)) &&
      headIn(TITLE_SET, (tk(v, r + 1) as Token).key)
    ) {
      const named = parseEntity(v, r + 1, limit);
      if (named?.kind === "person" && !named.anaphor && named.title && named.name.includes(" ")) {
        const end = tk(v, named.last - 1);
        // (Both roles are his: a later "مدير عام هيئة السياحة" or "أمين المجلس" points back to him.)
        if (isComma(end) || isComma(tk(v, named.last)) || COMPLEMENTIZER_SET.has(tk(v, named.last)?.key ?? ""))
          return {
            ...named,
            first: i,
            title: `${title}، ${named.title}`,
            last: isComma(tk(v, named.last)) ? named.last + 1 : named.last,
          };
      }
    }
    // A definite role alone points back, a group too (المصدر، المصادر after مصدر في الوزارة).
    return finish({
      first: i,
      last: r,
      name: title,
      title,
      kind,
      anaphor: kind === "person" || isDefinite(k),
      headed: true,
    });
  }
  // Institutions: وزارة الصحة والسكان المصرية، المرصد السوري لحقوق الإنسان، مكتب التحقيقات الفيدرالي.
  // بيان الوزارة / تقرير المنظمة: the document speaks for its author.
  if (DOC_HEADS.has(bareKey(k)) && !isDefinite(k)) {
    // بيان صادر عن الجيش (or من: تقرير صادر من غرفة التجارة)
    // (Or the verb: "بيان صدر عن مجلس وزراء الخارجية".)
    if (/^(?:صادر|صدر)/.test(tk(v, i + 1)?.key ?? "") && /^(?:عن|من)$/.test(tk(v, i + 2)?.key ?? "")) {
      const inner = parseEntity(v, i + 3, limit);
      if (inner) return { ...inner, first: i };
    }
    // "بيان من مكتب المبعوث الدولي": من + the body that issued it (a body, a state or an outlet, not
    // "بيان من ثلاث نقاط").
    if (tk(v, i + 1)?.key === "من") {
      const inner = parseEntity(v, i + 2, limit);
      if (inner && (inner.kind === "organization" || inner.kind === "state" || inner.kind === "media"))
        return { ...inner, first: i };
    }
    let n = tk(v, i + 1);
    // "وثائق مسربة لموقع …"، "تقرير جديد لمنظمة …": one describing word between the document and its
    // source with ل.
    const lamBody = (t: Token | undefined) =>
      isWord(t) &&
      /^ل[^ل]/.test(t.key) &&
      (headIn(INSTITUTION_SET, t.key.slice(1)) || bareIn(MEDIA_SET, t.key.slice(1)));
    // ("حصيلة جديدة للمرصد": the body definite, its ل doubled.)
    const lamDefiniteBody = (t: Token | undefined) =>
      isWord(t) && /^لل/.test(t.key) && (headIn(INSTITUTION_SET, t.key.slice(1)) || bareIn(MEDIA_SET, t.key.slice(1)));
    const described =
      isWord(n) &&
      !isDefinite(n.key) &&
      !/^ل/.test(n.key) &&
      !stop(n) &&
      (lamBody(tk(v, i + 2)) || lamDefiniteBody(tk(v, i + 2)));
    const at = described ? i + 2 : i + 1;
    if (described) n = tk(v, at);
    if (described && isWord(n) && lamDefiniteBody(n)) {
      const read = withoutLam(n);
      const inner = parseEntity({ ...v, shadow: { at, token: read } }, at, limit);
      if (inner && (inner.kind === "organization" || inner.kind === "media")) {
        const name = inner.name.startsWith(n.raw) ? read.raw + inner.name.slice(n.raw.length) : inner.name;
        return { ...inner, name, first: i };
      }
    }
    // تقرير لوزارة الصحة، وثائق لموقع ويكيليكس: a body or an outlet with ل glued to it (never a definite
    // noun: that is للوزارة, below).
    if (isWord(n) && lamBody(n)) {
      const bare = { ...n, key: n.key.slice(1), raw: n.raw.slice(1) };
      const inner = parseEntity({ ...v, shadow: { at, token: bare } }, at, limit);
      // (The name is sliced from the text, which still has the ل.)
      if (inner && (inner.kind === "organization" || inner.kind === "media"))
        return {
          ...inner,
          first: i,
          name: inner.name.replace(/^ل/, ""),
          outlet: inner.outlet?.replace(/^ل/, ""),
          title: inner.title?.replace(/^ل/, "") ?? null,
        };
    }
    n = tk(v, i + 1);
    // ملخص تقرير لجنة التحقيق: a chain of documents and bodies in construct; the body speaks.
    if (
      isWord(n) &&
      !isDefinite(n.key) &&
      !stop(n) &&
      (DOC_HEADS.has(bareKey(n.key)) || headIn(INSTITUTION_SET, n.key) || bareIn(MEDIA_SET, n.key))
    ) {
      const inner = parseEntity(v, i + 1, limit);
      if (inner && inner.last > i + 2) return { ...inner, first: i };
    }
    if (isWord(n) && isDefinite(n.key) && !stop(n)) {
      // بيان للجيش: read الجيش, not للجيش.
      const glued = n.key.startsWith("لل");
      const read = withoutLam(n);
      const view = glued ? { ...v, shadow: { at: i + 1, token: read } } : v;
      const inner = parseEntity(view, i + 1, limit);
      if (inner) {
        const name = glued && inner.name.startsWith(n.raw) ? read.raw + inner.name.slice(n.raw.length) : inner.name;
        return { ...inner, name, first: i };
      }
    }
  }
  if (headIn(INSTITUTION_SET, k)) {
    let e = i + 1;
    const construct = !isDefinite(k);
    const m = tk(v, e);
    // تقرير "ألبين كابيتال": the name in marks.
    if (m && m.type === "mark" && v.closeOf.has(e)) {
      const c = v.closeOf.get(e) as number;
      if (c < limit && c - e <= 5) {
        return finish({
          first: i,
          last: c + 1,
          name: slice(v, i, c + 1),
          title: null,
          kind: "organization",
          anaphor: false,
          headed: true,
        });
      }
    }
    if (construct && isWord(m) && !stop(m)) {
      // شركة فروست آند سوليفان: a proper name after the head.
      e = isDefinite(m.key) ? e + 1 : Math.max(e + 1, readName(v, e, limit));
    }
    // Where a ل-phrase (لدراسة المحيطات) ended: a noun joined to it by و is more of it (والغلاف الجوي).
    let lamPhraseEnd = -1;
    while (e < limit && e - i < 10) {
      const n = tk(v, e);
      // معرض "ماتريالز هاندلنج" الشرق الأوسط 2015: a short name in marks and a year belong to it.
      if (n && n.type === "mark" && v.closeOf.has(e) && (v.closeOf.get(e) as number) - e <= 4) {
        e = (v.closeOf.get(e) as number) + 1;
        continue;
      }
      if (isWord(n) && /^\p{N}{4}$/u.test(n.raw) && e > i + 1) {
        e++;
        break;
      }
      // "مجلس الدفاع عن الموارد القومية"، "جمعية الدفاع عن حقوق الإنسان": what a body defends is in its name.
      const defended = defendsAt(v, e);
      if (defended > e) {
        e = defended;
        continue;
      }
      // "المركز الإعلامي في مديرية الأمن العام"، "إدارة المرور بشرطة دبي" (below): a unit of a larger body,
      // named with في or ب and the body's head.
      const unitOf = tk(v, e + 1);
      // ("الوزارة في بيان": the document it spoke in.)
      if (
        isWord(n) &&
        n.key === "في" &&
        isWord(unitOf) &&
        headIn(INSTITUTION_SET, unitOf.key) &&
        !DOC_HEADS.has(bareKey(unitOf.key))
      ) {
        const body = readEntity(v, e + 1, limit);
        if (body?.kind === "organization" && body.last > e + 1) e = body.last;
        break;
      }
      if (!isWord(n) || stop(n)) break;
      // After a feminine head (الوزارة، الحكومة) an adjective agrees (السودانية، العامة); a plural noun
      // there (الوزارة المتقدمين) is the object, not part of the name.
      // After a masculine singular head (الجيش، المجلس) a definite word in ة is no adjective of it
      // but the object (أعلن الجيش السيطرة على …); plurals take the feminine (الخطوط الجوية).
      const masculineHead = isDefinite(k) && MASCULINE_HEAD_SET.has(bareKey(k));
      // "للصحافة والنشر والإذاعة": nouns joined by و to a ل-phrase are more of it, not adjectives.
      const joined =
        e > i + 1 && /^وال/.test(n.key) && (/^(?:لل|وال)/.test((tk(v, e - 1) as Token).key) || e === lamPhraseEnd);
      // "المديرية العامة للجوازات"، "الهيئة السعودية للسياحة": after the head and its adjective, a
      // genitive in لل says what the body is for; it is part of the name, no adjective to agree.
      const before = (tk(v, e - 1) as Token).key;
      const purpose = e > i + 1 && n.key.startsWith("لل") && isDefinite(before) && /(?:ه|ي|يه)$/.test(before);
      const agrees =
        (joined || purpose || !(isDefinite(k) && k.endsWith("ه") && isDefinite(n.key)) || /(?:ه|ي|يه)$/.test(n.key)) &&
        !(masculineHead && e === i + 1 && isDefinite(n.key) && n.key.endsWith("ه"));
      // لحقوق الإنسان، لدراسة المحيطات: ل + a noun in construct with a definite one (or a city, then its
      // adjectives: لمهرجان جدة التاريخية). Read before the head words below, since ل + a head word
      // (لدراسة) would otherwise be taken alone, cutting "الإدارة الوطنية لدراسة | المحيطات".
      const after = tk(v, e + 1);
      if (
        /^ل[^ل]/.test(n.key) &&
        n.key.length > 3 &&
        isWord(after) &&
        (isDefinite(after.key) || placeKey(after.key)) &&
        !stop(after)
      ) {
        e += 2;
        lamPhraseEnd = e;
        continue;
      }
      // "المكتب الإعلامي لنائب رئيس الجمهورية": ل + a role in construct with another role, then its
      // definite genitive: the office of whoever holds it.
      const third = tk(v, e + 2);
      if (
        /^ل[^ل]/.test(n.key) &&
        headIn(TITLE_SET, n.key.slice(1)) &&
        isWord(after) &&
        !isDefinite(after.key) &&
        headIn(TITLE_SET, after.key) &&
        isWord(third) &&
        isDefinite(third.key) &&
        !stop(third)
      ) {
        e += 3;
        continue;
      }
      // An indefinite noun after a definite one starts a new phrase (اللجنة | شركة توشيبا): the object.
      if (
        !isDefinite(n.key) &&
        isDefinite((tk(v, e - 1) as Token).key) &&
        !/^[ول]/.test(n.key) &&
        headIn(INSTITUTION_SET, n.key)
      )
        break;
      if (
        agrees &&
        (isDefinite(n.key) || /^[ول]ال/.test(n.key) || n.key.startsWith("لل") || headIn(INSTITUTION_SET, n.key))
      ) {
        e++;
        continue;
      }
      if (e > i && /^ب/.test(n.key) && n.key.length > 4 && INSTITUTION_SET.has(bareKey(n.key.slice(1)))) {
        e++;
        continue;
      }
      break;
    }
    const anaphor = e === i + 1 && isDefinite(k);
    return finish({
      first: i,
      last: e,
      name: slice(v, i, e),
      title: null,
      kind: "organization",
      anaphor,
      headed: true,
    });
  }
  // Some or one of a plural, named with the words up to e: an outlet when the plural is of outlets
  // (إحدى الصحف، بعض وسائل الإعلام), else a group.
  const partOf = (e: number, plural: string): Entity => {
    const media = MEDIA_PLURALS.has(bareKey(plural));
    const name = slice(v, i, e);
    return finish({
      first: i,
      last: e,
      name,
      title: null,
      kind: media ? "media" : "group",
      anaphor: false,
      outlet: media ? name : undefined,
      headed: true,
    });
  };
  // "أكد كل من الفارس مقبل السويدي وفيصل الوزران أن …": a joint statement; the first one named speaks.
  if (k === "كل" && tk(v, i + 1)?.key === "من") {
    const inner = readEntity(v, i + 2, limit);
    if (inner && inner.kind !== "state") return { ...inner, first: i };
  }
  // "عدد من رواد مواقع التواصل"، "العديد من السكان"، "بعض وسائل الإعلام المحلية": some of a group speak,
  // and the group is named with its quantifier.
  const some = QUANTIFIERS.has(k) && tk(v, i + 1)?.key === "من" ? i + 2 : k === "بعض" ? i + 1 : -1;
  const first = tk(v, some);
  if (some > 0 && isWord(first) && !stop(first) && !COMPLEMENTIZER_SET.has(first.key)) {
    let e = some + 1;
    while (e < limit && e - some < 5) {
      const n = tk(v, e);
      // "عدد من أبناء «عدن»": the place of a construct noun, in marks.
      const close = n?.type === "mark" ? v.closeOf.get(e) : undefined;
      if (close !== undefined && close - e <= 3 && close > e + 1 && !isDefinite((tk(v, e - 1) as Token).key)) {
        e = close + 1;
        break;
      }
      // "عدد من المقبوض عليهم": a passive participle and its علي + pronoun.
      if (isWord(n) && /^علي(?:ه|ها|هم|هن)$/.test(n.key) && /^(?:ال)?م/.test((tk(v, e - 1) as Token).key)) {
        e++;
        break;
      }
      if (!isWord(n) || stop(n) || isCueWord(n) || COMPLEMENTIZER_SET.has(n.key) || endsName(n)) break;
      if (n.key.length > 4 && /(?:هم|هن|هما)$/.test(n.key)) break;
      e++;
    }
    return partOf(descriptionTail(v, e, limit), first.key);
  }
  // "إحدى الصحف العربية الصادرة بلندن", "أحد المقربين": one of a definite plural, with its adjectives.
  if ((k === "احد" || k === "احدي" || k === "واحد" || k === "واحده") && isDefinite(tk(v, i + 1)?.key ?? "")) {
    let e = i + 1;
    while (e < limit && e - i <= 5 && isWord(tk(v, e)) && isDefinite((tk(v, e) as Token).key) && !stop(tk(v, e))) e++;
    // "الصادرة بلندن / الصادرة في باريس": where an outlet is published belongs to its description.
    const pub = /صادر/.test((tk(v, e - 1) as Token).key);
    if (pub && isWord(tk(v, e)) && /^ب/.test((tk(v, e) as Token).key) && !stop(tk(v, e))) e++;
    else if (pub && tk(v, e)?.key === "في" && isWord(tk(v, e + 1)) && !stop(tk(v, e + 1))) e += 2;
    else e = descriptionTail(v, e, limit);
    return partOf(e, (tk(v, i + 1) as Token).key);
  }
  // Groups and anonymous sources: مواطنون، مصادر مطلعة، جهات سورية معارضة، أحد المستخدمين — and the
  // outlet's own (مصادرنا في اليمن: "our sources").
  const ours = k.length > 4 && k.endsWith("نا") && GROUP_SET.has(k.slice(0, -2));
  // "أفاد مراسلنا": the outlet's own correspondent, a role with "our".
  if (k.length > 4 && k.endsWith("نا") && TITLE_SET.has(k.slice(0, -2)))
    return finish({ first: i, last: i + 1, name: t.raw, title: t.raw, kind: "person", anaphor: false, headed: true });
  if (GROUP_SET.has(bareKey(k)) || GROUP_SET.has(k) || ours) {
    let e = i + 1;
    while (e < limit && e - i <= 3) {
      // "منظمات الدفاع عن حقوق الإنسان".
      const defended = defendsAt(v, e);
      if (defended > e) {
        e = defended;
        continue;
      }
      const n = tk(v, e);
      if (!isWord(n) || stop(n) || n.key.startsWith("ل") || headIn(TITLE_SET, n.key) || endsName(n)) break;
      // "مصادر رسمية داخل أروقة الاتحاد": where the group sits is read whole below.
      if (DESCRIPTION_OPENERS.has(n.key)) break;
      // "سيدات أنهن …"، "مصادر سبب …": a complementizer or a verbal noun ends the description.
      // (A describing noun of the lexicon is not one: وسائل إعلام محلية.)
      if (COMPLEMENTIZER_SET.has(n.key) || (masdarLike(n, tk(v, e + 1)) && !DESCRIPTOR_SET.has(n.key))) break;
      // "مسؤولين وصفهم …": a word with "them" is a verb or an object about the group, not its description.
      if (n.key.length > 4 && /(?:هم|هن|هما)$/.test(n.key)) break;
      // "وأكدت المصادر هرب عناصر …": a definite group's adjectives are definite too; a bare noun after
      // it is the object (a ب-phrase or a number may still describe it: الأهالي بحي …).
      if (isDefinite(k) && !isDefinite(n.key) && !/^[بو]/.test(n.key) && !/^\p{N}/u.test(n.raw)) break;
      // "واتهمت وسائل الإعلام الاتحاد الصربي": after a definite construct, a definite body is the object.
      const p = tk(v, e - 1) as Token;
      if (e > i + 1 && isDefinite(n.key) && isDefinite(p.key) && headIn(INSTITUTION_SET, n.key)) break;
      e++;
    }
    e = descriptionTail(v, e, limit);
    return finish({
      first: i,
      last: e,
      name: slice(v, i, e),
      title: null,
      kind: "group",
      anaphor: false,
      headed: true,
    });
  }
  // "مخرج العمل أوس الشرقي"، "منتج الفيلم سامي عادل": a noun of a person's doing the lexicon lacks, in
  // construct with a definite noun, then a given name: the role and the person.
  const genitive = tk(v, i + 1);
  if (
    !isDefinite(k) &&
    PERSON_NOUN_SHAPE.test(k.replace(/ه$/, "")) &&
    !FIRST_NAME_SET.has(k) &&
    isWord(genitive) &&
    isDefinite(genitive.key) &&
    !stop(genitive) &&
    isFirstName(tk(v, i + 2), tk(v, i + 3))
  ) {
    const end = readName(v, i + 2, limit);
    if (end >= i + 4)
      return finish({
        first: i,
        last: isComma(tk(v, end)) ? end + 1 : end,
        name: slice(v, i + 2, end),
        title: slice(v, i, i + 2),
        kind: "person",
        anaphor: false,
        headed: true,
      });
  }
  // A bare name: كارتر، سعود منير المعبدي.
  let e = readName(v, i, limit);
  if (e === i) return null;
  // "الفارس عبدالله ناصر سليمان"، "الشاعر خالد الفيصل": a definite noun the lexicon does not know as a
  // role, before a name of two words or more, describes the person. (A name opens with ال only when
  // the given name has it: الحسن، الوليد.)
  // ("المعارض الصيني آي ويوي": its nisba adjectives with it.)
  let described = i + 1;
  while (described < i + 3 && nisbaAdjective(tk(v, described))) described++;
  const nameAfter = tk(v, described);
  const describedName =
    isDefinite(k) &&
    !FIRST_NAME_SET.has(k) &&
    !nisbaAdjective(t) &&
    isWord(nameAfter) &&
    !isDefinite(nameAfter.key) &&
    // ("الوليد بن طلال": a given name with ال before بن.)
    !/^(?:ا?بن|بنت)$/.test(nameAfter.key) &&
    // (A noun of a person's shape, الفارس، المعارض، الفنان، or a given name after it: "وكان يواجه السجن
    // عشر سنوات"، "استبعدت الإيرادات تصبح مساهمة" name nobody.)
    (PERSON_NOUN_SHAPE.test(bareKey(k).replace(/ه$/, "")) || isFirstName(nameAfter, tk(v, described + 1)));
  const nameEnd = describedName ? readName(v, described, limit) : described;
  if (describedName && nameEnd >= described + 2)
    return finish({
      first: i,
      last: nameEnd,
      name: slice(v, described, nameEnd),
      title: slice(v, i, described),
      kind: "person",
      anaphor: false,
      headed: true,
    });
  // A name already known ends where it ends: "ونفى فاولر تقارير …".
  if (v.known && e - i > 1 && !v.known(slice(v, i, e))) {
    for (let m = e - 1; m > i; m--) {
      if (CONNECTORS.has((tk(v, m - 1) as Token).key) || CONNECTORS.has((tk(v, m) as Token).key)) continue;
      if (v.known(slice(v, i, m))) {
        e = m;
        break;
      }
    }
  }
  let allDefinite = e - i > 1;
  for (let m = i; m < e; m++) if (!isDefinite((tk(v, m) as Token).key)) allDefinite = false;
  const kind: SpeakerKind = allDefinite ? "organization" : "person";
  return finish({ first: i, last: e, name: slice(v, i, e), title: null, kind, anaphor: false });
}

/**
 * Shapes of nouns that name a person by what he does, as bare match keys: فاعل (فارس، شاعر)، فعّال
 * (فنان)، فعيل (طبيب)، and the مـ participles (معارض، مهندس، محلل).
 */
const PERSON_NOUN_SHAPE = /^(?:.ا..|..ا.|..ي.|م.{3,6})$/;

/** A definite relative adjective (الإيطالي، المصرية، الأمريكيين): describes a role, never names a person. */
function nisbaAdjective(t: Token | undefined): boolean {
  return isWord(t) && /^ال.{3,}(?:ي|يه|يين|يون)$/.test(t.key);
}

/** Verbal-noun shapes that open reported content (masdar patterns), as match keys. */
const DERIVED_MASDAR_SHAPES: readonly RegExp[] = [
  /^ت...$/, // تفعّل: توقف، تحسن، تأثر
  /^ت.ا..$/, // تفاعل: تراجع، تزايد
  /^ا..ا.$/, // إفعال: إعلان، إغلاق
  /^ا...ا.$/, // افتعال / انفعال: ارتفاع، انخفاض
  /^است..ا.$/, // استفعال: استقرار
];
/** تفعيل: تشكيل، تنفيذ، تطوير — the verbal noun of form II. */
const TAFIL_SHAPE = /^ت..ي.$/;
const MASDAR_SHAPES: readonly RegExp[] = [
  ...DERIVED_MASDAR_SHAPES,
  /^[^ا]{2}و[^ا]$/, // فعول: حدوث، وصول (also a plural: جنود، شهود)
  TAFIL_SHAPE,
];

/**
 * A match key of a derived form's verbal noun (انخفاض، تراجع، استقرار), never a plural of people, nor an
 * agent noun in تا (تاجر، تابع: فاعل of a root in ت).
 */
function derivedMasdar(k: string): boolean {
  return !/[اوي]$/.test(k) && !k.startsWith("تا") && DERIVED_MASDAR_SHAPES.some((r) => r.test(k));
}

/**
 * A verbal noun opening an object clause (نفى الوزير توقفَ المفاوضات، توقع الخبير ارتفاعَ الأسعار):
 * indefinite, of a masdar shape, no given name, with a content word after it. Ends a speaker phrase.
 */
export function masdarLike(t: Token | undefined, next: Token | undefined): boolean {
  if (!isWord(t) || isDefinite(t.key) || STOP_SET.has(t.key) || isFirstName(t, next)) return false;
  // A verbal noun takes a genitive; "لـmtv"، "للأناضول" is whom the words were told (ليلى عبود لـmtv).
  if (!isWord(next) || stop(next) || next.raw.startsWith("لـ") || toldOutletWord(next)) return false;
  // Verbal nouns end in a root consonant; names like تارو، توني، داوي end in a vowel letter.
  return masdarShape(t.key);
}

/** A match key of a verbal-noun shape (ending in a root consonant, not a vowel letter as تارو). */
function masdarShape(k: string): boolean {
  return !/[اوي]$/.test(k) && MASDAR_SHAPES.some((r) => r.test(k));
}

/** "حصة بلاده": an indefinite noun at i whose genitive carries a possessive pronoun. */
function constructBeforePossessive(v: TokenView, i: number): boolean {
  const n = tk(v, i + 1);
  return isWord(tk(v, i)) && isWord(n) && n.key.length > 4 && /(?:ه|ها|هم)$/.test(n.key) && !isDefinite(n.key);
}

/**
 * "توقع علي العمير وزير النفط …": علي before a family name that a role or a comma follows is the given
 * name (the preposition, as in "علي الحدود", is not followed by a role in construct).
 */
function aliBeforeRole(v: TokenView, i: number, limit: number): boolean {
  const t = tk(v, i);
  const n = tk(v, i + 1);
  const n2 = tk(v, i + 2);
  return (
    isWord(t) &&
    t.raw === "علي" &&
    isWord(n) &&
    isDefinite(n.key) &&
    !stop(n) &&
    i + 2 < limit &&
    (isComma(n2) || (isWord(n2) && headIn(TITLE_SET, n2.key) && !isDefinite(n2.key)))
  );
}
