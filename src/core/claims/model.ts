/**
 * The learned part of the scorer: a logistic regression over features.ts, trained offline by
 * `npm run train:claims` (tests/bench/trainClaims.ts) and shipped as model.generated.json. Nothing is
 * fetched at run time.
 */
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

  constructor(model: ModelData) {
    this.bias = model.bias;
    this.blend = model.blend;
    this.weights = new Map(model.features.map((f, i) => [f, model.weights[i]]));
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
