/** The factors of the built-in multi-factor model: ids, display names (en, zh) and the bands that map each to 0–100. */
import { CUSTOMER_COLUMN_NAMES } from "../portfolio/customerColumns";

/** Factor ids of the built-in model, in the order they are shown. */
export const BUILT_IN_FACTORS = [
  "yearsTrading",
  "externalScore",
  "currentRatio",
  "debtRatio",
  "altmanZone",
  "profitability",
  "daysBeyondTerms",
  "annualRevenue",
] as const;

export type BuiltInFactor = (typeof BUILT_IN_FACTORS)[number];

/** Altman zones as the built-in model and CREDIT.ZZONE name them. */
export type AltmanZone = "Safe" | "Grey" | "Distress";

/**
 * One band of a factor: values up to `upTo` score `score`. For a higher-is-better factor the band holds
 * values v with previous upTo ≤ v < upTo; for a lower-is-better one, previous upTo < v ≤ upTo (so a debt
 * ratio of exactly 0.5 still scores as "≤ 0.5"). The last band is open (`upTo` = Infinity).
 */
export interface FactorBand {
  readonly upTo: number;
  readonly score: number;
}

export interface BuiltInFactorDefinition {
  readonly id: BuiltInFactor;
  /** English display name, also accepted as a factor name by CREDIT.SCORE. */
  readonly name: string;
  /** Chinese display name, also accepted. */
  readonly zh: string;
  /** Other accepted spellings (matched case- and space-insensitively). */
  readonly synonyms: readonly string[];
  /** What the value is, with its unit, for docs and messages. */
  readonly unit: string;
  readonly higherIsBetter: boolean;
  /** Bands in increasing `upTo`; empty for the Altman zone, which is categorical. */
  readonly bands: readonly FactorBand[];
}

/**
 * The built-in factors and their bands. Thresholds follow common trade-credit practice: a current ratio below 1
 * means short-term debts exceed short-term assets; debt ratio (total liabilities ÷ total assets) above 1 means
 * negative equity; profitability is return on assets (EBIT ÷ total assets); days beyond terms is the amount-
 * weighted lateness of paid invoices; size is annual revenue in the ledger currency.
 */
export const BUILT_IN_FACTOR_DEFINITIONS: Readonly<Record<BuiltInFactor, BuiltInFactorDefinition>> = {
  yearsTrading: {
    id: "yearsTrading",
    name: "Years Trading",
    zh: "经营年限",
    // Read straight from the Customers column: every header the contract accepts for it names the factor too.
    synonyms: CUSTOMER_COLUMN_NAMES.yearsTrading.synonyms,
    unit: "years",
    higherIsBetter: true,
    bands: [
      { upTo: 1, score: 10 },
      { upTo: 3, score: 35 },
      { upTo: 5, score: 55 },
      { upTo: 10, score: 75 },
      { upTo: Infinity, score: 100 },
    ],
  },
  externalScore: {
    id: "externalScore",
    name: "External Score",
    zh: "外部评分",
    synonyms: CUSTOMER_COLUMN_NAMES.externalScore.synonyms,
    unit: "0–100, used as is (clamped to 0–100)",
    higherIsBetter: true,
    bands: [],
  },
  currentRatio: {
    id: "currentRatio",
    name: "Current Ratio",
    zh: "流动比率",
    synonyms: [],
    unit: "current assets ÷ current liabilities",
    higherIsBetter: true,
    bands: [
      { upTo: 0.8, score: 10 },
      { upTo: 1.0, score: 30 },
      { upTo: 1.2, score: 50 },
      { upTo: 1.5, score: 70 },
      { upTo: 2.0, score: 85 },
      { upTo: Infinity, score: 100 },
    ],
  },
  debtRatio: {
    id: "debtRatio",
    name: "Debt Ratio",
    zh: "资产负债率",
    synonyms: ["leverage", "负债率"],
    unit: "total liabilities ÷ total assets",
    higherIsBetter: false,
    bands: [
      { upTo: 0.3, score: 100 },
      { upTo: 0.5, score: 80 },
      { upTo: 0.7, score: 55 },
      { upTo: 0.9, score: 30 },
      { upTo: 1.0, score: 15 },
      { upTo: Infinity, score: 0 },
    ],
  },
  altmanZone: {
    id: "altmanZone",
    name: "Altman Zone",
    zh: "Z值区间",
    synonyms: ["z zone", "altman", "z区间"],
    unit: "Safe / Grey / Distress (安全 / 灰色 / 困境): 100 / 50 / 0",
    higherIsBetter: true,
    bands: [],
  },
  profitability: {
    id: "profitability",
    name: "Profitability",
    zh: "资产收益率",
    synonyms: ["return on assets", "roa", "ebit / total assets", "盈利能力"],
    unit: "EBIT ÷ total assets",
    higherIsBetter: true,
    bands: [
      { upTo: 0, score: 10 },
      { upTo: 0.02, score: 35 },
      { upTo: 0.05, score: 55 },
      { upTo: 0.1, score: 75 },
      { upTo: Infinity, score: 100 },
    ],
  },
  daysBeyondTerms: {
    id: "daysBeyondTerms",
    name: "Days Beyond Terms",
    zh: "超期天数",
    synonyms: ["payment behaviour", "payment behavior", "dbt", "付款表现"],
    unit: "days (paid invoices, amount-weighted)",
    higherIsBetter: false,
    bands: [
      { upTo: 0, score: 100 },
      { upTo: 5, score: 85 },
      { upTo: 15, score: 65 },
      { upTo: 30, score: 40 },
      { upTo: 60, score: 20 },
      { upTo: Infinity, score: 0 },
    ],
  },
  annualRevenue: {
    id: "annualRevenue",
    name: "Annual Revenue",
    zh: "年营业收入",
    // Size: the column's headers, and the factor's own name for it ("Size" as a Customers header is the segment).
    synonyms: ["size", "规模", ...CUSTOMER_COLUMN_NAMES.annualRevenue.synonyms],
    unit: "currency per year",
    higherIsBetter: true,
    bands: [
      { upTo: 1_000_000, score: 20 },
      { upTo: 10_000_000, score: 45 },
      { upTo: 50_000_000, score: 65 },
      { upTo: 250_000_000, score: 85 },
      { upTo: Infinity, score: 100 },
    ],
  },
};

/** Case-, space- and punctuation-insensitive key for matching names typed by people. */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/[\s_\-–—:：()（）%]+/g, "");
}

const FACTOR_BY_NAME: ReadonlyMap<string, BuiltInFactor> = (() => {
  const m = new Map<string, BuiltInFactor>();
  for (const id of BUILT_IN_FACTORS) {
    const d = BUILT_IN_FACTOR_DEFINITIONS[id];
    for (const n of [id, d.name, d.zh, ...d.synonyms]) m.set(nameKey(n), id);
  }
  return m;
})();

/**
 * The built-in factor a name refers to (English, Chinese or a synonym, any case and spacing), or undefined.
 * @example builtInFactorByName("years trading") // "yearsTrading"
 */
export function builtInFactorByName(name: string): BuiltInFactor | undefined {
  return FACTOR_BY_NAME.get(nameKey(name));
}

const ZONES: ReadonlyMap<string, AltmanZone> = new Map<string, AltmanZone>([
  ["safe", "Safe"],
  ["安全", "Safe"],
  ["grey", "Grey"],
  ["gray", "Grey"],
  ["灰色", "Grey"],
  ["distress", "Distress"],
  ["困境", "Distress"],
]);

/** The Altman zone a text names (Safe/Grey/Gray/Distress or 安全/灰色/困境, any case), or undefined. */
export function altmanZoneFromText(text: string): AltmanZone | undefined {
  return ZONES.get(nameKey(text));
}
