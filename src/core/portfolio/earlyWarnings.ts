/** The early warnings: one rule per row, each a short check of one customer's facts against the last review. */
import { at } from "../arrays";
import { isoFromSerial } from "../dates";
import type { LimitRule } from "../limits/recommendedLimit";
import type { MessageCode, MessageParams } from "../messages";
import type { CustomerFacts } from "./customerFacts";
import type { AlertRule } from "./reviewTypes";

/** The policy's warning thresholds as the rules read them. */
export interface WarningSettings {
  /** A score fall of at least this many points since the last review. */
  readonly scoreDrop: number;
  /** A score below this. */
  readonly scoreFloor: number;
  /** One customer's share of positive exposure above this fraction. */
  readonly concentrationCap: number;
  /** Days past due beyond which an item is seriously late (the second aging limit, 60 by default). */
  readonly delinquencyDays: number;
  /** Grade → rank, 0 = best. */
  readonly gradeRank: ReadonlyMap<string, number>;
  /** Warn of a temporary limit expiring within this many days. */
  readonly expiryWarningDays: number;
  /** Escalate a dispute older (days past due) than this. */
  readonly escalationDays: number;
}

/** One warning: its rule, its message, and a check that gives the message's parameters when it fires. */
export interface WarningRule {
  readonly rule: AlertRule;
  readonly code: MessageCode;
  readonly check: (f: CustomerFacts, s: WarningSettings) => MessageParams | undefined;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The alert message naming each cap a limit in force can breach. */
const BREACH_CODES: Partial<Record<LimitRule, MessageCode>> = {
  netWorthCap: "alertBreachNetWorthCap",
  workingCapitalCap: "alertBreachWorkingCapitalCap",
  insuredCap: "alertBreachInsuredCap",
  newCustomerCap: "alertBreachNewCustomerCap",
  probationCap: "alertBreachProbationCap",
};

/** The lowest cap the limit in force is above (the one a credit manager must answer for first). */
function lowestBreach(f: CustomerFacts) {
  let low = at(f.policyBreaches, 0);
  for (const cap of f.policyBreaches) if (cap.amount < low.amount) low = cap;
  return low;
}

/**
 * The early-warning rules, in the order the Alerts sheet lists them. "Since the last review" rules compare with the
 * customer's last ReviewHistory row and fire once, when the condition is new.
 */
export const WARNING_RULES: readonly WarningRule[] = [
  {
    rule: "scoreDrop",
    code: "alertScoreDrop",
    check: ({ score, previous: p }, s) =>
      score !== undefined && p?.score !== undefined && p.score - score >= s.scoreDrop
        ? {
            drop: round2(p.score - score),
            since: isoFromSerial(p.reviewDate),
            from: round2(p.score),
            to: round2(score),
          }
        : undefined,
  },
  {
    rule: "scoreFloor",
    code: "alertScoreFloor",
    check: ({ score, previous: p }, s) =>
      score !== undefined && score < s.scoreFloor && !(p?.score !== undefined && p.score < s.scoreFloor)
        ? { score: round2(score), floor: s.scoreFloor }
        : undefined,
  },
  {
    rule: "gradeDowngrade",
    code: "alertGradeDowngrade",
    check: ({ grade, previous: p }, s) => {
      const now = s.gradeRank.get(grade),
        before = p?.grade === undefined ? undefined : s.gradeRank.get(p.grade);
      return now !== undefined && before !== undefined && now > before
        ? { from: p!.grade!, to: grade, since: isoFromSerial(p!.reviewDate) }
        : undefined;
    },
  },
  {
    rule: "overLimit",
    code: "alertOverLimit",
    check: (f) =>
      f.overLimit && f.exposure > 0 ? { exposure: round2(f.exposure), limit: f.effectiveLimit ?? 0 } : undefined,
  },
  {
    rule: "new60Dpd",
    code: "alertNew60Dpd",
    check: ({ maxDaysPastDue: dpd, previous: p }, s) =>
      dpd > s.delinquencyDays && !(p?.maxDaysPastDue !== undefined && p.maxDaysPastDue > s.delinquencyDays)
        ? { dpd, previous: p?.maxDaysPastDue ?? "–" }
        : undefined,
  },
  {
    rule: "concentration",
    code: "alertConcentration",
    check: (f, s) =>
      f.share > s.concentrationCap ? { share: percent(f.share), cap: percent(s.concentrationCap) } : undefined,
  },
  {
    rule: "zDistress",
    code: "alertZDistress",
    check: ({ altman, previous: p }) =>
      altman?.zone === "Distress" && p?.zZone !== "Distress" ? { z: round2(altman.z), model: altman.model } : undefined,
  },
  {
    rule: "blacklistedExposure",
    code: "alertBlacklistedExposure",
    check: (f) => (f.customer.blacklisted && f.exposure > 0 ? { exposure: round2(f.exposure) } : undefined),
  },
  {
    rule: "temporaryLimitExpiring",
    code: "alertTemporaryLimitExpiring",
    check: ({ temporary: t, customer: c }, s) =>
      t.active && t.daysToExpiry! <= s.expiryWarningDays
        ? {
            limit: c.temporaryLimit!,
            days: t.daysToExpiry!,
            expiry: isoFromSerial(c.temporaryLimitExpiry!),
            base: c.creditLimit ?? 0,
          }
        : undefined,
  },
  {
    rule: "temporaryLimitExpired",
    code: "alertTemporaryLimitExpired",
    check: ({ temporary: t, customer: c, exposure }) =>
      t.expired && exposure > (c.creditLimit ?? 0)
        ? { exposure: round2(exposure), base: c.creditLimit ?? 0, expiry: isoFromSerial(c.temporaryLimitExpiry!) }
        : undefined,
  },
  {
    rule: "temporaryLimitBeyondPolicy",
    code: "alertTemporaryLimitBeyondPolicy",
    check: ({ temporary: t, customer: c }) =>
      t.active && t.beyondPolicy.length > 0
        ? {
            limit: c.temporaryLimit!,
            base: c.creditLimit ?? 0,
            days: t.daysToExpiry!,
            expiry: isoFromSerial(c.temporaryLimitExpiry!),
          }
        : undefined,
  },
  {
    rule: "limitBreachesPolicy",
    code: "alertBreachNetWorthCap",
    check: (f) => {
      if (f.policyBreaches.length === 0) return undefined;
      const cap = lowestBreach(f);
      return { limit: f.customer.creditLimit ?? 0, cap: round2(cap.amount), breach: cap.rule };
    },
  },
  {
    rule: "disputeEscalation",
    code: "alertDisputeEscalation",
    check: (f, s) =>
      f.disputeDays > s.escalationDays
        ? { amount: round2(f.disputedOverdue), days: f.disputeDays, after: s.escalationDays }
        : undefined,
  },
  {
    rule: "blacklistRecommended",
    code: "alertBlacklistRecommended",
    check: (f) =>
      f.blacklistStatus === "list"
        ? { dpd: f.maxDaysPastDueUndisputed, writtenOff: round2(f.customer.writtenOff ?? 0) }
        : undefined,
  },
  {
    rule: "salesWhileListed",
    code: "alertSalesWhileListed",
    check: ({ customer: c, lastInvoice }) =>
      c.blacklisted && c.blacklistDate !== undefined && lastInvoice > c.blacklistDate
        ? { since: isoFromSerial(c.blacklistDate), last: isoFromSerial(lastInvoice) }
        : undefined,
  },
  {
    rule: "releaseUnmet",
    code: "alertReleaseUnmet",
    check: (f) => (f.releasedUnmet ? { since: f.previous ? isoFromSerial(f.previous.reviewDate) : "–" } : undefined),
  },
  {
    rule: "releaseEligible",
    code: "alertReleaseEligible",
    check: (f) => (f.blacklistStatus === "eligible-for-release" ? { grade: f.grade } : undefined),
  },
];

/**
 * The message code of a fired rule: most rules have one; a policy breach names the cap it breaches.
 * @example alertCode(rule, { breach: "newCustomerCap" }) // "alertBreachNewCustomerCap"
 */
export function alertCode(rule: WarningRule, params: MessageParams): MessageCode {
  return rule.rule === "limitBreachesPolicy" ? (BREACH_CODES[params.breach as LimitRule] ?? rule.code) : rule.code;
}
