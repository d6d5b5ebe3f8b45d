/**
 * Consistency checks inside one article. They do not know the world; they notice when an article
 * disagrees with itself or states a magnitude no report of its kind could carry:
 *  - attribution: "جاء هذا الإعلان من X" where X shares nothing with the actor of the announcement the
 *    article reported just before (the seed page names the Kremlin's spokesman, then «كييف»);
 *  - implausible figure: a casualty noun counted in millions (ملايين من الجرحى), an age past 120 years.
 */
import type { Quote, Speaker } from "../types.ts";
import type { Span } from "./clauses.ts";
import { REPORTING } from "./lexicon/actors.ts";
import { CASUALTY_NOUNS, GENERIC_ROLE_WORDS, SOURCE_VERBS, STATEMENT_NOUNS } from "./lexicon/consistency.ts";
import { HUGE_MAGNITUDES } from "./lexicon/quantities.ts";
import { type ArticleTokens, Lexicon, tokenForms, tokensOf } from "./match.ts";

/** A consistency problem found at a place in the text. */
export interface ConsistencyFlag {
  flag: "contradiction" | "implausible";
  /** The rule that fired, also added to the claim's reasons. */
  reason: "attribution-mismatch" | "implausible-figure";
  /** A one-line explanation for the reader. */
  note: string;
  start: number;
  end: number;
}

const reporting = new Lexicon(REPORTING);
const sourceVerbs = new Lexicon(SOURCE_VERBS);
const statementNouns = new Lexicon(STATEMENT_NOUNS);
const casualties = new Lexicon(CASUALTY_NOUNS);
const huge = new Lexicon(HUGE_MAGNITUDES);
const generic = new Set(GENERIC_ROLE_WORDS.flatMap((w) => tokensOf(w)));
const DEMONSTRATIVES = new Set(["هذا", "هذه", "ذلك", "تلك"]);
const SOURCE_PREPOSITIONS = new Set(["من", "عن"]);
const COMPLEMENTIZERS = new Set(["ان", "بان", "انه", "انها"]);
/** Words around a name that say nothing about who it is. */
const FILLER = new Set(["تعليقا", "ردا", "على", "في", "خلال", "بعد", "قبل", "اثر", "عقب", "حول", "بشان"]);
const GLOBAL_SCOPE = new Set(["العالم", "العالميه", "عالميا", "التاريخ"]);

/** All forms of every token, for "does the antecedent mention this actor at all". */
function formSet(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) for (const f of tokenForms(t)) out.add(f);
  return out;
}

/** The actor named by "جاء هذا الإعلان من X": up to four tokens after the preposition, generic words aside. */
function anaphoricSource(tokens: readonly string[]): string[] | null {
  const verb = sourceVerbs.hits(tokens.slice(0, 4))[0];
  if (!verb) return null;
  let i = verb.start + 1;
  if (DEMONSTRATIVES.has(tokens[i])) i++;
  const noun = statementNouns.hits(tokens.slice(i, i + 2)).find((h) => h.start === 0);
  if (!noun) return null;
  i += noun.length;
  if (DEMONSTRATIVES.has(tokens[i])) i++;
  // "على لسان X" is the same construction.
  if (tokens[i] === "على" && tokens[i + 1] === "لسان") i += 2;
  else if (SOURCE_PREPOSITIONS.has(tokens[i])) i++;
  else return null;
  const window = tokens.slice(i, i + 4);
  const stop = window.findIndex((t) => FILLER.has(t));
  return (stop >= 0 ? window.slice(0, stop) : window).filter((t) => !tokenForms(t).some((f) => generic.has(f)));
}

/** Tokens naming who made the announcement in a sentence: from the reporting verb to "أن", at most 14. */
function announcer(tokens: readonly string[]): string[] | null {
  const hit = reporting.hits(tokens)[0];
  if (!hit) return null;
  const out: string[] = [];
  for (let i = hit.start; i < tokens.length && out.length < 14; i++) {
    if (i > hit.start && COMPLEMENTIZERS.has(tokens[i])) break;
    out.push(tokens[i]);
  }
  return out;
}

/** Speaker names, aliases and titles of quotes that overlap a span. */
function speakerTokensIn(span: Span, quotes: readonly Quote[], speakers: readonly Speaker[]): string[] {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const out: string[] = [];
  for (const q of quotes) {
    if (q.start < 0 || q.end <= span.start || q.start >= span.end + 200) continue;
    const s = q.speakerId ? byId.get(q.speakerId) : undefined;
    if (s) out.push(...tokensOf([s.name, ...s.aliases, s.title ?? ""].join(" ")));
  }
  return out;
}

/** Attribution mismatches: an anaphoric "this announcement came from X" naming another actor. */
export function attributionFlags(
  sentences: readonly Span[],
  quotes: readonly Quote[] = [],
  speakers: readonly Speaker[] = [],
  index?: ArticleTokens,
): ConsistencyFlag[] {
  const out: ConsistencyFlag[] = [];
  const tokensOfSpan = (s: Span) => (index ? index.tokensIn(s.start, s.end) : tokensOf(s.text));
  sentences.forEach((sentence, k) => {
    const source = anaphoricSource(tokensOfSpan(sentence));
    if (!source?.length) return;
    // The announcement referred to: the nearest earlier sentence (of the last three) with a reporting verb.
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const antecedent = announcer(tokensOfSpan(sentences[j]));
      if (!antecedent) continue;
      const known = formSet([...antecedent, ...speakerTokensIn(sentences[j], quotes, speakers)]);
      const shared = source.some((t) => tokenForms(t).some((f) => known.has(f)));
      if (!shared) {
        const named = sentence.text.slice(0, 120);
        out.push({
          flag: "contradiction",
          reason: "attribution-mismatch",
          note: `the statement is attributed to «${source.join(" ")}», but the article reported it from: ${antecedent.join(" ")}`,
          start: sentence.start,
          end: sentence.start + named.length,
        });
      }
      return;
    }
  });
  return out;
}

/** Implausible magnitudes: casualties in millions, ages past 120. */
export function magnitudeFlags(spans: readonly Span[], index?: ArticleTokens): ConsistencyFlag[] {
  const out: ConsistencyFlag[] = [];
  for (const span of spans) {
    const tokens = index ? index.tokensIn(span.start, span.end) : tokensOf(span.text);
    if (tokens.some((t) => GLOBAL_SCOPE.has(t))) continue;
    const casualtyAt = new Set(casualties.hits(tokens).map((h) => h.start));
    const near = (i: number) => [i + 1, i + 2, i + 3].some((j) => casualtyAt.has(j)) || casualtyAt.has(i - 1);
    const millions =
      huge.hits(tokens).some((h) => near(h.start)) ||
      tokens.some((t, i) => /^\d+$/.test(t) && Number(t) >= 1_000_000 && near(i));
    if (millions) {
      out.push({
        flag: "implausible",
        reason: "implausible-figure",
        note: "casualties counted in millions: far beyond what a report of one conflict can carry",
        start: span.start,
        end: span.end,
      });
      continue;
    }
    const age = tokens.findIndex(
      (t, i) => t === "العمر" && /^\d+$/.test(tokens[i + 1] ?? "") && Number(tokens[i + 1]) > 120,
    );
    if (age >= 0) {
      out.push({
        flag: "implausible",
        reason: "implausible-figure",
        note: "an age of more than 120 years",
        start: span.start,
        end: span.end,
      });
    }
  }
  return out;
}
