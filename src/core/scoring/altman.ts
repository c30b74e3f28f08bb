/** Altman Z-scores (public Z, private Z′, non-manufacturing Z″, emerging-market EM) and their zones. */
import { div0Error, numError } from "../errors";
import type { AltmanZone } from "./builtInFactors";

export type { AltmanZone } from "./builtInFactors";

export const ALTMAN_MODELS = ["public", "private", "nonmfg", "em"] as const;
/** `public` Z (1968), `private` Z′ (1983), `nonmfg` Z″ (1995, no sales term), `em` = Z″ + 3.25. */
export type AltmanModel = (typeof ALTMAN_MODELS)[number];

/** Balance-sheet and income figures, all in the same currency. */
export interface AltmanInputs {
  /** Current assets − current liabilities. */
  readonly workingCapital: number;
  readonly retainedEarnings: number;
  /** Earnings before interest and taxes. */
  readonly ebit: number;
  /** Market value of equity for `public`; book value for the other models. */
  readonly equity: number;
  /** Net sales; not used by `nonmfg` and `em`. */
  readonly sales: number;
  readonly totalAssets: number;
  readonly totalLiabilities: number;
}

/** Coefficients of X1 … X5 and the constant, by model. */
export const ALTMAN_COEFFICIENTS: Readonly<
  Record<AltmanModel, readonly [number, number, number, number, number, number]>
> = {
  public: [1.2, 1.4, 3.3, 0.6, 1.0, 0],
  private: [0.717, 0.847, 3.107, 0.42, 0.998, 0],
  nonmfg: [6.56, 3.26, 6.72, 1.05, 0, 0],
  em: [6.56, 3.26, 6.72, 1.05, 0, 3.25],
};

/** Zone cut-offs by model: below `distress` is Distress, above `safe` is Safe, in between (inclusive) Grey. */
export const ALTMAN_ZONES: Readonly<Record<AltmanModel, { readonly distress: number; readonly safe: number }>> = {
  public: { distress: 1.81, safe: 2.99 },
  private: { distress: 1.23, safe: 2.9 },
  nonmfg: { distress: 1.1, safe: 2.6 },
  em: { distress: 4.35, safe: 5.85 },
};

/** The model a text names (public / private / nonmfg / em, any case and surrounding space), or undefined. */
export function altmanModelFromText(text: string): AltmanModel | undefined {
  const t = text.trim().toLowerCase();
  return (ALTMAN_MODELS as readonly string[]).includes(t) ? (t as AltmanModel) : undefined;
}

/**
 * Altman's ratios: X1 = working capital ÷ TA, X2 = retained earnings ÷ TA, X3 = EBIT ÷ TA,
 * X4 = equity ÷ total liabilities, X5 = sales ÷ TA.
 * @throws CreditError num when total assets or total liabilities are negative; div0 when either is zero
 */
export function altmanRatios(inputs: AltmanInputs): [number, number, number, number, number] {
  const { totalAssets: ta, totalLiabilities: tl } = inputs;
  if (ta < 0) throw numError("argumentNegative", { argument: "total_assets" });
  if (tl < 0) throw numError("argumentNegative", { argument: "total_liabilities" });
  if (ta === 0) throw div0Error("denominatorZero", { argument: "total_assets" });
  if (tl === 0) throw div0Error("denominatorZero", { argument: "total_liabilities" });
  return [
    inputs.workingCapital / ta,
    inputs.retainedEarnings / ta,
    inputs.ebit / ta,
    inputs.equity / tl,
    inputs.sales / ta,
  ];
}

/**
 * Altman Z-score: Σ coefficient × ratio (+ 3.25 for `em`).
 *
 * - public (Altman 1968, listed manufacturers): Z = 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5, X4 with the
 *   market value of equity;
 * - private (Z′, Altman 1983): 0.717 X1 + 0.847 X2 + 3.107 X3 + 0.420 X4 + 0.998 X5, X4 with book equity;
 * - nonmfg (Z″, Altman, Hartzell & Peck 1995): 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4 (no sales term, so asset-
 *   heavy and service firms are not penalised for low turnover);
 * - em: Z″ + 3.25, the emerging-market constant that puts the EM score on the scale of a bond rating.
 *
 * Source: E. I. Altman, "Predicting Financial Distress of Companies: Revisiting the Z-Score and ZETA Models"
 * (NYU Stern, 2000), tables of the three models. Some public material swaps the Z″ coefficients of X1 and X3 or
 * judges EM scores (with the +3.25) against Z″ zones; this module follows docs/architecture.md §Shared definitions:
 * coefficients as above, EM scores against EM zones (4.35 / 5.85 = 1.10 / 2.60 + 3.25).
 *
 * @example altmanZ({ workingCapital: 0.34, retainedEarnings: 0.15, ebit: 0, equity: 0.8, sales: 1.6, totalAssets: 1, totalLiabilities: 1 }, "public") // 2.698
 */
export function altmanZ(inputs: AltmanInputs, model: AltmanModel = "public"): number {
  const x = altmanRatios(inputs);
  const c = ALTMAN_COEFFICIENTS[model];
  return c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3] + c[4] * x[4] + c[5];
}

/**
 * The zone of a Z-score under a model: Safe when z > the upper cut-off, Distress when z < the lower one, Grey
 * when lower ≤ z ≤ upper. Altman states the public model as "Z > 2.99 safe, Z < 1.81 distress" with the
 * cut-offs themselves in the zone of ignorance, so a score exactly on a cut-off is Grey.
 * @example altmanZone(2.99, "public") // "Grey"
 * @example altmanZone(1.0, "nonmfg") // "Distress"
 */
export function altmanZone(z: number, model: AltmanModel = "public"): AltmanZone {
  const { distress, safe } = ALTMAN_ZONES[model];
  if (z > safe) return "Safe";
  if (z < distress) return "Distress";
  return "Grey";
}
