/** Temporary (seasonal) credit limits: which limit is in force, and whether a temporary one is within policy. */
import type { SerialDate } from "../dates";
import type { TemporaryLimitRules } from "../policy/creditPolicy";
import type { Customer } from "./model";

/** Where a customer's temporary limit stands at the review date. */
export interface TemporaryLimitStatus {
  /** A temporary limit expiring on or after the review date: it replaces the credit limit. */
  readonly active: boolean;
  /** A temporary limit whose expiry is before the review date: the credit limit applies again. */
  readonly expired: boolean;
  /** Days from the review date to the expiry, for an active temporary limit. */
  readonly daysToExpiry?: number;
  /** How an active temporary limit goes beyond the policy: above the largest uplift, or running too long. */
  readonly beyondPolicy: readonly ("uplift" | "duration")[];
}

const NONE: TemporaryLimitStatus = { active: false, expired: false, beyondPolicy: [] };

/**
 * The temporary limit's status (practice: 临时信用额度调整机制, a temporary uplift for seasonal buying that ends on a
 * set date). Active while expiry ≥ as-of; beyond policy when temporary > base × (1 + max uplift) (any temporary limit
 * over no base limit) or expiry − as-of > max days.
 * @example temporaryLimitStatus({ …, creditLimit: 100_000, temporaryLimit: 160_000, temporaryLimitExpiry: asOf + 10 }, asOf, rules)
 *   // { active: true, expired: false, daysToExpiry: 10, beyondPolicy: ["uplift"] } with the default +50 %
 */
export function temporaryLimitStatus(
  customer: Customer,
  asOf: SerialDate,
  rules: TemporaryLimitRules,
): TemporaryLimitStatus {
  const { temporaryLimit: limit, temporaryLimitExpiry: expiry } = customer;
  if (limit === undefined || expiry === undefined) return NONE;
  if (expiry < asOf) return { active: false, expired: true, beyondPolicy: [] };
  const base = customer.creditLimit ?? 0;
  const beyondPolicy: ("uplift" | "duration")[] = [];
  if (limit > base * (1 + rules.maxUplift)) beyondPolicy.push("uplift");
  if (expiry - asOf > rules.maxDays) beyondPolicy.push("duration");
  return { active: true, expired: false, daysToExpiry: expiry - asOf, beyondPolicy };
}

/** The limit in force: an active temporary limit, else the credit limit (undefined when there is none). */
export function effectiveLimit(customer: Customer, status: TemporaryLimitStatus): number | undefined {
  return status.active ? customer.temporaryLimit : customer.creditLimit;
}
