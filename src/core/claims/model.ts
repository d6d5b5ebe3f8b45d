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
  private readonly model: ModelData;
  private readonly values: number[];
  private readonly seen = new Set<number>();
  private indexes: ModelIndexes | null = null;

  constructor(model: ModelData) {
    this.model = model;
    this.bias = model.bias;
    this.blend = model.blend;
    this.values = model.weights;
  }

  /**
   * Builds the lookup maps now rather than at the first sentence scored. They are built lazily because
   * indexing 9,000 features costs about as much CPU as evaluating the model's module (some 20 ms in a
   * content script that just started): done in one go at import, the two made one long task; the content
   * script calls prepare() in an idle slice of its own instead.
   */
  prepare(): this {
    this.index();
    return this;
  }

  private index(): ModelIndexes {
    if (this.indexes) return this.indexes;
    const { features, weights } = this.model;
    const ix: ModelIndexes = {
      weights: new Map(features.map((f, i) => [f, weights[i]])),
      unigrams: new Map(),
      bigrams: new Map(),
      reasonWeights: new Map(),
    };
    features.forEach((f, i) => {
      if (f.startsWith("w:")) ix.unigrams.set(f.slice(2), i);
      else if (f.startsWith("r:")) ix.reasonWeights.set(f.slice(2), i);
      else if (f.startsWith("b:")) {
        const cut = f.indexOf("_", 2);
        const first = f.slice(2, cut);
        const inner = ix.bigrams.get(first) ?? new Map<string, number>();
        inner.set(f.slice(cut + 1), i);
        ix.bigrams.set(first, inner);
      }
    });
    this.indexes = ix;
    return ix;
  }

  /**
   * The logit of a sentence's tokens and reasons: the same sum as logit(featureNames(tokens, reasons)),
   * added in the same order (unigrams, bigrams, reasons; each feature once), without the feature strings.
   */
  logitOf(tokens: readonly string[], reasons: readonly string[]): number {
    const { unigrams, bigrams, reasonWeights } = this.index();
    let z = this.bias;
    const seen = this.seen;
    seen.clear();
    const stems = tokens.map(featureStem);
    for (const s of stems) {
      const i = unigrams.get(s);
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        z += this.values[i];
      }
    }
    for (let k = 0; k + 1 < stems.length; k++) {
      const i = bigrams.get(stems[k])?.get(stems[k + 1]);
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        z += this.values[i];
      }
    }
    for (const r of reasons) {
      const i = reasonWeights.get(r);
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        z += this.values[i];
      }
    }
    return z;
  }

  /** The model's logit for a set of active features. */
  logit(features: readonly string[]): number {
    const { weights } = this.index();
    let z = this.bias;
    for (const f of features) z += weights.get(f) ?? 0;
    return z;
  }

  /** The weight of one feature (0 when unknown), for explanations. */
  weight(feature: string): number {
    return this.index().weights.get(feature) ?? 0;
  }
}

/** LinearModel's lookup maps. */
interface ModelIndexes {
  /** Feature name → weight. */
  weights: Map<string, number>;
  /** The same weights keyed without building feature strings: unigram stem, bigram stem → stem, reason. */
  unigrams: Map<string, number>;
  bigrams: Map<string, Map<string, number>>;
  reasonWeights: Map<string, number>;
}

/** The shipped model. */
export const MODEL = new LinearModel(data as ModelData);
