/**
 * Finds who said what in an article's text: direct quotes in quotation marks, reported speech after a
 * cue (verb, participle or attribution) and its complement (أن / إن / إلى / على / عن / ب…), and the
 * speaker of each, carried forward across sentences when the article leaves it implicit.
 *
 * One pass over the tokens of each sentence; every scan is bounded, so the cost stays linear in the
 * length of the text.
 */
import { matchKey } from "../normalize/matchKey.ts";
import { bareKey, isDefinite, keyVariants, type Token, tokenize } from "../normalize/tokens.ts";
import { CLAUSE_MARKS, insideMarks, pairMarks, tokenSentences } from "../segment/index.ts";
import {
  type Entity,
  isComma,
  isCueWord,
  isFirstName,
  masdarLike,
  parseEntity,
  type TokenView,
  toldOutletWord,
  withoutLam,
} from "../speakers/entity.ts";
import { cueGender, speakerGender } from "../speakers/gender.ts";
import { SpeakerRegistry } from "../speakers/registry.ts";
import { ROLE_HEADS } from "../speakers/roleHeads.ts";
import type { Quote, QuoteKind, Speaker } from "../types.ts";
import {
  ACCORDANCE_SET,
  ADDRESSEE_SET,
  ADJUNCT_SET,
  ANONYMITY_CONDITION_SET,
  ATTRIBUTION_SEQS,
  AUX_SET,
  CAME_IN_SET,
  COMPLEMENTIZER_SET,
  type Complement,
  CUE_FORMS,
  type CueDef,
  DAY_SET,
  DOCUMENT_SET,
  FUNCTION_SET,
  IMPERSONAL_SOURCE_SET,
  INSTITUTION_SET,
  INTERJECTED_SEQS,
  MANNER_LEMMA,
  MEDIA_SET,
  NAME_ADJECTIVE_SET,
  NON_COMPLEMENT_SET,
  OBJECT_SET,
  OWN_WORDS,
  PERIOD_SET,
  QUESTION_SET,
  REPORT_VERB_KEYS,
  RUMOUR_SET,
  STOP_SET,
  TIME_SET,
  TITLE_SET,
} from "./cueIndex.ts";

export interface FoundQuotes {
  quotes: Quote[];
  speakers: Speaker[];
}

/** أن / إن and their forms with a pronoun (أنه، إنها، بأنهم …), as match keys. */
const ANNA = COMPLEMENTIZER_SET;
const ILA = new Set(["الي", "إلى"]);
const ALA = new Set(["علي"]);
const AN = new Set(["عن"]);
const MIN = new Set(["من"]);
/**
 * The words after a complementizer that open with a quotation mark: the quotation is the statement
 * (direct) unless it is a short term followed by more of the clause ("أن «المرقوق» من أشهر الأكلات"),
 * in which case the whole clause is the reported words.
 */
function quotedOrClause(ctx: Ctx, m: number, via: string | null): { from: number; close: number; via: string | null } {
  const close = ctx.closeOf.get(m) as number;
  const next = ctx.tokens[close + 1];
  // "مبينا أن «عيدنا كدا2»، سجل أكبر نسبة حضور": a name in marks, then a comma and the clause goes on
  // (not a participle or a cue with و: «الوضع خطير»، مضيفا … is a short quotation; سجل there is a verb of
  // the clause).
  const after = ctx.tokens[close + 2];
  const cue = cueOf(after);
  const newCue = !!cue && (cue.conj || cue.def.type === "participle");
  const goesOn = next?.type === "word" || (isComma(next) && after?.type === "word" && !newCue);
  // (A number in the name, كدا2، is no word of it.)
  let words = 0;
  for (let w = m + 1; w < close; w++) if (/\p{L}/u.test((ctx.tokens[w] as Token).raw)) words++;
  if (words < 3 && goesOn) return { from: m, close: -1, via };
  return { from: m + 1, close, via };
}

/** Time words and adverbs that may stand between a verb and its subject, as match keys. */
const PRE_SUBJECT_ADVERBS = new Set(
  ["اليوم", "امس", "غدا", "صباح", "مساء", "ظهر", "الليله", "ايضا", "كذلك", "مجددا", "بدوره", "بدورها"].concat([
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
  ]),
);
/**
 * A word only the speaker's own voice opens with: نحن / أنا, or a verb of the first person plural in
 * the past (دشنا، قمنا، تلقينا) — not an adverb in ـنا (أحيانا) nor a pronoun-suffixed noun (بلادنا).
 */
function firstPerson(t: Token | undefined): boolean {
  if (t?.type !== "word") return false;
  if (t.key === "نحن" || t.key === "انا") return true;
  return /^[^اوبلفك].{1,3}نا$/.test(t.key) && !STOP_SET.has(t.key) && !isDefinite(t.key);
}

/** Words before a quotation mark that make what it holds a title or a name, not words said. */
const TITLE_INTROS = new Set([
  "بعنوان",
  "عنوان",
  "عنوانه",
  "المعنون",
  "المعنونه",
  "معنون",
  "معنونه",
  "شعار",
  "بشعار",
  "مسمي",
  "المسمي",
  "المسماه",
  "وسم",
  "هاشتاج",
  "هاشتاغ",
  "كتاب",
  "كتابه",
  "فيلم",
  "برنامج",
  "مبادره",
  "حمله",
  "عمليه",
  // "ما يسمى «اتحاد منظمات الهيكل»"، "ما يعرف بـ«…»": a name the writer distances himself from.
  "يسمي",
  "تسمي",
  "يعرف",
  "تعرف",
  // "مدونة تدعى «كريبس أون سيكيورتي»": the name something goes by.
  "يدعي",
  "تدعي",
]);
/** Conjunctions of time before a verb (عندما أبدى، حينما قال), as match keys. */
const WHEN = new Set(["عندما", "حينما", "وعندما", "وحينما"]);
/** Words before أن that make it a time clause (بعد أن، قبل أن، منذ أن), as match keys. */
const TEMPORAL_BEFORE_ANNA = new Set(["بعد", "قبل", "منذ", "حتي", "ريثما", "بمجرد", "لمجرد", "عقب", "اثر", "بدل"]);
/** Words before أن that make it a contrast or concession (بيد أن، رغم أن، مع أن), as match keys. */
const CONTRAST_BEFORE_ANNA = new Set(["بيد", "رغم", "برغم", "ورغم", "مع", "الا", "غير"]);
/** Verbs whose بأن follows the speaker at once (صرح بأن، أقر بأن), never an object: as lemmas. */
const NO_OBJECT_BEFORE_BI = new Set(["صرح", "نوه", "أقر", "اعترف", "جزم"]);
/** Relative pronouns, as match keys. */
const RELATIVE_PRONOUNS = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي"]);
/** Words before a cue that make it something other than a statement (الذي أكد، مما يؤكد). */
const NOT_A_STATEMENT = new Set([
  "الذي",
  "التي",
  "الذين",
  "اللذين",
  "ما",
  "مما",
  "بما",
  "لما",
  "وهو",
  "وهي",
  "كي",
  "لكي",
]);
/** Conditional particles (إذا، لو) with و / ف, as match keys: a verb after them is a supposition. */
const CONDITIONALS = new Set(["اذا", "واذا", "فاذا", "لو", "ولو", "فلو"]);
/** Clause openers skipped when looking for a subject before the verb (أما X فقال، من جهته). */
const LEADERS = new Set([
  "اما",
  "واما",
  "ثم",
  "كما",
  "الا",
  "لكن",
  "ولكن",
  "بينما",
  "فيما",
  "وكان",
  "كان",
  "وكانت",
  "كانت",
]);
/** Words that open the rest after a leading attribution (وبحسب المرصد فقد …). */
const LEAD_REST = new Set(["فقد", "فان", "فإن", "فانه", "فانها", "ف", "قد"]);

interface Anchor {
  /** Token index of the cue. */
  at: number;
  /** Where the quote's words start (token index), or -1 when none. */
  textFrom: number;
  /** For a direct quote: index of the closing mark. */
  closeMark: number;
  kind: QuoteKind;
  cue: string;
  speaker: Entity | null;
  /** Whether the speaker came from this sentence (else carried forward). */
  rule: string;
  confidence: number;
  via: string | null;
  /** True when the cue is a participle or a و-prefixed verb: a new statement that ends the previous one. */
  breaks: boolean;
  /** The speaker stands before the cue (SVO). */
  svo?: boolean;
  /** The words follow a colon (speech reported in the speaker's own words, without marks). */
  colon?: boolean;
  /** The words are a noun phrase object (أعلنت الشركة إطلاق …), not a clause. */
  object?: boolean;
  /** Where the statement opens when words before the cue belong to it ("لكنه" / "إلا أنه" + cue). */
  opensAt?: number;
  /** The words are another source's statement (ذكر المصدر أن التقارير أكدت أن …): this speaker relays. */
  relays?: boolean;
  /** The speaker already known by id: the owner of the document that is the subject (وأضاف البيان). */
  speakerId?: string;
}

interface Ctx extends TokenView {
  inside: Uint8Array;
  /** Opening mark token index for a closing one. */
  openOf: Map<number, number>;
  registry: SpeakerRegistry;
  quotes: Quote[];
  lastSpeaker: string | null;
  lastKind: QuoteKind | null;
  /**
   * Who each document of the article belongs to, by its bare match key: the one whose statement was
   * given in it ("وأوضح مصدر مسؤول في بيان …") or who published it ("وثائق مسربة لموقع ويكيليكس"). A
   * later "وأضاف البيان"، "الوثائق المسربة" is that speaker.
   */
  documents: Map<string, string>;
}

function isSep(t: Token | undefined): boolean {
  return !!t && (CLAUSE_MARKS.has(t.raw) || t.raw === "." || t.raw === ":" || t.raw === "؟");
}

function cueOf(t: Token | undefined): { def: CueDef; conj: boolean } | null {
  if (t?.type !== "word") return null;
  const vs = keyVariants(t.key);
  for (let n = 0; n < vs.length; n++) {
    const def = CUE_FORMS.get(vs[n] as string);
    if (def) return { def, conj: n > 0 };
  }
  // "حيث اتهمهما بإعلان الحرب"، "ودعاهم إلى …": a verb that addresses someone, with them as a pronoun.
  for (let n = 0; n < vs.length; n++) {
    const m = OBJECT_PRONOUN.exec(vs[n] as string);
    const def = m ? CUE_FORMS.get(m[1] as string) : undefined;
    if (def && def.tense === "past" && ADDRESSING.has(def.lemma)) return { def, conj: n > 0 };
  }
  return null;
}
/** A past verb with an object pronoun (اتهمه، دعاهم، طالبها): its stem and the pronoun. */
const OBJECT_PRONOUN = /^(.{2,}?)(?:ه|ها|هم|هما)$/;
/** Verbs of accusing, calling on and warning whose object is whom they address, as in the lexicon. */
const ADDRESSING = new Set(["اتهم", "طالب", "دعا", "حث", "أبلغ", "حذر", "ناشد", "طمأن"]);

/** Attribution phrase at i (وفقا لـ، بحسب، نقلا عن …): index after it, or 0. */
function attributionAt(v: TokenView, i: number, limit: number): number {
  for (const seq of ATTRIBUTION_SEQS) {
    let j = i;
    let ok = true;
    for (let k = 0; k < seq.length; k++) {
      const t = v.tokens[j];
      const want = seq[k] as string;
      if (t?.type !== "word" || j >= limit) {
        ok = false;
        break;
      }
      // The first word may carry و (ووفقا، وبحسب) — but وفقا itself starts with و.
      const key = k === 0 && t.key !== want && t.key.startsWith("و") ? t.key.slice(1) : t.key;
      if (want === "ل" && k === seq.length - 1) {
        // وفقا لـ / وفقا لما / وفقا للوكالة: ل is glued to the next word or stands as لـ.
        if (key === "ل" || key === "لـ") {
          j++;
          continue;
        }
        if (key.startsWith("ل") && key.length > 1) {
          // Consume nothing: the entity parser reads the word without its ل below.
          return -(j + 1);
        }
        ok = false;
        break;
      }
      if (key !== want) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return j;
  }
  return 0;
}

/**
 * The source an attribution at token i names, with the index after it: "وفقا لما ذكره موقع «سكاي
 * نيوز»" → موقع «سكاي نيوز». Returns null when what follows is not a speaker (وفقا لإرشادات …).
 */
function attributionSource(ctx: Ctx, i: number, end: number): { entity: Entity; end: number } | null {
  const a = attributionAt(ctx, i, end);
  if (!a) return null;
  let j = a > 0 ? a : -a - 1;
  const limit = mainClauseAt(ctx, j, end);
  const glued = a < 0; // the next word carries ل: لما، لوكالة، للمرصد
  const t = ctx.tokens[j];
  if (!t) return null;
  const shadow = glued ? withoutLam(t) : t;
  const key = shadow.key;
  // "وفق توجيهات أمير المنطقة"، "وفقا للخطة": in accordance with, no source.
  // (But a UN programme is a body: "وبحسب برنامج الأغذية العالمي"، "برنامج الأمم المتحدة الإنمائي".)
  if (ACCORDANCE_SET.has(bareKey(key)) && !unProgramme(ctx, j)) return null;
  // "لما ذكره / حسبما ذكرت / ما أفادت به": skip the relative and the report verb.
  // حسبما is itself the relative: the report verb follows it at once.
  const relative = !glued && /^و?حسبما$/.test(ctx.tokens[j - 1]?.key ?? "");
  // ("على حد ماذكره المكتب": ما written onto its verb.)
  const whatGlued = !glued && REPORT_VERB_KEYS.some((r) => key.startsWith(`ما${r}`));
  if (key === "ما" || relative || whatGlued) {
    if (!relative) j++;
    const rv = ctx.tokens[j];
    const verbNext = !whatGlued && rv?.type === "word";
    if (verbNext && REPORT_VERB_KEYS.some((r) => rv.key.replace(/^[وف]/, "").startsWith(r))) j++;
    if (ctx.tokens[j]?.key === "به" || ctx.tokens[j]?.key === "بها") j++;
    const e = parseEntity(ctx, j, limit);
    return e ? { entity: e, end: e.last } : null;
  }
  if (glued) {
    // Parse from a shadow token without the ل (لوكالة → وكالة).
    const e = parseEntity(
      { tokens: ctx.tokens, text: ctx.text, closeOf: ctx.closeOf, shadow: { at: j, token: shadow } },
      j,
      limit,
    );
    if (!e || (e.kind === "person" && !e.title && e.name.split(/\s+/).length < 2 && !isDefinite(key))) return null;
    // "لدراسة نشرتها شركة …": the document's issuer.
    const issued = issuerOf(ctx, e, limit, bareKey(key));
    if (issued) return issued;
    // The name is read from the text: put the word back without its ل (للمرصد → المرصد).
    return {
      entity: {
        ...e,
        name: lamDropped(e.name, t, shadow),
        outlet: e.outlet === undefined ? undefined : lamDropped(e.outlet, t, shadow),
      },
      end: e.last,
    };
  }
  const e = parseEntity(ctx, j, limit);
  if (!e) return null;
  return issuerOf(ctx, e, limit) ?? { entity: e, end: e.last };
}

/** "برنامج الأغذية العالمي"، "برنامج الأمم المتحدة للبيئة" at i (ل glued or not): a UN programme. */
function unProgramme(ctx: Ctx, i: number): boolean {
  if (!/^ل?برنامج$/.test(ctx.tokens[i]?.key ?? "")) return false;
  const a = ctx.tokens[i + 1]?.key ?? "";
  const b = ctx.tokens[i + 2]?.key ?? "";
  return (a === "الامم" && b === "المتحده") || b === "العالمي";
}

/**
 * "ووفقا لبحث أشارت إليه حملة كلينتون فإن …": the فإن that opens the main clause after an attribution
 * ends its source (فان opens a foreign name only after a given name: لويس فان غال).
 */
function mainClauseAt(ctx: Ctx, from: number, end: number): number {
  for (let m = from + 1; m < end; m++) {
    const t = ctx.tokens[m] as Token;
    if (t.type === "word" && /^فان(?:ه|ها)?$/.test(t.key) && !isFirstName(ctx.tokens[m - 1], t)) return m;
  }
  return end;
}

/**
 * A phrase sliced from the text, its first word t read through a shadow without the glued ل: the phrase
 * as the shadow reads it (لوكالة الأنباء → وكالة الأنباء، للمرصد → المرصد).
 */
function lamDropped(phrase: string, t: Token, shadow: Token): string {
  return phrase.startsWith(t.raw) ? shadow.raw + phrase.slice(t.raw.length) : phrase;
}

/** "أصدرته / نشرتها / أعدته": a verb of issuing with the document as its object pronoun, as match keys. */
const ISSUED = /^(?:اصدر|نشر|اعد|اطلق|اجر[اي]?|كتب)(?:ت)?(?:ه|ها)$/;
/** "بحث أشارت إليه الحملة"، "دراسة استند إليها": a verb with إليه that names who cites the document. */
const CITED = /^(?:اشار|استند)(?:ت)?$/;

/** Where the issuer's name starts after a verb of issuing at m (أصدرته X، أشارت إليه X), or -1. */
function issuerAt(ctx: Ctx, m: number): number {
  const t = ctx.tokens[m] as Token;
  if (ISSUED.test(t.key)) return m + 1;
  const n = ctx.tokens[m + 1];
  // "تقرير تنمية المياه العالمية لعام 2015، الصادر عن منظمة اليونيسكو": issued by.
  if (/^(?:ال)?صادره?$/.test(t.key) && (n?.key === "عن" || n?.key === "من")) return m + 2;
  return CITED.test(t.key) && (n?.key === "اليه" || n?.key === "اليها") ? m + 2 : -1;
}

/** The body or person that issued a document, named at `at` (after أصدرته، الصادر عن …), or null. */
function issuerNamedAt(ctx: Ctx, at: number, limit: number): { entity: Entity; end: number } | null {
  const issuer = parseEntity(ctx, at, limit);
  // (An outlet too: "استطلاع أجرته رويترز"; and a group: "دراسة أجراها أطباء من جامعة نورث وسترن".)
  const issues =
    issuer?.kind === "organization" ||
    issuer?.kind === "person" ||
    issuer?.kind === "media" ||
    (issuer?.kind === "group" && !!issuer.headed);
  if (!issuer || issuer.anaphor || !issues) return null;
  return { entity: issuer, end: issuer.last };
}

/**
 * "جاء في استطلاع للرأي حول الاتفاق أجراه مركز "بيو" أنه …": the issuer named after a verb of issuing
 * within ten words of the document, before the أن; null when none is.
 */
function issuedBy(ctx: Ctx, from: number, sLast: number): { entity: Entity; end: number } | null {
  for (let m = from; m < Math.min(sLast, from + 10); m++) {
    const t = ctx.tokens[m] as Token;
    if (t.type !== "word" || ANNA.has(t.key)) return null;
    const at = issuerAt(ctx, m);
    if (at < 0) continue;
    return issuerNamedAt(ctx, at, sLast);
  }
  return null;
}

/**
 * "بحسب تقرير ربعي أصدرته شركة "دار المدار" أمس": a document issued by a body speaks for that body —
 * the speaker is the issuer, read after the verb of issuing (within a few words of the document noun).
 */
function issuerOf(
  ctx: Ctx,
  doc: Entity,
  limit: number,
  headKey = ctx.tokens[doc.first]?.key ?? "",
): { entity: Entity; end: number } | null {
  if (isDefinite(headKey) || !DOCUMENT_SET.has(headKey)) return null;
  // (Within the document's own name and a comma after it: "تقرير … لعام 2015، الصادر عن …".)
  for (let m = doc.first + 1; m < Math.min(limit, Math.max(doc.first + 5, doc.last + 2)); m++) {
    const t = ctx.tokens[m];
    if (isComma(t) && m >= doc.last - 1) continue;
    if (t?.type !== "word") return null;
    const at = issuerAt(ctx, m);
    if (at < 0) continue;
    return issuerNamedAt(ctx, at, limit);
  }
  return null;
}

/** True when the speaker carried forward is an institution (one that issues reports and statements). */
function lastIsBody(ctx: Ctx): boolean {
  const id = ctx.lastSpeaker;
  return !!id && ctx.registry.speakers.some((s) => s.id === id && (s.kind === "organization" || s.kind === "media"));
}

/** The speaker a document named alone (البيان، الوثائق) belongs to, or null when the article says none. */
function documentOwner(ctx: Ctx, e: Entity): string | null {
  const t = ctx.tokens[e.first];
  if (t?.type !== "word" || !bareDocument(ctx, e)) return null;
  return ctx.documents.get(bareKey(t.key)) ?? null;
}

/**
 * Remembers whose documents a statement names: the one the speaker's phrase opens with (وثائق مسربة
 * لموقع ويكيليكس، تقرير لوزارة الصحة), and one the speaker gave the words in, between the speaker and
 * the words ("في بيان نقلته واس"، "ببيان"، "في تقرير له"; up to `to`).
 */
function noteDocuments(ctx: Ctx, speakerId: string, e: Entity, to: number): void {
  const head = ctx.tokens[e.first];
  // ("وقالت أرقام مركز الإحصاء الأوروبي …": its figures too, which a later "الأرقام الأوروبية" means.)
  if (head?.type === "word" && !isDefinite(head.key) && documentNoun(head.key))
    ctx.documents.set(bareKey(head.key), speakerId);
  for (let m = e.last; m < to && m < e.last + 6; m++) {
    const t = ctx.tokens[m];
    if (t?.type !== "word") continue;
    const k = /^ب/.test(t.key) && DOCUMENT_SET.has(t.key.slice(1)) ? t.key.slice(1) : t.key;
    if (DOCUMENT_SET.has(k) && ctx.tokens[m - 1]?.key !== "عن") {
      ctx.documents.set(k, speakerId);
      return;
    }
  }
}

/** رأيه، قوله، تعبيرها، تقديره …: one noun of saying or thinking with "his / her / their". */
function ownWordsNoun(ctx: Ctx, e: Entity): boolean {
  if (e.last - e.first > 2) return false;
  const t = ctx.tokens[e.first];
  return t?.type === "word" && OWN_WORDS.test(t.key);
}

/**
 * A definite document noun alone (التقرير، البيان), or with one participle (الوثائق المسربة): it names
 * no author of its own.
 */
function bareDocument(ctx: Ctx, e: Entity): boolean {
  const t = ctx.tokens[e.first];
  if (t?.type !== "word" || !isDefinite(t.key) || !documentNoun(t.key)) return false;
  let words = 0;
  for (let j = e.first; j < e.last; j++) if (ctx.tokens[j]?.type === "word") words++;
  if (words === 1) return true;
  const adj = ctx.tokens[e.first + 1];
  // (Figures with a nisba, الأرقام الأوروبية, name no author either.)
  const nisba = IMPERSONAL_SOURCE_SET.has(bareKey(t.key)) && /يه$/.test(adj?.key ?? "");
  return words === 2 && adj?.type === "word" && (/^الم.+ه$/.test(adj.key) || nisba);
}

/** A document (بيان، تقرير) or the findings a body publishes (أرقام، بيانات، تقديرات), by match key. */
function documentNoun(key: string): boolean {
  const k = bareKey(key);
  return DOCUMENT_SET.has(k) || IMPERSONAL_SOURCE_SET.has(k);
}

/** "بحسب ما نقلت قناة الجزيرة عن مصادر مطلعة": the source after عن speaks, the outlet is the via. */
function throughOutlet(
  ctx: Ctx,
  src: { entity: Entity; end: number },
  limit: number,
): { entity: Entity; end: number; via: string | null } {
  if (ctx.tokens[src.end]?.key === "عن") {
    const inner = parseEntity(ctx, src.end + 1, limit);
    if (inner) return { entity: inner, end: inner.last, via: src.entity.outlet ?? src.entity.name };
  }
  return { ...src, via: src.entity.kind === "media" ? (src.entity.outlet ?? src.entity.name) : null };
}

function complementKind(t: Token | undefined, comps: ReadonlySet<Complement>): Complement | null {
  if (t?.type !== "word") return null;
  const k = t.key;
  if (ANNA.has(k)) return "anna";
  if (ILA.has(k) && comps.has("ila")) return "ila";
  if (ALA.has(k) && comps.has("ala")) return "ala";
  if (AN.has(k) && comps.has("an")) return "an";
  if (MIN.has(k) && comps.has("min")) return "min";
  if (comps.has("q") && QUESTION_SET.has(k)) return "q";
  if (comps.has("bi") && k.startsWith("ب") && k.length >= 4 && !STOP_SET.has(k) && !ADJUNCT_SET.has(k)) return "bi";
  return null;
}

/**
 * From token k, finds where the words attributed start: after a complementizer, a colon or at an
 * opening quotation mark. Adjuncts (في بيان، لـ«عكاظ»، اليوم الثلاثاء) are skipped.
 */
function findComplement(
  ctx: Ctx,
  k: number,
  end: number,
  def: CueDef,
  allowObject: boolean,
): { from: number; close: number; via: string | null; colon?: boolean; unclosed?: boolean; object?: boolean } | null {
  let via: string | null = null;
  const limit = Math.min(end, k + 30);
  let j = k;
  let first = true;
  let temporal = false;
  // "وبدل ذلك، قالوا، سيتم طرح الموضوع …": a verb of saying alone between commas (the wire's ", they
  // said,"): its words are the rest of the sentence.
  const verb = ctx.tokens[k - 1];
  if (
    def.say &&
    def.tense === "past" &&
    verb?.type === "word" &&
    cueOf(verb)?.def === def &&
    CLAUSE_MARKS.has(ctx.tokens[k - 2]?.raw ?? "") &&
    ctx.tokens[k]?.raw === "،" &&
    ctx.tokens[k + 1]?.type === "word" &&
    ctx.tokens[k + 2]?.type === "word"
  )
    return { from: k + 1, close: -1, via, colon: true };
  while (j < limit) {
    const t = ctx.tokens[j] as Token;
    if (t.type === "mark") {
      const c = ctx.closeOf.get(j);
      // An opening mark never closed (a quote whose paragraphs each open with « and only the last
      // closes): the words run to the end of the sentence.
      if (c === undefined) {
        const opens = !ctx.openOf.has(j) && j + 1 < end && ctx.tokens[j + 1]?.type === "word";
        return opens && first ? { from: j + 1, close: -1, via, unclosed: true } : null;
      }
      // لـ«عكاظ»: an outlet the words were given to, not the words.
      const prev = ctx.tokens[j - 1];
      if (prev && (prev.key === "ل" || prev.key === "لـ" || /^ل(صحيف|وكال|موقع|قنا)/.test(prev.key)) && c - j <= 5) {
        via = ctx.text.slice((ctx.tokens[j + 1] as Token).start, (ctx.tokens[c - 1] as Token).end);
        j = c + 1;
        continue;
      }
      // A name or term in marks on the way («فيسبوك», "ماتريالز هاندلنج") is emphasis, not the words;
      // so is a title after بعنوان / تحت شعار (تقرير بعنوان «الاستقرار المالي 2015»), however long.
      if (countWords(ctx, j + 1, c) < 3 || TITLE_INTROS.has(prev?.key ?? "")) {
        j = c + 1;
        first = false;
        continue;
      }
      return { from: j + 1, close: c, via };
    }
    if (t.raw === ":") {
      const n = ctx.tokens[j + 1];
      if (n?.type === "mark" && ctx.closeOf.has(j + 1)) return quotedOrClause(ctx, j + 1, via);
      if (n?.type === "mark" && !ctx.openOf.has(j + 1) && ctx.tokens[j + 2]?.type === "word")
        return { from: j + 2, close: -1, via, unclosed: true };
      // "صرح المتحدث: بأن …": the complementizer after the colon is not part of the words.
      const skip = n?.type === "word" && ANNA.has(n.key) ? 1 : 0;
      // "وأضاف: إن «…»": the quotation after the complementizer is the statement.
      if (skip && ctx.tokens[j + 2]?.type === "mark" && ctx.closeOf.has(j + 2)) return quotedOrClause(ctx, j + 2, via);
      return j + 1 + skip < end ? { from: j + 1 + skip, close: -1, via, colon: true } : null;
    }
    // Inside a clause of time (قبل أن …), only a colon or marks bring the words.
    if (temporal) {
      j++;
      continue;
    }
    if (t.type !== "word") {
      // "الأربعاء 22 يوليو/تموز": the slash of a date aside between the speaker and إن.
      if (CLAUSE_MARKS.has(t.raw) || t.raw === "(" || t.raw === ")" || t.raw === "/") {
        j++;
        continue;
      }
      return null;
    }
    if (t.key === "قايلا" || t.key === "قايله" || t.key === "قايلين") {
      // "أعد برلماني تقريرا اقترح فيه خطة … قائلا: …": far from a cue that is no verb of saying, the
      // participle brings words of its own, whose speaker is the sentence's subject (the participle's
      // rule), not what follows اقترح.
      if (!first && !def.say) return null;
      j++;
      continue;
    }
    // "نافيا في الوقت نفسه الشائعات": an adverb between the cue and its object keeps the object next.
    const adv = interjectedAt(ctx, j);
    if (adv) {
      j += adv;
      continue;
    }
    // "قال الوزير لرويترز إن …"، "لبترا": the outlet told, glued to its ل, is the via.
    if (toldOutletWord(t)) {
      via = t.raw.replace(/^لل/, "ال").replace(/^ل(?!ل)/, "");
      j++;
      continue;
    }
    // "قال الوزير لوكالة الأنباء الأردنية (بترا) إن …": an outlet with its head, after ل.
    const told = toldOutletWithHead(ctx, j, end);
    if (told) {
      via = told.name;
      j = told.last;
      continue;
    }
    // "وقال الفارس عبدالله سليمان لقد سررت بنجاح …": a verb of saying whose words follow with no colon,
    // mark or أن, opened by لقد — an emphasis only speech has right after its speaker.
    // It reads as colon speech.
    const saidAfter = ctx.tokens[j + 1]?.type === "word" && ctx.tokens[j + 2]?.type === "word";
    // ("وقالت موغيريني في مؤتمر صحفي لقد بذل …": after a short adjunct of where it was said, too.)
    const afterAdjunct = j - k <= 6 && ADJUNCT_SET.has(ctx.tokens[k]?.key ?? "");
    if ((first || afterAdjunct) && def.say && t.key === "لقد" && saidAfter)
      return { from: j, close: -1, via, colon: true };
    // "تحدث لسكاي نيوز شريطة عدم الكشف عن هويته": the condition the source spoke on; its عن is no
    // complement, and the words come after it.
    if (ANONYMITY_CONDITION_SET.has(t.key) && ctx.tokens[j + 1]?.key === "عدم") {
      j = pastIdentity(ctx, j + 2, limit);
      first = false;
      continue;
    }
    const c = complementKind(t, def.complements);
    // "بعد أن انسحب المسلحون": أن after a time word opens an adverbial clause, not the words said.
    // (Its words may still follow it, after a colon or in marks: "وقال فان غال …، قبل أن يختتم
    // يونايتد جولته …: "…"".)
    // ("، بيد أن …"، "رغم أن …": a contrast or concession is the writer's clause, never the cue's أن.)
    if (
      c === "anna" &&
      (TEMPORAL_BEFORE_ANNA.has(ctx.tokens[j - 1]?.key ?? "") || CONTRAST_BEFORE_ANNA.has(ctx.tokens[j - 1]?.key ?? ""))
    ) {
      temporal = true;
      j++;
      continue;
    }
    if (c === "anna") {
      const n = ctx.tokens[j + 1];
      if (n?.type === "mark" && ctx.closeOf.has(j + 1)) return quotedOrClause(ctx, j + 1, via);
      return { from: j + 1, close: -1, via };
    }
    // "تساءل المواطن متى يفتح الطريق؟": the question, its question word included.
    if (c === "q") return { from: j, close: -1, via };
    if (c === "ila" || c === "ala" || c === "an" || c === "min") {
      const n = ctx.tokens[j + 1];
      if (!n || n.type === "punct") return null;
      if (n.type === "word" && NON_COMPLEMENT_SET.has(bareKey(n.key))) {
        j += 2;
        continue;
      }
      if (n.type === "word" && ANNA.has(n.key)) {
        const m = ctx.tokens[j + 2];
        if (m?.type === "mark" && ctx.closeOf.has(j + 2)) return quotedOrClause(ctx, j + 2, via);
        return { from: j + 2, close: -1, via };
      }
      if (n.type === "mark" && ctx.closeOf.has(j + 1)) {
        const close = ctx.closeOf.get(j + 1) as number;
        // دعا إلى "…" / حض … إلى "ضبط النفس": a quotation of two words or more.
        if (close - j - 2 >= 2) return { from: j + 2, close, via };
      }
      return { from: j + 1, close: -1, via };
    }
    // "أفادت السلطات في بيان رسمي أمس، أن …": after في a word in ب is a noun of its own (بيان، بلاغ).
    if (c === "bi" && !NOUN_PREPOSITIONS.has(ctx.tokens[j - 1]?.key ?? "")) {
      const rest = t.key.slice(1);
      if (ANNA.has(`ب${rest}`) || ANNA.has(rest)) {
        const n = ctx.tokens[j + 1];
        if (n?.type === "mark" && ctx.closeOf.has(j + 1)) return quotedOrClause(ctx, j + 1, via);
        return { from: j + 1, close: -1, via };
      }
      return { from: j, close: -1, via };
    }
    // "نفى ما تردد عن …": the rumour denied (or confirmed) is the object, wherever the subject ended.
    if (t.key === "ما" && def.complements.has("dobj") && RUMOUR_SET.has(ctx.tokens[j + 1]?.key ?? "")) {
      return { from: j, close: -1, via, object: true };
    }
    // A direct object right after a subject set off by a comma, or after a verb with no subject.
    if (
      // A noun that only opens content (ضرورة، سبب) needs no licence from the subject's shape.
      // (Not after a preposition: "عند إطلاق شارة السباق أن …" is when, not what.)
      ((first && allowObject) || (OBJECT_SET.has(t.key) && !AFTER_PREPOSITION.has(ctx.tokens[j - 1]?.key ?? ""))) &&
      def.complements.has("dobj") &&
      !FUNCTION_SET.has(t.key) &&
      !ADJUNCT_SET.has(t.key) &&
      // (رفض is a verb of its own, and the noun "refusal" as an object: أكد الوزير رفض بلاده.)
      (!isCueWord(t) || OBJECT_SET.has(t.key))
    ) {
      return { from: j, close: -1, via, object: true };
    }
    // Adjuncts: a preposition phrase or a time word, up to the next comma or complementizer.
    if (ADJUNCT_SET.has(t.key) || /^ل/.test(t.key) || STOP_SET.has(t.key) || t.type === "word") {
      if (
        cueOf(t) &&
        (cueOf(t)?.conj || isSep(ctx.tokens[j - 1])) &&
        !(t.key === "عبر" && !expressedAbout(ctx, j + 1, end))
      )
        return null;
      // "وأكدت الوزارة أمس ارتفاع …"، "أكدت المفوضية في العراق عجز الحكومة …": a time word, or في and a
      // place, between the subject and a verbal noun keeps the object next.
      const n = ctx.tokens[j + 1];
      if (allowObject && first && PRE_SUBJECT_ADVERBS.has(t.key) && objectAt(ctx, j + 1)) {
        j++;
        continue;
      }
      if (
        allowObject &&
        first &&
        t.key === "في" &&
        n?.type === "word" &&
        (masdarLike(ctx.tokens[j + 2], ctx.tokens[j + 3]) || OBJECT_SET.has(ctx.tokens[j + 2]?.key ?? ""))
      ) {
        j += 2;
        continue;
      }
      first = false;
      // After a comma, an object may follow again ("، اليوم الثلاثاء، تسجيل …").
      j++;
      if (allowObject && CLAUSE_MARKS.has((ctx.tokens[j] as Token | undefined)?.raw ?? "")) {
        j++;
        first = true;
      }
      continue;
    }
    j++;
  }
  return null;
}

/**
 * Whether the word at j opens a direct object after a time word ("وأكدت الوزارة أمس ارتفاع …"): a verbal
 * noun, a noun that opens content, or a noun with a number after it ("الثلاثاء ضبط 13 من …").
 */
function objectAt(ctx: Ctx, j: number): boolean {
  const n = ctx.tokens[j];
  if (n?.type !== "word") return false;
  const next = ctx.tokens[j + 1];
  if (masdarLike(n, next) || OBJECT_SET.has(n.key)) return true;
  return !FUNCTION_SET.has(n.key) && !cueOf(n) && /^\p{N}/u.test(next?.raw ?? "");
}

/** After "شريطة عدم الكشف عن", the token past the identity withheld (هويته، اسمه، أسمائهم), if near. */
function pastIdentity(ctx: Ctx, from: number, limit: number): number {
  for (let j = from; j < limit && j - from < 5; j++) {
    const t = ctx.tokens[j] as Token;
    if (t.type !== "word") break;
    if (/^(?:هوي|اسم|اسماء)/.test(t.key)) return j + 1;
  }
  return from;
}

/** Prepositions whose next word is their noun, never a ب complement of the cue (في بيان، عبر بلاغ). */
const NOUN_PREPOSITIONS = new Set(["في", "عبر", "خلال", "من"]);

/** Particles that may open words said with no colon after يقول X (لا بد، لقد، لم …), as match keys. */
const SPEECH_PARTICLES = new Set(["لا", "لقد", "لم", "لن", "ما", "نحن", "انا"]);

/**
 * True when the words at j can be speech given right after its speaker, with no colon, marks or أن:
 * a word that is no complement, preposition, adjunct or outlet told, and a clause of three words or more.
 */
function speechOpensAt(ctx: Ctx, j: number, sLast: number): boolean {
  const t = ctx.tokens[j];
  if (t?.type !== "word" || countWords(ctx, j, sLast) < 3) return false;
  if (SPEECH_PARTICLES.has(t.key) || firstPerson(t)) return true;
  if (STOP_SET.has(t.key) || FUNCTION_SET.has(t.key) || ADJUNCT_SET.has(t.key) || ANNA.has(t.key)) return false;
  if (/^[لب]/.test(t.key) || isCueWord(t) || isDefinite(t.key)) return false;
  return true;
}

/** Prepositions whose noun is their own, never the cue's object (عند إطلاق، خلال تسجيل، بعد رفض). */
const AFTER_PREPOSITION = new Set(["عند", "لدي", "خلال", "بعد", "قبل", "اثناء", "عقب", "اثر", "منذ", "حول", "مع"]);

/** Length of an adverbial phrase (في الوقت نفسه، أيضا) at j, or 0. */
function interjectedAt(ctx: Ctx, j: number): number {
  for (const seq of INTERJECTED_SEQS) {
    if (seq.every((k, n) => ctx.tokens[j + n]?.key === k)) return seq.length;
  }
  return 0;
}

/** The relative that ends an attribution before its verb: حسبما، لما (وفقا لما)، ما after بحسب / حسب. */
function afterAttributionRelative(ctx: Ctx, at: number): boolean {
  const k = (ctx.tokens[at] as Token).key;
  if (k === "حسبما" || k === "وحسبما") return true;
  // لما alone is "when" (لما قال …): only after وفقا / طبقا is it "according to what".
  if (k === "لما") return isAttributionLead(ctx, at - 1);
  if (k !== "ما") return false;
  const p = ctx.tokens[at - 1]?.key ?? "";
  return /^و?(بحسب|حسب|طبقا|وفق)$/.test(p);
}

/** An attribution at i with its relative and report verb: حسبما ذكرت، بحسب ما أعلن، وفقا لما نقلته. */
function reportedAttribution(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.type !== "word") return false;
  let v = i + 1;
  if (!/^و?حسبما$/.test(t.key)) {
    const n = ctx.tokens[i + 1]?.key ?? "";
    const ok = (n === "ما" && /^و?(بحسب|حسب|وفق)$/.test(t.key)) || (n === "لما" && isAttributionLead(ctx, i));
    if (!ok) return false;
    v = i + 2;
  }
  const rv = ctx.tokens[v];
  return rv?.type === "word" && REPORT_VERB_KEYS.some((r) => rv.key.replace(/^[وف]/, "").startsWith(r));
}

/** "وفقا لما": the word before لما opens an attribution (وفقا، طبقا، نظرا is not one). */
function isAttributionLead(ctx: Ctx, at: number): boolean {
  const k = ctx.tokens[at]?.key ?? "";
  return /^و?(وفقا|طبقا|تبعا)$/.test(k);
}

/**
 * "، مضيفا المؤسسة ستراعي …": a participle of plain saying whose words follow with no أن. Only the
 * accusative (مضيفا) after a comma, before a word that opens no adjunct and runs three words or more.
 */
function bareClause(
  ctx: Ctx,
  i: number,
  sLast: number,
  def: CueDef,
): { from: number; close: number; via: null; colon?: boolean; unclosed?: boolean; object?: boolean } | null {
  const t = ctx.tokens[i] as Token;
  if (!def.say || !/ا$/.test(t.key) || !isSep(ctx.tokens[i - 1])) return null;
  const n = ctx.tokens[i + 1];
  if (n?.type !== "word" || STOP_SET.has(n.key) || ADJUNCT_SET.has(n.key) || cueOf(n) || /^ل/.test(n.key)) return null;
  let words = 0;
  for (let j = i + 1; j < sLast && !isSep(ctx.tokens[j]); j++) words++;
  return words >= 3 ? { from: i + 1, close: -1, via: null } : null;
}

/**
 * "وجاء في البيان أن …"، "وجاء في بيان الوزارة أن …"، "وورد في التقرير أن …"، "جاء فيها أنه …": the
 * words of a document, credited to its author — the body named with it (بيان الوزارة), else the
 * speaker carried forward (the body that issued "البيان"). The complement must be أن.
 */
function cameIn(ctx: Ctx, i: number, sFirst: number, sLast: number): Anchor | null {
  const t = ctx.tokens[i] as Token;
  if (!CAME_IN_SET.has(t.key)) return null;
  const n = ctx.tokens[i + 1];
  if (n?.type !== "word") return null;
  let speaker: Entity | null = null;
  let from = i + 2;
  if (n.key === "فيه" || n.key === "فيها") {
    // "ونشرت صحيفة «…» خلفية للحادث، جاء فيها أنه …": the document is the object of the sentence's
    // first verb, its author that verb's subject; else the speaker carried forward.
    // ("أعاد نشر تغريدة للناشط علي النعيمي، جاء فيها": unless the document names its author with ل.)
    const e = documentAuthorBefore(ctx, sFirst, i) ?? (i > sFirst + 1 ? parseEntity(ctx, sFirst + 1, i) : null);
    if (e?.headed && !e.anaphor && e.kind !== "group" && e.kind !== "state") speaker = e;
  } else if (n.key === "في") {
    const d = ctx.tokens[i + 2];
    if (d?.type !== "word") return null;
    // "جاء في تغريدته"، "جاء في إحداها"، "وجاء في تغريدة أخرى": a document of the speaker carried forward.
    // (تغريدته: the ة of the noun is written ت before the pronoun.)
    const own = /^(.{3,})(?:ه|ها|هم)$/.exec(bareKey(d.key))?.[1];
    const ownDoc = !!own && !isDefinite(d.key) && (DOCUMENT_SET.has(own) || DOCUMENT_SET.has(own.replace(/ت$/, "ه")));
    if (ONE_OF_THEM.has(d.key) || ownDoc) {
      let f = i + 3;
      if (ANOTHER.has(ctx.tokens[f]?.key ?? "")) f++;
      return documentWords(ctx, t, i, f, sLast, null, true);
    }
    if (!DOCUMENT_SET.has(bareKey(d.key))) return null;
    if (!isDefinite(d.key) && ANOTHER.has(ctx.tokens[i + 3]?.key ?? ""))
      return documentWords(ctx, t, i, i + 4, sLast, null, true);
    // بيان الوزارة / بيان صادر عن الجيش: the author is named with the document.
    // ("وجاء في رد المسؤولين على الاتهامات أن …": رد, a verb as well, is read past; its owner follows.)
    const reply = bareKey(d.key) === "رد";
    const e = isDefinite(d.key) ? null : reply ? parseEntity(ctx, i + 3, sLast) : parseEntity(ctx, i + 2, sLast);
    const issued = isDefinite(d.key) ? null : issuedBy(ctx, i + 3, sLast);
    if (issued) {
      speaker = issued.entity;
      from = issued.end;
    } else if (e && reply && e.kind !== "unknown" && e.first === i + 3) {
      speaker = e;
      from = e.last;
    } else if (e && e.kind !== "unknown" && e.first === i + 2 && e.last > i + 3) {
      speaker = e;
      from = e.last;
    } else from = i + 3;
  } else return null;
  // Only أن or a quotation: "وجاء في البيان: …" is left to the colon rules.
  return documentWords(ctx, t, i, from, sLast, speaker, false);
}

/**
 * The words a document holds, from token `from`: after أن, or in quotation marks (an unclosed one too when
 * `unclosed` is allowed). Credited to `speaker`, or to the speaker carried forward when null.
 */
function documentWords(
  ctx: Ctx,
  t: Token,
  i: number,
  from: number,
  sLast: number,
  speaker: Entity | null,
  unclosed: boolean,
): Anchor | null {
  const def = CUE_FORMS.get("قال") as CueDef;
  const comp = findComplement(ctx, from, sLast, { ...def, complements: new Set(["anna"]) }, false);
  if (!comp) return null;
  const direct = comp.close >= 0 || (unclosed && !!comp.unclosed);
  if (!direct && !ANNA.has(ctx.tokens[comp.from - 1]?.key ?? "")) return null;
  return {
    at: i,
    textFrom: comp.from,
    closeMark: comp.close,
    kind: direct ? "direct" : "indirect",
    cue: t.raw,
    speaker,
    rule: `${direct ? "direct" : "indirect"}.came-in${speaker ? "" : "-carried"}`,
    confidence: 0.6,
    via: comp.via,
    breaks: true,
  };
}

/**
 * "تغريدة للناشط علي النعيمي، جاء فيها …"، "تغريدة أخرى للناشط عارف عمر،": a document right before
 * جاء فيها whose author follows it with ل, up to the comma: that author, or null.
 */
function documentAuthorBefore(ctx: Ctx, sFirst: number, i: number): Entity | null {
  let end = i;
  if (isComma(ctx.tokens[end - 1])) end--;
  for (let d = end - 2; d >= Math.max(sFirst, end - 9); d--) {
    const doc = ctx.tokens[d] as Token;
    if (doc.type !== "word" || isDefinite(doc.key) || !DOCUMENT_SET.has(bareKey(doc.key))) continue;
    let at = d + 1;
    if (ANOTHER.has(ctx.tokens[at]?.key ?? "")) at++;
    const lam = ctx.tokens[at];
    if (lam?.type !== "word" || !/^ل[^ا]/.test(lam.key) || lam.key.length < 4) return null;
    const shadow = withoutLam(lam);
    const e = parseEntity({ ...ctx, shadow: { at, token: shadow } }, at, end);
    if (!e || e.last < end || e.last > i || !(e.headed || e.name.trim().includes(" "))) return null;
    return { ...e, name: lamDropped(e.name, lam, shadow), title: e.title ? lamDropped(e.title, lam, shadow) : null };
  }
  return null;
}

/**
 * "وبدا لافتا ما أعلنه عون أمس … عن أن «…»"، "وكان لافتا ما قاله الوزير من أن …": what someone said,
 * named by ما and the verb with its pronoun as a clause of its own, then the speaker and, past any
 * adjuncts, the words after أن, a colon or marks. (whatWasSaid reads the same inside another's words.)
 */
function whatSomeoneSaid(ctx: Ctx, i: number, sLast: number): Anchor | null {
  const t = ctx.tokens[i] as Token;
  const n = ctx.tokens[i + 1];
  if (t.key !== "ما" || n?.type !== "word" || !WHAT_SAID.test(n.key)) return null;
  const speaker = parseEntity(ctx, i + 2, sLast);
  if (!speaker || speaker.kind === "unknown" || (!speaker.headed && speaker.kind !== "person")) return null;
  const say = CUE_FORMS.get("قال") as CueDef;
  const comp = findComplement(ctx, speaker.last, sLast, { ...say, complements: new Set(["anna"]) }, false);
  if (!comp) return null;
  // (Only أن, a colon or marks bring the words: "ما أعلنه الوزير أمس" alone says nothing.)
  const direct = comp.close >= 0;
  if (!direct && !comp.colon && !ANNA.has(ctx.tokens[comp.from - 1]?.key ?? "")) return null;
  return {
    at: i + 1,
    textFrom: comp.from,
    closeMark: comp.close,
    kind: direct ? "direct" : "indirect",
    cue: n.raw,
    speaker,
    rule: `${direct ? "direct" : "indirect"}.what-was-said`,
    confidence: 0.7,
    via: comp.via,
    breaks: true,
  };
}

/** إحداها / إحداهما / أحدها: "one of them" (the tweets, the letters just mentioned), as match keys. */
const ONE_OF_THEM = new Set(["احداها", "احداهما", "احدها", "احدهما"]);
/** "another", "a second", "a later" after a document: the same author's next one. */
const ANOTHER = new Set(["اخري", "ثانيه", "لاحقه", "جديده", "سابقه", "اخيره", "اخر", "ثان"]);

/** True when a person or body is named at i and أن follows it: "(وبين) المسؤول أن …". */
function speakerThenAnna(ctx: Ctx, i: number, sLast: number): boolean {
  const e = parseEntity(ctx, i, sLast);
  if (!e || (e.kind !== "person" && e.kind !== "organization" && e.kind !== "group")) return false;
  return ANNA.has(ctx.tokens[e.last]?.key ?? "");
}

function anchorAt(ctx: Ctx, i: number, sFirst: number, sLast: number): Anchor | null {
  const a = cueAnchor(ctx, i, sFirst, sLast);
  if (!a || a.closeMark >= 0 || a.textFrom < 0) return a;
  // "مؤكدة على ما ذكره المتحدث الرسمي عدنان المعيبد في وقت سابق بأن …": the words are what that
  // speaker said; the one confirming them only repeats them.
  const said = whatWasSaid(ctx, a.textFrom, sLast);
  return said
    ? {
        ...a,
        speaker: said.speaker,
        speakerId: undefined,
        textFrom: said.from,
        rule: "indirect.what-said",
        object: false,
      }
    : a;
}

/**
 * "نقلا عن X" / "استنادا إلى X" within a few words after a relaying subject (an adjunct such as "في عددها
 * الأخير" may stand between): where X starts, or -1. Only these two: after a subject, "بحسب" / "وفقا لـ"
 * name the via of the subject's own words, which attributionAt's callers read.
 */
function relayedFrom(ctx: Ctx, from: number, sLast: number): number {
  for (let j = from; j < Math.min(sLast, from + 5); j++) {
    const t = ctx.tokens[j] as Token;
    const n = ctx.tokens[j + 1]?.key;
    if ((t.key === "نقلا" && n === "عن") || (t.key === "استنادا" && (n === "الي" || n === "علي"))) return j + 2;
    if (t.type !== "word" || ANNA.has(t.key) || isCueWord(t)) return -1;
  }
  return -1;
}

/** Verbs of saying with "it" (ذكره، قاله، أعلنته …) after ما: "what X said". */
const WHAT_SAID = /^(?:ذكر|قال|اعلن|اكد|اوضح|كشف|اورد|صرح|اشار)(?:ت)?(?:ه|ها)$/;

/**
 * "(على) ما ذكره X [adjuncts] بأن / من أن …" at `from`: X and where X's words start, or null.
 */
function whatWasSaid(ctx: Ctx, from: number, sLast: number): { speaker: Entity; from: number } | null {
  let j = from;
  if (ctx.tokens[j]?.key === "علي") j++;
  if (ctx.tokens[j]?.key !== "ما" || !WHAT_SAID.test(ctx.tokens[j + 1]?.key ?? "")) return null;
  const speaker = parseEntity(ctx, j + 2, sLast);
  if (!speaker?.headed && speaker?.kind !== "person") return null;
  for (let k = speaker.last; k < Math.min(sLast, speaker.last + 6); k++) {
    const w = ctx.tokens[k] as Token;
    if (isSep(w)) return null;
    if (ANNA.has(w.key)) return { speaker, from: k + 1 };
  }
  return null;
}

/** The anchor a cue word at i opens: its speaker, where its words start, how it was found. */
function cueAnchor(ctx: Ctx, i: number, sFirst: number, sLast: number): Anchor | null {
  const t = ctx.tokens[i] as Token;
  const cue = cueOf(t);
  if (!cue) return null;
  const { def, conj } = cue;
  // ورد / وردت "it was stated" (read by cameIn), not و + ردّ "replied".
  if (conj && CAME_IN_SET.has(t.key)) return null;
  // "ولفت ما أعلنه عون …"، "وبدا لافتا ما قاله الوزير": what someone said drew attention; the one who
  // said it speaks (whatSomeoneSaid), not the verb of pointing out.
  if (
    (def.lemma === "لفت" || def.lemma === "لافتا") &&
    ctx.tokens[i + 1]?.key === "ما" &&
    WHAT_SAID.test(ctx.tokens[i + 2]?.key ?? "")
  )
    return null;
  // عبر is a preposition ("عبر الحدود") far more often than "expressed": only a cue opening a clause.
  const before = ctx.tokens[i - 1];
  // "وبحسب «الوكالة»، فقد ذكر الوزير أن …": قد / فقد before the verb also opens the clause.
  if (
    AMBIGUOUS_CUES.has(t.key) &&
    i > sFirst &&
    !isSep(before) &&
    !CLAUSE_OPENERS.has(before?.key ?? "") &&
    !BEFORE_VERB.has(before?.key ?? "")
  )
    return null;
  // "، عبر حسابه على تويتر، إن …"، "وعبر الهاتف": عبّر "expressed" brings its words only with عن (or
  // a colon); with neither before the next mark, it is the preposition "through".
  if (def.lemma === "عبر" && (t.key === "عبر" || t.key === "وعبر") && !expressedAbout(ctx, i + 1, sLast)) return null;
  // "في الخطاب الذي ألقاه يوم السبت وتوعد خلاله بـ…": a و-verb inside a relative clause goes on with
  // the relative's verb; it opens no statement of its own. (Unless it names a subject of its own, "التي
  // عادت لاحقا وأرجعت مصادر …", or is a plain verb of saying, which opens a new statement: "… الذي تحقق
  // وقال …".)
  if (conj && !def.say && !isSep(before) && insideRelative(ctx, sFirst, i) && !parseEntity(ctx, i + 1, sLast)?.headed)
    return null;
  // يذكر أن / يشار إلى أن: the writer's own "it is worth noting", not a statement of anyone.
  if (IMPERSONAL.has(t.key) && !parseEntity(ctx, i + 1, sLast)) return null;
  // بين is "between" unless a conjunction and أن make it "he explained" (وبين أن …).
  if (t.key === "بين" || (t.key === "يبين" && !conj)) return null;
  // … or a speaker then أن: "وبين العضو أن …", "وبين وزير المالية أن …" (never "بين الطرفين").
  // (A colon after it, or the shadda written (وبيّن), makes it the verb.)
  if (
    /^[وف]بين$/.test(t.key) &&
    !t.raw.includes("\u0651") &&
    ctx.tokens[i + 1]?.raw !== ":" &&
    !ANNA.has(ctx.tokens[i + 1]?.key ?? "") &&
    !speakerThenAnna(ctx, i + 1, sLast)
  ) {
    return null;
  }
  // "مدونة تُدعى «كريبس أون سيكيورتي»": the passive of دعا names; it claims nothing. يدّعي "claims"
  // reports with أن, never with a quotation right after it.
  if (def.lemma === "ادعى" && def.tense === "present" && ctx.tokens[i + 1]?.type === "mark") return null;
  const prev = ctx.tokens[i - 1];
  // "قبل أن يطالب …"، "عندما أبدى …": a verb in a clause of time (checked once its words are found).
  const timeClause =
    !!prev &&
    i > sFirst &&
    (WHEN.has(prev.key) || (ANNA.has(prev.key) && TEMPORAL_BEFORE_ANNA.has(ctx.tokens[i - 2]?.key ?? "")));
  // "حسبما أعلن المحافظ"، "بحسب ما أعلنت الوزارة": the verb belongs to an attribution, which credits
  // the words around it (read by the attribution rules), not the words after it.
  if (prev && i > sFirst && afterAttributionRelative(ctx, i - 1)) return null;
  // "وإذا استبعدت الإيرادات النفطية تصبح …"، "ولو قال الوزير …": a condition says what would be, no one
  // said it.
  if (prev && CONDITIONALS.has(prev.key)) return null;
  // الذي أكد / مما يؤكد: a relative clause, unless the verb names its own subject ("في الوقت الذي حض
  // فيه الائتلاف …").
  const relative = !!prev && i > sFirst && keyVariants(prev.key).some((k) => NOT_A_STATEMENT.has(k));
  // "لكنه أوضح أن …"، "إلا أنه أكد …": "but he" opens a new statement of the speaker carried forward.
  const pronounOpens = !!prev && i > sFirst && butHe(ctx, i - 1);
  const atClauseStart =
    i === sFirst ||
    pronounOpens ||
    isSep(prev) ||
    (prev?.type === "mark" && !ctx.closeOf.has(i - 1)) ||
    (!!prev && (CLAUSE_OPENERS.has(prev.key) || AUX_SET.has(prev.key) || NEGATIONS.has(prev.key)));
  if (def.type === "participle") {
    // The accusative form (مضيفا، متمنياً) is adverbial wherever it stands; the others need a comma.
    // (So is the plural in ين: معتبرين، مؤكدين.)
    if (relative || (!atClauseStart && !conj && !/(?:ا|ين)$/.test(t.key) && !def.anywhere)) return null;
    // "وحرص كيري على التوضيح بأن …": a verbal noun of saying speaks for the framing verb's subject, and
    // only with a complementizer right after it ("وتم التأكيد على أن …" names no one).
    const manner = def.lemma === MANNER_LEMMA;
    const framer = manner ? subjectOfSaying(ctx, sFirst, ctx.tokens[i - 1]?.key === "علي" ? i - 1 : i) : null;
    // (على / إلى only before أن: "والتأكيد على ما هو مشترك" goes on with the words it stands in.)
    const opensWords =
      ANNA.has(ctx.tokens[i + 1]?.key ?? "") ||
      (/^(?:علي|الي)$/.test(ctx.tokens[i + 1]?.key ?? "") && ANNA.has(ctx.tokens[i + 2]?.key ?? ""));
    if (manner && (!framer || !opensWords)) return null;
    const comp = findComplement(ctx, i + 1, sLast, def, !manner) ?? (manner ? null : bareClause(ctx, i, sLast, def));
    if (!comp) return null;
    return {
      at: i,
      textFrom: comp.from,
      closeMark: comp.close,
      kind: comp.close >= 0 || comp.unclosed ? "direct" : "indirect",
      cue: t.raw,
      // (بقوله / بقولها mean the speaker carried forward; only بالقول leaves the subject to be read.)
      speaker: framer ?? (t.key === "بالقول" ? subjectOfSaying(ctx, sFirst, i) : subjectOfOpeningVerb(ctx, sFirst, i)),
      rule: comp.close >= 0 ? "direct.participle" : "indirect.participle",
      colon: !!comp.colon,
      object: !!comp.object,
      confidence: 0.8,
      via: comp.via,
      breaks: true,
    };
  }
  // Verb: subject after it (VSO) or before it (SVO). A complementizer right after the verb means no
  // subject is named here (وأضاف أن، وأشاد بحرص …); "فيه" (حض فيه الائتلاف) is skipped.
  let vs = i + 1;
  if (ctx.tokens[vs]?.key === "فيه" || ctx.tokens[vs]?.key === "فيها") vs++;
  // "وقال اليوم الأحد مسؤول أمني …"، "وأكد أيضا الوزير …": a time word or adverb before the subject.
  while (vs < sLast && vs < i + 4 && PRE_SUBJECT_ADVERBS.has(ctx.tokens[vs]?.key ?? "")) vs++;
  // "وقالت في وقت سابق هوغيت لابيل …"، "وأكد في الوقت نفسه الوزير …": an adverbial phrase too.
  vs += interjectedAt(ctx, vs);
  // "أعلنت الأسبوع الماضي"، "قال العام المقبل": a period and its time word.
  if (PERIOD_SET.has(ctx.tokens[vs]?.key ?? "") && TIME_SET.has(ctx.tokens[vs + 1]?.key ?? "")) vs += 2;
  // "وأوضح لـ«الاقتصادية» الدكتور فهد الحربي … أن": the outlet told comes before the subject.
  let toldVia: string | null = null;
  const lam = ctx.tokens[vs];
  const lamClose = ctx.closeOf.get(vs + 1);
  if (toldOutletWord(lam)) {
    // "لكنه أكد للأناضول أن …"، "وقال لرويترز إن …": the outlet glued to its ل.
    toldVia = (lam as Token).raw.replace(/^لل/, "ال").replace(/^ل(?!ل)/, "");
    vs++;
  } else if (
    (lam?.key === "ل" || lam?.key === "لـ") &&
    lamClose !== undefined &&
    lamClose - vs <= 6 &&
    lamClose > vs + 2
  ) {
    toldVia = ctx.text.slice((ctx.tokens[vs + 2] as Token).start, (ctx.tokens[lamClose - 1] as Token).end);
    vs = lamClose + 1;
    // "وأكد لـ"الاقتصادية"، مصدر من الشركة أنه …": a comma may set the outlet off from the subject.
    if (isComma(ctx.tokens[vs]) && headedSubjectAt(ctx, vs + 1, sLast)) vs++;
  } else if (lam?.type === "mark" && ctx.closeOf.has(vs)) {
    // "وأبلغت «الوطن» مصادر مطلعة أن …": an outlet in marks as the object told, then a subject
    // that أن follows. A name in marks with أن right after it («لافروف» إن) is the subject itself.
    const c = ctx.closeOf.get(vs) as number;
    const sp = c - vs <= 5 && c > vs + 1 ? parseEntity(ctx, c + 1, sLast) : null;
    if (sp?.headed && ANNA.has(ctx.tokens[sp.last]?.key ?? "")) {
      toldVia = ctx.text.slice((ctx.tokens[vs + 1] as Token).start, (ctx.tokens[c - 1] as Token).end);
      vs = c + 1;
    }
  }
  // "وقال بحسب صحيفة هآرتس: …": the attribution after the verb names the via; the speaker is carried.
  const viaAfter = attributionAt(ctx, vs, sLast);
  if (viaAfter) {
    const src = parseEntity(ctx, viaAfter, sLast);
    if (src) {
      toldVia = src.outlet ?? src.name;
      vs = src.last;
    }
  }
  // "وقال فان غال": فان opening a foreign name, not فإن (which never follows قال right away).
  const vanName = ctx.tokens[vs]?.key === "فان" ? parseEntity(ctx, vs, sLast) : null;
  // "وأكد علي محمد قدرة …": علي written with its dots, then a given name, is a man's name, not على.
  const aliName = ctx.tokens[vs]?.raw === "علي" && isFirstName(ctx.tokens[vs + 1], ctx.tokens[vs + 2]);
  const immediate =
    (vanName?.kind === "person" && vanName.name.startsWith("فان ")) || aliName
      ? null
      : complementKind(ctx.tokens[vs], def.complements);
  // "وقال دشنا اليوم أولى المعونات …": a verb of saying, then the speaker's own first-person words
  // with neither colon nor marks; the speaker is the one carried forward.
  const ownWords =
    def.say && conj && !immediate && firstPerson(ctx.tokens[vs]) && !ANNA.has(ctx.tokens[vs + 1]?.key ?? "");
  // A plural verb (اعتبروا، يرون) carries its subject in itself: no name follows it.
  const plural = pluralVerb(t, def);
  // "أما المختص الصحي الدكتور نزار خضري فطالب وزارة الصحة بـ…": after أما the ف-verb's subject is the
  // topic before it (noted as the sentence's subject); what follows the verb is its object.
  // (Only a person set off by nothing: "أما النفقات، فأشار المصدر …" is a topic of another kind.)
  const topic =
    t.key.startsWith("ف") && conj && /^و?اما$/.test(ctx.tokens[sFirst]?.key ?? "")
      ? parseEntity(ctx, sFirst + 1, i)
      : null;
  const topicVerb =
    topic?.kind === "person" &&
    (!!topic.headed || topic.name.trim().includes(" ")) &&
    topic.last === i &&
    !isSep(ctx.tokens[i - 1]);
  let subject = immediate || ownWords || plural || topicVerb ? null : parseEntity(ctx, vs, sLast);
  // A present-tense verb with no conjunction inside a clause is a relative clause (دليل يؤكد …) unless
  // its subject stands before it (فيصل الجهني يقول إن …).
  if (subject && def.tense === "present" && !conj && !atClauseStart) subject = null;
  // "أشاد الأمين العام … أنطونيو غوتيريش بجهود مصر": the ب-word is the complement, not the name.
  if (subject && def.complements.has("bi")) {
    for (let m = subject.first + 1; m < subject.last; m++) {
      const w = ctx.tokens[m] as Token;
      if (
        w.type === "word" &&
        complementKind(w, def.complements) === "bi" &&
        // Names often start with ب and a long vowel (بيرك، بوتين، بايدن); complements rarely do. A given
        // name in ب (بنيامين، بشار، بدر) is a name.
        // (A hamza after ب is never a name's: بإصلاح، بأن.)
        (w.key.startsWith("بال") || !/^ب[اوي]/.test(w.key) || /^ب[إأ]/.test(w.raw)) &&
        !isFirstName(w, ctx.tokens[m + 1]) &&
        // "المتحدث الرسمي للهلال الأحمر بالباحة عماد …": a ب-word a given name follows is where the role
        // works, and the name is still to come.
        !isFirstName(ctx.tokens[m + 1], ctx.tokens[m + 2]) &&
        !/^(بن|بنت)$/.test(w.key) &&
        !INSTITUTION_SET.has(w.key) &&
        !INSTITUTION_SET.has(w.key.slice(1))
      ) {
        subject = parseEntity({ ...ctx, tokens: ctx.tokens }, subject.first, m);
        break;
      }
    }
  }
  // "وطالبت منظمة العفو الدولية السلطات بالإفراج …"، "حثت أرامكو السعودية المستثمرين على …": whom a
  // body calls on stands between its name and the complement, so the name ends before it.
  // ("وطمأن الوزير المواطنين بأن …": a definite role takes no genitive, so what follows it is whom.)
  const definiteRoleAlone =
    subject?.kind === "person" &&
    isDefinite((ctx.tokens[subject.first] as Token).key) &&
    subject.title === subject.name;
  if (subject && (subject.kind !== "person" || definiteRoleAlone) && ADDRESSING.has(def.lemma)) {
    const c = complementKind(ctx.tokens[subject.last], def.complements);
    for (let m = subject.first + (definiteRoleAlone ? 1 : 2); c && m < subject.last; m++) {
      if (!ADDRESSEE_SET.has(ctx.tokens[m]?.key ?? "")) continue;
      // ("وحذر مصدر مقرب من رئيس الحكومة … من أن": after a preposition the noun describes the source.)
      if (/^(?:من|في|لدي)$/.test(ctx.tokens[m - 1]?.key ?? "") || ctx.tokens[m - 2]?.key === "من") break;
      const body = parseEntity(ctx, subject.first, m);
      if (body && body.last === m) subject = body;
      break;
    }
  }
  // "وأدانت وزارة الخارجية الهجوم …"، "وانتقدت منظمة العفو الدولية القرار …": only the last noun of a
  // construct chain is definite, so after a body's definite genitive only adjectives follow; a definite
  // noun there is the verb's object.
  if (subject && subject.kind === "organization" && def.complements.has("dobj")) {
    const cut = objectInBodyName(ctx, subject.first, subject.last);
    const body = cut > 0 ? parseEntity(ctx, subject.first, cut) : null;
    if (body && body.last === cut) subject = body;
  }
  // "وأظهر استطلاع للرأي أجرته مؤسسة روي مورجان أن …": a document speaks for whoever issued it.
  if (subject) {
    const issued = issuerOf(ctx, subject, sLast);
    if (issued) subject = { ...issued.entity, first: subject.first, last: issued.end };
  }
  // "قالت شينخوا نقلا عن الإدارة الحكومية … إنه …": an outlet relaying "quoting" someone only passes
  // the words on: the one quoted speaks, and the outlet is the via. (Sources that quote someone
  // remain the speaker: "وذكرت المصادر نقلا عن مسلحين …".)
  // ("ذكرت مجلة «فوكوس» في عددها الأخير استنادا إلى مصادر قضائية أن …": past a short adjunct too.)
  const relayAt = subject ? relayedFrom(ctx, subject.last, sLast) : -1;
  if (subject && relayAt > 0 && (subject.kind === "media" || ctx.registry.knownKind(subject.name) === "media")) {
    const source = parseEntity(ctx, relayAt, sLast);
    if (source) {
      toldVia = subject.outlet ?? subject.name;
      subject = source;
    }
  }
  // "ووصف الأوضاع بأنها …": the word right before بأن is what is described, not who describes: a
  // name before it is the speaker (ووصف ترامب الاتفاق بأنه …), else the one carried forward.
  // (Not after verbs that take no object before بأن: "واعترف كروز بأنه …"، "وصرح سالم الحربي بأن …".)
  if (subject && !subject.headed && def.complements.has("bi") && !NO_OBJECT_BEFORE_BI.has(def.lemma)) {
    let bi = -1;
    for (let m = subject.first + 1; m <= subject.last && bi < 0; m++) {
      const w = ctx.tokens[m];
      if (w?.type === "word" && /^بان/.test(w.key) && ANNA.has(w.key)) bi = m;
    }
    if (bi > 0) {
      const object = bi - 1;
      subject = object > subject.first ? parseEntity(ctx, subject.first, object) : null;
    }
  }
  // "رأى الاتحاد أن …، وطالب الطرفين بالجلوس إلى طاولة واحدة": a verb joined by و inside a sentence whose
  // speaker is already known, then one definite word that no lexicon word opens and that names nobody
  // known (a surname would be: "وطالب الجبير بـ…"), and a ب / إلى / على complement: that word is whom
  // the demand is addressed to, and the speaker goes on.
  if (
    subject &&
    conj &&
    i > sFirst + 2 &&
    (ctx.lastSpeaker || cueBefore(ctx, sFirst, i)) &&
    !subject.headed &&
    subject.last - subject.first === 1 &&
    isDefinite((ctx.tokens[subject.first] as Token).key) &&
    !ctx.registry.knows(subject.name) &&
    /^(?:bi|ila|ala)$/.test(complementKind(ctx.tokens[subject.last], def.complements) ?? "")
  ) {
    vs = subject.first;
    subject = null;
  }
  // "الأطباء العاملين في المستشفى الذين أكدوا أنهم …": the people the relative names are the subject.
  let antecedentSubject = false;
  if (relative && !subject && prev?.key === "الذين" && def.type === "verb") {
    const ant = antecedent(ctx, sFirst, i - 1);
    if (ant) {
      subject = ant;
      antecedentSubject = true;
    }
  }
  // "لكن الخبراء السويسريين الذين استعانت بهم أرملة عرفات اعتبروا …": a plural verb after a relative
  // clause has the people the relative names as its subject.
  if (plural && !subject && !relative) {
    const ant = pluralAntecedent(ctx, sFirst, i);
    if (ant) {
      subject = ant;
      antecedentSubject = true;
    }
  }
  // "وهو ما أكده رجل الأعمال سعد الخيارين، الذي قال إن …": a named person set off by a comma before
  // الذي / التي is who the relative clause quotes.
  if (relative && !subject && (prev?.key === "الذي" || prev?.key === "التي") && def.type === "verb") {
    const comma = i - 2;
    // ("… المدرب الهولندي لويس فان غال الذي أكد أنه …": or a person with a role and a name right before,
    // with no comma; the relative clause is what that person said.)
    const person = CLAUSE_MARKS.has(ctx.tokens[comma]?.raw ?? "")
      ? namedPersonBefore(ctx, sFirst, comma)
      : titledPersonBefore(ctx, sFirst, i - 1);
    if (person) {
      subject = person;
      antecedentSubject = true;
    }
  }
  // "تصريحات المرشد … علي خامنئي الأخيرة التي أكد فيها أن …": whose statement the relative names.
  if (relative && !subject && (prev?.key === "التي" || prev?.key === "الذي") && def.type === "verb") {
    const inIt = ctx.tokens[i + 1]?.key ?? "";
    const owner = inIt === "فيه" || inIt === "فيها" ? speechOwner(ctx, sFirst, i - 1) : null;
    if (owner) {
      subject = owner;
      antecedentSubject = true;
    }
  }
  // "المقاتلين الذين أشار بيان الوزارة إلى أنهم …": a relative clause whose verb names its own
  // speaker (a body, a person) and reports with أن is a statement of that speaker.
  let relSubject = relative && !antecedentSubject && !!subject?.headed && !subject.anaphor && subject.kind !== "group";
  if (relSubject && subject && !(subject.kind === "organization" || (subject.kind === "person" && subject.title)))
    relSubject = false;
  // "حسب البيان، الذي أوضح أن …": a document's relative speaks for whoever issued it (carried).
  const docRelative =
    relative &&
    !subject &&
    (prev?.key === "الذي" || prev?.key === "التي") &&
    DOCUMENT_SET.has(
      bareKey(ctx.tokens[i - 2]?.type === "punct" ? (ctx.tokens[i - 3]?.key ?? "") : (ctx.tokens[i - 2]?.key ?? "")),
    );
  if (relative && !antecedentSubject && !relSubject && !docRelative && (!subject || ctx.tokens[i + 1]?.key !== "فيه"))
    return null;
  if (subject && def.via) {
    // نقلت الإذاعة عن يعالون القول إنه …: the outlet is the via, the speaker follows عن.
    const an = ctx.tokens[subject.last];
    // نسبت الوكالة إلى مسؤول قوله …: نسب names the speaker after إلى as نقل does after عن, and علم
    // after من (علمت الصحيفة من مصادر أن …).
    if (an?.key === "عن" || (an?.key === "الي" && def.lemma === "نسب") || (an?.key === "من" && def.lemma === "علمت")) {
      const sp = parseEntity(ctx, subject.last + 1, sLast);
      if (sp) {
        const comp = findComplement(ctx, sp.last, sLast, { ...def, complements: new Set(["anna"]) }, false);
        if (comp)
          return {
            at: i,
            textFrom: comp.from,
            closeMark: comp.close,
            kind: comp.close >= 0 ? "direct" : "indirect",
            cue: t.raw,
            speaker: sp,
            rule: "indirect.naql",
            confidence: 0.7,
            via: subject.outlet ?? subject.name,
            breaks: true,
          };
      }
    }
    return null;
  }
  let pre = antecedentSubject;
  // "وكان الفلاني قد انتقد الإدارة": the subject stands between كان and قد; what follows the verb is
  // its object, never its subject.
  // ("وكانت الأمم المتحدة أعلنت الدرجة الثالثة …": without قد too.)
  if (!antecedentSubject && prev?.key !== "قد" && i > sFirst + 1 && !conj) {
    const e = subjectBefore(ctx, sFirst, i);
    if (e && KANA.has(ctx.tokens[e.first - 1]?.key ?? "")) {
      subject = e;
      pre = true;
    }
  }
  if (!antecedentSubject && prev?.key === "قد") {
    const e = subjectBefore(ctx, sFirst, i);
    if (e && KANA.has(ctx.tokens[e.first - 1]?.key ?? "")) {
      subject = e;
      pre = true;
    }
    // "يذكر أن وزارة الدفاع كانت قد أعلنت …": the subject stands before كان.
    const kana = ctx.tokens[i - 2];
    if (!subject && kana?.type === "word" && (kana.key === "كان" || kana.key === "كانت")) {
      const s = subjectBefore(ctx, sFirst, i - 2);
      if (s?.headed && !s.anaphor) {
        subject = s;
        pre = true;
      }
    }
  }
  // "وسبق لوسائل إعلام إسبانية أن ذكرت أن …"، "وسبق للوزير أن أكد": the subject is the ل-phrase.
  if (!subject && !conj) {
    const e = alreadySaidBy(ctx, sFirst, i);
    if (e) {
      subject = e;
      pre = true;
    }
  }
  if (!subject && !pronounOpens && (!conj || t.key.startsWith("ف"))) {
    const e = subjectBefore(ctx, sFirst, i);
    if (e) {
      subject = e;
      pre = true;
    }
  }
  // "مشيرا إلى أن بعض المحللين يتوقعون أن …": a subject right after another cue's أن, then a verb of
  // thinking or saying in the present, is inside the words reported; it opens no statement of its own.
  if (
    pre &&
    subject &&
    def.tense === "present" &&
    ANNA.has(ctx.tokens[subject.first - 1]?.key ?? "") &&
    cueBefore(ctx, sFirst, subject.first - 1)
  )
    return null;
  if (def.tense === "present" && !subject && !conj && !atClauseStart) return null;
  // With no subject after the verb, its words start past the adverbs skipped above (vs).
  const after = subject && !pre ? subject.last : Math.max(i + 1, subject || toldVia ? vs : i + 1);
  const commaAfterSubject = subject && !pre ? CLAUSE_MARKS.has(ctx.tokens[subject.last - 1]?.raw ?? "") : false;
  // A bare name already known ends where it ends, so what follows it is the object ("ونفى فاولر تقارير").
  const knownSubject = !!subject && !subject.headed && subject.kind === "person" && ctx.registry.knows(subject.name);
  // After a subject the lexicon closed (وزارة الدفاع الوطني، اللجنة), or before a noun with a possessive
  // (استقالته، علمها), the next noun is the object: "نفت الوزارة علمها بـ…"، "أعلن تاناكا استقالته".
  const objectNext = ctx.tokens[after];
  const closedSubject =
    !!subject &&
    !pre &&
    !!subject.headed &&
    (subject.kind !== "person" || !!subject.closed) &&
    def.complements.has("dobj");
  const allowObject =
    !subject ||
    pre ||
    commaAfterSubject ||
    knownSubject ||
    closedSubject ||
    OBJECT_SET.has(objectNext?.key ?? "") ||
    (!!subject && def.complements.has("dobj") && masdarLike(objectNext, ctx.tokens[after + 1])) ||
    (!!subject && def.complements.has("dobj") && possessiveMasdar(objectNext));
  // "ولم ترد وزارة الأمن العام على طلبات للتعليق": the body did not speak, and is not who a following
  // "وقال" means.
  if (NEGATIONS.has(prev?.key ?? "") && def.lemma === "رد" && requestForComment(ctx, i + 1, sLast)) return null;
  // "ويقول تركي المسلم أبارك لقادتنا …"، "أما نايف الجداوي فيقول لا حول …": يقول with a speaker
  // named in full, then the words right away, with neither colon, marks nor أن (a vox pop's way).
  const bareFrom = pre ? i + 1 : (subject?.last ?? -1);
  const bareSpeech =
    !ownWords &&
    def.lemma === "قال" &&
    def.tense === "present" &&
    !!subject &&
    subject.kind === "person" &&
    !subject.anaphor &&
    subject.name.trim().includes(" ") &&
    speechOpensAt(ctx, bareFrom, sLast);
  const comp =
    ownWords || bareSpeech
      ? { from: bareSpeech ? bareFrom : vs, close: -1, via: null, colon: true, unclosed: false }
      : findComplement(ctx, after, sLast, def, allowObject);
  if (!comp) {
    // No words reported here, but the subject is who the next "he said" means ("فيما تساءل آخرون عن
    // …، معتبرين أن …"): a silent anchor keeps the order of subjects.
    if (subject?.headed && !subject.anaphor) return silentAnchor(i, t, subject, pre);
    return null;
  }
  // "قبل أن يطالب الحوثيين بالاستسلام"، "عندما أبدى … استياء شديدا": a clause of time says when, and
  // reports only with أن, a colon or a quotation ("قبل أن يضيف: «…»"، "قبل أن يعلن رئيس البلدية أن …").
  if (timeClause && comp.close < 0 && !comp.unclosed && !comp.colon && !isComplementizerBefore(ctx, comp.from))
    return null;
  // A relative clause reports only with أن or a quotation.
  if ((relSubject || docRelative) && comp.close < 0 && !comp.unclosed && !isComplementizerBefore(ctx, comp.from))
    return null;
  // "وأوضح التقرير أن …": a document already named, alone, speaks for whoever issued it (carried).
  // Only a body issues reports and statements: after a person, "التقرير" stays a source of its own.
  const owner = subject && !pre ? documentOwner(ctx, subject) : null;
  const docSubject = !!subject && !pre && bareDocument(ctx, subject) && (lastIsBody(ctx) || owner !== null);
  // A negated verb reports only with أن (ولم يستبعد المحللون أن …): "ولم يكشف … عن دوافعهم" says
  // what was not said.
  // Its subject is still who a following "لكنه أكد …" means: a silent anchor keeps it.
  if (NEGATIONS.has(prev?.key ?? "") && !isComplementizerBefore(ctx, comp.from))
    return subject?.headed && !subject.anaphor ? silentAnchor(i, t, subject, pre) : null;
  // قال with a bare object is not reported speech ("قال كلمته").
  if (
    def.say &&
    comp.close < 0 &&
    !comp.unclosed &&
    !comp.colon &&
    !ownWords &&
    !isComplementizerBefore(ctx, comp.from)
  )
    return null;
  const direct = comp.close >= 0 || !!comp.unclosed;
  // "وبينما أعلنت اللجنة تأييدها …، فإن خبيرا قانونيا أكد أن": a subject fronted after a comma and
  // فإن / لكن opens a statement of its own, and the one before ends at the opener.
  const contrastSubject =
    pre &&
    !!subject &&
    CONTRAST_OPENERS.has(ctx.tokens[subject.first - 1]?.key ?? "") &&
    isSep(ctx.tokens[subject.first - 2]);
  return {
    at: i,
    textFrom: comp.from,
    closeMark: comp.close,
    kind: direct ? "direct" : "indirect",
    cue: t.raw,
    speaker: docSubject ? null : subject,
    speakerId: owner ?? undefined,
    rule: `${direct ? "direct" : "indirect"}.verb${comp.colon ? "-colon" : ""}${subject && !docSubject ? (pre ? "-svo" : "") : "-carried"}`,
    svo: pre,
    colon: !!comp.colon,
    object: !!comp.object,
    confidence: subject ? 0.9 : 0.75,
    via: comp.via ?? toldVia,
    // A verb with no conjunction and no subject of its own inside reported words goes on with them.
    // A verb with its subject after it opens a statement of its own ("، في الوقت الذي حض فيه الائتلاف …").
    // A relative clause with its own speaker or a document's ("، الذي أوضح أن …") is a new statement.
    opensAt: pronounOpens
      ? BUT_PRONOUN.has(prev?.key ?? "")
        ? i - 1
        : i - 2
      : contrastSubject
        ? (subject as Entity).first - 1
        : undefined,
    breaks:
      conj ||
      pronounOpens ||
      contrastSubject ||
      (atClauseStart && !!subject) ||
      (!!subject && !pre && !!subject.headed) ||
      relSubject ||
      docRelative,
  };
}

/**
 * "لوكالة الأنباء الأردنية (بترا)"، "لصحيفة الشرق": ل glued to an outlet's head (وكالة، صحيفة، قناة …)
 * at j, and the outlet it names: its name and where it ends, or null.
 */
function toldOutletWithHead(ctx: Ctx, j: number, end: number): { name: string; last: number } | null {
  const t = ctx.tokens[j];
  if (t?.type !== "word" || !/^ل[^ل]/.test(t.key) || !MEDIA_SET.has(t.key.slice(1))) return null;
  const bare = { ...t, key: t.key.slice(1), raw: t.raw.slice(1) };
  const e = parseEntity({ ...ctx, shadow: { at: j, token: bare } }, j, end);
  if (e?.kind !== "media" || e.last <= j + 1) return null;
  // (The name is sliced from the text, which still has the ل.)
  return { name: (e.outlet ?? e.name).replace(/^ل/, ""), last: e.last };
}

/** Requests for comment (طلب، طلبات، اتصالات، أسئلة، استفسارات), as bare match keys. */
const REQUESTS = /^(?:طلب|طلبات|اتصال|اتصالات|اسيله|استفسار|استفسارات|رسايل)$/;

/** True when a request for comment follows within the clause from `from` ("… على طلبات للتعليق"). */
function requestForComment(ctx: Ctx, from: number, sLast: number): boolean {
  for (let m = from; m < sLast && m < from + 14; m++) {
    const t = ctx.tokens[m];
    if (t?.type === "word" && REQUESTS.test(bareKey(t.key))) return true;
  }
  return false;
}

/** True when a cue word stands in [from, to): the sentence already reports someone. */
function cueBefore(ctx: Ctx, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (!ctx.inside[m] && isCueWord(ctx.tokens[m])) return true;
  return false;
}

/** A noun with a possessive pronoun (استقالته، علمها، رفضهم): an object, never part of a name. */
function possessiveMasdar(t: Token | undefined): boolean {
  return (
    t?.type === "word" &&
    t.key.length >= 5 &&
    /(?:ه|ها|هم|هما)$/.test(t.key) &&
    !STOP_SET.has(t.key) &&
    !FUNCTION_SET.has(t.key) &&
    !ANNA.has(t.key) &&
    !isCueWord(t)
  );
}

/** Whether a relative pronoun opens the clause the word at i stands in, after the last cue before it. */
function insideRelative(ctx: Ctx, sFirst: number, i: number): boolean {
  for (let j = i - 1; j >= sFirst && i - j < 12; j--) {
    const t = ctx.tokens[j] as Token;
    if (t.type !== "word" || cueOf(t)) return false;
    if (t.key === "الذي" || t.key === "التي" || t.key === "الذين") return true;
  }
  return false;
}

/**
 * Whether عن or a colon follows from i, before any أن / إن: عبّر "expressed" ("وعبر نتنياهو، في بيان، عن
 * ارتياحه"), not عبر "through" ("قال الوزير، عبر حسابه، إن …").
 */
function expressedAbout(ctx: Ctx, i: number, sLast: number): boolean {
  for (let j = i; j < sLast && j - i < 16; j++) {
    const t = ctx.tokens[j] as Token;
    if (t.raw === ":" || t.key === "عن") return true;
    if (ANNA.has(t.key)) return false;
  }
  return false;
}

/**
 * In a body's name from `first` to `last` (an indefinite head, then its definite genitive: وزارة
 * الخارجية), the index of the first later definite word that no adjective can be, or 0. Adjectives are
 * nisbas (الدولية، المصرية), the أفعل of colours and ranks (الأحمر، الأعلى), feminine participles
 * (المتحدة، المستقلة) and a few more (العليا، العام); a word joined by و or in ل / ب goes on with the name
 * (والتعليم، لحقوق الإنسان).
 */
function objectInBodyName(ctx: Ctx, first: number, last: number): number {
  const head = ctx.tokens[first];
  if (head?.type !== "word") return 0;
  // (A definite head takes adjectives at once: الجامعة العربية، الأزهر الشريف.)
  // (An indefinite head's chain runs on to its first definite noun: أمير منطقة الرياض.)
  let from = first + 1;
  if (!isDefinite(head.key)) {
    while (from < last && ctx.tokens[from]?.type === "word" && !isDefinite((ctx.tokens[from] as Token).key)) from++;
    if (from >= last || ctx.tokens[from]?.type !== "word" || from > first + 3) return 0;
    from++;
  }
  for (let m = from; m < last; m++) {
    const t = ctx.tokens[m] as Token;
    if (t.type !== "word") return 0;
    if (!isDefinite(t.key)) return 0;
    if (/^(?:وال|لل|بال)/.test(t.key)) continue;
    const bare = bareKey(t.key);
    const adjective =
      /(?:ي|يه|يين|يون|يات)$/.test(bare) ||
      /^ا[^ا][^ا][^ا]$/.test(bare) ||
      /^م.{3,}ه$/.test(bare) ||
      NAME_ADJECTIVE_SET.has(bare);
    if (!adjective) return m;
  }
  return 0;
}

/** Impersonal passives of cue verbs: "it is mentioned / pointed out that" (narration). */
const IMPERSONAL = new Set(
  // يُعتقد / يُتوقع / يُرجح أن: the passive "it is believed / expected", written like the active.
  ["يذكر", "يشار", "يلاحظ", "يقال", "يعتقد", "يتوقع", "يرجح"].flatMap((w) => [w, `و${w}`]),
);

/** Cue forms that are more often another word: a cue only with و/ف or at the start of a clause. */
// (اتهم is also the passive "was accused", written the same unvoweled.)
const AMBIGUOUS_CUES = new Set([
  "عبر",
  "كتب",
  "نقل",
  "ذكر",
  "طالب",
  "تابع",
  "رحب",
  "رفض",
  "رد",
  "سال",
  "زاد",
  "سجل",
  "اتهم",
  // روى "narrated", written as the name روي (Roy).
  "روي",
  // قدّر "estimated", written as the noun قدر (an amount: بقدر، قدر كبير).
  "قدر",
]);

/** Words that open a contrasting clause after a comma, before its fronted subject (، فإن خبيرا أكد). */
const CONTRAST_OPENERS = new Set(["فان", "لكن", "ولكن"]);
/** Words after which a verb starts a new clause (كما أكد، حيث يشير، ثم أضاف). */
const CLAUSE_OPENERS = new Set(["كما", "ثم", "حيث", "فيما", "بينما", "اذ", "وكما", "بالمقابل", "وبالمقابل"]);
/** An anchor that reports no words but names who the next "he said" means. */
function silentAnchor(i: number, t: Token, subject: Entity, pre: boolean): Anchor {
  return {
    at: i,
    textFrom: -1,
    closeMark: -1,
    kind: "indirect",
    cue: t.raw,
    speaker: subject,
    rule: "silent",
    confidence: 0,
    via: null,
    breaks: true,
    svo: pre,
  };
}

/** لكنه / ولكنها …: "but he/she/they", as match keys. */
const BUT_PRONOUN = new Set(["لكن", "ولكن"].flatMap((p) => ["ه", "ها", "هم", "هما"].map((s) => p + s)));
/** "إلا أنه"، "غير أنها": "but he/she" in two words, as match keys. */
const BUT_BEFORE_ANNA = new Set(["الا", "غير"]);

/** "قبل أن يضيف: …": before, in two words, as match keys. */
const BEFORE_ANNA = new Set(["قبل", "وقبل"]);

/**
 * True when token j is "but he" (لكنه، ولكنها) or the second word of "إلا أنه" / "غير أنها", or of
 * "قبل أن" ("…، يقول الرجل، قبل أن يضيف: «…»"): the same speaker goes on with a statement of its own.
 */
function butHe(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (t?.type !== "word") return false;
  if (BUT_PRONOUN.has(t.key)) return true;
  const before = ctx.tokens[j - 1]?.key ?? "";
  if (t.key === "ان" && BEFORE_ANNA.has(before)) return true;
  return /^ان(?:ه|ها|هم|هما)$/.test(t.key) && BUT_BEFORE_ANNA.has(before);
}

/** Words that may stand between a fronted subject and its verb (أما الائتلاف، فقد دعا). */
const BEFORE_VERB = new Set(["قد", "فقد", "لقد"]);
/** لم / لن with and without و / ف: a negated verb still opens its clause (ولم يستبعد المحللون أن …). */
const NEGATIONS = new Set(["لم", "ولم", "فلم", "لن", "ولن", "فلن"]);
/** Words after which a fronted subject may start (غير أن علي خامنئي حذر، إلا أن مسؤولين حذروا). */
const SUBJECT_OPENERS = new Set([...LEADERS, "ان", "فان", "غير", "و"]);

/** كان and its forms before a fronted subject (وكان الوزير قد أكد), as match keys. */
const KANA = new Set(["كان", "وكان", "كانت", "وكانت"]);
/** Demonstratives that open a time phrase before a verb (وهذه المرة، وفي هذه الأثناء), as match keys. */
const DEMONSTRATIVE_TIME = new Set(["هذه", "وهذه", "هذا", "وهذا", "تلك", "وتلك"]);

/**
 * "ومضت المصادر بالقول إن …"، "ورد المحاميان بالقول: …": the subject of the verb right before a noun of
 * saying — a named or headed speaker ending at it, after one word (the verb); null when there is none
 * ("وختم حديثه بالقول": his speech is no speaker).
 */
function subjectOfSaying(ctx: Ctx, sFirst: number, i: number): Entity | null {
  // "وفيما اكتفى وزير العمل سجعان قزي بعد لقائه الرئيس سلام … بالقول": after a verb that frames a
  // saying (اكتفى، ختم، ردّ), its subject, though an adjunct comes between it and بالقول.
  for (let c = Math.max(sFirst + 1, i - 30); c < i - 1; c++) {
    const verb = ctx.tokens[c - 1];
    if (verb?.type !== "word" || !keyVariants(verb.key).some((k) => SAYING_FRAME_VERBS.has(k))) continue;
    const e = parseEntity(ctx, c, i);
    if (!e?.headed || e.anaphor || e.last >= i || !ADJUNCT_SET.has(ctx.tokens[e.last]?.key ?? "")) continue;
    if (ctx.tokens.slice(e.last, i).some((t) => isSep(t) || (t.type === "word" && cueOf(t)))) continue;
    return e;
  }
  for (let c = Math.max(sFirst + 1, i - 8); c < i; c++) {
    const verb = ctx.tokens[c - 1];
    // (After a preposition — "لدى الإعلان عن التقرير بالقول" — the phrase is no subject.)
    if (verb?.type !== "word" || STOP_SET.has(verb.key) || ctx.tokens[c]?.type !== "word") continue;
    const e = parseEntity(ctx, c, i);
    // (Or a surname the article named in full before: "وحرص كيري على التوضيح".)
    const known = !!e && ctx.registry.knows(e.name);
    if (e && e.last === i && (e.headed || known || e.name.trim().includes(" ")) && !ownWordsNoun(ctx, e)) return e;
  }
  return null;
}

/**
 * "أعد برلماني فرنسي تقريرا …، قائلا: …": a participle of circumstance speaks for the subject of the
 * verb its sentence opens with, here no verb of saying (those register their own speaker, which the
 * participle then carries). The subject is the named or headed phrase right after that first word; null
 * when the sentence does not open so, or a cue stands between (قال كرم …، وقد أعلن …).
 */
function subjectOfOpeningVerb(ctx: Ctx, sFirst: number, i: number): Entity | null {
  const verb = ctx.tokens[sFirst];
  // (Far into a long sentence the participle may well belong to a clause in between: only near its start.)
  if (verb?.type !== "word" || cueOf(verb) || i - sFirst < 3 || i - sFirst > 40) return null;
  // (No function word, nor one behind its و / ف, is that verb: "وعن زيارة … قال كرم: …، واصفا …".)
  if (keyVariants(verb.key).some((k) => STOP_SET.has(k) || ADJUNCT_SET.has(k))) return null;
  for (let c = sFirst + 1; c < i; c++) {
    if (!cueOf(ctx.tokens[c])) continue;
    // Any cue between has a speaker of its own, which the participle carries; but not a verb of a
    // relative clause about the subject's own document ("تقريرا … اقترح فيه خطة").
    if (!/^في(?:ه|ها|هما)$/.test(ctx.tokens[c + 1]?.key ?? "")) return null;
  }
  const e = parseEntity(ctx, sFirst + 1, i);
  if (!e || e.anaphor || !(e.kind === "person" || e.kind === "organization" || e.kind === "group")) return null;
  // A body or a role by its head (وزير الصحة فلان، برلماني فرنسي), not words read as an unknown name
  // ("وهنا يأتي دور المستهلك").
  const head = bareKey(matchKey(e.name).split(/\s+/)[0] ?? "");
  return e.headed || e.title || ROLE_HEADS.has(head) ? e : null;
}

/** Verbs that frame a saying with بالقول (اكتفى بالقول، ختم بالقول، ردّ بالقول), as match keys. */
const SAYING_FRAME_VERBS = new Set(["اكتفي", "ختم", "رد", "علق", "اجاب", "استهل", "مضي", "عقب", "بادر"]);

/** سبق (with و / ف), which with ل + a speaker and أن means "X had already …". */
const HAD_ALREADY = new Set(["سبق", "وسبق", "فسبق"]);

/**
 * "وسبق لوسائل إعلام إسبانية أن ذكرت أن …": the speaker in the ل-phrase between سبق and the أن right
 * before the verb at i, read without its ل; null when the verb is not in that frame.
 */
function alreadySaidBy(ctx: Ctx, sFirst: number, i: number): Entity | null {
  if (ctx.tokens[i - 1]?.key !== "ان") return null;
  for (let s = i - 3; s >= Math.max(sFirst, i - 10); s--) {
    if (!HAD_ALREADY.has(ctx.tokens[s]?.key ?? "")) continue;
    const t = ctx.tokens[s + 1];
    if (t?.type !== "word" || !t.key.startsWith("ل")) return null;
    const shadow = withoutLam(t);
    const e = parseEntity({ ...ctx, shadow: { at: s + 1, token: shadow } }, s + 1, i - 1);
    if (!e || e.last !== i - 1 || e.kind === "state") return null;
    return { ...e, name: lamDropped(e.name, t, shadow) };
  }
  return null;
}

/** A subject that stands before its verb and ends right at it: "سعود منير المعبدي قال إن …". */
function subjectBefore(ctx: Ctx, sFirst: number, i: number): Entity | null {
  let e = i;
  while (e > sFirst && BEFORE_VERB.has((ctx.tokens[e - 1] as Token).key)) e--;
  for (let c = Math.max(sFirst, e - 9); c < e; c++) {
    const p = ctx.tokens[c - 1];
    if (c > sFirst && !(p && (isSep(p) || SUBJECT_OPENERS.has(p.key)))) continue;
    const f = ctx.tokens[c] as Token;
    if (f.type !== "word" && f.type !== "mark") continue;
    const at = LEADERS.has(f.key) ? c + 1 : c;
    // "وهذه المرة أبدى …": a time phrase with a demonstrative stands before the verb, not its subject.
    if (DEMONSTRATIVE_TIME.has(ctx.tokens[at]?.key ?? "")) continue;
    // "وفي الوقت نفسه اعترف كروز …": a phrase opened by a preposition says when or where, never who.
    // (علي written so is the given name, not على.)
    const opener = ctx.tokens[at];
    if (FRONTED_PREPOSITION_WORD.test(opener?.key ?? "") && opener?.raw !== "علي") continue;
    const ent = parseEntity(ctx, at, e);
    if (ent && ent.last === e) return ent;
  }
  return null;
}

/** A preposition, with و / ف or without, as a match key (في، وفي، من، ومع …). */
const FRONTED_PREPOSITION_WORD = /^[وف]?(?:في|من|علي|الي|عن|مع|منذ|خلال|بعد|قبل|عقب|اثر|لدي)$/;

/** A verb in the plural (اعتبروا، أكدوا، يقولون): past in وا, present in ون. */
function pluralVerb(t: Token, def: CueDef): boolean {
  if (def.type !== "verb") return false;
  return def.tense === "present" ? /ون$/.test(t.key) : /وا$/.test(t.key) && !/وا$/.test(def.lemma);
}

/**
 * The subject of a plural verb that ends a relative clause (الخبراء الذين استعانت بهم الأرملة اعتبروا):
 * the people before الذين, when that phrase opens the clause and no punctuation stands between.
 */
function pluralAntecedent(ctx: Ctx, sFirst: number, i: number): Entity | null {
  for (let r = i - 2; r >= Math.max(sFirst + 1, i - 12); r--) {
    const t = ctx.tokens[r] as Token;
    if (isSep(t) || t.type === "punct") return null;
    if (t.key !== "الذين") continue;
    const ant = antecedent(ctx, sFirst, r);
    if (!ant) return null;
    const before = ctx.tokens[ant.first - 1];
    return ant.first === sFirst || isSep(before) || SUBJECT_OPENERS.has(before?.key ?? "") ? ant : null;
  }
  return null;
}

/** The people a relative pronoun at r points back to: a headed phrase ending right before it. */
function antecedent(ctx: Ctx, sFirst: number, r: number): Entity | null {
  return entityEndingAt(
    ctx,
    sFirst,
    r,
    (e) => e.last === r && !!e.headed && (e.kind === "group" || e.kind === "organization"),
  );
}

/** A person named with two words or more (a role and name, or a full name) ending right before r. */
function namedPersonBefore(ctx: Ctx, sFirst: number, r: number): Entity | null {
  // (The parser takes a comma after a name into the phrase.)
  return entityEndingAt(
    ctx,
    sFirst,
    r,
    (e) =>
      (e.last === r || e.last === r + 1) &&
      !e.anaphor &&
      ((e.kind === "person" && e.name.trim().includes(" ")) ||
        // ("… وفق تقديرات فريق «منسقو استجابة سوريا»، الذي حذر من أن …": a body or a group named in full.)
        ((e.kind === "organization" || e.kind === "group") && !!e.headed && e.name.trim().includes(" "))),
  );
}

/**
 * Past "في" and up to three words that close the sentence at i (where a source sits: "في فيسبادن"، "في
 * العاصمة الألمانية"); i itself when there is no such phrase.
 */
function pastWhere(ctx: Ctx, i: number, sLast: number): number {
  if (ctx.tokens[i]?.key !== "في") return i;
  let j = i + 1;
  while (j < sLast && j - i <= 3 && ctx.tokens[j]?.type === "word") j++;
  return j > i + 1 && j >= sLast - 1 && (j === sLast || isSep(ctx.tokens[j])) ? j : i;
}

/** A person named with a role and a name ending right before r (no comma between), or null. */
function titledPersonBefore(ctx: Ctx, sFirst: number, r: number): Entity | null {
  return entityEndingAt(
    ctx,
    sFirst,
    r,
    (e) => e.last === r && !e.anaphor && e.kind === "person" && !!e.title && e.name.trim().includes(" "),
  );
}

/** The first phrase within ten words before r (from the sentence's start) that `fits`, or null. */
function entityEndingAt(ctx: Ctx, sFirst: number, r: number, fits: (e: Entity) => boolean): Entity | null {
  for (let c = Math.max(sFirst, r - 10); c < r; c++) {
    if ((ctx.tokens[c] as Token).type !== "word") continue;
    const ent = parseEntity(ctx, c, r);
    if (ent && fits(ent)) return ent;
  }
  return null;
}

/** Nouns of a statement whose owner a following relative clause quotes (تصريحات X التي قال فيها). */
const SPEECH_NOUNS = new Set([
  "تصريحات",
  "تصريح",
  "كلمه",
  "خطاب",
  "بيان",
  "مقابله",
  "تغريده",
  "رساله",
  "حديث",
  "مداخله",
  "لقاء",
  "مقال",
]);

/**
 * The person or body a statement noun before the relative at r belongs to: "تصريحات المرشد الأعلى
 * لإيران، علي خامنئي الأخيرة" → علي خامنئي. The owner must end at r or one adjective before it.
 */
function speechOwner(ctx: Ctx, sFirst: number, r: number): Entity | null {
  for (let c = Math.max(sFirst, r - 14); c < r - 1; c++) {
    const t = ctx.tokens[c] as Token;
    if (t.type !== "word" || !SPEECH_NOUNS.has(bareKey(t.key).replace(/^[بل]/, ""))) continue;
    const e = parseEntity(ctx, c + 1, r);
    if (!e || e.anaphor || (e.kind !== "person" && e.kind !== "organization" && e.kind !== "state")) continue;
    if (e.last >= r - 1) return e;
  }
  return null;
}

function isComplementizerBefore(ctx: Ctx, from: number): boolean {
  const p = ctx.tokens[from - 1];
  return !!p && (p.raw === ":" || ANNA.has(p.key) || ANNA.has(p.key.replace(/^ب/, "")));
}

/** Where an indirect quote that starts at `from` ends: the sentence end, a new cue or an attribution. */
function quoteEnd(
  ctx: Ctx,
  from: number,
  stopAt: number,
  narrationBreaks = true,
  objectOnly = false,
): { end: number; via: string | null; following?: { from: number; close: number } } {
  let j = from;
  while (j < stopAt) {
    const t = ctx.tokens[j] as Token;
    if (t.type === "mark" && ctx.closeOf.has(j)) {
      j = (ctx.closeOf.get(j) as number) + 1;
      continue;
    }
    // "… قدرتها على المنافسة: "هناك نمو …"": the reported part ends, the quotation follows.
    if (t.raw === ":" && ctx.tokens[j + 1]?.type === "mark" && ctx.closeOf.has(j + 1) && j > from) {
      return { end: j, via: null, following: { from: j + 2, close: ctx.closeOf.get(j + 1) as number } };
    }
    // "… مسحوقتين وذلك في مجموعة شهادات …": وذلك + a preposition is the writer framing what was said.
    if (j > from && t.key === "وذلك" && BACKREF_PREPOSITIONS.has(ctx.tokens[j + 1]?.key ?? ""))
      return { end: j, via: null };
    if (isSep(t) && t.raw !== ":") {
      const n = ctx.tokens[j + 1];
      if (n && n.type === "word") {
        const src = attributionSource(ctx, j + 1, stopAt);
        if (src) return { end: j, via: src.entity.outlet ?? src.entity.name };
        // "…، حيث قال: «…»": a new verb of saying and its quotation are words of their own.
        const after = ctx.tokens[j + 2];
        const close = ctx.tokens[j + 4]?.type === "mark" ? ctx.closeOf.get(j + 4) : undefined;
        if (
          CLAUSE_OPENERS.has(n.key) &&
          after?.type === "word" &&
          cueOf(after)?.def.say &&
          ctx.tokens[j + 3]?.raw === ":" &&
          close !== undefined
        )
          return { end: j, via: null, following: { from: j + 5, close } };
        // "، وذلك في مؤتمر صحافي" frames the words; "، وذلك من خلال …"، "، وذلك لأن …" go on with them.
        const framed = BACKREF.has(n.key) && BACKREF_PREPOSITIONS.has(ctx.tokens[j + 2]?.key ?? "");
        if (framed || (narrationBreaks && NARRATION_AFTER_COMMA.has(n.key))) return { end: j, via: null };
        // An object noun phrase ends where the subject goes on to act: "إطلاق مسمى …، وشرعت في …"
        // (و + a past verb of the 3rd person feminine; plural nouns in ـات are not verbs).
        if (objectOnly && /^و[^ا].{1,4}ت$/.test(n.key) && !/ات$/.test(n.key)) return { end: j, via: null };
      }
    }
    j++;
  }
  return { end: stopAt, via: null };
}

const BACKREF = new Set(["وذلك"]);
/**
 * Words after "وذلك" that frame the words just reported (وذلك في تقرير، وذلك خلال مؤتمر، وذلك بعدما
 * أعلنت …), as match keys. Others (وذلك من خلال، وذلك لأن) go on with the words.
 */
const BACKREF_PREPOSITIONS = new Set(["في", "ضمن", "خلال", "عبر", "علي", "اثناء", "لدي", "بعد", "بعدما", "عقب", "اثر"]);
/** After a comma, "وقد" resumes the writer's narration (… من مواليد الكويت، وقد قتل في الحادث …). */
const NARRATION_AFTER_COMMA = new Set(["وقد"]);

function trimEnd(ctx: Ctx, from: number, end: number): number {
  let e = end;
  while (e > from) {
    const t = ctx.tokens[e - 1] as Token;
    if (t.type === "punct" && t.raw !== ")" && t.raw !== "%") e--;
    else if (t.type === "newline") e--;
    else if (t.type === "mark" && !isClosingOfInner(ctx, e - 1, from)) e--;
    else if (t.type === "word" && (t.key === "و" || t.key === "ف")) e--;
    else break;
  }
  return e;
}

function isClosingOfInner(ctx: Ctx, i: number, from: number): boolean {
  const o = ctx.openOf.get(i);
  return o !== undefined && o >= from;
}

function emit(
  ctx: Ctx,
  a: { kind: QuoteKind; cue: string | null; rule: string; confidence: number; via: string | null },
  from: number,
  to: number,
  speakerId: string | null,
): void {
  // Leading punctuation is not part of the words.
  let f = from;
  while (f < to && (ctx.tokens[f] as Token).type === "punct" && (ctx.tokens[f] as Token).raw !== "(") f++;
  const e = trimEnd(ctx, f, to);
  if (e <= f) return;
  const start = (ctx.tokens[f] as Token).start;
  const end = (ctx.tokens[e - 1] as Token).end;
  const text = ctx.text.slice(start, end);
  ctx.quotes.push({
    id: `q${ctx.quotes.length + 1}`,
    text,
    kind: a.kind,
    cue: a.cue,
    speakerId,
    via: a.via,
    start,
    end,
    rule: a.rule,
    confidence: a.confidence,
  });
  ctx.lastKind = a.kind;
}

/**
 * An institution named in the writer's narration ("وتخرج في جامعة تينيسي في تشاتانوغا") is what a later
 * "الجامعة" points back to, even before it speaks.
 */
function noteMention(ctx: Ctx, i: number, sLast: number, definite = false): void {
  const read = parseEntity(ctx, i, sLast);
  // A definite head with adjectives only (الشرطة السرية، الشركة الموجودة) describes rather than names:
  // only a name with a genitive in لل (الهيئة العامة للغذاء والدواء) is kept.
  if (definite && !read?.name.split(/\s+/).some((w) => w.startsWith("لل"))) return;
  // "تقرير أصدرته وزارة المالية" mentions the ministry.
  const e = read ? (issuerOf(ctx, read, sLast)?.entity ?? read) : null;
  if (e && !e.anaphor && e.name.includes(" ") && (e.kind === "organization" || (e.kind === "person" && e.title)))
    ctx.registry.note(e);
}

/**
 * A body named in emphasis marks in narration ("أعلنت «خلية الإعلام الحربي» موجزا …") is what a later
 * "الخلية" points back to: marks whose words open with an institution's or an outlet's head noun.
 */
function noteMarkedBody(ctx: Ctx, open: number, sLast: number): void {
  const close = ctx.closeOf.get(open);
  if (close === undefined || close > sLast || close - open < 3 || close - open > 7) return;
  const head = ctx.tokens[open + 1];
  if (head?.type !== "word" || isDefinite(head.key)) return;
  const media = MEDIA_SET.has(head.key);
  if (!media && !INSTITUTION_SET.has(head.key)) return;
  const name = ctx.text.slice(head.start, (ctx.tokens[close - 1] as Token).end);
  ctx.registry.note({
    first: open,
    last: close + 1,
    name,
    title: null,
    kind: media ? "media" : "organization",
    anaphor: false,
    headed: true,
  });
}

/** حيث / إذ ("whereby"): the clause after it goes on about whom the clause before it named. */
const WHEREBY = new Set(["حيث", "اذ"]);

/**
 * The last person named with a role in [from, to) (رئيس الوزراء حيدر العبادي), resolved; null when there
 * is none. (Bodies are left out: a meeting "of the foreign ministers" says nothing of who spoke.)
 */
function lastNamedIn(ctx: Ctx, from: number, to: number): string | null {
  let found: Entity | null = null;
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.type !== "word" || ctx.inside[i]) continue;
    if (!TITLE_SET.has(bareKey(t.key))) continue;
    const e = parseEntity(ctx, i, to);
    if (!e || e.anaphor || !e.name.includes(" ")) continue;
    if (e.kind === "person" && e.title) {
      found = e;
      i = e.last - 1;
    }
  }
  return found ? ctx.registry.resolve(found) : null;
}

/**
 * Who a cue with no subject of its own goes on with: the last speaker, unless the cue's gender rules
 * that person out ("قالت الوزيرة ليلى حسن … وقال المحافظ … وأضافت أن": أضافت cannot be the governor);
 * then the latest person of the cue's gender, when there is one.
 */
function carriedSpeaker(ctx: Ctx, at: number): string | null {
  const last = ctx.lastSpeaker;
  const t = ctx.tokens[at];
  const cue = cueOf(t);
  if (!last || !cue || t?.type !== "word") return last;
  const key = cue.conj ? t.key.slice(1) : t.key;
  const wanted = cueGender(key, cue.def.type, cue.def.tense, cue.def.lemma);
  // (People only, as speakerGender says: a body also speaks through its documents, and the verb then
  // agrees with the document, "حسب بيان الوزارة، الذي أوضح أن …".)
  const current = ctx.registry.get(last);
  const has = current ? speakerGender(current) : null;
  if (!wanted || !has || wanted === has) return last;
  const other = ctx.registry.latestSpoken((s) => speakerGender(s) === wanted);
  if (other) ctx.lastSpeaker = other;
  return other ?? last;
}

/** A speaker phrase with a head (a role, a body, an unnamed source) starts at i and أن / إن follows it. */
function headedSubjectAt(ctx: Ctx, i: number, sLast: number): boolean {
  const e = parseEntity(ctx, i, sLast);
  return !!e?.headed && ANNA.has(ctx.tokens[e.last]?.key ?? "");
}

/** Resolves an anchor's speaker: its own subject, else the last speaker. */
function speakerFor(ctx: Ctx, e: Entity | null): string | null {
  // "المتحدث ذاته"، "ذات المتحدث": "the same speaker" is the last one, whatever role named him; so is
  // "المتحدث" alone ("the one speaking", as Maghrebi pages write) when no spokesman was named before,
  // and "ذات المسؤول" / "المصدر نفسه" when no one before had that role.
  if (
    e?.anaphor &&
    ctx.lastSpeaker &&
    ((SAME_SPEAKER.test(e.name.trim()) && e.same) ||
      ((SAME_SPEAKER.test(e.name.trim()) || e.same) &&
        ctx.registry.findRole(e) === null &&
        // ("وتتحدث المصادر نفسها" after "كشفت مصادر رسمية …": the sources named before, not the last speaker.)
        !ctx.registry.hasGroupFor(e)))
  )
    return ctx.lastSpeaker;
  if (e) {
    const id = ctx.registry.resolve(e);
    ctx.lastSpeaker = id;
    return id;
  }
  return ctx.lastSpeaker;
}

/** Prepositions that open a fronted adverbial (في البداية، على أطراف القرية، بعد الاجتماع), as match keys. */
const FRONTED_PREPOSITIONS = new Set(
  ["في", "علي", "عند", "بعد", "قبل", "خلال", "منذ", "امام", "داخل", "وسط", "قرب"].flatMap((w) => [w, `و${w}`]),
);

/** "the same speaker" (المتحدث ذاته، المتحدثة نفسها، المصرح نفسه), as written. */
const SAME_SPEAKER = /^ال(?:متحدث|مصرح)ة?$/u;

/** A role or name opening a sentence, or right after its first verb, becomes the current subject. */
function noteSubject(ctx: Ctx, sFirst: number, sLast: number): void {
  let i = sFirst;
  // "الرياض – فلان الفلاني- الصحيفة: يواصل الكاتب …": the article's dateline ends at a colon.
  for (let j = sFirst; j < Math.min(sLast, sFirst + 12); j++) if (ctx.tokens[j]?.raw === ":") i = j + 1;
  // "في البداية، حمّل الدكتور …"، "على أطراف قرية السويب شمالي البصرة، يقف جاسم …": a short fronted
  // adverbial (a preposition's phrase) set off by a comma stands before the clause whose subject this is.
  const opener = ctx.tokens[i];
  // "من جانبها، حمّلت البلدية …"، "ومن جهته، …": "for its part" is fronted the same way.
  const forItsPart =
    opener?.type === "word" && /^و?من$/.test(opener.key) && /^(?:جانب|جهت|ناحيت)/.test(ctx.tokens[i + 1]?.key ?? "");
  const fronted = opener?.type === "word" && (FRONTED_PREPOSITIONS.has(opener.key) || forItsPart);
  for (let j = i + 1; fronted && j < Math.min(sLast, i + 8); j++) {
    const t = ctx.tokens[j] as Token;
    if (t.type !== "word") {
      if (CLAUSE_MARKS.has(t.raw) && t.raw !== ":") i = j + 1;
      break;
    }
    if (isCueWord(t)) break;
  }
  while (i < sLast && LEADERS.has((ctx.tokens[i] as Token).key)) i++;
  // "أما محمود فتحي، صيدلي بمنطقة المعادي، فيرى أن …": the topic after أما is who the ف-verb means.
  const topic = i > sFirst && /^و?اما$/.test(ctx.tokens[i - 1]?.key ?? "");
  const named = topic ? parseEntity(ctx, i, sLast) : null;
  // (A role, a body, or a name that opens with a given name: "أما الأقمشة العادية فهي" is no one.)
  const someone =
    !!named &&
    (named.kind === "person" || named.kind === "organization") &&
    (!!named.headed || isFirstName(ctx.tokens[i], ctx.tokens[i + 1]));
  if (named && someone) {
    ctx.lastSpeaker = named.anaphor
      ? (ctx.registry.findRole(named) ?? ctx.registry.resolve(named))
      : ctx.registry.resolve(named);
    return;
  }
  for (const at of [i, i + 1]) {
    const t = ctx.tokens[at];
    if (t?.type !== "word") continue;
    let e = parseEntity(ctx, at, sLast);
    // "ووجّه المحافظ رؤساء المدن …، مشددا على …": a definite role right after the verb is its subject,
    // the person the article named with that role.
    // (Nobody named with that role: the role itself, as the text calls him.)
    // ("افتتح أمير منطقة الرياض المعرض وأكد …": a role in construct is as definite as its genitive.)
    const definiteRole =
      isDefinite(t.key) || (!!e && isDefinite((ctx.tokens[e.last - 1] as Token | undefined)?.key ?? ""));
    if (e?.anaphor && e.kind === "person" && e.headed && at === i + 1 && definiteRole) {
      // ("افتتح أمير منطقة الرياض المعرض": the noun after the chain is the verb's object.)
      const cut = objectInBodyName(ctx, e.first, e.last);
      const role = cut > 0 ? parseEntity(ctx, e.first, cut) : null;
      if (role && role.last === cut) e = role;
      ctx.lastSpeaker = ctx.registry.findRole(e) ?? ctx.registry.resolve(e);
      return;
    }
    // "يقف جاسم عبد الحسين بين …": a person's name of two words or more, opening with a given name,
    // right after the verb is its subject, whom a later "الرجل" or "قال" means.
    const bareName =
      !!e &&
      at === i + 1 &&
      e.kind === "person" &&
      !e.anaphor &&
      e.name.trim().includes(" ") &&
      isFirstName(t, ctx.tokens[at + 1]);
    // "وحاول كارتر الاثنين تبديد …، مؤكدا أن": a surname alone right after the verb, of a person the
    // article named in full before, is its subject too.
    const knownSurname =
      !!e &&
      at === i + 1 &&
      e.kind === "person" &&
      !e.anaphor &&
      !e.name.trim().includes(" ") &&
      ctx.registry.knows(e.name);
    if ((bareName || knownSurname) && e) {
      ctx.lastSpeaker = ctx.registry.resolve(e);
      return;
    }
    if (e?.headed && !e.anaphor && e.kind !== "state" && e.kind !== "group") {
      // Only a real name counts (a role with a name, or a name of two words or more).
      const next = ctx.tokens[e.last];
      if (at === i + 1 || (next && next.type === "word")) {
        if (e.kind === "person" || e.kind === "organization") ctx.lastSpeaker = ctx.registry.resolve(e);
        // An outlet named as the subject of narration ("وكانت إحدى الصحف … نشرت") is what a later
        // "الصحيفة" points back to.
        else if (e.kind === "media" && e.name.includes(" ")) ctx.registry.note(e);
        return;
      }
    }
  }
  // "وفي أول مقابلة له …، في فبراير 2013 خص جون كيري «الشرق الأوسط» بحوار …، مشددا على أنه": past a
  // long fronted phrase, a full name right after a verb-like word is the clause's subject.
  const afterVerb = nameAfterVerb(ctx, i, sLast);
  if (afterVerb) ctx.lastSpeaker = ctx.registry.resolve(afterVerb);
}

/**
 * The last person named in full (a given name and one word or more) right after a word that reads as a
 * verb — not a particle, a noun with ال, a feminine or plural noun (مقابلة، تصريحات), a ب / ل phrase, a
 * role or a body — between `from` and `to`; null when there is none.
 */
function nameAfterVerb(ctx: Ctx, from: number, to: number): Entity | null {
  let found: Entity | null = null;
  for (let c = from + 1; c < to; c++) {
    const w = ctx.tokens[c - 1] as Token;
    const t = ctx.tokens[c] as Token;
    if (w.type !== "word" || t.type !== "word" || ctx.inside[c]) continue;
    const verbLike =
      !STOP_SET.has(w.key) &&
      !isDefinite(w.key) &&
      !/(?:ه|ات)$/.test(w.key) &&
      !/^[بل]/.test(w.key) &&
      !TITLE_SET.has(bareKey(w.key)) &&
      !INSTITUTION_SET.has(bareKey(w.key));
    if (!verbLike || !isFirstName(t, ctx.tokens[c + 1])) continue;
    const e = parseEntity(ctx, c, to);
    if (e && e.kind === "person" && !e.anaphor && e.name.trim().includes(" ")) {
      found = e;
      c = e.last;
    }
  }
  return found;
}

/**
 * Reads a whole phrase as one speaker ("رئيس اتحاد المصدرين أحمد قاراجا"): the entity, or null when the
 * parser does not read all of it as one.
 */
export function parseSpeakerPhrase(phrase: string): Entity | null {
  const tokens = tokenize(phrase);
  const pairs = pairMarks(tokens, phrase);
  const view: TokenView = { tokens, text: phrase, closeOf: new Map(pairs.map((p) => [p.open, p.close])) };
  const e = parseEntity(view, 0, tokens.length);
  return e && e.last >= tokens.length ? e : null;
}

/** Finds quotes and speakers in an article's text. */
export function findInText(text: string): FoundQuotes {
  const tokens = tokenize(text);
  const pairs = pairMarks(tokens, text);
  const closeOf = new Map(pairs.map((p) => [p.open, p.close]));
  const registry = new SpeakerRegistry();
  const ctx: Ctx = {
    tokens,
    text,
    closeOf,
    openOf: new Map(pairs.map((p) => [p.close, p.open])),
    known: (name: string) => registry.knows(name),
    inside: insideMarks(tokens, pairs),
    registry,
    quotes: [],
    lastSpeaker: null,
    lastKind: null,
    documents: new Map(),
  };
  for (const s of tokenSentences(tokens, pairs))
    for (const [a, b] of attributionClauses(ctx, s.first, s.last)) sentence(ctx, a, b);
  // Role-only quotes whose speaker is named only later in the article move to that person.
  const moved = registry.relink();
  if (moved.size > 0) {
    for (const q of ctx.quotes) if (q.speakerId) q.speakerId = moved.get(q.speakerId) ?? q.speakerId;
  }
  // Speakers no quote points at are left out: the list says who is quoted.
  const used = new Set(ctx.quotes.map((q) => q.speakerId));
  return { quotes: ctx.quotes, speakers: ctx.registry.speakers.filter((s) => used.has(s.id)) };
}

/**
 * "…، وحسب التقرير فقد دهس جنود …": a comma, then و + an attribution whose words open with فقد / فإن
 * (or with a colon and a quotation), starts a clause of its own, read as a sentence (its leading
 * attribution credits what follows).
 */
function attributionClauses(ctx: Ctx, sFirst: number, sLast: number): [number, number][] {
  const out: [number, number][] = [];
  let from = sFirst;
  for (let i = sFirst + 1; i < sLast - 2; i++) {
    if (ctx.inside[i] || !CLAUSE_MARKS.has((ctx.tokens[i] as Token).raw)) continue;
    const n = ctx.tokens[i + 1] as Token;
    if (n.type !== "word" || !n.key.startsWith("و") || !attributionAt(ctx, i + 1, sLast)) continue;
    let rest = false;
    for (let j = i + 2; j < Math.min(sLast, i + 9) && !rest; j++) {
      const t = ctx.tokens[j] as Token;
      // "…، وحسب مموزيني: «أعدم التنظيم …»": the source's words in marks after a colon.
      if (t.raw === ":" && ctx.tokens[j + 1]?.type === "mark" && ctx.closeOf.has(j + 1)) rest = true;
      if (isSep(t) && !CLAUSE_MARKS.has(t.raw)) break;
      if (t.key === "فقد" || t.key === "فان" || t.key === "فانه" || t.key === "فانها") rest = true;
    }
    if (!rest) continue;
    out.push([from, i + 1]);
    from = i + 1;
  }
  // "مجموعة دعم دولية ووفقا لبيان صدر عن المجلس … فإن …"، "أما ديالى وطبقا لما يراه الشيخ …، فإن":
  // a crosshead run into the paragraph, or a topic, of a few words with no verb before و + an
  // attribution whose main clause opens with فإن / فقد.
  if (from === sFirst) {
    for (let p = sFirst + 1; p <= sFirst + 4 && p < sLast - 2; p++) {
      const w = ctx.tokens[p - 1] as Token;
      if (w.type !== "word" || ctx.inside[p - 1] || cueOf(w)) break;
      const n = ctx.tokens[p] as Token;
      if (n.type !== "word" || !n.key.startsWith("و") || !attributionAt(ctx, p, sLast)) continue;
      if (mainClauseAt(ctx, p, Math.min(sLast, p + 25)) >= Math.min(sLast, p + 25)) break;
      return [
        [sFirst, p],
        [p, sLast],
      ];
    }
  }
  out.push([from, sLast]);
  return out;
}

function sentence(ctx: Ctx, sFirst: number, sLast: number): void {
  const anchors: Anchor[] = [];
  const quotesBefore = ctx.quotes.length;
  let i = sFirst;
  // Leading attribution: "وبحسب المرصد فقد …", "ووفقا لوكالة … فإن …".
  const leadSource = ctx.tokens[sFirst]?.type === "word" ? attributionSource(ctx, sFirst, sLast) : null;
  // "وبحسب ما نقلته صحيفة «…» عن مسؤولين أمريكيين، فإن …": the source after عن speaks.
  const lead = leadSource ? throughOutlet(ctx, leadSource, sLast) : null;
  let leadVia: string | null = null;
  if (lead) {
    let from = lead.end;
    // "ووفقا لبيان صدر عن المجلس الذي عقد الاثنين في بروكسل فإن …": a relative clause on the source
    // runs to the فإن that opens the main clause.
    // ("طبقا لما يراه الشيخ …، شيخ عشائر العزة وهي كبرى العشائر، في حديث لـ«…»، فإن …": so does what
    // describes the source, between commas, when no cue comes before the فإن.)
    const main = mainClauseAt(ctx, from, sLast);
    const described =
      main < sLast &&
      main - from <= 20 &&
      CLAUSE_MARKS.has(ctx.tokens[main - 1]?.raw ?? "") &&
      !ctx.tokens.slice(from, main).some((t) => t.type === "word" && cueOf(t));
    if ((RELATIVE_PRONOUNS.has(ctx.tokens[from]?.key ?? "") && main < sLast) || described) from = main;
    while (from < sLast && (isSep(ctx.tokens[from]) || LEAD_REST.has((ctx.tokens[from] as Token).key))) from++;
    // "وبحسب وكالة فارس، قال سليماني إن …": the agency is the via of the statement that follows.
    if (from < sLast && cueOf(ctx.tokens[from])) {
      leadVia = lead.via ?? lead.entity.outlet ?? lead.entity.name;
      i = from;
    } else if (from < sLast) {
      const leadOwner = documentOwner(ctx, lead.entity);
      // "وحسب مموزيني: «…»": the source's own words in marks.
      const close = ctx.tokens[from]?.type === "mark" ? ctx.closeOf.get(from) : undefined;
      // ("طبقا لما يراه الشيخ …، فإن «…».": or after فإن, when the marks hold the rest of the sentence.)
      const before = ctx.tokens[from - 1];
      const wholeRest =
        close !== undefined &&
        before?.type === "word" &&
        LEAD_REST.has(before.key) &&
        ctx.tokens.slice(close + 1, sLast).every((t) => t.type === "punct");
      const marked = close !== undefined && close <= sLast && (before?.raw === ":" || wholeRest);
      anchors.push({
        at: sFirst,
        textFrom: marked ? from + 1 : from,
        closeMark: marked ? close : -1,
        kind: marked ? "direct" : "indirect",
        cue: ctx.text.slice((ctx.tokens[sFirst] as Token).start, (ctx.tokens[sFirst] as Token).end),
        // "وحسب التقرير فقد …": a document already named, alone, speaks for whoever issued it (carried);
        // "وبحسب رأيه فإن …"، "وفق قوله": his opinion or words are the speaker carried forward's.
        speaker:
          (bareDocument(ctx, lead.entity) && lastIsBody(ctx)) || ownWordsNoun(ctx, lead.entity) || leadOwner
            ? null
            : lead.entity,
        // "وبحسب البيان …" after a statement given in it: the statement's speaker.
        speakerId: leadOwner ?? undefined,
        rule: marked ? "direct.attribution-lead" : "indirect.attribution-lead",
        confidence: 0.7,
        via: lead.via,
        breaks: true,
      });
      i = from;
    }
  }
  let leadingQuote = false;
  if (!anchors.length) {
    const after = quoteThenCue(ctx, sFirst, sLast);
    if (after > 0) {
      i = after;
      leadingQuote = true;
    }
  }
  for (; i < sLast; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.type === "mark" && !ctx.inside[i]) noteMarkedBody(ctx, i, sLast);
    if (t.type !== "word" || ctx.inside[i]) continue;
    // (A definite head too: "الفرق التفتيشية في الهيئة العامة للغذاء والدواء" names the body a later
    // "الهيئة" means; noteMention keeps its full names only.)
    // (With its own ال only: "للمرصد" is read where its ل is taken off.)
    const definiteBody = t.key.startsWith("ال") && INSTITUTION_SET.has(bareKey(t.key));
    if (definiteBody || INSTITUTION_SET.has(t.key) || TITLE_SET.has(bareKey(t.key)))
      noteMention(ctx, i, sLast, definiteBody);
    // Inside the words of an open direct quote, nothing starts.
    const a = anchorAt(ctx, i, sFirst, sLast) ?? cameIn(ctx, i, sFirst, sLast) ?? whatSomeoneSaid(ctx, i, sLast);
    if (!a) continue;
    const prevA = anchors[anchors.length - 1];
    // The first word of reported words is never a new cue ("قال: تابعت بيان الوزارة …").
    if (prevA && i === prevA.textFrom) continue;
    // "أن عبد العزيز، كتب …": a subject and verb inside the reported words, not a new statement —
    // unless the verb is a cue with its own أن and a subject the lexicon names ("ذكر المصدر أن التقارير
    // الإيطالية أكدت أن …"): the inner source said the words, the outer one passed them on.
    const nested =
      !!prevA &&
      prevA.closeMark < 0 &&
      !!a.svo &&
      !!a.speaker &&
      a.speaker.first === prevA.textFrom &&
      a.speaker.last === a.at &&
      !!a.speaker.headed &&
      !a.speaker.anaphor &&
      a.textFrom > a.at &&
      ANNA.has(ctx.tokens[a.textFrom - 1]?.key ?? "");
    if (nested) (prevA as Anchor).relays = true;
    // A cue inside the words of the previous quote starts a new one only when it breaks the clause.
    if (prevA && prevA.textFrom <= i && !a.breaks && !nested) continue;
    if (
      prevA &&
      !nested &&
      a.svo &&
      a.speaker &&
      a.speaker.first <= prevA.textFrom + 1 &&
      prevA.textFrom <= a.speaker.first
    )
      continue;

    if (prevA && prevA.closeMark >= 0 && i < prevA.closeMark) continue;
    anchors.push(a);
    if (a.closeMark >= 0) i = a.closeMark;
    else if (a.textFrom >= 0) i = Math.max(i, a.textFrom - 1);
  }

  if (!anchors.length) {
    if (!leadingQuote) standalone(ctx, sFirst, sLast);
    return;
  }
  // A role and name at the head of the sentence, subject of another verb, is who the cue's "he" is:
  // "المواطن أحمد البركاتي تقدم بالتهاني … وقال إن …".
  const firstA = anchors[0] as Anchor;
  // "سجلت الإيجارات تراجعاً، بحسب تقرير أصدرته شركة X أمس، أرجع الانخفاض إلى …": the attribution
  // credits the words before it, and its source is who the verb after it, with no subject, means.
  // (Only before a verb: a participle after a trailing attribution goes on with the sentence's subject,
  // "وكان المجلس قد وافق …، بحسب بيان لمكتبه، مؤكدا …".)
  if (!firstA.speaker && firstA.at > sFirst + 1) {
    const verb = cueOf(ctx.tokens[firstA.at])?.def.type === "verb";
    const source = verb ? tailAttribution(ctx, sFirst, firstA.at) : null;
    if (source) ctx.lastSpeaker = source;
    else noteSubject(ctx, sFirst, firstA.at);
    // "… مقترح قدمه رئيس الوزراء حيدر العبادي خلال الحفل، حيث دعا إلى «…»": after حيث / إذ the verb's
    // subject is the one the clause before it named last.
    // ("وجاء ذلك في مؤتمر لموغريني …، حيث أكدت": "that came in" points back to the last speaker.)
    const thatCame = BACKREF_START.has(ctx.tokens[sFirst]?.key ?? "") && ctx.tokens[sFirst + 1]?.key === "ذلك";
    if (WHEREBY.has(ctx.tokens[firstA.at - 1]?.key ?? "") && !thatCame) {
      const named = lastNamedIn(ctx, sFirst, firstA.at - 1);
      if (named) ctx.lastSpeaker = named;
    }
  }
  for (let n = 0; n < anchors.length; n++) {
    const a = anchors[n] as Anchor;
    const next = anchors[n + 1];
    if (a.speakerId) ctx.lastSpeaker = a.speakerId;
    const speakerId = a.speakerId ?? (a.speaker ? speakerFor(ctx, a.speaker) : carriedSpeaker(ctx, a.at));
    if (!speakerId || a.textFrom < 0) continue;
    if (a.speaker) noteDocuments(ctx, speakerId, a.speaker, a.textFrom);
    if (a.relays && next) {
      // The outer source is the via of the inner statement.
      next.via = next.via ?? ctx.registry.get(speakerId)?.name ?? null;
      continue;
    }
    if (a.closeMark >= 0) {
      emit(ctx, a, a.textFrom, a.closeMark, speakerId);
      continue;
    }
    let stop = next ? (next.opensAt ?? next.at) : sLast;
    // The separator (and و) before the next cue is not part of these words.
    const { end, via, following } = quoteEnd(ctx, a.textFrom, stop, !a.colon, !!a.object);
    stop = end;
    // A bare one-word object ("كان الوزير قد انتقد القرار") names what was meant, not what was said.
    if (a.object && countWords(ctx, a.textFrom, stop) < 2) continue;
    emit(ctx, { ...a, via: a.via ?? via ?? leadVia }, a.textFrom, stop, speakerId);
    if (following)
      emit(ctx, { ...a, kind: "direct", rule: "direct.after-indirect" }, following.from, following.close, speakerId);
    if (via && !a.via) {
      // The attribution credits the statements of this sentence so far.
      for (let q = quotesBefore; q < ctx.quotes.length; q++) {
        const quote = ctx.quotes[q] as Quote;
        if (!quote.via) quote.via = via;
      }
    }
  }
}

/**
 * «…»، قال أحد السكان …: a quotation opening the sentence, its cue and speaker after it. Emits the
 * quote and returns the token index after the speaker, or 0.
 */
function quoteThenCue(ctx: Ctx, sFirst: number, sLast: number): number {
  let f = sFirst;
  const first = ctx.tokens[f] as Token;
  if (first.type === "word" && (first.key === "و" || first.key === "ف")) f++;
  if ((ctx.tokens[f] as Token | undefined)?.type !== "mark" || !ctx.closeOf.has(f)) return 0;
  const c = ctx.closeOf.get(f) as number;
  if (countWords(ctx, f + 1, c) < 2) return 0;
  let after = c + 1;
  while (after < sLast && isSep(ctx.tokens[after])) after++;
  // «الوضع كارثي»، هكذا وصف مدير المستشفى …: "thus" points back to the quotation.
  if (ctx.tokens[after]?.key === "هكذا" || ctx.tokens[after]?.key === "بهذا") after++;
  const cue = cueOf(ctx.tokens[after]);
  if (cue?.def.type !== "verb") return 0;
  const e = parseEntity(ctx, after + 1, sLast);
  const id = speakerFor(ctx, e);
  if (!id) return 0;
  // The outlet it was told to: "لوكالة فرانس برس".
  let via: string | null = null;
  const n = ctx.tokens[e ? e.last : after + 1];
  if (n && n.type === "word" && /^ل(وكال|صحيف|موقع|قنا|تلفزيون|اذاع)/.test(n.key)) {
    const shadow: Token = { ...n, key: n.key.slice(1), raw: n.raw.replace(/^ل/, "") };
    const o = parseEntity(
      { ...ctx, shadow: { at: e ? e.last : after + 1, token: shadow } },
      e ? e.last : after + 1,
      sLast,
    );
    if (o?.outlet) via = o.outlet;
  }
  const cueTok = ctx.tokens[after] as Token;
  emit(ctx, { kind: "direct", cue: cueTok.raw, rule: "direct.cue-after", confidence: 0.85, via }, f + 1, c, id);
  return e ? e.last : after + 1;
}

/**
 * A sentence with no cue: a whole-sentence quotation by the last speaker («نقف جميعا …»), a quotation
 * followed by its cue («…»، قال X), or a continuation of reported speech ("وأن …", "وإن …").
 */
function standalone(ctx: Ctx, sFirst: number, sLast: number): void {
  let f = sFirst;
  const first = ctx.tokens[f] as Token;
  if (first.type === "word" && (first.key === "و" || first.key === "ف")) f++;
  const t = ctx.tokens[f] as Token;
  if (t.type === "mark" && ctx.closeOf.has(f)) {
    const c = ctx.closeOf.get(f) as number;
    const words = countWords(ctx, f + 1, c);
    let after = c + 1;
    while (after < sLast && isSep(ctx.tokens[after])) after++;
    // A whole sentence in marks, after a statement: the same speaker goes on.
    // After a direct quote, a short one goes on with it («…». «وسنعلن النتائج قريبا».).
    const enough = ctx.lastKind === "direct" ? 2 : 4;
    if (words >= enough && after >= sLast - 1 && ctx.lastSpeaker && ctx.lastKind) {
      emit(
        ctx,
        { kind: "direct", cue: null, rule: "direct.standalone", confidence: 0.6, via: null },
        f + 1,
        c,
        ctx.lastSpeaker,
      );
      return;
    }
  }
  // "وأن …" / "وإن …" continuing the previous reported statement.
  if (
    first.type === "word" &&
    /^و(ان|انه|انها|انهم)$/.test(first.key) &&
    ctx.lastSpeaker &&
    ctx.lastKind === "indirect"
  ) {
    const { end, via } = quoteEnd(ctx, sFirst + 1, sLast);
    emit(
      ctx,
      { kind: "indirect", cue: null, rule: "indirect.continuation", confidence: 0.6, via },
      sFirst + 1,
      end,
      ctx.lastSpeaker,
    );
    return;
  }
  if (ownWordsTail(ctx, sFirst, sLast)) return;
  if (tailAttribution(ctx, sFirst, sLast) === null) noteSubject(ctx, sFirst, sLast);
}

/** "حسبه"، "بحسبها": "according to him / her", one word. */
const ACCORDING_TO_HIM = /^و?ب?حسب(?:ه|ها|هم|هما)$/;
/** قوله، تعبيرها …: "his / her words", after "على حد" or "حسب". */
const HIS_WORDS = /^(?:قوله|قولها|قولهم|تعبيره|تعبيرها|تعبيرهم)$/;

/**
 * "كما أن ضغط المياه يبقى ضعيفا، حسبه." / "…، على حد قوله.": a sentence with no cue credited at its end
 * to "him" is the last speaker's. Emits it and returns true.
 */
function ownWordsTail(ctx: Ctx, sFirst: number, sLast: number): boolean {
  if (!ctx.lastSpeaker) return false;
  let end = sLast;
  while (end > sFirst && (ctx.tokens[end - 1] as Token).type === "punct") end--;
  const last = ctx.tokens[end - 1];
  if (last?.type !== "word") return false;
  // حسبه alone, or على حد / حسب + قوله / تعبيره.
  let tail = end - 1;
  if (HIS_WORDS.test(last.key)) {
    const before = ctx.tokens[tail - 1]?.key ?? "";
    if (before === "حسب" || before === "بحسب") tail -= 1;
    else if (before === "حد" && ctx.tokens[tail - 2]?.key === "علي") tail -= 2;
    else return false;
  } else if (!ACCORDING_TO_HIM.test(last.key)) return false;
  if (!isSep(ctx.tokens[tail - 1]) || tail - 1 <= sFirst + 1) return false;
  emit(
    ctx,
    {
      kind: "indirect",
      cue: ctx.text.slice((ctx.tokens[tail] as Token).start, last.end),
      rule: "indirect.own-words-tail",
      confidence: 0.6,
      via: null,
    },
    sFirst,
    tail - 1,
    ctx.lastSpeaker,
  );
  return true;
}

/**
 * Trailing attribution: "قتل خمسة أشخاص، بحسب مصادر طبية." — the words before it are the source's.
 * When [sFirst, sLast) ends with one, emits them and returns the source's id; else null.
 */
function tailAttribution(ctx: Ctx, sFirst: number, sLast: number): string | null {
  for (let j = sFirst + 2; j < sLast; j++) {
    const tok = ctx.tokens[j] as Token;
    if (ctx.inside[j]) continue;
    // Without a comma only an attribution that names a report verb counts ("… حسبما ذكرت الوكالة"):
    // "بحسب الخطة" alone is "as planned".
    const bare = !isSep(tok) && reportedAttribution(ctx, j);
    // ("… عن 40 ألف قتيل حسب منظمات الدفاع عن حقوق الإنسان.": or one whose source is a body, a group or
    // an outlet the lexicon names, closing the sentence.)
    const plain = !isSep(tok) && !bare && j > sFirst + 3 && attributionAt(ctx, j, sLast) !== 0;
    if (!isSep(tok) && !bare && !plain) continue;
    const found = attributionSource(ctx, bare || plain ? j : j + 1, sLast);
    if (!found) continue;
    if (
      plain &&
      !(
        found.entity.headed &&
        !found.entity.anaphor &&
        /^(?:organization|group|media|state)$/.test(found.entity.kind) &&
        pastWhere(ctx, found.end, sLast) >= sLast - 1
      )
    )
      continue;
    const src = throughOutlet(ctx, found, sLast);
    const e = src.entity;
    const back = BACKREF_START.has((ctx.tokens[sFirst] as Token).key);
    // A role alone (مراسل الجزيرة) may be the source; a bare pronoun-like mention may not. (A name of two
    // words or more may, after a report verb: "بحسب ما صرح به مارك ليفنسون".)
    const reported = reportedAttribution(ctx, bare || plain ? j : j + 1) && e.name.trim().includes(" ");
    if (back || (e.anaphor && !e.title && e.kind !== "organization") || (e.kind === "person" && !e.title && !reported))
      break;
    // "… أصدرته الشركة أمس،": a time word may close the attribution.
    let end = src.end;
    while (end < sLast - 1 && DAY_SET.has(ctx.tokens[end]?.key ?? "")) end++;
    // ("… بحسب المكتب الاتحادي للإحصاء في فيسبادن.": and where the source sits.)
    end = pastWhere(ctx, end, sLast);
    // ("…، الذي سرد تاريخ الشركة في كتابه.": a relative clause about the source may close the sentence.)
    // (Not one that reports in turn, "…، التي أشارت إلى أن …": that clause is the statement.)
    const aboutSource =
      isSep(ctx.tokens[end - 1]) && /^(?:الذي|التي)$/.test(ctx.tokens[end]?.key ?? "") && !cueOf(ctx.tokens[end + 1]);
    if (end < sLast - 1 && !isSep(ctx.tokens[end]) && !aboutSource) break;
    const id = ctx.registry.resolve(e);
    // With no comma before the attribution, it credits the clause it closes, not the whole sentence.
    let from = sFirst;
    if (plain) for (let c = j - 1; c > sFirst && from === sFirst; c--) if (isSep(ctx.tokens[c])) from = c + 1;
    emit(
      ctx,
      {
        kind: "indirect",
        cue: ctx.tokens[bare || plain ? j : j + 1]?.raw ?? null,
        rule: "indirect.attribution-tail",
        confidence: 0.6,
        via: src.via,
      },
      from,
      j,
      id,
    );
    return id;
  }
  return null;
}

const BACKREF_START = new Set(["جاء", "وجاء", "وذلك", "ياتي", "وياتي"]);

function countWords(ctx: Ctx, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if ((ctx.tokens[i] as Token).type === "word") n++;
  return n;
}
