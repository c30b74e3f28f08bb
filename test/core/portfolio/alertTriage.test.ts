/**
 * Alerts as a triage list (issue 16): worst severity first, then the largest amount at stake, one group per customer.
 * The case from the issue: on the sample a blacklisted customer with 426,182 exposure sat at #172 of 205 alerts and a
 * score drop on a customer with no exposure at #1; triage must put the listed exposure first.
 */
import { groupsBySeverity, triageAlerts } from "../../../src/core/portfolio/alertTriage";
import type { CreditAction } from "../../../src/core/policy/creditPolicy";
import type { Alert, AlertRule, CustomerReview, Review } from "../../../src/core/portfolio/reviewTypes";
import { decidedReview } from "../../fixtures/decidedReview";

const alert = (customerId: string, rule: AlertRule): Alert => ({
  customerId,
  customerName: `Customer ${customerId}`,
  rule,
  code: "alertOverLimit",
  params: {},
});

/**
 * The fixture's four customers with the exposures and actions a test needs (kept unless said; the rest of each line
 * does not matter here).
 */
function reviewWith(
  exposures: Record<string, number>,
  alerts: Alert[],
  actions: Record<string, CreditAction> = {},
): Review {
  const customers = decidedReview.customers.map((line, i): CustomerReview => {
    const id = ["A", "B", "C", "D"][i];
    const customer = { ...line.customer, id, name: `Customer ${id}` };
    return { ...line, customer, exposure: exposures[id] ?? 0, action: actions[id] ?? "keep" };
  });
  return { ...decidedReview, customers, alerts };
}

describe("triageAlerts", () => {
  it("puts a listed customer's exposure before a score drop on a customer with nothing owed", () => {
    const review = reviewWith({ A: 0, C: 426_182 }, [alert("A", "scoreDrop"), alert("C", "blacklistedExposure")]);
    const groups = triageAlerts(review);
    expect(groups.map((g) => [g.customerId, g.severity, g.atStake])).toEqual([
      ["C", "critical", 426_182],
      ["A", "high", 0],
    ]);
  });

  it("orders groups of one severity by amount at stake, largest first", () => {
    const review = reviewWith({ A: 100, B: 5_000, C: 900 }, [
      alert("A", "overLimit"),
      alert("B", "new60Dpd"),
      alert("C", "concentration"),
    ]);
    expect(triageAlerts(review).map((g) => g.customerId)).toEqual(["B", "C", "A"]);
  });

  it("groups a customer's alerts, worst first, and gives the group the worst severity", () => {
    // B: a medium (grade downgrade), a high (over limit) and a critical (score under the floor).
    const review = reviewWith({ B: 6_000 }, [
      alert("B", "gradeDowngrade"),
      alert("B", "overLimit"),
      alert("B", "scoreFloor"),
    ]);
    const [group] = triageAlerts(review);
    expect(group.severity).toBe("critical");
    expect(group.alerts.map((a) => a.rule)).toEqual(["scoreFloor", "overLimit", "gradeDowngrade"]);
    expect(triageAlerts(review)).toHaveLength(1);
  });

  it("shows each group with the customer's action and never a negative amount at stake", () => {
    // C is kept; a customer in credit (exposure −50) has nothing at stake.
    const review = reviewWith({ C: -50 }, [alert("C", "releaseEligible")]);
    expect(triageAlerts(review)[0]).toMatchObject({ action: "keep", atStake: 0, severity: "low" });
  });

  it("filters alerts by rule, then entries by severity", () => {
    // A: a high alert. B: a medium and a high alert, so B's entry is high. All kept.
    const review = reviewWith({ A: 10, B: 20 }, [
      alert("A", "scoreDrop"),
      alert("B", "temporaryLimitExpiring"),
      alert("B", "overLimit"),
    ]);
    expect(triageAlerts(review, { severities: new Set(["medium"]) })).toEqual([]);
    expect(triageAlerts(review, { severities: new Set(["high"]) }).map((g) => g.customerId)).toEqual(["B", "A"]);
    // Picking the medium rule leaves B with its medium alert alone: then B's entry is medium.
    const expiring = triageAlerts(review, { rules: new Set<AlertRule>(["temporaryLimitExpiring"]) });
    expect(expiring.map((g) => [g.customerId, g.severity, g.alerts.length])).toEqual([["B", "medium", 1]]);
    expect(triageAlerts(review, { rules: new Set<AlertRule>(["scoreDrop"]) }).map((g) => g.customerId)).toEqual(["A"]);
  });

  it("counts entries per severity, a stopped customer's with the critical ones", () => {
    // A reduced with a medium alert → high; B kept with a critical → critical; C stopped with a low → critical.
    const review = reviewWith(
      {},
      [alert("A", "gradeDowngrade"), alert("B", "salesWhileListed"), alert("C", "releaseEligible")],
      {
        A: "reduce",
        C: "stop",
      },
    );
    expect(groupsBySeverity(triageAlerts(review))).toEqual({ critical: 2, high: 1, medium: 0, low: 0 });
  });

  it("works a stopped customer with the critical ones and a reduced one at least with the high ones", () => {
    // A is reduced and its only alert is medium (grade downgrade): its entry is high. C is stopped and its only
    // alert is high (seriously late): its entry is critical. B is kept with a critical alert of its own. Among the
    // two criticals the larger amount (B 9,000 over C 1,000) comes first.
    const review = reviewWith(
      { A: 5_000, B: 9_000, C: 1_000 },
      [alert("A", "gradeDowngrade"), alert("B", "scoreFloor"), alert("C", "new60Dpd")],
      { A: "reduce", C: "stop" },
    );
    expect(triageAlerts(review).map((g) => [g.customerId, g.severity])).toEqual([
      ["B", "critical"],
      ["C", "critical"],
      ["A", "high"],
    ]);
    // The alerts keep their own severities inside the entry.
    expect(triageAlerts(review)[1].alerts.map((a) => a.rule)).toEqual(["new60Dpd"]);
  });
});
