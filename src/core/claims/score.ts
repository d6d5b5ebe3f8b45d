/**
 * Check-worthiness of one sentence: transparent rules (reasons.ts, hand-set weights below) blended with
 * the learned model (model.ts). The blend is a logistic combination whose weights and bias were fitted
 * offline; its bias is shifted so that 0.5 is the decision threshold chosen by cross-validation.
 */

import type { TokenView } from "./match.ts";
import { type LinearModel, MODEL } from "./model.ts";
import { detectReasons, type Reason, type ReasonContext } from "./reasons.ts";

/**
 * Hand-set weights of the rules, in logit units. Figures, dates and events make a statement checkable;
 * formulas, opinion and questions do not. Reviewed against the dev pages and the CheckThat! tweets.
 */
export const RULE_WEIGHTS: Readonly<Record<Reason, number>> = {
  number: 1.4,
  percentage: 0.7,
  money: 0.6,
  date: 0.7,
  duration: 0.5,
  causal: 0.9,
  comparison: 0.5,
  superlative: 0.4,
  prediction: 0.3,
  actor: 0.6,
  place: 0.2,
  event: 0.8,
  attributed: 0.4,
  "actor-action": 0.6,
  lead: 0.8,
  boilerplate: -2.2,
  stance: -2.2,
  opinion: -1.2,
  question: -1.5,
  short: -2.0,
  forecast: -0.8,
  frame: -2.0,
};
export const RULE_BIAS = -2.2;

/**
 * Fixed demotions applied on top of the fitted blend: the tweets the blend was fitted on hold few
 * diplomatic formulas, so the data alone would not teach it that they are not worth checking.
 */
export const BLEND_DEMOTIONS: Readonly<Partial<Record<Reason, number>>> = {
  boilerplate: -1.5,
  stance: -1.5,
  short: -1,
};

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The blended logit of the `isnad claims` score (also used by the trainer, so CV measures this exact formula). */
export function blendLogit(modelLogit: number, reasons: readonly Reason[], blend: LinearModel["blend"]): number {
  const demotion = reasons.reduce((z, r) => z + (BLEND_DEMOTIONS[r] ?? 0), 0);
  return blend.rules * ruleLogit(reasons) + blend.model * modelLogit + blend.bias + demotion;
}

/** The rules' logit for a set of reasons. */
export function ruleLogit(reasons: readonly Reason[]): number {
  return reasons.reduce((z, r) => z + RULE_WEIGHTS[r], RULE_BIAS);
}

/** Score and reasons of one sentence. */
export interface SentenceScore {
  /** 0..1; 0.5 and above is check-worthy. */
  score: number;
  reasons: Reason[];
}

/** Scores one sentence with optional article context (inside a quote, speakers' names). */
export function scoreWithContext(text: string, context: ReasonContext = {}, model: LinearModel = MODEL): SentenceScore {
  const { reasons, tokens } = detectReasons(text, context);
  const learned = model.logitOf(tokens, reasons);
  const z = blendLogit(learned, reasons, model.blend);
  return { score: Math.round(sigmoid(z) * 1000) / 1000, reasons };
}

/**
 * Article mode: statements of a news article are ranked by the rules first, the tweet-trained model only
 * nudging them (its vocabulary is social media's), so the weight of the model is lower than in the blend.
 * `view` is the text's tokens from the article index (see detectReasons).
 */
export function articleScore(
  text: string,
  context: ReasonContext,
  modelWeight: number,
  model: LinearModel = MODEL,
  view?: TokenView,
): SentenceScore {
  const { reasons, tokens } = detectReasons(text, context, view);
  const learned = model.logitOf(tokens, reasons) - model.bias;
  const z = ruleLogit(reasons) + modelWeight * learned;
  return { score: Math.round(sigmoid(z) * 1000) / 1000, reasons };
}

/**
 * Check-worthiness of one sentence on its own (the `isnad claims` command): a score 0..1, where 0.5 and
 * above means check-worthy, and the rules that fired, e.g. ["number", "date", "event"].
 */
export function scoreSentence(text: string): SentenceScore {
  return scoreWithContext(text);
}
