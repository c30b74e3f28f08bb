/**
 * The decision table, read as a credit manager reads a review: every warning drives an action, no warned customer is
 * given more, and the recommended limit agrees with the action. Each case is a small hand-made ledger; the credit
 * rules (score, grade, limit by the rules) are a fixed test double, so the expected result follows from the table.
 */
import { serialFromIso } from "../../../src/core/dates";
import { approvalMatrix } from "../../../src/core/limits/approvalAuthority";
import { defaultPolicy, type DecisionRule } from "../../../src/core/policy/creditPolicy";
import type { Customer, HistoryRow, Invoice } from "../../../src/core/portfolio/model";
import {
  reviewPortfolio,
  reviewSettings,
  type AssessCustomer,
  type CustomerAssessment,
  type ReviewSettings,
} from "../../../src/core/portfolio/review";
import { collectionStage } from "../../../src/core/receivables/collectionStage";

const iso = (t: string) => serialFromIso(t)!;
const AS_OF = iso("2026-06-30");

/** The default policy's settings, with the concentration cap lifted: one customer alone holds 100 % of exposure. */
const SETTINGS: ReviewSettings = {
  ...reviewSettings(defaultPolicy),
  alerts: { ...reviewSettings(defaultPolicy).alerts, concentrationCap: 1 },
};

const K: Customer = {
  id: "K",
  name: "Kappa Trading",
  segment: "Mid",
  creditLimit: 30_000,
  strategic: false,
  blacklisted: false,
};

let n = 0;
/** An invoice of K dated `daysAgo` before as-of, due `dueIn` days after as-of (negative: past due), open unless paid. */
const inv = (amount: number, daysAgo: number, dueIn: number, extra: Partial<Invoice> = {}): Invoice => ({
  id: `I${++n}`,
  customerId: "K",
  invoiceDate: AS_OF - daysAgo,
  dueDate: AS_OF + dueIn,
  amount,
  openAmount: amount,
  disputed: false,
  ...extra,
});
/** A year of paid history (one paid invoice 400 days ago) and 10,000 open, not yet due: exposure 10,000, nothing overdue. */
const BASE: Invoice[] = [inv(5_000, 400, -370, { openAmount: 0, paidDate: AS_OF - 370 }), inv(10_000, 10, 20)];

/** The credit rules as a test double: score 90, grade A, the rules' limit 45,000, the default ladder and approval matrix. */
function rules(overrides: Partial<CustomerAssessment> = {}): AssessCustomer {
  return () => {
    const grade = overrides.grade ?? "A";
    return {
      score: 90,
      grade,
      scoreSource: "builtIn",
      missingFactors: [],
      pd: 0.005,
      worstGrade: grade === "E",
      thinData: false,
      recommendedLimit: 45_000,
      bindingRule: "need",
      limitCaps: [],
      approve: (amount, context) => approvalMatrix(amount, grade, context, defaultPolicy),
      collectionStage: (days, disputed) => collectionStage(days, grade, disputed, defaultPolicy),
      ...overrides,
    };
  };
}

function review(
  opts: {
    customer?: Partial<Customer>;
    invoices?: Invoice[];
    history?: HistoryRow[];
    assess?: Partial<CustomerAssessment>;
    settings?: Partial<ReviewSettings>;
  } = {},
) {
  const r = reviewPortfolio(
    { customers: [{ ...K, ...opts.customer }], invoices: opts.invoices ?? BASE, history: opts.history ?? [] },
    AS_OF,
    { ...SETTINGS, ...opts.settings },
    rules(opts.assess),
  );
  return { line: r.customers[0], alerts: r.alerts.map((a) => a.rule), review: r };
}

const previous = (row: Partial<HistoryRow>): HistoryRow => ({ reviewDate: iso("2026-03-31"), customerId: "K", ...row });

describe("increase only when nothing warns", () => {
  it("no warning, the rules allow 45,000 over 30,000 in force: increase to 45,000 (need above limit)", () => {
    const { line, alerts } = review();
    expect(alerts).toEqual([]);
    expect(line).toMatchObject({
      action: "increase",
      actionRule: "needAboveLimit",
      recommendedLimit: 45_000,
      limitByRules: 45_000,
    });
  });

  it("the issue's case: score 90 → 79 and A → B is never an increase: reduce 30,000 × 0.75 → 22,000", () => {
    const { line, alerts } = review({
      history: [previous({ score: 90, grade: "A" })],
      assess: { score: 79, grade: "B" },
    });
    expect(alerts).toEqual(["scoreDrop", "gradeDowngrade"]);
    // 30,000 × (1 − 25 %) = 22,500, rounded down to the 1,000 step; below the rules' 45,000.
    expect(line).toMatchObject({ action: "reduce", actionRule: "scoreDrop", recommendedLimit: 22_000 });
  });

  it("score 30 below the floor 35: reduce (score below floor), 22,000", () => {
    const { line } = review({ assess: { score: 30, grade: "D" } });
    expect(line).toMatchObject({ action: "reduce", actionRule: "scoreBelowFloor", recommendedLimit: 22_000 });
  });

  it("a warning with no row of its own still holds the limit: keep (warning) at 30,000", () => {
    const { line, alerts } = review({
      settings: { decisions: [], alerts: { ...SETTINGS.alerts, concentrationCap: 0.5 } },
    });
    expect(alerts).toEqual(["concentration"]);
    expect(line).toMatchObject({ action: "keep", actionRule: "warning", recommendedLimit: 30_000 });
  });

  it("within the 10 % reduce tolerance the limit stays: rules 28,000 ≥ 30,000 × 0.9 = 27,000 keep; 26,000 reduce to 26,000", () => {
    expect(review({ assess: { recommendedLimit: 28_000 } }).line).toMatchObject({
      action: "keep",
      actionRule: "noChange",
      recommendedLimit: 30_000,
    });
    expect(review({ assess: { recommendedLimit: 26_000 } }).line).toMatchObject({
      action: "reduce",
      actionRule: "limitAboveRecommended",
      recommendedLimit: 26_000,
    });
  });

  it("the credit rules give 20,000 under the 30,000 in force and nothing warns: reduce to 20,000, not the warning cut", () => {
    const { line } = review({ assess: { recommendedLimit: 20_000 } });
    expect(line).toMatchObject({ action: "reduce", actionRule: "limitAboveRecommended", recommendedLimit: 20_000 });
  });
});

describe("no more credit while items are overdue, disputed, or the grade is weak (a credit manager's review)", () => {
  it("5,000 undisputed 10 days late (reminder stage, no alert): keep 30,000, not the 45,000 the rules allow", () => {
    const { line, alerts } = review({ invoices: [...BASE, inv(5_000, 40, -10)] });
    expect(alerts).toEqual([]);
    expect(line).toMatchObject({ action: "keep", actionRule: "overdueItems", recommendedLimit: 30_000 });
  });
  it("a disputed 2,000 10 days past due: keep (open disputes)", () => {
    expect(review({ invoices: [...BASE, inv(2_000, 40, -10, { disputed: true })] }).line).toMatchObject({
      action: "keep",
      actionRule: "openDisputes",
    });
  });
  it("grade D with a score of 39 (above the floor 35): keep (weak grade), never +50 %", () => {
    expect(review({ assess: { grade: "D", score: 39 } }).line).toMatchObject({
      action: "keep",
      actionRule: "weakGrade",
      recommendedLimit: 30_000,
    });
  });
});

describe("a need-based cut takes away headroom, not a paying customer's orders", () => {
  it("rules 6,000, 25,000 owed (nothing overdue), 30,000 in force: reduce to 25,000, what is owed", () => {
    const { line } = review({ invoices: [...BASE, inv(15_000, 5, 25)], assess: { recommendedLimit: 6_000 } });
    expect(line).toMatchObject({ action: "reduce", actionRule: "limitAboveRecommended", recommendedLimit: 25_000 });
  });
  it("rules 6,000, 28,000 owed: within 10 % of 30,000, keep", () => {
    const { line } = review({ invoices: [...BASE, inv(18_000, 5, 25)], assess: { recommendedLimit: 6_000 } });
    expect(line).toMatchObject({ action: "keep", recommendedLimit: 30_000 });
  });
  it("a reduce with no limit in force is a keep (nothing to cut), its rule still named", () => {
    const { line } = review({
      customer: { creditLimit: undefined },
      invoices: [BASE[0]],
      assess: { score: 30, grade: "D" },
    });
    expect(line).toMatchObject({ action: "keep", actionRule: "scoreBelowFloor", recommendedLimit: 0 });
  });
  it("over the limit in force: orders above it are held whatever the limit decision", () => {
    const { line } = review({ invoices: [...BASE, inv(25_000, 5, 25)] });
    expect(line.actions).toContain("actionHoldOrders");
  });
});

describe("an override is a limit someone raised above the last recommendation", () => {
  it("30,000 unchanged since a review that recommended 20,000: not an override (the cut was not applied)", () => {
    const { line } = review({
      history: [previous({ score: 90, grade: "A", creditLimit: 30_000, recommendedLimit: 20_000 })],
    });
    expect(line.approvalReasons).toEqual([]);
  });
  it("raised from 25,000 to 30,000 after a review that recommended 20,000: an override", () => {
    const { line } = review({
      history: [previous({ score: 90, grade: "A", creditLimit: 25_000, recommendedLimit: 20_000 })],
    });
    expect(line.approvalReasons).toEqual(["approvalReasonOverride"]);
  });
});

describe("stop: blacklist, worst grade, stop-supply stage, a zero limit with exposure", () => {
  it("blacklisted: stop, 0", () => {
    expect(review({ customer: { blacklisted: true } }).line).toMatchObject({
      action: "stop",
      actionRule: "blacklisted",
      recommendedLimit: 0,
    });
  });
  it("worst grade E: stop", () => {
    expect(review({ assess: { grade: "E", score: 20 } }).line).toMatchObject({
      action: "stop",
      actionRule: "worstGrade",
      recommendedLimit: 0,
    });
  });
  it("an undisputed item 65 days past due at grade C (no shift): stop supply from 60 days → stop", () => {
    const { line } = review({ invoices: [...BASE, inv(2_000, 95, -65)], assess: { grade: "C" } });
    expect(line.collectionStage).toBe("stopSupply");
    expect(line).toMatchObject({ action: "stop", actionRule: "collectionStop", recommendedLimit: 0 });
  });
  it("the rules' limit is 0 while 10,000 is open: stop", () => {
    expect(review({ assess: { recommendedLimit: 0 } }).line).toMatchObject({
      action: "stop",
      actionRule: "zeroLimitWithExposure",
    });
  });
});

describe("over limit", () => {
  it("35,000 open against 30,000, 5,000 of it 20 days late: reduce (over limit with overdue), 22,000", () => {
    const { line, alerts } = review({ invoices: [...BASE, inv(20_000, 5, 25), inv(5_000, 50, -20)] });
    expect(alerts).toContain("overLimit");
    expect(line).toMatchObject({
      overLimit: true,
      action: "reduce",
      actionRule: "overLimitOverdue",
      recommendedLimit: 22_000,
    });
  });
  it("35,000 against 30,000 with nothing overdue: keep 30,000 (over limit), not the 45,000 the rules allow", () => {
    const { line } = review({ invoices: [...BASE, inv(25_000, 5, 25)] });
    expect(line).toMatchObject({ action: "keep", actionRule: "overLimit", recommendedLimit: 30_000 });
  });
});

describe("the table is the policy's: a credit manager may change an action", () => {
  const table = (condition: DecisionRule["condition"], action: DecisionRule["action"]) =>
    defaultPolicy.decisions.map((r) => (r.condition === condition ? { condition, action } : r));
  const drop = { history: [previous({ score: 90, grade: "A" })], assess: { score: 79, grade: "A" } };
  it("score drop set to keep: keep 30,000; set to stop: stop, 0", () => {
    expect(review({ ...drop, settings: { decisions: table("scoreDrop", "keep") } }).line).toMatchObject({
      action: "keep",
      actionRule: "scoreDrop",
      recommendedLimit: 30_000,
    });
    expect(review({ ...drop, settings: { decisions: table("scoreDrop", "stop") } }).line).toMatchObject({
      action: "stop",
      actionRule: "scoreDrop",
      recommendedLimit: 0,
    });
  });
});

describe("temporary limits", () => {
  const temp = (limit: number, expiresIn: number) => ({
    temporaryLimit: limit,
    temporaryLimitExpiry: AS_OF + expiresIn,
  });
  it("45,000 until 10 days from now: the limit in force, 40,000 open is not over it; expiry warned; the recommendation stays on the base", () => {
    const { line, alerts } = review({ customer: temp(45_000, 10), invoices: [...BASE, inv(30_000, 5, 25)] });
    expect(line).toMatchObject({ effectiveLimit: 45_000, temporaryLimitActive: true, overLimit: false });
    expect(line.utilisation).toBeCloseTo(40_000 / 45_000, 12);
    expect(alerts).toEqual(["temporaryLimitExpiring"]);
    // Keep: the base 30,000, never the temporary uplift.
    expect(line).toMatchObject({ action: "keep", actionRule: "temporaryLimitExpiring", recommendedLimit: 30_000 });
  });
  it("expired 5 days ago with 40,000 open above the 30,000 base: over limit and expired, keep 30,000", () => {
    const { line, alerts } = review({ customer: temp(45_000, -5), invoices: [...BASE, inv(30_000, 5, 25)] });
    expect(line).toMatchObject({ effectiveLimit: 30_000, temporaryLimitActive: false, overLimit: true });
    expect(alerts).toEqual(["overLimit", "temporaryLimitExpired"]);
    expect(line).toMatchObject({ action: "keep", actionRule: "temporaryLimitExpired", recommendedLimit: 30_000 });
  });
  it("60,000 (above 30,000 × 1.5) for 120 days (above 92): beyond policy, warned, held, approved one level above what 60,000 needs", () => {
    const { line, alerts } = review({ customer: temp(60_000, 120) });
    expect(alerts).toEqual(["temporaryLimitBeyondPolicy"]);
    // The warning holds the limit (no row of its own: keep, rule warning). 60,000 needs the credit manager, one lower
    // for grade A → analyst; one above → credit manager (the policy's temporary level too).
    expect(line).toMatchObject({ action: "keep", actionRule: "warning", recommendedLimit: 30_000 });
    expect(line).toMatchObject({ approvalLevel: "Credit manager", approvalReasons: ["approvalReasonTemporary"] });
  });
});

describe("approval follows the matrix, not the amount only", () => {
  it("a strategic account's 45,000 goes to the finance director", () => {
    expect(review({ customer: { strategic: true } }).line).toMatchObject({
      approvalLevel: "Finance director",
      approvalReasons: ["approvalReasonStrategic"],
      manualReview: true,
    });
  });
  it("30,000 in force above the last review's recommended 20,000 is an override: the credit manager", () => {
    const { line } = review({ history: [previous({ score: 90, grade: "A", recommendedLimit: 20_000 })] });
    expect(line).toMatchObject({ approvalLevel: "Credit manager", approvalReasons: ["approvalReasonOverride"] });
  });
});

describe("blacklist with conditional release", () => {
  const listed = (monthsAgo: string) => ({ blacklisted: true, blacklistDate: iso(monthsAgo) });
  it("listed 18 months ago, nothing open, grade A: eligible for release — still stopped until a person clears the flag", () => {
    const { line, alerts } = review({ customer: listed("2024-12-31"), invoices: [BASE[0]] });
    expect(line).toMatchObject({ blacklistStatus: "eligible-for-release", action: "stop", recommendedLimit: 0 });
    // Invoiced on 2025-05-26, after the listing: the sale itself is flagged.
    expect(alerts).toEqual(["salesWhileListed", "releaseEligible"]);
  });
  it("invoiced only before its listing: no sales-while-listed alert", () => {
    const { alerts } = review({ customer: listed("2025-06-30"), invoices: [BASE[0]] });
    expect(alerts).not.toContain("salesWhileListed");
  });
  it("released although the last review found it listed, not eligible: probation, and the release is questioned", () => {
    const unmet = review({ history: [previous({ blacklistStatus: "listed" })] });
    expect(unmet.line.blacklistStatus).toBe("probation");
    expect(unmet.alerts).toContain("releaseUnmet");
    // No increase while the release is in question: the alert holds the limit.
    expect(unmet.line.action).not.toBe("increase");
    const met = review({ history: [previous({ blacklistStatus: "eligible-for-release" })] });
    expect(met.alerts).not.toContain("releaseUnmet");
  });
  it("listed 6 months ago (under 12), or with debts still open, or at grade C (below B): listed", () => {
    expect(review({ customer: listed("2025-12-31"), invoices: [BASE[0]] }).line.blacklistStatus).toBe("listed");
    expect(review({ customer: listed("2024-12-31") }).line.blacklistStatus).toBe("listed");
    expect(
      review({ customer: listed("2024-12-31"), invoices: [BASE[0]], assess: { grade: "C" } }).line.blacklistStatus,
    ).toBe("listed");
  });
  it("without a blacklist date, months count from the first review that saw it listed", () => {
    const history = [
      previous({ reviewDate: iso("2025-03-31"), blacklistStatus: "listed" }),
      previous({ blacklistStatus: "listed" }),
    ];
    expect(review({ customer: { blacklisted: true }, invoices: [BASE[0]], history }).line.blacklistStatus).toBe(
      "eligible-for-release",
    );
  });
  it("an undisputed item 200 days past due, or a write-off: the review recommends listing (status list) and stops", () => {
    const late = review({ invoices: [...BASE, inv(1_000, 230, -200)] });
    expect(late.line).toMatchObject({ blacklistStatus: "list", action: "stop", actionRule: "listRecommended" });
    expect(late.alerts).toContain("blacklistRecommended");
    expect(review({ customer: { writtenOff: 12_500 } }).line).toMatchObject({
      blacklistStatus: "list",
      action: "stop",
    });
  });
  it("listed at the last review, not now: probation, and the credit rules are told so (new-customer cap)", () => {
    let told: boolean | undefined;
    const assess: AssessCustomer = (input) => {
      told = input.probation;
      return rules()(input);
    };
    const r = reviewPortfolio(
      { customers: [K], invoices: BASE, history: [previous({ blacklistStatus: "listed" })] },
      AS_OF,
      SETTINGS,
      assess,
    );
    expect(r.customers[0].blacklistStatus).toBe("probation");
    expect(told).toBe(true);
  });
  it("released 7 months ago (the first review after the listing): probation (6 months) is over", () => {
    const history = [
      previous({ reviewDate: iso("2025-09-30"), blacklistStatus: "listed" }),
      previous({ reviewDate: iso("2025-11-30") }),
    ];
    expect(review({ history }).line.blacklistStatus).toBeUndefined();
  });
});

describe("disputes", () => {
  it("a disputed 20,000 100 days past due: escalated (> 45), outside insured cover (> 90 days), the worklist says so", () => {
    const {
      line,
      alerts,
      review: r,
    } = review({
      customer: { insuredLimit: 25_000 },
      invoices: [...BASE, inv(20_000, 130, -100, { disputed: true })],
    });
    expect(alerts).toContain("disputeEscalation");
    // Exposure 30,000; 20,000 lost cover → cover = min(25,000, 30,000 − 20,000) = 10,000; uninsured 20,000.
    expect(line).toMatchObject({
      disputeDays: 100,
      disputedPastNotification: 20_000,
      insuredCover: 10_000,
      uninsured: 20_000,
    });
    expect(r.kpis.disputedPastNotification.toString()).toBe("20000");
    expect(r.collections.find((c) => c.disputed)).toMatchObject({ stage: "disputeEscalated", maxDaysPastDue: 100 });
  });
  it("a dispute 30 days past due: dispute handling, cover intact", () => {
    const {
      line,
      alerts,
      review: r,
    } = review({ customer: { insuredLimit: 25_000 }, invoices: [...BASE, inv(5_000, 60, -30, { disputed: true })] });
    expect(alerts).not.toContain("disputeEscalation");
    expect(line).toMatchObject({ disputedPastNotification: 0, insuredCover: 15_000 });
    expect(r.collections.find((c) => c.disputed)).toMatchObject({ stage: "dispute" });
  });
});
