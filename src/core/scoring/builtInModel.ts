/** The built-in multi-factor model (0–100): each factor banded to 0–100, weighted by segment, missing ones reweighted. */
import { at } from "../arrays";
import { valueError } from "../errors";
import type { Customer } from "../portfolio/model";
import { defaultPolicy, segmentFromText, type CreditPolicy, type Segment } from "../policy/creditPolicy";
import { BUILT_IN_FACTOR_DEFINITIONS, BUILT_IN_FACTORS, type AltmanZone, type BuiltInFactor } from "./builtInFactors";

/** One customer's factor values; undefined = not known (the factor is reweighted away and reported). */
export interface BuiltInInput {
  readonly yearsTrading?: number;
  readonly externalScore?: number;
  readonly currentRatio?: number;
  readonly debtRatio?: number;
  readonly altmanZone?: AltmanZone;
  readonly profitability?: number;
  readonly daysBeyondTerms?: number;
  readonly annualRevenue?: number;
}

export interface BuiltInFactorScore {
  readonly factor: BuiltInFactor;
  readonly value: number | AltmanZone;
  /** The band the value fell in, as text (e.g. `3–5`, `≤ 0.5`, `Grey`). */
  readonly band: string;
  /** The factor's score, 0–100. */
  readonly score: number;
  /** The factor's share of the weight among present factors (0–1). */
  readonly weight: number;
  /** Contribution to the total: score × weight. */
  readonly points: number;
  /** Points below the factor's best (100 × weight − points): what this factor cost. */
  readonly reason: number;
}

export type ManualReviewReason = "strategic" | "thinData";

/** The built-in score without its per-factor explanation: what the review needs for each of 50,000 customers. */
export interface BuiltInScoreSummary {
  /** 0–100, rounded to 2 decimals; undefined when no weighted factor has a value. */
  readonly score?: number;
  /** Factors with a positive weight in the segment but no value: reweighted among the present ones. */
  readonly missing: readonly BuiltInFactor[];
  /** The segment whose weights were used. */
  readonly segment: Segment;
  /** False when the given segment was blank or unknown and the policy's default segment was used. */
  readonly segmentKnown: boolean;
  /** Strategic account, or fewer weighted factors than the policy's minimum. */
  readonly manualReview: boolean;
  readonly manualReviewReasons: readonly ManualReviewReason[];
}

export interface BuiltInScore extends BuiltInScoreSummary {
  /** Present factors, in the model's order. */
  readonly factors: readonly BuiltInFactorScore[];
}

const ZONE_SCORES: Record<AltmanZone, number> = { Safe: 100, Grey: 50, Distress: 0 };

function fmt(n: number): string {
  return Math.abs(n) >= 1e6 ? `${n / 1e6}M` : String(n);
}

function bandLabel(higherIsBetter: boolean, lower: number, upTo: number): string {
  if (lower === -Infinity) return `${higherIsBetter ? "<" : "≤"} ${fmt(upTo)}`;
  if (upTo === Infinity) return `${higherIsBetter ? "≥" : ">"} ${fmt(lower)}`;
  return `${fmt(lower)}–${fmt(upTo)}`;
}

/** Band labels computed once per factor: the review scores tens of thousands of customers. */
const BAND_LABELS: Readonly<Record<BuiltInFactor, readonly string[]>> = (() => {
  const out = {} as Record<BuiltInFactor, string[]>;
  for (const f of BUILT_IN_FACTORS) {
    const def = BUILT_IN_FACTOR_DEFINITIONS[f];
    out[f] = def.bands.map((b, i) =>
      bandLabel(def.higherIsBetter, i === 0 ? -Infinity : at(def.bands, i - 1).upTo, b.upTo),
    );
  }
  return out;
})();

/**
 * A factor value's score (0–100) and band. Higher-is-better factors: the first band with value < upTo;
 * lower-is-better factors: the first band with value ≤ upTo. External score is used as is, clamped to 0–100;
 * Altman zone scores Safe 100, Grey 50, Distress 0.
 * @example factorScore("currentRatio", 1.3) // { score: 70, band: "1.2–1.5" }
 */
export function factorScore(factor: BuiltInFactor, value: number | AltmanZone): { score: number; band: string } {
  if (factor === "altmanZone") return { score: ZONE_SCORES[value as AltmanZone], band: String(value) };
  if (factor === "externalScore") return { score: factorPoints(factor, value), band: "0–100" };
  const i = bandIndex(factor, value as number);
  return i < 0
    ? { score: 0, band: "" }
    : { score: at(BUILT_IN_FACTOR_DEFINITIONS[factor].bands, i).score, band: at(BAND_LABELS[factor], i) };
}

/** The band a numeric factor value falls in (see `factorScore`); -1 only for values no band holds (NaN). */
function bandIndex(factor: BuiltInFactor, v: number): number {
  const def = BUILT_IN_FACTOR_DEFINITIONS[factor];
  const bands = def.bands;
  // -1 only for NaN: every band list ends at Infinity.
  return bands.findIndex((band) => (def.higherIsBetter ? v < band.upTo : v <= band.upTo));
}

/** `factorScore(factor, value).score` without the band text: what the review needs for 50,000 customers. */
function factorPoints(factor: BuiltInFactor, value: number | AltmanZone): number {
  if (factor === "altmanZone") return ZONE_SCORES[value as AltmanZone];
  if (factor === "externalScore") return Math.min(100, Math.max(0, value as number));
  const i = bandIndex(factor, value as number);
  return i < 0 ? 0 : at(BUILT_IN_FACTOR_DEFINITIONS[factor].bands, i).score;
}

/**
 * The input's factor values in the model's order (BUILT_IN_FACTORS), each read by its name: a loop reading
 * `input[f]` for a factor name f makes two lookups by a variable key per factor, per customer.
 */
export function factorValues(input: BuiltInInput): (number | AltmanZone | undefined)[] {
  return [
    input.yearsTrading,
    input.externalScore,
    input.currentRatio,
    input.debtRatio,
    input.altmanZone,
    input.profitability,
    input.daysBeyondTerms,
    input.annualRevenue,
  ];
}

/** A segment's weights in the model's order, made once per weights object. */
const WEIGHTS_IN_ORDER = new WeakMap<object, Float64Array>();

function weightsInOrder(weights: Readonly<Record<BuiltInFactor, number>>): Float64Array {
  let inOrder = WEIGHTS_IN_ORDER.get(weights);
  if (!inOrder) {
    inOrder = Float64Array.from(BUILT_IN_FACTORS, (f) => weights[f]);
    WEIGHTS_IN_ORDER.set(weights, inOrder);
  }
  return inOrder;
}

function isPresent(v: number | AltmanZone | undefined): v is number | AltmanZone {
  return v !== undefined && (typeof v !== "number" || Number.isFinite(v));
}

/**
 * The built-in score of one customer:
 *
 *   score = Σ_present w_f × s_f ÷ Σ_present w_f
 *
 * where s_f is the factor's 0–100 band score (factorScore) and w_f the policy weight of the factor for the
 * customer's segment (Large / Mid / Small; blank or unknown → the policy's default segment). Factors without a
 * value drop out and their weight is spread over the present ones in proportion (reported in `missing`).
 * Manual review is flagged for strategic accounts and when fewer weighted factors than `policy.minFactors`
 * have values (thin data): the score is then a hint, not a decision — the practice of keeping human judgement
 * for the accounts that matter most or are known least.
 *
 * Non-finite numbers are treated as missing.
 * @example builtInScore({ externalScore: 70, daysBeyondTerms: 0 }, "Small").score // (25×70 + 35×100) ÷ 60 = 87.5
 */
export function builtInScore(
  input: BuiltInInput,
  segment?: string,
  policy: CreditPolicy = defaultPolicy,
  options: { readonly strategic?: boolean } = {},
): BuiltInScore {
  const summary = builtInScoreSummary(input, segment, policy, options);
  return { ...summary, factors: explainFactors(input, policy.segmentWeights[summary.segment]) };
}

/** `builtInScore` without the per-factor explanation (the same score, missing factors and manual-review reasons). */
export function builtInScoreSummary(
  input: BuiltInInput,
  segment?: string,
  policy: CreditPolicy = defaultPolicy,
  options: { readonly strategic?: boolean } = {},
): BuiltInScoreSummary {
  const known = segmentFromText(segment);
  const seg = known ?? policy.defaultSegment;
  const weights = weightsInOrder(policy.segmentWeights[seg]);
  const values = factorValues(input);
  const missing: BuiltInFactor[] = [];
  let totalWeight = 0;
  let weighted = 0;
  BUILT_IN_FACTORS.forEach((factor, k) => {
    const w = at(weights, k);
    if (!isPresent(values[k])) {
      if (w > 0) missing.push(factor);
      return;
    }
    totalWeight += w;
    if (w > 0) weighted++;
  });
  // Σ s_f × (w_f ÷ Σ w) in the model's order: the same sum as the factors' points, so they add up to it.
  let points = 0;
  if (totalWeight > 0) {
    BUILT_IN_FACTORS.forEach((factor, k) => {
      const v = values[k];
      if (isPresent(v)) points += factorPoints(factor, v) * (at(weights, k) / totalWeight);
    });
  }
  const reasons: ManualReviewReason[] = [];
  if (options.strategic) reasons.push("strategic");
  if (weighted < policy.minFactors) reasons.push("thinData");
  return {
    score: totalWeight > 0 ? Math.round(points * 100) / 100 : undefined,
    missing,
    segment: seg,
    segmentKnown: known !== undefined,
    manualReview: reasons.length > 0,
    manualReviewReasons: reasons,
  };
}

/** Each present factor's band, score, weight share, points and the points it cost, in the model's order. */
function explainFactors(input: BuiltInInput, weights: Readonly<Record<BuiltInFactor, number>>): BuiltInFactorScore[] {
  let totalWeight = 0;
  for (const f of BUILT_IN_FACTORS) if (isPresent(input[f])) totalWeight += weights[f];
  const factors: BuiltInFactorScore[] = [];
  for (const f of BUILT_IN_FACTORS) {
    const value = input[f];
    if (!isPresent(value)) continue;
    const { score, band } = factorScore(f, value);
    const weight = totalWeight > 0 ? weights[f] / totalWeight : 0;
    factors.push({ factor: f, value, band, score, weight, points: score * weight, reason: (100 - score) * weight });
  }
  return factors;
}

/**
 * The built-in model's inputs for a customer of the Customers table: years trading, external score and annual
 * revenue as given; current ratio = current assets ÷ current liabilities (needs liabilities > 0); debt ratio =
 * total liabilities ÷ total assets and profitability = EBIT ÷ total assets (need assets > 0). Days beyond terms
 * (from paid invoices) and the Altman zone come from the review.
 * @example builtInInputFromCustomer(customer, { daysBeyondTerms: 4, altmanZone: "Grey" })
 */
export function builtInInputFromCustomer(
  customer: Customer,
  fromReview: { readonly daysBeyondTerms?: number; readonly altmanZone?: AltmanZone } = {},
): BuiltInInput {
  const { currentAssets: ca, currentLiabilities: cl, totalAssets: ta, totalLiabilities: tl, ebit } = customer;
  return {
    yearsTrading: customer.yearsTrading,
    externalScore: customer.externalScore,
    currentRatio: ca !== undefined && cl !== undefined && cl > 0 ? ca / cl : undefined,
    debtRatio: tl !== undefined && ta !== undefined && ta > 0 ? tl / ta : undefined,
    altmanZone: fromReview.altmanZone,
    profitability: ebit !== undefined && ta !== undefined && ta > 0 ? ebit / ta : undefined,
    daysBeyondTerms: fromReview.daysBeyondTerms,
    annualRevenue: customer.annualRevenue,
  };
}

/**
 * The segment a text names, for CREDIT.SCORE: Large / Mid / Small (also 大型 / 中型 / 小型); blank → the
 * policy's default segment.
 * @throws CreditError value listing the segments for any other text
 */
export function segmentArgument(text: string | undefined, policy: CreditPolicy = defaultPolicy): Segment {
  if (text === undefined || text.trim() === "") return policy.defaultSegment;
  const s = segmentFromText(text);
  if (!s) throw valueError("builtInUnknownSegment", { options: "Large, Mid, Small" });
  return s;
}
