/** The policy's credit rules applied to one customer of the review: Altman, score, grade, PD, limit, approval, ladder. */
import { CreditError } from "../errors";
import { approvalMatrix } from "../limits/approvalAuthority";
import { recommendedLimit } from "../limits/recommendedLimit";
import { gradeRank, type CreditPolicy } from "../policy/creditPolicy";
import { collectionStage } from "../receivables/collectionStage";
import { BUILT_IN_FACTOR_DEFINITIONS } from "../scoring/builtInFactors";
import { builtInInputFromCustomer, builtInScoreSummary } from "../scoring/builtInModel";
import { customerAltman, type CustomerAltman } from "../scoring/customerAltman";
import { scorecardLookup } from "../scoring/customerFactors";
import { gradeFromScore } from "../scoring/grade";
import { gradePd, pointsToPd } from "../scoring/pdScaling";
import {
  scoreOnScorecard,
  valuesOutsideBins,
  type Scorecard,
  type ScoreValue,
  type ValueOutsideBins,
} from "../scoring/scorecard";
import type { AssessCustomer, AssessmentInput, CustomerAssessment } from "./review";

/** Payment terms assumed for a customer without any (net 30, the commonest B2B terms): due dates and limit need. */
export const DEFAULT_PAYMENT_TERMS = 30;

/**
 * The grade of a scorecard score: scorecard points are not on the 0–100 scale of the grade bands, so the grade is
 * read from the PD the points imply: the best grade whose policy PD is at least the customer's PD (worst grade
 * when the PD is above every grade's).
 * @example gradeFromPd(0.008, defaultPolicy) // "B" (A's PD is 0.5 %, B's 1 %)
 */
export function gradeFromPd(pd: number, policy: CreditPolicy): string {
  for (const band of policy.gradeBands) {
    const gradePdValue = gradePd(band.grade, policy.pdByGrade);
    if (gradePdValue !== undefined && pd <= gradePdValue) return band.grade;
  }
  return policy.worstGrade;
}

/**
 * A customer's points on the scorecard; none when a value falls in no bin of its factor, and then the values
 * outside the bins, so the reader can report them (the customer goes to manual review as thin data).
 */
function scorecardScore(card: Scorecard, valueOf: (factor: string) => ScoreValue) {
  try {
    return { total: scoreOnScorecard(card, valueOf).total };
  } catch (error) {
    if (!(error instanceof CreditError)) throw error;
    const outside = valuesOutsideBins(card, valueOf);
    return { missing: outside.map((o) => o.factor.name), outside };
  }
}

/**
 * The credit rules of `policy` as the review applies them:
 * - Altman Z with the model picked by the data (`customerAltman`);
 * - score: the scorecard when one is given (PD from the points by the policy's scaling, grade from that PD),
 *   else the built-in model for the customer's segment (grade from the policy's bands, PD of the grade);
 *   a customer with no usable score gets the worst grade and is thin data;
 * - the credit rules' limit with its binding rule and caps (`recommendedLimit`: need, caps, staged release, worst
 *   grade and blacklist → 0, probation cap), the approval matrix at the customer's grade (`approvalMatrix`), and
 *   the collection ladder at the customer's grade.
 * @example runReview uses `policyAssessment(policy, scorecard)` for every customer
 */
export function policyAssessment(policy: CreditPolicy, scorecard?: Scorecard): AssessCustomer {
  const worstRank = gradeRank(policy, policy.worstGrade);
  const lookup = scorecard && scorecardLookup(scorecard);
  return (input: AssessmentInput): CustomerAssessment => {
    const { customer } = input;
    let altman: CustomerAltman | undefined;
    try {
      altman = customerAltman(customer);
    } catch (error) {
      if (!(error instanceof CreditError)) throw error;
    }
    const factors = builtInInputFromCustomer(customer, {
      daysBeyondTerms: input.daysBeyondTerms,
      altmanZone: altman?.zone,
    });
    let score: number | undefined;
    let grade: string;
    let pd: number | undefined;
    let missingFactors: string[];
    let thinData: boolean;
    let scoreSource: CustomerAssessment["scoreSource"];
    let outside: readonly ValueOutsideBins[] | undefined;
    if (scorecard && lookup) {
      const result = scorecardScore(scorecard, lookup(customer, factors));
      scoreSource = "scorecard";
      score = result.total;
      missingFactors = result.missing ?? [];
      outside = result.outside;
      thinData = score === undefined;
      pd = score === undefined ? undefined : pointsToPd(score, policy.pdScaling);
      grade = pd === undefined ? policy.worstGrade : gradeFromPd(pd, policy);
    } else {
      const built = builtInScoreSummary(factors, customer.segment, policy, { strategic: customer.strategic });
      scoreSource = "builtIn";
      score = built.score;
      missingFactors = built.missing.map((f) => BUILT_IN_FACTOR_DEFINITIONS[f].name);
      thinData = built.manualReviewReasons.includes("thinData") || score === undefined;
      grade = score === undefined ? policy.worstGrade : gradeFromScore(score, policy.gradeBands);
      pd = gradePd(grade, policy.pdByGrade);
    }
    const ta = customer.totalAssets,
      tl = customer.totalLiabilities,
      ca = customer.currentAssets,
      cl = customer.currentLiabilities;
    const limit = recommendedLimit(
      {
        monthlySales: Math.max(0, input.monthlySales),
        termsDays: customer.paymentTerms ?? DEFAULT_PAYMENT_TERMS,
        grade,
        netWorth: customer.equity ?? (ta !== undefined && tl !== undefined ? ta - tl : undefined),
        workingCapital: ca !== undefined && cl !== undefined ? ca - cl : undefined,
        insuredLimit: customer.insuredLimit,
        currentLimit: customer.creditLimit,
        monthsKnown: input.monthsKnown,
        blacklisted: customer.blacklisted,
        probation: input.probation,
      },
      policy,
    );
    return {
      altman,
      score,
      scoreSource,
      missingFactors,
      valuesOutsideBins: outside,
      grade,
      pd,
      worstGrade: gradeRank(policy, grade) >= worstRank,
      thinData,
      recommendedLimit: limit.limit,
      bindingRule: limit.bindingRule,
      limitCaps: limit.caps,
      approve: (amount, context) => approvalMatrix(Math.max(0, amount), grade, context, policy),
      collectionStage: (days, disputed) => collectionStage(days, grade, disputed, policy),
    };
  };
}
