/**
 * The CREDIT.* custom functions. Each is an exported top-level function with JSDoc that the metadata plugin turns
 * into functions.json; each coerces its Excel arguments, calls the engine in src/core, and maps errors.
 * Keep sections by area; do not put logic here.
 *
 * Typing rules of the metadata generator (it resolves no type aliases on their own):
 * - a scalar argument is typed `Cell | null` (a union, which it registers as `any`, so our code, not Excel,
 *   checks the type and can name the argument in the message);
 * - a range argument is typed `any[][]` (registered as a matrix) and read with the helpers in ./arguments;
 * - a spilled result is typed `any[][]`; a single result `number`, `string` or `boolean`.
 * - `@helpurl functions.html#credit-<name>`: relative to the add-in's URL (DEV_URL in scripts/urls.js); the build
 *   makes it absolute, with the production host in a production build.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { numberArg, optionalNumberArg, type Cell } from "./arguments";
import { excelResult } from "./excelErrors";
import { dso as coreDso } from "../core/receivables/dso";
// Receivables, provisions, concentration (issue 3)
import { dateArg, numberListArg, alignedListsArg, numbersAt } from "./arguments";
import { functionsLocale } from "./excelErrors";
import { bucketLimitsArg, moneyCell, monthlySalesArg, openItemsArg, optionalNumber } from "./receivablesArguments";
import { dsoCountback as coreDsoCountback } from "../core/receivables/dsoCountback";
import { bestPossibleDso as coreBestPossibleDso } from "../core/receivables/bestPossibleDso";
import { averageDaysDelinquent as coreAverageDaysDelinquent } from "../core/receivables/averageDaysDelinquent";
import { collectionEffectiveness as coreCollectionEffectiveness } from "../core/receivables/collectionEffectiveness";
import { daysPastDue as coreDaysPastDue } from "../core/receivables/daysPastDue";
import { agingBuckets as coreAgingBuckets, agingBucketLabel as coreAgingBucketLabel } from "../core/receivables/aging";
import { provisionMatrix as coreProvisionMatrix } from "../core/provisions/provisionMatrix";
import {
  expectedCreditLoss as coreExpectedCreditLoss,
  expectedLoss as coreExpectedLoss,
} from "../core/provisions/expectedLoss";
import { herfindahlIndex as coreHerfindahlIndex, topShare as coreTopShare } from "../core/portfolio/concentration";
// Credit policy, scoring, grades, PD, Altman, limits, collection stage (issue 3: scoring & limits)
import { gridArg, isBlank, optionalBooleanArg, optionalTextArg } from "./arguments";
import { functionsLocale as scoringLocale } from "./excelErrors";
import {
  altmanModelArg,
  builtInInputArg,
  gradeTableArg,
  namedValuesArg,
  optionalAmountArg,
  scorecardArg,
} from "./scoringArguments";
import { defaultPolicy } from "../core/policy/creditPolicy";
import { naError, valueError } from "../core/errors";
import { formatMessage } from "../core/messages";
import { altmanZ as coreAltmanZ, altmanZone as coreAltmanZone } from "../core/scoring/altman";
import { pdToPoints as corePdToPoints, pointsToPd as corePointsToPd } from "../core/scoring/pdScaling";
import { scoreNamedValues as coreScoreNamedValues } from "../core/scoring/scorecard";
import { builtInScore as coreBuiltInScore, segmentArgument as coreSegmentArgument } from "../core/scoring/builtInModel";
import { BUILT_IN_FACTOR_DEFINITIONS } from "../core/scoring/builtInFactors";
import { gradeFromScore as coreGradeFromScore } from "../core/scoring/grade";
import { recommendedLimit as coreRecommendedLimit } from "../core/limits/recommendedLimit";
import {
  collectionStage as coreCollectionStage,
  collectionStageLabel as coreCollectionStageLabel,
} from "../core/receivables/collectionStage";
// Scorecard statistics (issue 3: modelling)
import { numberListArg as statisticsNumberListArg, optionalBooleanArg as statisticsBooleanArg } from "./arguments";
import { scoresBesideOutcomes, statisticsWoeTable } from "./statisticsArguments";
import { auc as coreAuc, gini as coreGini, ks as coreKs } from "../core/modelling/discrimination";
import { populationStability as corePopulationStability } from "../core/modelling/populationStability";

// ── Receivables: DSO family, days past due, aging ──

/**
 * Days sales outstanding: receivables ÷ credit sales × days.
 * @customfunction DSO
 * @param receivables Open trade receivables at the end of the period (currency).
 * @param credit_sales Credit sales of the same period (currency).
 * @param [days] Days in the period; default 365.
 * @returns Days sales outstanding (days).
 * @helpurl functions.html#credit-dso
 */
export function dso(receivables: Cell | null, credit_sales: Cell | null, days?: Cell | null): number {
  return excelResult(() =>
    coreDso(
      numberArg(receivables, "receivables"),
      numberArg(credit_sales, "credit_sales"),
      optionalNumberArg(days ?? null, "days", 365),
    ),
  );
}

// ── Receivables (issue 3): countback DSO, BPDSO, ADD, CEI, days past due, aging ──

/**
 * Days sales outstanding by the countback (exhaustion) method: receivables walked back against monthly sales.
 * @customfunction DSOCOUNTBACK
 * @param receivables Open receivables at the end of the latest month (currency).
 * @param monthly_sales Credit sales per month, oldest first, latest last (currency).
 * @param [days_in_month] Days of each month: one number (default 30) or a range the shape of monthly_sales.
 * @returns Countback DSO (days).
 * @helpurl functions.html#credit-dsocountback
 */
export function dsoCountback(receivables: Cell | null, monthly_sales: any[][], days_in_month?: any[][]): number {
  return excelResult(() => {
    const r = numberArg(receivables, "receivables");
    const { sales, days } = monthlySalesArg(monthly_sales, days_in_month ?? null);
    return coreDsoCountback(r, sales, days);
  });
}

/**
 * Best possible DSO: not-yet-due receivables ÷ credit sales × days.
 * @customfunction BPDSO
 * @param current_receivables Open receivables not yet due at the end of the period (currency).
 * @param credit_sales Credit sales of the same period (currency).
 * @param [days] Days in the period; default 365.
 * @returns Best possible days sales outstanding (days).
 * @helpurl functions.html#credit-bpdso
 */
export function bpdso(current_receivables: Cell | null, credit_sales: Cell | null, days?: Cell | null): number {
  return excelResult(() =>
    coreBestPossibleDso(
      numberArg(current_receivables, "current_receivables"),
      numberArg(credit_sales, "credit_sales"),
      optionalNumberArg(days ?? null, "days", 365),
    ),
  );
}

/**
 * Average days delinquent: DSO − best possible DSO.
 * @customfunction ADD
 * @param receivables All open receivables at the end of the period (currency).
 * @param current_receivables The part of them not yet due (currency).
 * @param credit_sales Credit sales of the same period (currency).
 * @param [days] Days in the period; default 365.
 * @returns Average days delinquent (days).
 * @helpurl functions.html#credit-add
 */
export function add(
  receivables: Cell | null,
  current_receivables: Cell | null,
  credit_sales: Cell | null,
  days?: Cell | null,
): number {
  return excelResult(() =>
    coreAverageDaysDelinquent(
      numberArg(receivables, "receivables"),
      numberArg(current_receivables, "current_receivables"),
      numberArg(credit_sales, "credit_sales"),
      optionalNumberArg(days ?? null, "days", 365),
    ),
  );
}

/**
 * Collection effectiveness index: (B + S − E) ÷ (B + S − Ecur), as a fraction.
 * @customfunction CEI
 * @param beginning_receivables Receivables at the start of the period (currency).
 * @param credit_sales Credit sales of the period (currency).
 * @param ending_receivables Receivables at the end of the period (currency).
 * @param ending_current_receivables The part of ending receivables not yet due (currency).
 * @param [months] Months in the period (whole number); when given, credit_sales ÷ months is used.
 * @returns Collection effectiveness (fraction, 1 = 100 %).
 * @helpurl functions.html#credit-cei
 */
export function cei(
  beginning_receivables: Cell | null,
  credit_sales: Cell | null,
  ending_receivables: Cell | null,
  ending_current_receivables: Cell | null,
  months?: Cell | null,
): number {
  return excelResult(() =>
    coreCollectionEffectiveness(
      numberArg(beginning_receivables, "beginning_receivables"),
      numberArg(credit_sales, "credit_sales"),
      numberArg(ending_receivables, "ending_receivables"),
      numberArg(ending_current_receivables, "ending_current_receivables"),
      optionalNumber(months ?? null, "months"),
    ),
  );
}

/**
 * Days past due: max(0, as_of − due_date).
 * @customfunction DAYSPASTDUE
 * @param due_date Due date (date).
 * @param as_of Date to measure at (date).
 * @returns Days past due (days; 0 when not yet due).
 * @helpurl functions.html#credit-dayspastdue
 */
export function daysPastDue(due_date: Cell | null, as_of: Cell | null): number {
  return excelResult(() => coreDaysPastDue(dateArg(due_date, "due_date"), dateArg(as_of, "as_of")));
}

/**
 * Aging of open items: spills one row of totals, not yet due, then one bucket per limit, then over the last limit.
 * @customfunction AGING
 * @param due_dates Due date of each open item (dates).
 * @param open_amounts Open amount of each item, same shape as due_dates (currency; credit notes negative).
 * @param as_of Date to age at (date).
 * @param [bucket_limits] Upper limits of the overdue buckets in days past due, increasing; default 30, 60, 90.
 * @returns One row: not yet due, each bucket, over the last limit (currency).
 * @helpurl functions.html#credit-aging
 */
export function aging(due_dates: any[][], open_amounts: any[][], as_of: Cell | null, bucket_limits?: any[][]): any[][] {
  return excelResult(() => {
    const items = openItemsArg(due_dates, open_amounts);
    const asOf = dateArg(as_of, "as_of");
    const limits = bucketLimitsArg(bucket_limits ?? null);
    return [coreAgingBuckets(items.dueDates, items.openAmounts, asOf, limits).map(moneyCell)];
  });
}

/**
 * The aging bucket label of one item: "Not due", "1-30", "31-60", "61-90" or "90+" with the default limits.
 * @customfunction AGINGBUCKET
 * @param due_date Due date (date).
 * @param as_of Date to age at (date).
 * @param [bucket_limits] Upper limits of the overdue buckets in days past due, increasing; default 30, 60, 90.
 * @returns The bucket label (text).
 * @helpurl functions.html#credit-agingbucket
 */
export function agingBucket(due_date: Cell | null, as_of: Cell | null, bucket_limits?: any[][]): string {
  return excelResult(() =>
    coreAgingBucketLabel(
      dateArg(due_date, "due_date"),
      dateArg(as_of, "as_of"),
      bucketLimitsArg(bucket_limits ?? null),
      functionsLocale(),
    ),
  );
}

// ── Provisions and expected loss (issue 3) ──

/**
 * Provision matrix (IFRS 9 simplified approach): Σ aging bucket total × its loss rate.
 * @customfunction PROVISION
 * @param due_dates Due date of each open item (dates).
 * @param open_amounts Open amount of each item, same shape as due_dates (currency).
 * @param loss_rates One loss rate per bucket, not yet due first (fractions 0–1; limits + 2 of them).
 * @param as_of Date to age at (date).
 * @param [bucket_limits] Upper limits of the overdue buckets in days past due, increasing; default 30, 60, 90.
 * @returns Loss allowance (currency).
 * @helpurl functions.html#credit-provision
 */
export function provision(
  due_dates: any[][],
  open_amounts: any[][],
  loss_rates: any[][],
  as_of: Cell | null,
  bucket_limits?: any[][],
): number {
  return excelResult(() => {
    const items = openItemsArg(due_dates, open_amounts);
    const rates = numberListArg(loss_rates, "loss_rates");
    const asOf = dateArg(as_of, "as_of");
    const limits = bucketLimitsArg(bucket_limits ?? null);
    return moneyCell(coreProvisionMatrix(items.dueDates, items.openAmounts, rates, asOf, limits));
  });
}

/**
 * Expected credit loss of groups of exposures: Σ amount × loss rate, exact.
 * @customfunction ECL
 * @param bucket_amounts Amount of each group, e.g. aging buckets (currency).
 * @param loss_rates Loss rate of each group, same shape (fractions 0–1).
 * @returns Expected credit loss (currency).
 * @helpurl functions.html#credit-ecl
 */
export function ecl(bucket_amounts: any[][], loss_rates: any[][]): number {
  return excelResult(() => {
    const { columns, rows } = alignedListsArg([
      ["bucket_amounts", bucket_amounts],
      ["loss_rates", loss_rates],
    ]);
    const amounts = numbersAt(columns[0], rows, "bucket_amounts");
    const rates = numbersAt(columns[1], rows, "loss_rates");
    return moneyCell(coreExpectedCreditLoss(amounts, rates));
  });
}

/**
 * Expected loss of one exposure: PD × LGD × EAD.
 * @customfunction EL
 * @param pd Probability of default (fraction 0–1).
 * @param lgd Loss given default (fraction 0–1).
 * @param ead Exposure at default (currency).
 * @returns Expected loss (currency).
 * @helpurl functions.html#credit-el
 */
export function el(pd: Cell | null, lgd: Cell | null, ead: Cell | null): number {
  return excelResult(() =>
    moneyCell(coreExpectedLoss(numberArg(pd, "pd"), numberArg(lgd, "lgd"), numberArg(ead, "ead"))),
  );
}

// ── Concentration (issue 3) ──

/**
 * Herfindahl–Hirschman index of the positive exposures: Σ share², shares as fractions (0–1).
 * @customfunction HHI
 * @param exposures Exposure per customer (currency); zero and negative ones are left out.
 * @returns HHI (fraction, from 1/n to 1).
 * @helpurl functions.html#credit-hhi
 */
export function hhi(exposures: any[][]): number {
  return excelResult(() => coreHerfindahlIndex(numberListArg(exposures, "exposures")));
}

/**
 * Share of the n largest positive exposures in the positive total.
 * @customfunction TOPSHARE
 * @param exposures Exposure per customer (currency); zero and negative ones are left out.
 * @param [n] How many of the largest to take; default 10.
 * @returns Share (fraction 0–1).
 * @helpurl functions.html#credit-topshare
 */
export function topShare(exposures: any[][], n?: Cell | null): number {
  return excelResult(() => coreTopShare(numberListArg(exposures, "exposures"), optionalNumberArg(n ?? null, "n", 10)));
}

// ── Credit policy, scoring, grades, PD, Altman, limits, collection stage (issue 3: scoring & limits) ──
// The functions use the default credit policy (docs/credit-policy.md); the review reads the workbook's own.

/**
 * Altman Z-score of a company from its balance sheet and income statement.
 * @customfunction ZSCORE
 * @param working_capital Current assets − current liabilities (currency).
 * @param retained_earnings Retained earnings (currency).
 * @param ebit Earnings before interest and taxes (currency).
 * @param equity Equity: market value for the public model, book value for the others (currency).
 * @param sales Net sales (currency); not used by nonmfg and em, where it may be blank.
 * @param total_assets Total assets (currency, > 0).
 * @param total_liabilities Total liabilities (currency, > 0).
 * @param [model] public (default), private, nonmfg or em.
 * @returns Z-score (number).
 * @helpurl functions.html#credit-zscore
 */
export function zscore(
  working_capital: Cell | null,
  retained_earnings: Cell | null,
  ebit: Cell | null,
  equity: Cell | null,
  sales: Cell | null,
  total_assets: Cell | null,
  total_liabilities: Cell | null,
  model?: Cell | null,
): number {
  return excelResult(() => {
    const m = altmanModelArg(model ?? null);
    const usesSales = m === "public" || m === "private";
    return coreAltmanZ(
      {
        workingCapital: numberArg(working_capital, "working_capital"),
        retainedEarnings: numberArg(retained_earnings, "retained_earnings"),
        ebit: numberArg(ebit, "ebit"),
        equity: numberArg(equity, "equity"),
        sales: usesSales ? numberArg(sales, "sales") : (optionalAmountArg(sales, "sales") ?? 0),
        totalAssets: numberArg(total_assets, "total_assets"),
        totalLiabilities: numberArg(total_liabilities, "total_liabilities"),
      },
      m,
    );
  });
}

/**
 * Altman zone of a Z-score: "Safe", "Grey" or "Distress".
 * @customfunction ZZONE
 * @param z Z-score (number), as CREDIT.ZSCORE gives it for the same model.
 * @param [model] public (default; 1.81 / 2.99), private (1.23 / 2.90), nonmfg (1.10 / 2.60) or em (4.35 / 5.85).
 * @returns Safe, Grey or Distress (text).
 * @helpurl functions.html#credit-zzone
 */
export function zzone(z: Cell | null, model?: Cell | null): string {
  return excelResult(() => coreAltmanZone(numberArg(z, "z"), altmanModelArg(model ?? null)));
}

/**
 * Scorecard points of a probability of default: offset + factor × ln((1 − PD) ÷ PD).
 * @customfunction POINTS
 * @param pd Probability of default (fraction, strictly between 0 and 1).
 * @param [base_points] Points at the base odds; default 600.
 * @param [base_odds] Good:bad odds at the base points (50 means 50:1); default 50.
 * @param [pdo] Points to double the odds; default 20.
 * @returns Points (number).
 * @helpurl functions.html#credit-points
 */
export function points(pd: Cell | null, base_points?: Cell | null, base_odds?: Cell | null, pdo?: Cell | null): number {
  return excelResult(() => {
    const s = defaultPolicy.pdScaling;
    return corePdToPoints(numberArg(pd, "pd"), {
      basePoints: optionalNumberArg(base_points ?? null, "base_points", s.basePoints),
      baseOdds: optionalNumberArg(base_odds ?? null, "base_odds", s.baseOdds),
      pdo: optionalNumberArg(pdo ?? null, "pdo", s.pdo),
    });
  });
}

/**
 * Probability of default of a score: 1 ÷ (1 + base_odds × 2^((points − base_points) ÷ pdo)).
 * @customfunction PD
 * @param points Scorecard points (number).
 * @param [base_points] Points at the base odds; default 600.
 * @param [base_odds] Good:bad odds at the base points (50 means 50:1); default 50.
 * @param [pdo] Points to double the odds; default 20.
 * @returns Probability of default (fraction 0–1).
 * @helpurl functions.html#credit-pd
 */
export function pd(points: Cell | null, base_points?: Cell | null, base_odds?: Cell | null, pdo?: Cell | null): number {
  return excelResult(() => {
    const s = defaultPolicy.pdScaling;
    return corePointsToPd(numberArg(points, "points"), {
      basePoints: optionalNumberArg(base_points ?? null, "base_points", s.basePoints),
      baseOdds: optionalNumberArg(base_odds ?? null, "base_odds", s.baseOdds),
      pdo: optionalNumberArg(pdo ?? null, "pdo", s.pdo),
    });
  });
}

/** The detail rows of one customer's score, on a scorecard or the built-in model; shared by SCORE and SCOREDETAIL. */
function scoreRows(
  factor_names: any[][],
  factor_values: any[][],
  scorecard: any[][] | null,
  segment: Cell | null,
): { total: number; rows: any[][] } {
  const values = namedValuesArg(factor_names, factor_values);
  const card = gridArg(scorecard);
  if (card.some((row) => row.some((c) => !isBlank(c)))) {
    const r = coreScoreNamedValues(scorecardArg(card), values);
    return { total: r.total, rows: r.detail.map((d) => [d.factor, d.value ?? "", d.bin, d.points, d.reason]) };
  }
  const seg = coreSegmentArgument(optionalTextArg(segment, "segment", ""), defaultPolicy);
  const r = coreBuiltInScore(builtInInputArg(values), seg, defaultPolicy);
  if (r.score === undefined) throw naError("builtInNoFactors");
  const missingBin = formatMessage("builtInMissingBin", {}, scoringLocale());
  const rows: any[][] = r.factors.map((f) => [
    BUILT_IN_FACTOR_DEFINITIONS[f.factor].name,
    f.value,
    f.band,
    f.points,
    f.reason,
  ]);
  for (const f of r.missing) rows.push([BUILT_IN_FACTOR_DEFINITIONS[f].name, "", missingBin, 0, 0]);
  return { total: r.score, rows };
}

/**
 * Score of one customer: total points on a scorecard table, or the built-in model (0–100) without one.
 * @customfunction SCORE
 * @param factor_names Factor names (text), a row or a column.
 * @param factor_values The customer's value of each factor, same shape (numbers, text, or blank for missing).
 * @param [scorecard] Scorecard table: Factor, From, To, Category, Points (header optional). Omit for the built-in model.
 * @param [segment] Built-in model only: Large, Mid or Small; default Mid.
 * @returns Score (points on the scorecard; 0–100 for the built-in model).
 * @helpurl functions.html#credit-score
 */
export function score(
  factor_names: any[][],
  factor_values: any[][],
  scorecard?: any[][],
  segment?: Cell | null,
): number {
  return excelResult(() => scoreRows(factor_names, factor_values, scorecard ?? null, segment ?? null).total);
}

/**
 * The explained score: spills one row per factor: factor, value, bin, points, reason (points below the factor's best).
 * @customfunction SCOREDETAIL
 * @param factor_names Factor names (text), a row or a column.
 * @param factor_values The customer's value of each factor, same shape (numbers, text, or blank for missing).
 * @param [scorecard] Scorecard table: Factor, From, To, Category, Points (header optional). Omit for the built-in model.
 * @param [segment] Built-in model only: Large, Mid or Small; default Mid.
 * @returns Rows of factor, value, bin, points, reason (points).
 * @helpurl functions.html#credit-scoredetail
 */
export function scoreDetail(
  factor_names: any[][],
  factor_values: any[][],
  scorecard?: any[][],
  segment?: Cell | null,
): any[][] {
  return excelResult(() => scoreRows(factor_names, factor_values, scorecard ?? null, segment ?? null).rows);
}

/**
 * Grade of a score: the policy's bands (A ≥ 80, B ≥ 65, C ≥ 50, D ≥ 35, E below) or your own table.
 * @customfunction GRADE
 * @param score Score (number).
 * @param [grade_table] Two columns: minimum score, grade (any row order; header optional).
 * @returns Grade (text).
 * @helpurl functions.html#credit-grade
 */
export function grade(score: Cell | null, grade_table?: any[][]): string {
  return excelResult(() => {
    const s = numberArg(score, "score");
    const bands = gradeTableArg(grade_table ?? null) ?? defaultPolicy.gradeBands;
    return coreGradeFromScore(s, bands);
  });
}

/**
 * Recommended credit limit under the default policy: need = monthly sales × (terms + 30) ÷ 30, capped, rounded down to 1,000.
 * @customfunction LIMIT
 * @param monthly_sales Average monthly credit sales to the customer (currency, ≥ 0).
 * @param terms_days Payment terms (days, ≥ 0).
 * @param grade Customer grade, A to E.
 * @param [net_worth] Net worth (currency); caps the limit at a share by grade (A 20 % … D 5 %).
 * @param [working_capital] Working capital (currency); caps the limit at 20 % of it.
 * @param [insured_limit] Credit-insurance limit (currency); caps the limit at it + 10,000.
 * @param [current_limit] Limit in force (currency); the increase is capped at +50 %.
 * @param [months_known] Months since the first invoice; under 6 caps the limit at 10,000.
 * @returns Recommended limit (currency).
 * @helpurl functions.html#credit-limit
 */
export function limit(
  monthly_sales: Cell | null,
  terms_days: Cell | null,
  grade: Cell | null,
  net_worth?: Cell | null,
  working_capital?: Cell | null,
  insured_limit?: Cell | null,
  current_limit?: Cell | null,
  months_known?: Cell | null,
): number {
  return excelResult(() => {
    const g = optionalTextArg(grade, "grade", "");
    if (g === "") throw valueError("argumentRequired", { argument: "grade" });
    return coreRecommendedLimit(
      {
        monthlySales: numberArg(monthly_sales, "monthly_sales"),
        termsDays: numberArg(terms_days, "terms_days"),
        grade: g,
        netWorth: optionalAmountArg(net_worth, "net_worth"),
        workingCapital: optionalAmountArg(working_capital, "working_capital"),
        insuredLimit: optionalAmountArg(insured_limit, "insured_limit"),
        currentLimit: optionalAmountArg(current_limit, "current_limit"),
        monthsKnown: optionalAmountArg(months_known, "months_known"),
      },
      defaultPolicy,
    ).limit;
  });
}

/**
 * Collection action for an overdue account: reminder, phone call, demand letter, stop supply, agency / legal.
 * @customfunction COLLECTIONSTAGE
 * @param days_past_due Days past due of the oldest open item (days).
 * @param [grade] Customer grade, A to E: good grades escalate later, weak ones sooner.
 * @param [disputed] TRUE when the items are disputed: dispute handling, not escalated; default FALSE.
 * @returns Collection stage (text).
 * @helpurl functions.html#credit-collectionstage
 */
export function collectionStage(days_past_due: Cell | null, grade?: Cell | null, disputed?: Cell | null): string {
  return excelResult(() => {
    const stage = coreCollectionStage(
      numberArg(days_past_due, "days_past_due"),
      optionalTextArg(grade ?? null, "grade", ""),
      optionalBooleanArg(disputed ?? null, "disputed", false),
      defaultPolicy,
    );
    return coreCollectionStageLabel(stage, scoringLocale());
  });
}

// ── Scorecard statistics (issue 3: modelling): WOE, IV, AUC, GINI, KS, PSI ──
// Outcomes: bad = 1, TRUE, "bad", 坏; good = 0, FALSE, "good", 好. One class only → #DIV/0! (the statistic
// divides by the number of goods and of bads).

/**
 * Weight of evidence of each category: spills category, goods, bads, WOE = ln(%good ÷ %bad), IV part.
 * @customfunction WOE
 * @param values The variable: one value per customer (text categories or numbers; blank = the (missing) category).
 * @param outcomes Outcome of each customer, same shape: bad = 1, TRUE, "bad" or 坏; good = 0, FALSE, "good" or 好.
 * @returns Rows of category, goods, bads, WOE, IV part (a zero count is taken as 0.5).
 * @helpurl functions.html#credit-woe
 */
export function woe(values: any[][], outcomes: any[][]): any[][] {
  return excelResult(() => statisticsWoeTable(values, outcomes, null).rows);
}

/**
 * Information value of a variable: Σ (%good − %bad) × WOE over its categories or quantile bins.
 * @customfunction IV
 * @param values The variable: one value per customer.
 * @param outcomes Outcome of each customer, same shape: bad = 1, TRUE, "bad" or 坏; good = 0, FALSE, "good" or 好.
 * @param [bins] Cut numbers into this many quantile (equal-count) bins, 2 to 1000; omit to use each distinct value as a category.
 * @returns Information value (number ≥ 0; < 0.02 not predictive, > 0.3 strong).
 * @helpurl functions.html#credit-iv
 */
export function iv(values: any[][], outcomes: any[][], bins?: Cell | null): number {
  return excelResult(() => statisticsWoeTable(values, outcomes, bins ?? null).iv);
}

/**
 * Area under the ROC curve: the probability that a good scores better than a bad, ties counting one half.
 * @customfunction AUC
 * @param scores Score of each customer (numbers).
 * @param outcomes Outcome of each customer, same shape: bad = 1, TRUE, "bad" or 坏; good = 0, FALSE, "good" or 好.
 * @param [higher_is_better] TRUE (default) when a higher score means lower risk; FALSE for scores such as a PD.
 * @returns AUC (fraction 0–1; 0.5 = no separation).
 * @helpurl functions.html#credit-auc
 */
export function auc(scores: any[][], outcomes: any[][], higher_is_better?: Cell | null): number {
  return excelResult(() => {
    const read = scoresBesideOutcomes(scores, outcomes);
    return coreAuc(
      read.scores,
      read.outcomes,
      statisticsBooleanArg(higher_is_better ?? null, "higher_is_better", true),
    );
  });
}

/**
 * Gini coefficient (accuracy ratio) of a score: 2 × AUC − 1.
 * @customfunction GINI
 * @param scores Score of each customer (numbers).
 * @param outcomes Outcome of each customer, same shape: bad = 1, TRUE, "bad" or 坏; good = 0, FALSE, "good" or 好.
 * @param [higher_is_better] TRUE (default) when a higher score means lower risk; FALSE for scores such as a PD.
 * @returns Gini (fraction −1 to 1; 0 = no separation).
 * @helpurl functions.html#credit-gini
 */
export function gini(scores: any[][], outcomes: any[][], higher_is_better?: Cell | null): number {
  return excelResult(() => {
    const read = scoresBesideOutcomes(scores, outcomes);
    return coreGini(
      read.scores,
      read.outcomes,
      statisticsBooleanArg(higher_is_better ?? null, "higher_is_better", true),
    );
  });
}

/**
 * Kolmogorov–Smirnov statistic: the largest distance between the score distributions of goods and bads.
 * @customfunction KS
 * @param scores Score of each customer (numbers).
 * @param outcomes Outcome of each customer, same shape: bad = 1, TRUE, "bad" or 坏; good = 0, FALSE, "good" or 好.
 * @returns KS (fraction 0–1).
 * @helpurl functions.html#credit-ks
 */
export function ks(scores: any[][], outcomes: any[][]): number {
  return excelResult(() => {
    const read = scoresBesideOutcomes(scores, outcomes);
    return coreKs(read.scores, read.outcomes);
  });
}

/**
 * Population stability index: Σ (actual − expected) × ln(actual ÷ expected) over bins, of shares.
 * @customfunction PSI
 * @param expected Count or share of each bin in the development (reference) population.
 * @param actual Count or share of each bin now, same bins in the same order.
 * @returns PSI (number ≥ 0; < 0.1 stable, > 0.25 a major shift).
 * @helpurl functions.html#credit-psi
 */
export function psi(expected: any[][], actual: any[][]): number {
  return excelResult(() =>
    corePopulationStability(statisticsNumberListArg(expected, "expected"), statisticsNumberListArg(actual, "actual")),
  );
}
