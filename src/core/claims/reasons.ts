/**
 * Transparent reasons a sentence is (or is not) worth checking. Each reason is a rule over the word lists
 * in lexicon/; the scorer weighs them, and the same names are shown to the user.
 */
import { ACTOR_WORDS, EVENT_VERBS, PROTOCOL_EVENTS, REPORTING } from "./lexicon/actors.ts";
import { BOILERPLATE, OPINION, STANCE_VERBS } from "./lexicon/boilerplate.ts";
import { PLACES } from "./lexicon/places.ts";
import { MONEY_WORDS, NUMBER_WORDS, PERCENT_WORDS } from "./lexicon/quantities.ts";
import { CAUSAL, COMPARISON, FUTURE_PREFIX_EXCEPTIONS, PREDICTION, SUPERLATIVE } from "./lexicon/relations.ts";
import { DAY_WORDS, DURATION_MARKERS, DURATION_UNITS, MONTHS } from "./lexicon/time.ts";
import { Lexicon, plainView, type TokenView, tokenForms, tokensOf } from "./match.ts";

/** Reasons that raise a sentence's check-worthiness. */
export const POSITIVE_REASONS = [
  "number",
  "percentage",
  "money",
  "date",
  "duration",
  "causal",
  "comparison",
  "superlative",
  "prediction",
  "actor",
  "place",
  "event",
  "attributed",
  "actor-action",
  "lead",
] as const;

/** Reasons that lower it. */
export const NEGATIVE_REASONS = ["boilerplate", "stance", "opinion", "question", "short", "forecast", "frame"] as const;

export type Reason = (typeof POSITIVE_REASONS)[number] | (typeof NEGATIVE_REASONS)[number];

const numberWords = new Lexicon(NUMBER_WORDS);
const percentWords = new Lexicon(PERCENT_WORDS);
const moneyWords = new Lexicon(MONEY_WORDS);
const months = new Lexicon(MONTHS);
const dayWords = new Lexicon(DAY_WORDS);
const durationUnits = new Lexicon(DURATION_UNITS);
const durationMarkers = new Lexicon(DURATION_MARKERS);
const causal = new Lexicon(CAUSAL);
const comparison = new Lexicon(COMPARISON);
const superlative = new Lexicon(SUPERLATIVE);
const prediction = new Lexicon(PREDICTION);
const actors = new Lexicon(ACTOR_WORDS);
/** Event verbs and nouns (shared with clauses.ts, which cuts before a coordinated event verb). */
export const events = new Lexicon(EVENT_VERBS);
const protocol = new Lexicon(PROTOCOL_EVENTS);
const places = new Lexicon(PLACES);
/** Reporting verbs (shared with clauses.ts, which recognises a reporting frame). */
export const reporting = new Lexicon(REPORTING);
const boilerplate = new Lexicon(BOILERPLATE);
const opinion = new Lexicon(OPINION);
const stanceVerbs = new Lexicon(STANCE_VERBS);
const futureExceptions = new Set(FUTURE_PREFIX_EXCEPTIONS.flatMap((w) => tokensOf(w)));

/** Links, mentions and hashtag marks carry digits that are not figures. */
const NOISE = /https?:\/\/\S+|www\.\S+|@\w+|#/g;
const YEAR = /^(1[89]\d\d|20\d\d|14\d\d)$/;
const DIGITS = /\d/;

/** Context the article gives about a sentence (both optional). */
export interface ReasonContext {
  /** The sentence lies inside a quote the quotes stage found. */
  inQuote?: boolean;
  /** The sentence is a clause of a statement attributed to someone (its reporting verb lies outside it). */
  attributed?: boolean;
  /**
   * The sentence is only the frame of a statement: a reporting verb and its speaker, the content following
   * in the next clause (أن، إن …). The frame alone says nothing a fact-checker could check.
   */
  frame?: boolean;
  /** The article's opening statement: news puts its main claim first. */
  lead?: boolean;
  /** Match-key tokens of speaker names in the article: a named actor. */
  speakerTokens?: ReadonlySet<string>;
}

/** What the rules found in one sentence. */
export interface ReasonResult {
  reasons: Reason[];
  /** Match-key tokens (links and mentions removed), reused by the learned model. */
  tokens: string[];
}

/** Prepositions that take a stance verb's object (key form). */
const STANCE_PREPOSITIONS = new Set(["علي", "عن", "الي", "ب"]);
/** "أن" and its forms (key form): a clause follows, so the verb reports content. */
const COMPLEMENTIZERS = new Set(["ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "لان"]);

/**
 * A stance, not a fact: a stance verb whose object is a noun after على / عن / إلى ("أكد على إصرار
 * بلاده على طلب هدنة"), with no أن-clause anywhere after it. The object may follow the subject, so the
 * preposition is looked for within the next six words.
 */
function statesStance(v: TokenView): boolean {
  const tokens = v.tokens;
  for (const h of v.hits(stanceVerbs)) {
    const from = h.start + h.length;
    let prep = -1;
    for (let i = from; i < Math.min(tokens.length, from + 6); i++) {
      if (COMPLEMENTIZERS.has(tokens[i])) return false;
      if (STANCE_PREPOSITIONS.has(tokens[i])) {
        prep = i;
        break;
      }
    }
    if (prep < 0) continue;
    if (tokens.slice(prep + 1).some((t) => COMPLEMENTIZERS.has(t))) return false;
    return true;
  }
  return false;
}

/** Future verbs: سيـ / ستـ / سنـ + an imperfect stem, with exceptions (سياسة، سيارة، ستة …). */
function hasFutureVerb(tokens: readonly string[]): boolean {
  return tokens.some((t) => {
    const w = t.replace(/^[وف]/, "");
    if (!/^س[يتن]/.test(w) || w.length < 5) return false;
    return !tokenForms(t).some((f) => futureExceptions.has(f)) && !futureExceptions.has(w);
  });
}

/** Links, mentions and hashtags present: the article's token view would still count their tokens. */
export function hasNoise(text: string): boolean {
  NOISE.lastIndex = 0;
  return NOISE.test(text);
}

/**
 * Runs every rule over one sentence. `view`, when given, holds the sentence's tokens and word-list hits
 * already computed (ArticleTokens); it must equal plainView(tokensOf(text)) and is ignored for text with
 * links or mentions, whose tokens are dropped here.
 */
export function detectReasons(text: string, context: ReasonContext = {}, view?: TokenView): ReasonResult {
  const v = view && !hasNoise(text) ? view : plainView(tokensOf(text.replace(NOISE, " ")));
  const tokens = v.tokens as string[];
  const reasons = new Set<Reason>();
  const digitTokens = tokens.filter((t) => DIGITS.test(t));
  const years = digitTokens.filter((t) => YEAR.test(t));
  const figureDigits = digitTokens.filter((t) => !YEAR.test(t) || /[%٪]/.test(text));

  // "الاثنين" is Monday far more often than "the two": a day name is a date, not a figure.
  const dayHits = v.hits(dayWords);
  const dayAt = new Set(dayHits.map((h) => h.start));
  const numberHits = v.hits(numberWords).filter((h) => !dayAt.has(h.start));
  if (figureDigits.length || numberHits.length) reasons.add("number");
  if (/[%٪]/.test(text) || v.test(percentWords)) reasons.add("percentage");
  if (v.test(moneyWords) && reasons.has("number")) reasons.add("money");
  if (years.length || v.test(months) || dayHits.length) reasons.add("date");

  // A duration is a count followed by a unit: "خمس سنوات", "60 يوما", "قبل أربعة أعوام".
  const counted = new Set<number>([
    ...tokens.flatMap((t, i) => (DIGITS.test(t) && !YEAR.test(t) ? [i] : [])),
    ...numberHits.map((h) => h.start + h.length - 1),
  ]);
  const unitHits = v.hits(durationUnits);
  if (
    // "لمدة سنة"، "طوال شهر": a bare unit after لمدة / طوال is a duration of one.
    unitHits.some((u) => /^(لمده|طوال|طيله)$/.test(tokens[u.start - 1] ?? "")) ||
    unitHits.some((u) => counted.has(u.start - 1) || counted.has(u.start + 1)) ||
    unitHits.some((u) => /^(يومين|شهرين|عامين|سنتين|اسبوعين)$/.test(tokens[u.start])) ||
    (v.test(durationMarkers) && unitHits.length > 0 && counted.size > 0)
  )
    reasons.add("duration");

  if (v.test(causal)) reasons.add("causal");
  if (v.test(comparison)) reasons.add("comparison");
  if (v.test(superlative)) reasons.add("superlative");
  if (v.test(prediction) || hasFutureVerb(tokens)) reasons.add("prediction");
  const speakerHit = context.speakerTokens ? tokens.some((t) => context.speakerTokens?.has(t)) : false;
  if (v.test(actors) || speakerHit) reasons.add("actor");
  if (v.test(places)) reasons.add("place");
  // A meeting or a visit alone is not an event worth checking (a figure or another event still counts).
  const eventHits = v.hits(events);
  if (eventHits.length) {
    const protocolAt = new Set(v.hits(protocol).map((h) => h.start));
    if (reasons.has("number") || eventHits.some((h) => !protocolAt.has(h.start))) reasons.add("event");
  }
  if (context.inQuote || context.attributed || v.test(reporting)) reasons.add("attributed");
  // A named actor doing something is the core of a news claim: who did what.
  if (reasons.has("actor") && reasons.has("event")) reasons.add("actor-action");
  if (context.lead) reasons.add("lead");

  if (v.test(boilerplate)) reasons.add("boilerplate");
  if (!reasons.has("number") && statesStance(v)) reasons.add("stance");
  if (v.test(opinion) || /!{1,}|[😂🤣💔❤🌹🙏]/u.test(text)) reasons.add("opinion");
  if (/[؟?]\s*$/.test(text.replace(NOISE, " ").trim())) reasons.add("question");
  if (tokens.length < 5) reasons.add("short");
  if (context.frame && !reasons.has("number")) reasons.add("frame");
  // GOLD.md: predictions without figures are not claims ("واشنطن ستساعد حليفتها").
  if (reasons.has("prediction") && !reasons.has("number") && !reasons.has("percentage")) reasons.add("forecast");

  const order = [...POSITIVE_REASONS, ...NEGATIVE_REASONS] as readonly Reason[];
  return { reasons: order.filter((r) => reasons.has(r)), tokens };
}
