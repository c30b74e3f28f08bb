/** The per-customer credit rules on 50,000 customers as the review applies them: Altman, built-in score (the total,
 * without the per-factor explanation CREDIT.EXPLAIN builds), grade, limit, approval, ladder. */
import { approvalLevel } from "../src/core/limits/approvalAuthority";
import { recommendedLimit } from "../src/core/limits/recommendedLimit";
import { defaultPolicy } from "../src/core/policy/creditPolicy";
import type { Customer } from "../src/core/portfolio/model";
import { collectionStage } from "../src/core/receivables/collectionStage";
import { builtInInputFromCustomer, builtInScoreSummary } from "../src/core/scoring/builtInModel";
import { customerAltman } from "../src/core/scoring/customerAltman";
import { gradeFromScore } from "../src/core/scoring/grade";
import { measure, report } from "./harness";

const CUSTOMERS = 50_000;

/** Deterministic customers with cent amounts, some round figures, every segment, a few blanks. */
function customers(): Customer[] {
  const out: Customer[] = [];
  let seed = 20261122;
  const next = (m: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % m;
  for (let i = 0; i < CUSTOMERS; i++) {
    const ta = 100_000 + next(50_000_000);
    out.push({
      id: `C${i}`,
      name: `Customer ${i}`,
      segment: ["Large", "Mid", "Small", ""][i % 4],
      strategic: i % 97 === 0,
      blacklisted: i % 211 === 0,
      totalAssets: ta,
      totalLiabilities: Math.round(ta * (0.2 + next(90) / 100)),
      currentAssets: Math.round(ta * 0.4),
      currentLiabilities: Math.round(ta * (0.1 + next(40) / 100)),
      retainedEarnings: Math.round(ta * (next(40) / 100 - 0.1)),
      ebit: Math.round(ta * (next(25) / 100 - 0.05)),
      annualRevenue: i % 3 === 0 ? undefined : ta * 1.5,
      yearsTrading: next(30),
      externalScore: i % 5 === 0 ? undefined : next(101),
      insuredLimit: i % 2 === 0 ? 50_000 * (1 + next(10)) : undefined,
      creditLimit: next(4) * 25_000,
      paymentTerms: [30, 45, 60, 90][i % 4],
    });
  }
  return out;
}

export function run(): string[] {
  const list = customers();
  const result = measure(
    "Credit rules × 50,000 customers (Altman, score, grade, limit, approval, ladder)",
    () => {
      let total = 0;
      for (let i = 0; i < list.length; i++) {
        const c = list[i];
        const altman = customerAltman(c);
        const score = builtInScoreSummary(
          builtInInputFromCustomer(c, { daysBeyondTerms: i % 45, altmanZone: altman?.zone }),
          c.segment,
          defaultPolicy,
          {
            strategic: c.strategic,
          },
        );
        const grade =
          score.score === undefined ? defaultPolicy.worstGrade : gradeFromScore(score.score, defaultPolicy.gradeBands);
        const limit = recommendedLimit(
          {
            monthlySales: (c.annualRevenue ?? 1_200_000) / 120,
            termsDays: c.paymentTerms ?? 30,
            grade,
            netWorth: c.totalAssets! - c.totalLiabilities!,
            workingCapital: c.currentAssets! - c.currentLiabilities!,
            insuredLimit: c.insuredLimit,
            currentLimit: c.creditLimit,
            monthsKnown: i % 24,
            blacklisted: c.blacklisted,
          },
          defaultPolicy,
        );
        approvalLevel(limit.limit, grade, defaultPolicy);
        collectionStage(i % 120, grade, i % 50 === 0, defaultPolicy);
        total += limit.limit;
      }
      return total;
    },
    { runs: 7, warmup: 2, targetMs: 200 },
  );
  return [report(result)];
}
