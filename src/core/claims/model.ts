/**
 * The learned part of the scorer: a logistic regression over features.ts, trained offline by
 * `npm run train:claims` (tests/bench/trainClaims.ts) and shipped as model.generated.json. Nothing is
 * fetched at run time.
 */

import { featureStem } from "./features.ts";
import data from "./model.generated.json";

/** The shape of model.generated.json. */
export interface ModelData {
  _generated: string;
  bias: number;
  features: string[];
  weights: number[];
  /** Logit weights that blend the model with the rule score, and the decision threshold of the blend. */
  blend: { model: number; rules: number; bias: number; threshold: number };
}

/** A loaded model: feature name → weight. */
export class LinearModel {
  readonly bias: number;
  readonly blend: ModelData["blend"];
  private readonly weights: Map<string, number>;
  /** The same weights keyed without building feature strings: unigram stem, bigram stem → stem, reason. */
  private readonly unigrams = new Map<string, number>();
  private readonly bigrams = new Map<string, Map<string, number>>();
  private readonly reasonWeights = new Map<string, number>();
  private readonly values: number[];
  private readonly seen = new Set<number>();

  constructor(model: ModelData) {
    this.bias = model.bias;
    this.blend = model.blend;
    this.values = model.weights;
    this.weights = new Map(model.features.map((f, i) => [f, model.weights[i]]));
    model.features.forEach((f, i) => {
      if (f.startsWith("w:")) this.unigrams.set(f.slice(2), i);
      else if (f.startsWith("r:")) this.reasonWeights.set(f.slice(2), i);
      else if (f.startsWith("b:")) {
        const cut = f.indexOf("_", 2);
        const first = f.slice(2, cut);
        const inner = this.bigrams.get(first) ?? new Map<string, number>();
        inner.set(f.slice(cut + 1), i);
        this.bigrams.set(first, inner);
      }
    });
  }

  /**
   * The logit of a sentence's tokens and reasons: the same sum as logit(featureNames(tokens, reasons)),
   * added in the same order (unigrams, bigrams, reasons; each feature once), without the feature strings.
   */
  logitOf(tokens: readonly string[], reasons: readonly string[]): number {
    let z = this.bias;
    const seen = this.seen;
    seen.clear();
    const stems = tokens.map(featureStem);
    for (const s of stems) {
      const i = this.unigrams.get(s);
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        z += this.values[i];
      }
    }
    for (let k = 0; k + 1 < stems.length; k++) {
      const i = this.bigrams.get(stems[k])?.get(stems[k + 1]);
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        z += this.values[i];
      }
    }
    for (const r of reasons) {
      const i = this.reasonWeights.get(r);
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        z += this.values[i];
      }
    }
    return z;
  }

  /** The model's logit for a set of active features. */
  logit(features: readonly string[]): number {
    let z = this.bias;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return z;
  }

  /** The weight of one feature (0 when unknown), for explanations. */
  weight(feature: string): number {
    return this.weights.get(feature) ?? 0;
  }
}

/** The shipped model. */
export const MODEL = new LinearModel(data as ModelData);
