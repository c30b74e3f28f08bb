/** The written credit policy as data: every threshold the scoring, limits, collections and review rules read. */
import { BUILT_IN_FACTORS, type BuiltInFactor } from "../scoring/builtInFactors";

/** Grades, best first. The policy sets their minimum scores; the names are fixed so reports stay comparable. */
export const GRADES = ["A", "B", "C", "D", "E"] as const;
export type Grade = (typeof GRADES)[number];

/** Size segments with their own built-in model weights. */
export const SEGMENTS = ["Large", "Mid", "Small"] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Steps of the collection ladder, mildest first. */
export const LADDER_STAGES = ["reminder", "phone", "letter", "stopSupply", "agency"] as const;
export type LadderStage = (typeof LADDER_STAGES)[number];

/** What the review recommends for a customer's credit, strictest first (issue 15). */
export const CREDIT_ACTIONS = ["stop", "reduce", "keep", "increase"] as const;
export type CreditAction = (typeof CREDIT_ACTIONS)[number];
/** The actions a decision rule may choose: an increase is never chosen by a rule, only when no rule holds. */
export type RuleAction = Exclude<CreditAction, "increase">;

/**
 * The conditions of the decision table, in the default order (docs/credit-policy.md, "Decisions"). Each is a fact
 * about one customer at the review date; `src/core/portfolio/decisions.ts` says when each holds.
 */
export const DECISION_CONDITIONS = [
  "blacklisted",
  "listRecommended",
  "worstGrade",
  "collectionStop",
  "zeroLimitWithExposure",
  "scoreBelowFloor",
  "scoreDrop",
  "gradeDowngrade",
  "overLimitOverdue",
  "seriouslyLate",
  "zDistress",
  "limitBreachesPolicy",
  "limitAboveRecommended",
  "temporaryLimitExpired",
  "disputeEscalation",
  "overLimit",
  "concentration",
  "temporaryLimitExpiring",
  "overdueItems",
  "openDisputes",
  "weakGrade",
] as const;
export type DecisionCondition = (typeof DECISION_CONDITIONS)[number];

/** One row of the decision table: when the condition holds, at least this action. */
export interface DecisionRule {
  readonly condition: DecisionCondition;
  readonly action: RuleAction;
}

/** A grade and the lowest score that earns it. The worst grade's minimum is -Infinity (everything below). */
export interface GradeBand {
  readonly grade: string;
  readonly minScore: number;
}

/** One approval level: it may approve limits up to `upTo` (the last level has Infinity). */
export interface ApprovalLevel {
  readonly name: string;
  readonly upTo: number;
}

export interface LimitRules {
  /** need = monthly sales × (terms + needBufferDays) ÷ 30: terms plus the month it takes to notice and stop. */
  readonly needBufferDays: number;
  /** Cap as a fraction of net worth (equity), by grade. */
  readonly netWorthShareByGrade: Readonly<Record<Grade, number>>;
  /** Cap as a fraction of working capital (current assets − current liabilities). */
  readonly workingCapitalShare: number;
  /** With an insured limit, the cap is insured limit + this tolerance (currency). */
  readonly uninsuredTolerance: number;
  /** A customer known for fewer months than this is capped at `newCustomerLimit`. */
  readonly newCustomerMonths: number;
  readonly newCustomerLimit: number;
  /** Largest increase per review over the current limit, as a fraction (0.5 = +50 %). Decreases apply at once. */
  readonly maxIncrease: number;
  /** The limit is rounded down to a multiple of this (currency). */
  readonly roundingStep: number;
  /** A `reduce` that the credit rules do not already cut: the limit in force × (1 − this). */
  readonly warningCut: number;
  /** Customers in this grade or worse are not given more (the `weakGrade` row): D by default. */
  readonly noIncreaseFromGrade: Grade;
  /**
   * The limit in force may be above the credit rules' limit by this fraction of itself before the review cuts it
   * (`limitAboveRecommended`): credit teams do not cut 100,000 to 98,000.
   */
  readonly reduceTolerance: number;
}

/** Temporary (seasonal) limits: how far and how long without a higher approval, and when to warn of expiry. */
export interface TemporaryLimitRules {
  /** Largest uplift over the base limit as a fraction (0.5 = the temporary limit is at most 150 % of the base). */
  readonly maxUplift: number;
  /** Largest remaining duration in days (expiry − review date). */
  readonly maxDays: number;
  /** Warn when a temporary limit expires within this many days. */
  readonly expiryWarningDays: number;
}

/** The blacklist: when the review recommends listing, and the conditions of release. */
export interface BlacklistRules {
  /** Recommend listing when an undisputed item is this many days past due (also after a write-off or at the agency stage). */
  readonly listAfterDays: number;
  /** Months since the blacklist date before release can be considered. */
  readonly releaseMonths: number;
  /** The grade a listed customer must reach (this or better) to be eligible for release. */
  readonly releaseMinGrade: Grade;
  /** Months a released customer stays on probation (limit capped at the new-customer limit). */
  readonly probationMonths: number;
}

/** Approval beyond the amount: levels are 1-based positions in `approvalLevels`. */
export interface ApprovalRules {
  /** Grades whose limits are approved one level higher. */
  readonly escalateGrades: readonly Grade[];
  /** The lowest level that approves a strategic account's limit. */
  readonly strategicLevel: number;
  /** The lowest level that approves a limit in force above the last review's recommendation (an override). */
  readonly overrideLevel: number;
  /** The lowest level that approves a temporary limit beyond the policy's uplift or duration. */
  readonly temporaryLevel: number;
}

/** Disputed items: escalation and the credit insurer's notification deadline, both in days past due. */
export interface DisputeRules {
  readonly escalationDays: number;
  /** Disputed items further past due than this leave insured cover (not notified to the insurer in time). */
  readonly insurerNotificationDays: number;
}

export interface CollectionRules {
  /** Days past due from which each ladder stage applies, rising. */
  readonly fromDays: Readonly<Record<LadderStage, number>>;
  /** Days added to days past due before reading the ladder, by grade: negative = patience, positive = escalate sooner. */
  readonly gradeShiftDays: Readonly<Record<Grade, number>>;
}

export interface EarlyWarningRules {
  /** Alert when the score fell by at least this many points since the last review. */
  readonly scoreDrop: number;
  /** Alert when the score is below this. */
  readonly scoreFloor: number;
  /** Alert when one customer's share of positive exposure is above this fraction. */
  readonly concentrationCap: number;
}

/** Scorecard points ↔ odds scaling (Siddiqi): base points at base odds (good:bad), points to double the odds. */
export interface PdScaling {
  readonly basePoints: number;
  readonly baseOdds: number;
  readonly pdo: number;
}

export interface CreditPolicy {
  /** Best first; the last band (the worst grade) has minScore -Infinity. */
  readonly gradeBands: readonly GradeBand[];
  /** This grade and worse get a limit of 0 (cash in advance). */
  readonly worstGrade: Grade;
  /** Built-in model weights by segment (any non-negative numbers; they are normalised over present factors). */
  readonly segmentWeights: Readonly<Record<Segment, Readonly<Record<BuiltInFactor, number>>>>;
  /** Segment used for a customer whose segment is blank or not Large/Mid/Small. */
  readonly defaultSegment: Segment;
  /** Fewer built-in factors with values than this → manual review (thin data). */
  readonly minFactors: number;
  readonly limits: LimitRules;
  /** Approval authority by amount, lowest level first. */
  readonly approvalLevels: readonly ApprovalLevel[];
  /** Grades whose limits are approved one level lower (fast track). */
  readonly fastTrackGrades: readonly Grade[];
  /** Upper limits of the overdue aging buckets in days past due (30, 60, 90). */
  readonly bucketLimits: readonly number[];
  /** Loss rate per aging bucket, not yet due first (bucketLimits.length + 2 rates). */
  readonly lossRates: readonly number[];
  readonly collection: CollectionRules;
  readonly earlyWarning: EarlyWarningRules;
  readonly pdScaling: PdScaling;
  /** One-year PD by grade, for scores not in scorecard points (the built-in 0–100 model). */
  readonly pdByGrade: Readonly<Record<Grade, number>>;
  /** Loss given default for expected loss (fraction). */
  readonly lgd: number;
  /** The decision table: conditions and the action each calls for (strictest matching action wins). */
  readonly decisions: readonly DecisionRule[];
  readonly temporaryLimits: TemporaryLimitRules;
  readonly blacklist: BlacklistRules;
  readonly approval: ApprovalRules;
  readonly disputes: DisputeRules;
  /** CEI's opening receivables from the ledger and from ReviewHistory may differ by this fraction before a data issue. */
  readonly ceiOpeningTolerance: number;
  /**
   * A built scorecard whose test (hold-out) AUC is below this is not written into the workbook without an explicit
   * confirmation (0.5 is a coin toss; 1 a perfect ranking).
   */
  readonly minScorecardAuc: number;
}

/** The default action of each decision condition: stop for the hard stops, reduce for warnings that cut, keep for those that only hold. */
const DEFAULT_ACTION: Readonly<Record<DecisionCondition, RuleAction>> = {
  blacklisted: "stop",
  listRecommended: "stop",
  worstGrade: "stop",
  collectionStop: "stop",
  zeroLimitWithExposure: "stop",
  scoreBelowFloor: "reduce",
  scoreDrop: "reduce",
  gradeDowngrade: "reduce",
  overLimitOverdue: "reduce",
  seriouslyLate: "reduce",
  zDistress: "reduce",
  limitBreachesPolicy: "reduce",
  limitAboveRecommended: "reduce",
  temporaryLimitExpired: "keep",
  disputeEscalation: "reduce",
  overLimit: "keep",
  concentration: "keep",
  temporaryLimitExpiring: "keep",
  overdueItems: "keep",
  openDisputes: "keep",
  weakGrade: "keep",
};

/** The default decision table, in the order of DECISION_CONDITIONS. */
export const DEFAULT_DECISIONS: readonly DecisionRule[] = DECISION_CONDITIONS.map((condition) => ({
  condition,
  action: DEFAULT_ACTION[condition],
}));

function weights(w: Record<BuiltInFactor, number>): Record<BuiltInFactor, number> {
  for (const f of BUILT_IN_FACTORS) if (!(f in w)) throw new Error(`weight of ${f} missing`);
  return w;
}

/**
 * The defaults, used for every setting the CreditPolicy table does not give. See docs/credit-policy.md.
 *
 * - Grades A ≥ 80, B ≥ 65, C ≥ 50, D ≥ 35, E below 35 on the built-in 0–100 score; E is the worst grade.
 * - Built-in weights: large companies lean on financial statements and Altman, small ones on payment behaviour
 *   and the bureau score (their accounts are thin and less reliable); each segment's weights add up to 100.
 * - Limits: need = monthly sales × (terms + 30) ÷ 30; caps 20/15/10/5/0 % of net worth for A–E, 20 % of working
 *   capital, insured limit + 10,000; new customers (< 6 months) at most 10,000; +50 % per review; step 1,000.
 * - Approval: credit analyst ≤ 50,000, credit manager ≤ 250,000, finance director ≤ 1,000,000, credit committee
 *   above; grades A and B one level lower.
 * - Aging 30/60/90 with loss rates 0.5 %, 2 %, 5 %, 15 %, 50 % (not due … over 90).
 * - Ladder: reminder from day 1, phone 15, letter 30, stop supply 60, agency/legal 90; shift A −10, B −5, C 0,
 *   D +10, E +20 days.
 * - Early warnings: score drop ≥ 10 points, floor 35, concentration cap 10 %.
 * - PD scaling 600 points at 50:1, 20 points to double the odds; PD by grade 0.5 %, 1 %, 2.5 %, 6 %, 20 %; LGD 45 %
 *   (the Basel foundation IRB value for senior unsecured claims).
 * - A built scorecard needs a test AUC of at least 0.6 (a weak but useful ranking) to be written without asking.
 */
export const defaultPolicy: CreditPolicy = {
  gradeBands: [
    { grade: "A", minScore: 80 },
    { grade: "B", minScore: 65 },
    { grade: "C", minScore: 50 },
    { grade: "D", minScore: 35 },
    { grade: "E", minScore: -Infinity },
  ],
  worstGrade: "E",
  segmentWeights: {
    Large: weights({
      yearsTrading: 5,
      externalScore: 15,
      currentRatio: 10,
      debtRatio: 15,
      altmanZone: 20,
      profitability: 15,
      daysBeyondTerms: 15,
      annualRevenue: 5,
    }),
    Mid: weights({
      yearsTrading: 10,
      externalScore: 15,
      currentRatio: 10,
      debtRatio: 10,
      altmanZone: 15,
      profitability: 10,
      daysBeyondTerms: 25,
      annualRevenue: 5,
    }),
    Small: weights({
      yearsTrading: 15,
      externalScore: 25,
      currentRatio: 5,
      debtRatio: 5,
      altmanZone: 5,
      profitability: 5,
      daysBeyondTerms: 35,
      annualRevenue: 5,
    }),
  },
  defaultSegment: "Mid",
  minFactors: 4,
  limits: {
    needBufferDays: 30,
    netWorthShareByGrade: { A: 0.2, B: 0.15, C: 0.1, D: 0.05, E: 0 },
    workingCapitalShare: 0.2,
    uninsuredTolerance: 10_000,
    newCustomerMonths: 6,
    newCustomerLimit: 10_000,
    maxIncrease: 0.5,
    roundingStep: 1_000,
    warningCut: 0.25,
    reduceTolerance: 0.1,
    noIncreaseFromGrade: "D",
  },
  approvalLevels: [
    { name: "Credit analyst", upTo: 50_000 },
    { name: "Credit manager", upTo: 250_000 },
    { name: "Finance director", upTo: 1_000_000 },
    { name: "Credit committee", upTo: Infinity },
  ],
  fastTrackGrades: ["A", "B"],
  bucketLimits: [30, 60, 90],
  lossRates: [0.005, 0.02, 0.05, 0.15, 0.5],
  collection: {
    fromDays: { reminder: 1, phone: 15, letter: 30, stopSupply: 60, agency: 90 },
    gradeShiftDays: { A: -10, B: -5, C: 0, D: 10, E: 20 },
  },
  earlyWarning: { scoreDrop: 10, scoreFloor: 35, concentrationCap: 0.1 },
  pdScaling: { basePoints: 600, baseOdds: 50, pdo: 20 },
  pdByGrade: { A: 0.005, B: 0.01, C: 0.025, D: 0.06, E: 0.2 },
  lgd: 0.45,
  decisions: DEFAULT_DECISIONS,
  temporaryLimits: { maxUplift: 0.5, maxDays: 92, expiryWarningDays: 14 },
  blacklist: { listAfterDays: 180, releaseMonths: 12, releaseMinGrade: "B", probationMonths: 6 },
  approval: { escalateGrades: ["D"], strategicLevel: 3, overrideLevel: 2, temporaryLevel: 2 },
  disputes: { escalationDays: 45, insurerNotificationDays: 90 },
  ceiOpeningTolerance: 0.05,
  minScorecardAuc: 0.6,
};

/** The grade names of a policy, best first. */
export function policyGrades(policy: CreditPolicy): string[] {
  return policy.gradeBands.map((b) => b.grade);
}

/** Ranks already looked up, per grade-band list (policies are immutable): the review asks per customer, often twice. */
const RANKS = new WeakMap<readonly GradeBand[], Map<string, number>>();

/** Position of a grade, 0 = best; -1 when the policy has no such grade (case-insensitive). */
export function gradeRank(policy: CreditPolicy, grade: string): number {
  let ranks = RANKS.get(policy.gradeBands);
  if (!ranks) RANKS.set(policy.gradeBands, (ranks = new Map()));
  let rank = ranks.get(grade);
  if (rank === undefined) {
    const g = grade.trim().toUpperCase();
    rank = policy.gradeBands.findIndex((b) => b.grade.toUpperCase() === g);
    if (ranks.size < 256) ranks.set(grade, rank);
  }
  return rank;
}

/** The segment a customer's text names (Large/Mid/Small, also 大型/中型/小型, any case), or undefined. */
export function segmentFromText(text: string | undefined): Segment | undefined {
  if (!text) return undefined;
  const t = text.trim().toLowerCase();
  if (t === "large" || t === "大型" || t === "大") return "Large";
  if (t === "mid" || t === "medium" || t === "middle" || t === "中型" || t === "中") return "Mid";
  if (t === "small" || t === "小型" || t === "小") return "Small";
  return undefined;
}
