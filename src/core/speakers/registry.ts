/**
 * The speakers of one article, built as mentions arrive in reading order: a later mention by surname
 * («لافروف»), by a shorter form (عبد العزيز) or by role alone (الوزير الأمريكي، التلفزيون، الوزارة)
 * is linked to the speaker already named; a fuller form replaces a shorter one as the name.
 */

import { PLACES } from "../lexicon/places.ts";
import { STATES } from "../lexicon/states.ts";
import { matchKey } from "../normalize/matchKey.ts";
import { bareKey, isDefinite } from "../normalize/tokens.ts";
import type { Speaker, SpeakerKind } from "../types.ts";
import type { Entity } from "./entity.ts";
import { innerNameWord, lastKeyWord, speakerKey } from "./key.ts";
import { GENERIC_HEADS, GENITIVE_SYNONYMS, ROLE_HEADS, ROLE_SYNONYMS } from "./roleHeads.ts";

interface Entry {
  speaker: Speaker;
  key: string;
  /** Bare match-key words of the name and title, for role-only mentions. */
  words: Set<string>;
  lastSeen: number;
  /**
   * Clock of the last mention as a speaker or subject; a mere note (an institution named inside the
   * words) leaves it, so "المسؤول الخليجي" still points past "وزارات الداخلية" in the same sentence.
   */
  spokeAt: number;
  /** Order of creation: a role-only mention looks forward only to people named after it. */
  born: number;
  /** True once a proper name with a role introduced the entry (المدير العام … سالم العبدالله). */
  named: boolean;
  /** For a role-only person mention (المتحدثة، اقتصادي سعودي): its folded role head, else null. */
  roleHead: string | null;
}

/** Folds a feminine role onto the masculine (متحدثه → متحدث، مسووله → مسوول). */
const masc = (w: string) => (w.length > 3 && w.endsWith("ه") ? w.slice(0, -1) : w);
/** Folds a nisba adjective and its feminine onto its stem (السعوديه → سعود، الاقتصاد → اقتصاد). */
const stem = (w: string) => masc(w).replace(/ي$/, "");

const bareWords = (s: string) =>
  matchKey(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(bareKey);

/** Singulars of the broken plurals a source is named by (صحف → صحيفة), matched bare. */
const SINGULAR_OF = new Map([
  ["صحف", "صحيفه"],
  ["وكالات", "وكاله"],
  ["مواقع", "موقع"],
  ["قنوات", "قناه"],
  ["مجلات", "مجله"],
  ["اذاعات", "اذاعه"],
  ["مصادر", "مصدر"],
  ["تقارير", "تقرير"],
  ["مسوولين", "مسوول"],
  ["مسوولون", "مسوول"],
  ["محققين", "محقق"],
  ["محققون", "محقق"],
  ["خبراء", "خبير"],
  ["محللين", "محلل"],
  ["دبلوماسيين", "دبلوماسي"],
  ["اعضاء", "عضو"],
  ["ضباط", "ضابط"],
  ["اطباء", "طبيب"],
  ["موظفين", "موظف"],
  ["ناشطين", "ناشط"],
  ["باحثين", "باحث"],
  ["شهود", "شاهد"],
]);

/** The broken plurals of each singular in SINGULAR_OF (مسوول → مسوولين، مسوولون), built once. */
const PLURALS_OF = new Map<string, Set<string>>();
for (const [many, one] of SINGULAR_OF) PLURALS_OF.set(one, (PLURALS_OF.get(one) ?? new Set()).add(many));

/**
 * "إحدى الصحف …" is later "الصحيفة", "أحد المسؤولين" later "المسؤول": one of a plural answers to the
 * singular. Returns the singular of the plural after أحد / إحدى, if known.
 */
function oneOf(name: string): string[] {
  const [first, second] = bareWords(name);
  if (!second || !/^(احد|احدي|واحد|واحده)$/.test(first ?? "")) return [];
  const one = SINGULAR_OF.get(second);
  return one ? [one] : [];
}

/**
 * True when the nisba (كردي، فلسطينية) is of a word among the person's (الكردستاني، فلسطين): "مسؤول
 * كردي" in a headline is "مسؤول إعلام … للحزب الديمقراطي الكردستاني" in the body.
 */
function nisbaOfWord(w: string, words: ReadonlySet<string>): boolean {
  if (!/يه?$/.test(w)) return false;
  const root = stem(w);
  if (root.length < 3) return false;
  for (const x of words) if (x.length > root.length && x.startsWith(root)) return true;
  return false;
}

/** The words with their masculine and nisba-stem folds, so متحدثة meets متحدث and السعودي السعودية. */
function withFolds(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(masc(w));
    out.add(stem(w));
  }
  return out;
}

/** A person introduced by role and proper name: the name is more than its role. */
function isNamed(e: Entity): boolean {
  return e.kind === "person" && !e.anaphor && !!e.title && speakerKey(e.title) !== speakerKey(e.name);
}

/**
 * The role head of a person mention that names no one: a definite role alone (المتحدثة، الخبير
 * الاقتصادي) or an indefinite one without a name (اقتصادي سعودي، خبير). Null otherwise.
 */
function roleHeadOf(e: Entity): string | null {
  if (e.kind !== "person" || isNamed(e)) return null;
  const words = bareWords(e.name);
  const head = masc(words[0] ?? "");
  if (!ROLE_HEADS.has(head)) return null;
  // An indefinite role is a role only while short (اقتصادي سعودي), not a name that starts like one;
  // a bare "مسؤول" (an official who asked not to be named) is nobody named later.
  const definite = e.anaphor && isDefinite(matchKey(e.name.trim().split(/\s+/)[0] ?? ""));
  // (A long role the parser read as a role alone, "رئيس هيئة المنافذ الحدودية في العراق", is one too:
  // relink asks every word of it of the person it joins.)
  const roleAlone = !!e.title && speakerKey(e.title) === speakerKey(e.name) && words.length >= 4;
  if (!definite && !roleAlone && (words.length > 3 || words.length < 2)) return null;
  return head;
}

/**
 * The body a person's role names, from the word an organization mention repeats: "وزارة الصحة" in
 * "المتحدث باسم وزارة الصحة" for "الوزارة". Null when the role does not contain it past its head.
 */
function bodyInTitle(title: string | null, mention: string): string | null {
  const head = bareWords(mention)[0];
  if (!title || !head) return null;
  const words = title.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const w = bareWords(words[k] as string)[0] ?? "";
    const bare = /^[لب]/.test(w) && w.length > 3 ? w.slice(1) : w;
    if (w !== head && bare !== head) continue;
    // "لوزارة الصحة" → "وزارة الصحة": the proclitic goes with the role, not the body.
    const raw = words[k] as string;
    return [w === head ? raw : raw.replace(/^[لب]/u, ""), ...words.slice(k + 1)].join(" ");
  }
  return null;
}

/**
 * True when the mention's adjectives (الأمريكي) meet none of the person's words while the person's
 * role ends in a nisba of its own (وزير الخارجية الإيراني): a description of someone else.
 */
function nisbaClash(adjectives: string[], x: Entry): boolean {
  if (adjectives.some((w) => x.words.has(w) || x.words.has(stem(w)))) return false;
  // The nisba that closes a role says whose it is (… الإيراني); one inside it (التنفيذي) describes a body.
  const words = bareWords(x.speaker.title ?? "");
  const last = words.length > 1 ? (words[words.length - 1] as string) : "";
  return last.length > 3 && /يه?$/.test(last) && isGentilic(last);
}

/** A body's nisba of nationality (الروسية) that the body named before does not carry, when it has one of its own. */
function placeClash(adjectives: string[], x: Entry): boolean {
  const mine = adjectives.filter(isGentilic);
  const theirs = bareWords(x.speaker.name).filter(isGentilic);
  return mine.length > 0 && theirs.length > 0 && !mine.some((w) => theirs.some((t) => stem(t) === stem(w)));
}

/** Bare keys of states and places, and the same without a final ا / ه (امريكا → امريك), for nisbas. */
const PLACE_STEMS: ReadonlySet<string> = new Set(
  [...STATES, ...PLACES].flatMap((p) => {
    const k = bareWords(p).join(" ");
    return [k, k.replace(/[اه]$/, "")];
  }),
);
/** Nisbas of regions and blocs that name no state (الخليجي، العربي، الأوروبي). */
const REGION_NISBAS = new Set(["خليجي", "عربي", "غربي", "اوروبي", "افريقي", "اسيوي", "اميركي", "امريكي"]);

/**
 * True when a nisba says a nationality or region (الإيراني، السعودية، الخليجي), not a kind of body
 * (التنفيذي، الإعلامي): only the former tells whose a role is.
 */
function isGentilic(word: string): boolean {
  const m = masc(word);
  if (REGION_NISBAS.has(m)) return true;
  const stemOf = m.replace(/ي$/, "");
  return PLACE_STEMS.has(m) || PLACE_STEMS.has(`${m}ه`) || PLACE_STEMS.has(stemOf) || PLACE_STEMS.has(`${stemOf}ا`);
}

/**
 * "وزير المالية" is not "وزير الصحة", nor "مراسل العربية" "مراسل الجزيرة": a role in construct (its head
 * indefinite) names whose it is by the word after the head. A speaker whose name or role opens with the
 * same head and has that word nowhere is someone else. ("محافظ عدن" is still "محافظ مدينة عدن", and
 * "عضو مجلس النواب" "عضو لجنة الشؤون الصحية بمجلس النواب".)
 */
function constructClash(mention: string, x: Speaker): boolean {
  const a = matchKey(mention).trim().split(/\s+/);
  if (a.length < 2 || isDefinite(a[0] as string)) return false;
  const texts = [x.name, x.title ?? ""].map((t) => matchKey(t).trim().split(/\s+/));
  if (!texts.some((b) => b[0] === a[0] && b.length > 1)) return false;
  const own = new Set(texts.flat().flatMap(forms));
  const word = forms(a[1] as string);
  const same = [...word, ...word.flatMap((f) => GENITIVE_SYNONYMS.get(f) ?? [])];
  return !same.some((f) => own.has(f));
}

/**
 * A word as written and without its article or glued preposition (للحجر → حجر by bareKey, which takes
 * ال، بال، لل off; بمجلس → مجلس here, a ب / ل glued to a word without ال).
 */
function forms(w: string): string[] {
  const bare = bareKey(w);
  return bare === w && w.length > 3 && /^[بل]/.test(w) ? [w, w.slice(1)] : [w, bare];
}

/**
 * A definite role the parser read as a bare name because its head is no title word (الاقتصادي
 * السعودي): it points back like any role.
 */
function definiteRole(e: Entity): boolean {
  if ((e.kind !== "person" && e.kind !== "organization") || e.title || e.anaphor) return false;
  const first = e.name.trim().split(/\s+/);
  if (first.length > 3 || !isDefinite(matchKey(first[0] ?? ""))) return false;
  return ROLE_HEADS.has(masc(bareWords(e.name)[0] ?? ""));
}

/**
 * A body's key with its genitive "لل" read as "ال" (المديرية العامة للجوازات → … الجوازات), or null when
 * the name has none. Arabic news names a body in full once and then by what follows that "لل" (الجوازات،
 * الدفاع المدني), which then ends the body's name the way a surname ends a person's.
 */
function genitiveKey(name: string): string | null {
  const unfolded = name.replace(/(^|\s)لل(?=\S{3,})/g, "$1ال");
  return unfolded === name ? null : speakerKey(unfolded);
}

/** True when `name` is the full form of the body whose short form has key `short` (see genitiveKey). */
function fullFormOf(name: string, short: string): boolean {
  return !!genitiveKey(name)?.endsWith(` ${short}`);
}

/** Speakers of one article. */
export class SpeakerRegistry {
  private entries: Entry[] = [];
  private clock = 0;

  /** All speakers, in order of first mention. */
  get speakers(): Speaker[] {
    return this.entries.map((e) => e.speaker);
  }

  /** The speaker a mention refers to, created when new. Returns its id. */
  resolve(e: Entity): string {
    return this.resolveAs(e, true);
  }

  private resolveAs(e: Entity, speaks: boolean): string {
    this.clock++;
    const key = speakerKey(e.name);
    if (definiteRole(e)) e = { ...e, kind: "person", title: e.name, anaphor: true };
    // "الرجل"، "السيدة": the person named last; the description itself is no name to keep.
    if (e.described) {
      const person = this.lastNamedPerson();
      if (person) {
        person.lastSeen = this.clock;
        if (speaks) person.spokeAt = this.clock;
        return person.speaker.id;
      }
    }
    let found = e.anaphor
      ? this.findAnaphor(e)
      : (this.findByName(key, e) ??
        this.findByDefiniteHead(e, key) ??
        this.findGroupByHead(e, key) ??
        this.findByNationality(e, key));
    // (The word read as a name is no alias of the person: nothing is merged.)
    // ("وأوضح محافظ أملج" after "محافظة أملج" was noted: a person's whole title beats a body's name.)
    const titled =
      (found && !(e.kind === "person" && found.speaker.kind !== "person")) || e.anaphor
        ? undefined
        : this.findByWholeTitle(e);
    if (titled) {
      titled.lastSeen = this.clock;
      if (speaks) titled.spokeAt = this.clock;
      return titled.speaker.id;
    }
    if (found && e.anaphor && e.kind !== "person" && found.speaker.kind === "person") {
      // "الوزارة" after "المتحدث باسم وزارة الصحة خالد …" is the ministry, not its spokesman.
      const body = bodyInTitle(found.speaker.title, e.name);
      if (body && speakerKey(body) !== key)
        return this.resolveAs({ ...e, name: body, title: null, anaphor: false }, speaks);
      // A role that names the body only by the same word (المتحدث باسم الوزارة): the body itself.
      if (body) found = undefined;
    }
    if (!found && e.anaphor && e.kind !== "person") {
      // "الوزارة" after "مسؤول لوزارة الداخلية عمر سالم": the body the latest such role names.
      for (let k = this.entries.length - 1; k >= 0; k--) {
        const x = this.entries[k] as Entry;
        const body = x.speaker.kind === "person" ? bodyInTitle(x.speaker.title, e.name) : null;
        if (body && speakerKey(body) !== key)
          return this.resolveAs({ ...e, name: body, title: null, anaphor: false }, speaks);
      }
    }
    if (found) {
      this.merge(found, e, key);
      found.lastSeen = this.clock;
      if (speaks) found.spokeAt = this.clock;
      return found.speaker.id;
    }
    const speaker: Speaker = {
      id: `s${this.entries.length + 1}`,
      name: e.name,
      aliases: [],
      title: e.title,
      kind: e.kind,
      key,
    };
    this.entries.push({
      speaker,
      key,
      words: withFolds([...bareWords(e.name), ...bareWords(e.title ?? ""), ...oneOf(e.name)]),
      lastSeen: this.clock,
      spokeAt: speaks ? this.clock : 0,
      born: this.entries.length,
      named: isNamed(e),
      roleHead: roleHeadOf(e),
    });
    return speaker.id;
  }

  /**
   * Records an entity the text names without quoting it, so a later short mention can point back to
   * it. It becomes a speaker only when a quote resolves to it.
   */
  note(e: Entity): void {
    this.resolveAs(e, false);
  }

  /** The speaker that spoke (or was a subject) most recently among those `accept` takes; null if none. */
  latestSpoken(accept: (s: Speaker) => boolean): string | null {
    let best: Entry | undefined;
    for (const x of this.entries)
      if (x.spokeAt > 0 && accept(x.speaker) && (!best || x.spokeAt > best.spokeAt)) best = x;
    return best?.speaker.id ?? null;
  }

  /**
   * The speaker a role-only mention (المحافظ، الوزير الأمريكي) points back to, without creating one when
   * it points nowhere: the subject of narration ("ووجّه المحافظ …، مشددا على …") is somebody already
   * named or nobody. Returns its id, or null.
   */
  findRole(e: Entity): string | null {
    if (!e.anaphor || e.kind !== "person") return null;
    const found = this.findAnaphor(e);
    if (!found) return null;
    this.clock++;
    found.lastSeen = this.clock;
    found.spokeAt = this.clock;
    return found.speaker.id;
  }

  /** True when the name is a speaker (or a noted entity) of the article already. */
  knows(name: string): boolean {
    const key = speakerKey(name);
    if (!key) return false;
    if (this.entries.some((x) => x.key === key)) return true;
    // A single word is known as a surname; a longer form only as itself.
    return !key.includes(" ") && this.entries.some((x) => lastKeyWord(x.key) === key);
  }

  /** True when a group mention (المصادر نفسها) points back to a group already seen with its head. */
  hasGroupFor(e: Entity): boolean {
    return e.kind === "group" && this.findAnaphor(e)?.speaker.kind === "group";
  }

  /** The kind of the speaker the name was already seen as (by its whole key, else as a surname), or null. */
  knownKind(name: string): SpeakerKind | null {
    const key = speakerKey(name);
    if (!key) return null;
    const found =
      this.entries.find((x) => x.key === key) ??
      (key.includes(" ") ? undefined : this.entries.find((x) => lastKeyWord(x.key) === key));
    return found?.speaker.kind ?? null;
  }

  /**
   * "وأكد محافظ بيشة" after "محافظ بيشة محمد بن سبرة": a role and one word that together are the
   * whole title of a person named before (the word was a place the lexicon lacks, read as a name).
   */
  private findByWholeTitle(e: Entity): Entry | undefined {
    if (e.kind !== "person" || !e.title || e.name.trim().includes(" ")) return undefined;
    const whole = speakerKey(`${e.title} ${e.name}`);
    for (let k = this.entries.length - 1; k >= 0; k--) {
      const x = this.entries[k] as Entry;
      if (x.speaker.kind === "person" && x.speaker.title && speakerKey(x.speaker.title) === whole) return x;
    }
    return undefined;
  }

  /** Looks a speaker up by id. */
  get(id: string): Speaker | undefined {
    return this.entries.find((x) => x.speaker.id === id)?.speaker;
  }

  private findByName(key: string, e?: Entity): Entry | undefined {
    if (!key) return undefined;
    const exact = this.entries.find((x) => x.key === key);
    if (exact) return exact;
    // The most recent speaker whose name ends with this one (لافروف ← سيرجي لافروف), or whose name
    // this one ends with (a fuller form arriving later).
    let best: Entry | undefined;
    for (const x of this.entries) {
      const shorter = x.key.length < key.length ? x.key : key;
      const longer = x.key.length < key.length ? key : x.key;
      const suffix = longer.endsWith(` ${shorter}`);
      const prefix = longer.startsWith(`${shorter} `) && shorter.includes(" ");
      // (Or a body's short form: الجوازات ← المديرية العامة للجوازات, in either order.)
      const genitive =
        (x.speaker.kind !== "person" && fullFormOf(x.speaker.name, key)) ||
        (e?.kind === "organization" && fullFormOf(e.name, x.key));
      if ((suffix || prefix || genitive) && (!best || x.lastSeen > best.lastSeen)) best = x;
    }
    if (best) return best;
    // Same surname and the rest folds the same (سيرجي لافروف / سيرغي لافروف handled by the key).
    const last = lastKeyWord(key);
    if (key.includes(" ")) return undefined;
    for (let k = this.entries.length - 1; k >= 0; k--) {
      const x = this.entries[k] as Entry;
      if (lastKeyWord(x.key) === last) return x;
    }
    // "الصرخي" after "محمود الصرخي الحسني": a family name with ال inside a person's name of three
    // words or more, before a last word of lineage or origin.
    const written = matchKey(e?.name ?? "").trim();
    if (written.includes(" ") || !isDefinite(written) || key.length < 3) return undefined;
    for (let k = this.entries.length - 1; k >= 0; k--) {
      const x = this.entries[k] as Entry;
      if (x.speaker.kind === "person" && innerNameWord(x.key, key)) return x;
    }
    return undefined;
  }

  /**
   * A lone definite noun (المصادر، المسؤول، المشرف) that is no speaker yet points back to the latest
   * fuller mention opening with the same noun, indefinite or not (مصادر أمنية عراقية، مسؤول في الوزارة),
   * or to the person whose role opens with it (المشرف على الرحلات جعفر السلطان).
   */
  private findByDefiniteHead(e: Entity, key: string): Entry | undefined {
    const words = bareWords(e.name);
    const first = e.name.trim().split(/\s+/);
    // ("المنظمة الدولية" after "منظمة «هيومن رايتس ووتش» الدولية": a body's definite head with nisbas,
    // unless a nisba names another place than the body's.)
    const nisbas =
      e.kind === "organization" && first.length > 1 && first.slice(1).every((w) => /يه?$/.test(matchKey(w)));
    if (!nisbas && (words.length !== 1 || first.length !== 1)) return undefined;
    if (!isDefinite(matchKey(first[0] ?? ""))) return undefined;
    const head = masc(words[0] as string);
    if (head.length < 3) return undefined;
    let best: Entry | undefined;
    for (const x of this.entries) {
      if (x.key === key) continue;
      const name = bareWords(x.speaker.name);
      const byName = name.length > 1 && masc(name[0] ?? "") === head;
      const byTitle = masc(bareWords(x.speaker.title ?? "")[0] ?? "") === head;
      // "المحقق" after "أحد المحققين لدى الادعاء العام": one of them, named by the singular.
      const byOneOf = oneOf(x.speaker.name).includes(head);
      if (nisbas && (x.speaker.kind !== "organization" || placeClash(words.slice(1), x))) continue;
      if ((byName || byTitle || byOneOf) && (!best || x.lastSeen > best.lastSeen)) best = x;
    }
    return best;
  }

  /**
   * "وقالت المصادر الخاصة لـ«الشرق الأوسط»" after "كشفت مصادر في المقاومة": a group named by definite
   * words only (its head and adjectives) is the latest group of the same head named before.
   */
  private findGroupByHead(e: Entity, key: string): Entry | undefined {
    if (e.kind !== "group") return undefined;
    const written = e.name.trim().split(/\s+/);
    // (Or the outlet's own: "مصادرنا" after "مصادرنا في اليمن".)
    const ours = written.length === 1 && /نا$/.test(matchKey(written[0] ?? "").trim());
    if (!ours && !written.every((w) => isDefinite(matchKey(w).trim()))) return undefined;
    const head = bareWords(e.name)[0];
    let best: Entry | undefined;
    for (const x of this.entries) {
      if (x.key === key || x.speaker.kind !== "group" || bareWords(x.speaker.name)[0] !== head) continue;
      if (!best || x.lastSeen > best.lastSeen) best = x;
    }
    if (best) return best;
    // ("القراصنة" after "مجموعة قراصنة تطلق على نفسها «فريق التأثير»": the body whose title has the head.)
    const other = this.findAnaphor(e);
    if (other && other.speaker.kind !== "person" && other.key !== key) return other;
    // "وأكدت المصادر" after "كشف سكان محليون …" and no sources named: "the sources" are the group that
    // spoke last.
    if (written.length === 1 && head === "مصادر") {
      let last: Entry | undefined;
      for (const x of this.entries)
        if (x.speaker.kind === "group" && x.spokeAt > 0 && (!last || x.spokeAt > last.spokeAt)) last = x;
      return last;
    }
    return undefined;
  }

  /**
   * "الهيئة الأمريكية" after "الإدارة الأمريكية لدراسة المحيطات": a body described only by a head and
   * its nationality (two definite words) is the latest body of that nationality named before, whatever
   * its head; none, and it is a body of its own.
   */
  private findByNationality(e: Entity, key: string): Entry | undefined {
    if (e.kind !== "organization") return undefined;
    const written = e.name.trim().split(/\s+/);
    if (written.length !== 2 || !written.every((w) => isDefinite(matchKey(w).trim()))) return undefined;
    const nationality = bareWords(e.name)[1];
    if (!nationality || !isGentilic(nationality)) return undefined;
    let best: Entry | undefined;
    for (const x of this.entries) {
      if (x.key === key || x.speaker.kind !== "organization" || !x.words.has(nationality)) continue;
      if (!best || x.lastSeen > best.lastSeen) best = x;
    }
    return best;
  }

  private findAnaphor(e: Entity): Entry | undefined {
    const words = bareWords(e.name);
    const head = words[0];
    if (!head) return undefined;
    // "الوزارة" means a ministry before it means the ministry's spokesman: a speaker whose name starts
    // with the word wins over one whose role merely contains it.
    let byName: Entry | undefined;
    for (const x of this.entries) {
      if (constructClash(e.name, x.speaker)) continue;
      if (bareWords(x.speaker.name)[0] === head && (!byName || x.lastSeen > byName.lastSeen)) byName = x;
    }
    if (byName) return byName;
    // Of the speakers whose name or role has the head (الوزير for a وزير …), the one sharing most of
    // the mention's words wins (الوزير الأمريكي → the American minister, not the Russian one named
    // since); on a tie the most recent.
    const m = masc(head);
    let best: Entry | undefined;
    let bestScore = 0;
    for (const x of this.entries) {
      if (!x.words.has(head) && !x.words.has(m)) continue;
      if (constructClash(e.name, x.speaker)) continue;
      // Every other word of the mention but one must fold into the speaker's name or role.
      const rest = words.slice(1).filter((w) => !x.words.has(w) && !x.words.has(stem(w)));
      if (rest.length > 1) continue;
      const score = words.length - rest.length;
      if (!best || score > bestScore || (score === bestScore && x.lastSeen > best.lastSeen)) {
        best = x;
        bestScore = score;
      }
    }
    if (best) return best;
    // "وقال المصدر" after "وذكرت مصادر في مطار عدن": the definite singular answers to the plural a group
    // of sources was named by, the latest such group. ("مسؤول في الوفد", indefinite, is someone new.)
    const plurals = matchKey(e.name).trim().startsWith("ال") ? PLURALS_OF.get(m) : undefined;
    if (plurals) {
      let group: Entry | undefined;
      for (const x of this.entries) {
        if (plurals.has(bareWords(x.speaker.name)[0] ?? "") && (!group || x.lastSeen > group.lastSeen)) group = x;
      }
      if (group) return group;
    }
    // A generic head with a nisba (المسؤول الخليجي، الخبير الاقتصادي) stands for the person the
    // article named last, unless the text has since moved on to an organization or a role-only source.
    if (GENERIC_HEADS.has(m) && words.length >= 2 && /يه?$/.test(words[1] ?? "")) {
      const last = this.mostRecent();
      if (last?.named && !nisbaClash(words.slice(1), last)) return last;
    }
    // "فأشار المصدر إلى …" after "وأبرزت إحصائيات الخزينة …" and no source named as one: "the source" is
    // whoever the article cited last.
    if (m === "مصدر" && words.length === 1) {
      const last = this.mostRecent();
      if (last && last.spokeAt > 0) return last;
    }
    return undefined;
  }

  /** The person with a proper name (not a role alone) mentioned last. */
  private lastNamedPerson(): Entry | undefined {
    let last: Entry | undefined;
    for (const x of this.entries) {
      if (x.speaker.kind !== "person" || x.roleHead || x.speaker.name === x.speaker.title) continue;
      if (!last || x.lastSeen > last.lastSeen) last = x;
    }
    return last;
  }

  private mostRecent(): Entry | undefined {
    let last: Entry | undefined;
    for (const x of this.entries) if (!last || x.spokeAt > last.spokeAt) last = x;
    return last;
  }

  /**
   * Second pass over the article: a role-only person quoted before anyone with that role was named
   * (أكد اقتصادي سعودي … then وقال فهد الحربي عضو جمعية الاقتصاد السعودية) is the first person named
   * after it whose role shares its head, or, for a generic head, its description. Every other word of
   * the role must fold into that person's name or role, so "الوزير الأمريكي" never joins a Russian
   * minister. Returns old speaker id → new speaker id; the role is kept as an alias.
   */
  relink(): Map<string, string> {
    const moved = new Map<string, string>();
    for (const r of this.entries) {
      if (!r.roleHead) continue;
      const head = r.roleHead;
      const rest = bareWords(r.speaker.name).slice(1);
      const generic = GENERIC_HEADS.has(head);
      for (const n of this.entries) {
        if (n.born <= r.born || !n.named) continue;
        const headOk =
          n.words.has(head) ||
          (ROLE_SYNONYMS.get(head) ?? []).some((w) => n.words.has(w)) ||
          (generic && n.words.has(stem(head)) && rest.length > 0);
        if (!headOk) continue;
        if (!rest.every((w) => n.words.has(w) || n.words.has(stem(w)) || nisbaOfWord(w, n.words))) continue;
        moved.set(r.speaker.id, n.speaker.id);
        if (!n.speaker.aliases.includes(r.speaker.name)) n.speaker.aliases.push(r.speaker.name);
        break;
      }
    }
    return moved;
  }

  private merge(x: Entry, e: Entity, key: string): void {
    const s = x.speaker;
    const name = e.name;
    const fuller =
      key.length > x.key.length && (key.endsWith(x.key) || (e.kind !== "person" && fullFormOf(name, x.key)));
    if (!e.anaphor && fuller) {
      if (!s.aliases.includes(s.name)) s.aliases.push(s.name);
      s.name = name;
      x.key = key;
      s.key = key;
    } else if (name !== s.name && !s.aliases.includes(name)) {
      s.aliases.push(name);
    }
    if (!s.title && e.title) s.title = e.title;
    if (isNamed(e)) {
      x.named = true;
      x.roleHead = null;
    }
    if (s.kind === "person" && e.kind !== "person" && e.kind !== "unknown" && !e.anaphor) s.kind = e.kind;
    for (const w of withFolds([...bareWords(name), ...bareWords(e.title ?? "")])) x.words.add(w);
  }
}
