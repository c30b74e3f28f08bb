/** The recommended credit limit under the policy: need, capped by every rule that applies, rounded down. */
import { at } from "../arrays";
import Decimal from "decimal.js";
import { numError, valueError } from "../errors";
import { shortDecimal } from "../money";
import { defaultPolicy, gradeRank, GRADES, policyGrades, type CreditPolicy, type Grade } from "../policy/creditPolicy";

/** Which rule set the limit: the need itself, one of the caps, or a rule that forces 0. */
export type LimitRule =
  | "need"
  | "netWorthCap"
  | "workingCapitalCap"
  | "insuredCap"
  | "newCustomerCap"
  | "probationCap"
  | "increaseCap"
  | "worstGrade"
  | "blacklisted";

/** One customer's inputs. Optional figures that are undefined leave their rule out. */
export interface LimitInput {
  /** Average monthly credit sales (currency, ≥ 0). */
  readonly monthlySales: number;
  /** Payment terms (days, ≥ 0). */
  readonly termsDays: number;
  /** A grade of the policy (A–E by default). */
  readonly grade: string;
  /** Net worth (equity); ≤ 0 caps the limit at 0. */
  readonly netWorth?: number;
  /** Current assets − current liabilities; ≤ 0 caps the limit at 0. */
  readonly workingCapital?: number;
  /** Credit-insurance cover (≥ 0): cap = insured + the policy's uninsured tolerance. */
  readonly insuredLimit?: number;
  /** The limit in force; > 0 caps the increase. 0 or undefined means no limit yet (a first grant). */
  readonly currentLimit?: number;
  /** Months since the first invoice; below the policy's new-customer months the new-customer cap applies. */
  readonly monthsKnown?: number;
  readonly blacklisted?: boolean;
  /** Released from the blacklist within the policy's probation months: capped at the new-customer limit. */
  readonly probation?: boolean;
}

export interface LimitCap {
  readonly rule: LimitRule;
  /** The cap before rounding (currency). */
  readonly amount: number;
}

export interface LimitResult {
  /** The recommended limit, rounded down to the policy's step (currency, ≥ 0). */
  readonly limit: number;
  /** The rule that set it: `need` when no cap is below the need. */
  readonly bindingRule: LimitRule;
  /** need = monthly sales × (terms + buffer) ÷ 30, before caps and rounding. */
  readonly need: number;
  /** Every cap that applied, in the order they are checked. */
  readonly caps: readonly LimitCap[];
}

const ZERO = new Decimal(0);

function floorToStep(amount: Decimal, step: number): Decimal {
  if (amount.lte(0)) return ZERO;
  return amount.div(step).floor().times(step);
}

/**
 * Recommended limit (docs/architecture.md §Shared definitions), exact to the unit: amounts are ranked in floating
 * point, and whenever floating-point error could matter (near-ties, an amount within a hair of a multiple of the
 * step) the amounts are recomputed with decimal arithmetic; about 0.5 µs per customer otherwise.
 *
 * 1. blacklisted → 0 (`blacklisted`); grade at or below the policy's worst grade → 0 (`worstGrade`);
 * 2. need = monthly sales × (terms + needBufferDays) ÷ 30: the sales outstanding over the terms plus the month
 *    it takes to see non-payment and stop supply (the trade-insurer's "need" or "requested exposure");
 * 3. caps that apply, checked in this order: net worth × share for the grade (`netWorthCap`); working capital ×
 *    share (`workingCapitalCap`); insured limit + uninsured tolerance (`insuredCap`); the new-customer limit when
 *    known for fewer than the new-customer months (`newCustomerCap`); the same limit while on probation after a
 *    release from the blacklist (`probationCap`); current limit × (1 + max increase) when a
 *    current limit > 0 exists (`increaseCap` — staged release; decreases apply at once, nothing floors them);
 * 4. limit = min(need, caps); the binding rule is the smallest, the earliest on a tie (so `need` wins ties);
 * 5. rounded down to a multiple of the rounding step, last, so the limit never exceeds any cap.
 *
 * @example recommendedLimit({ monthlySales: 100_000, termsDays: 60, grade: "B" }) // { limit: 300_000, bindingRule: "need", … }
 * @throws CreditError value for a grade not in the policy; num for negative sales, terms or other figures
 */
export function recommendedLimit(input: LimitInput, policy: CreditPolicy = defaultPolicy): LimitResult {
  const rank = gradeRank(policy, input.grade);
  if (rank < 0) throw valueError("gradeUnknown", { grades: policyGrades(policy).join(", ") });
  nonNegative("monthly_sales", input.monthlySales);
  nonNegative("terms_days", input.termsDays);
  nonNegative("insured_limit", input.insuredLimit);
  nonNegative("current_limit", input.currentLimit);
  nonNegative("months_known", input.monthsKnown);
  finite("net_worth", input.netWorth);
  finite("working_capital", input.workingCapital);
  const rules = policy.limits;
  // Candidates are compared in floating point (fast on 50,000 customers); those within a hair of the smallest are
  // then recomputed exactly with decimal.js (`exactAmount`), so the exact minimum is chosen and floored.
  const needOf: Candidate = {
    rule: "need",
    approx: (input.monthlySales * (input.termsDays + rules.needBufferDays)) / 30,
    wholeExact: wholeQuotient(
      input.monthlySales * (input.termsDays + rules.needBufferDays),
      30,
      input.monthlySales,
      input.termsDays,
      rules.needBufferDays,
    ),
  };
  if (input.blacklisted) return { limit: 0, bindingRule: "blacklisted", need: needOf.approx, caps: [] };
  if (rank >= gradeRank(policy, policy.worstGrade))
    return { limit: 0, bindingRule: "worstGrade", need: needOf.approx, caps: [] };

  const candidates: Candidate[] = [needOf];
  const grade = at(policy.gradeBands, rank).grade;
  const { netWorth, workingCapital, insuredLimit, currentLimit, monthsKnown } = input;
  if (netWorth !== undefined) {
    const share = netWorthShare(grade, policy);
    candidates.push({
      rule: "netWorthCap",
      approx: Math.max(0, netWorth * share),
      wholeExact: netWorth <= 0 || wholeProduct(netWorth, share),
    });
  }
  if (workingCapital !== undefined) {
    candidates.push({
      rule: "workingCapitalCap",
      approx: Math.max(0, workingCapital * rules.workingCapitalShare),
      wholeExact: workingCapital <= 0 || wholeProduct(workingCapital, rules.workingCapitalShare),
    });
  }
  if (insuredLimit !== undefined) {
    candidates.push({
      rule: "insuredCap",
      approx: insuredLimit + rules.uninsuredTolerance,
      wholeExact: wholeQuotient(insuredLimit + rules.uninsuredTolerance, 1, insuredLimit, rules.uninsuredTolerance),
    });
  }
  if (monthsKnown !== undefined && monthsKnown < rules.newCustomerMonths) {
    candidates.push({
      rule: "newCustomerCap",
      approx: rules.newCustomerLimit,
      wholeExact: wholeQuotient(rules.newCustomerLimit, 1, rules.newCustomerLimit),
    });
  }
  if (input.probation) {
    candidates.push({
      rule: "probationCap",
      approx: rules.newCustomerLimit,
      wholeExact: wholeQuotient(rules.newCustomerLimit, 1, rules.newCustomerLimit),
    });
  }
  if (currentLimit !== undefined && currentLimit > 0) {
    candidates.push({
      rule: "increaseCap",
      approx: currentLimit * (1 + rules.maxIncrease),
      wholeExact: wholeProduct(currentLimit, 1 + rules.maxIncrease),
    });
  }
  let min = Infinity;
  let first: Candidate = needOf;
  for (const c of candidates) {
    if (c.approx < min) {
      min = c.approx;
      first = c;
    }
  }
  const near = min + Math.abs(min) * 1e-9 + 1e-9;
  let nearCount = 0;
  for (const c of candidates) if (c.approx <= near) nearCount++;
  const step = rules.roundingStep;
  const steps = min / step;
  // The common case needs no decimal arithmetic: one clear minimum, a whole-number step, and an amount that is
  // either a whole number computed exactly or not within a hair of a multiple of the step (where floating-point
  // error could move the floor by one step).
  const safe = Number.isInteger(step) && Math.abs(min) < 2 ** 50;
  if (nearCount === 1 && safe && (first.wholeExact || Math.abs(steps - Math.round(steps)) > 1e-6)) {
    return {
      limit: min <= 0 ? 0 : Math.floor(steps) * step,
      bindingRule: first.rule,
      need: needOf.approx,
      caps: capsOf(candidates),
    };
  }
  let best: { rule: LimitRule; amount: Decimal } | undefined;
  for (const c of candidates) {
    if (!(c.approx <= near)) continue;
    const amount = exactAmount(c.rule, input, policy);
    if (best === undefined || amount.lt(best.amount)) best = { rule: c.rule, amount };
  }
  // Unreachable: the need is always a candidate and the smallest is always near itself.
  if (best === undefined) best = { rule: "need", amount: exactAmount("need", input, policy) };
  return {
    limit: floorToStep(best.amount, rules.roundingStep).toNumber(),
    bindingRule: best.rule,
    need: needOf.approx,
    caps: capsOf(candidates),
  };
}

interface Candidate {
  readonly rule: LimitRule;
  /** The amount in floating point, for ranking. */
  readonly approx: number;
  /** True when `approx` is known to be the exact amount and a whole number (integer inputs, exact operations). */
  readonly wholeExact?: boolean;
}

/** A candidate's amount exactly (decimal), computed only for the candidates that may be the smallest. */
function exactAmount(rule: LimitRule, input: LimitInput, policy: CreditPolicy): Decimal {
  const rules = policy.limits;
  switch (rule) {
    case "netWorthCap":
      return Decimal.max(ZERO, new Decimal(input.netWorth!).times(netWorthShare(input.grade, policy)));
    case "workingCapitalCap":
      return Decimal.max(ZERO, new Decimal(input.workingCapital!).times(rules.workingCapitalShare));
    case "insuredCap":
      return new Decimal(input.insuredLimit!).plus(rules.uninsuredTolerance);
    case "newCustomerCap":
    case "probationCap":
      return new Decimal(rules.newCustomerLimit);
    case "increaseCap":
      return new Decimal(input.currentLimit!).times(new Decimal(1).plus(rules.maxIncrease));
    default:
      return new Decimal(input.monthlySales).times(new Decimal(input.termsDays).plus(rules.needBufferDays)).div(30);
  }
}

/** The policy's net-worth share for a grade (0 for a grade outside A–E). */
function netWorthShare(grade: string, policy: CreditPolicy): number {
  const g = at(policy.gradeBands, gradeRank(policy, grade)).grade;
  return (GRADES as readonly string[]).includes(g) ? policy.limits.netWorthShareByGrade[g as Grade] : 0;
}

function nonNegative(argument: string, v: number | undefined): void {
  if (v !== undefined && !(v >= 0)) throw numError("argumentNegative", { argument });
}

function finite(argument: string, v: number | undefined): void {
  if (v !== undefined && !Number.isFinite(v)) throw numError("argumentNotNumber", { argument });
}

/** Whether numerator ÷ divisor is an exact whole number, given the integer inputs the numerator was made of. */
function wholeQuotient(numerator: number, divisor: number, a: number, b = 0, c = 0): boolean {
  // The inputs one by one (not an array of them): this runs several times per customer.
  return (
    Number.isSafeInteger(a) &&
    Number.isSafeInteger(b) &&
    Number.isSafeInteger(c) &&
    Number.isSafeInteger(numerator) &&
    numerator % divisor === 0
  );
}

/** The caps after the need, as the result lists them. */
function capsOf(candidates: readonly Candidate[]): { rule: Candidate["rule"]; amount: number }[] {
  return candidates.slice(1).map((c) => ({ rule: c.rule, amount: c.approx }));
}

/** Whether x × f is a whole number that floating point gets exactly: x whole, f a short decimal, and x × a ÷ 10^d whole. */
function wholeProduct(x: number, f: number): boolean {
  const r = shortDecimal(f);
  return (
    r !== undefined && wholeQuotient(x * r.numerator, r.scale, x, r.numerator) && (x * r.numerator) / r.scale === x * f
  );
}
