/**
 * Alerts as a credit manager works them: worst first. Each early-warning rule carries a severity (a table); a
 * customer's alerts are grouped, the group takes its worst alert's severity, and groups are ordered by severity,
 * then by the amount at stake (the customer's exposure), largest first, then by name.
 */
import { at } from "../arrays";
import type { MessageCode } from "../messages";
import type { CreditAction } from "../policy/creditPolicy";
import type { Alert, AlertRule, CustomerReview, Review } from "./reviewTypes";

/** Most severe first. */
export const ALERT_SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/**
 * The severity of each rule.
 * - critical: money already at risk with a customer credit must stop for (listed, listing due, score under the floor).
 * - high: a breach that needs action at this review (over limit, seriously late, concentration, distress, a limit
 *   above a policy cap, an escalated dispute, an expired temporary limit, a release without its conditions, a sharp
 *   score fall).
 * - medium: a deterioration or a deadline to watch.
 * - low: good news that still needs a person (a customer eligible for release from the blacklist).
 */
export const ALERT_SEVERITY: Readonly<Record<AlertRule, AlertSeverity>> = {
  blacklistedExposure: "critical",
  salesWhileListed: "critical",
  blacklistRecommended: "critical",
  scoreFloor: "critical",
  overLimit: "high",
  new60Dpd: "high",
  concentration: "high",
  zDistress: "high",
  limitBreachesPolicy: "high",
  disputeEscalation: "high",
  temporaryLimitExpired: "high",
  releaseUnmet: "high",
  scoreDrop: "high",
  gradeDowngrade: "medium",
  temporaryLimitBeyondPolicy: "medium",
  temporaryLimitExpiring: "medium",
  releaseEligible: "low",
};

/** 0 for critical … 3 for low. */
export const severityRank = (severity: AlertSeverity): number => ALERT_SEVERITIES.indexOf(severity);

/**
 * The least severity of a customer's entry, by the review's action: a customer whose credit is stopped is worked
 * with the critical ones, one whose limit is cut at least with the high ones, whatever its alerts' own severities.
 */
export const ACTION_SEVERITY_FLOOR: Readonly<Partial<Record<CreditAction, AlertSeverity>>> = {
  stop: "critical",
  reduce: "high",
};

/** The more severe of two. */
const worse = (a: AlertSeverity, b: AlertSeverity | undefined): AlertSeverity =>
  b !== undefined && severityRank(b) < severityRank(a) ? b : a;

/** One customer's alerts, worst first, with what a triage list shows beside them. */
export interface AlertGroup {
  readonly customerId: string;
  readonly customerName: string;
  /** The worst of the customer's alerts, raised to the floor of its action (see ACTION_SEVERITY_FLOOR). */
  readonly severity: AlertSeverity;
  /** The amount at stake: the customer's exposure (open receivables plus orders), never below 0. */
  readonly atStake: number;
  /** The review's action for the customer (stop, reduce, keep, increase). */
  readonly action: CreditAction | undefined;
  readonly alerts: readonly Alert[];
}

/** What a triage list shows: everything when a filter is left out. */
export interface AlertFilter {
  /** Entries of these severities (an entry's own severity, its action's floor included). */
  readonly severities?: ReadonlySet<AlertSeverity>;
  /** Alerts of these rules (an entry shows the ones picked; an entry with none is left out). */
  readonly rules?: ReadonlySet<AlertRule>;
}

const byRuleSeverity = (a: Alert, b: Alert) =>
  severityRank(ALERT_SEVERITY[a.rule]) - severityRank(ALERT_SEVERITY[b.rule]);

/**
 * Groups `review.alerts` by customer and orders the groups for triage: severity (critical first; a stopped
 * customer's entry is critical, a reduced one's at least high), then amount at stake (largest first), then name.
 * A rule filter picks alerts before grouping (an entry's severity is that of the alerts it shows); a severity filter
 * then picks entries.
 * @example triageAlerts(review, { severities: new Set(["critical"]) })[0].atStake // the largest listed exposure
 */
export function triageAlerts(review: Review, filter: AlertFilter = {}): AlertGroup[] {
  const lines = new Map<string, CustomerReview>(review.customers.map((line) => [line.customer.id, line]));
  const grouped = new Map<string, Alert[]>();
  for (const alert of review.alerts) {
    if (filter.rules && !filter.rules.has(alert.rule)) continue;
    const list = grouped.get(alert.customerId);
    if (list) list.push(alert);
    else grouped.set(alert.customerId, [alert]);
  }
  const groups = [...grouped].map(([customerId, alerts]): AlertGroup => {
    const sorted = [...alerts].sort(byRuleSeverity);
    const worst = at(sorted, 0);
    const line = lines.get(customerId);
    return {
      customerId,
      customerName: worst.customerName,
      severity: worse(ALERT_SEVERITY[worst.rule], line && ACTION_SEVERITY_FLOOR[line.action]),
      atStake: Math.max(0, line?.exposure ?? 0),
      action: line?.action,
      alerts: sorted,
    };
  });
  return groups
    .filter((group) => !filter.severities || filter.severities.has(group.severity))
    .sort(
      (a, b) =>
        severityRank(a.severity) - severityRank(b.severity) ||
        b.atStake - a.atStake ||
        a.customerName.localeCompare(b.customerName),
    );
}

/** How many entries each severity has (for the severity filter's counts). */
export function groupsBySeverity(groups: readonly AlertGroup[]): Record<AlertSeverity, number> {
  const counts: Record<AlertSeverity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const group of groups) counts[group.severity]++;
  return counts;
}

/** The catalogue's label of each severity (Critical / 严重 …). */
export const SEVERITY_LABEL: Readonly<Record<AlertSeverity, MessageCode>> = {
  critical: "labelSeverityCritical",
  high: "labelSeverityHigh",
  medium: "labelSeverityMedium",
  low: "labelSeverityLow",
};
