/** Property-based tests of the review engine: invariants that hold for any portfolio, any policy, any row order. */
import fc from "fast-check";
import { serialFromIso } from "../../../src/core/dates";
import { Decimal, ZERO } from "../../../src/core/money";
import { defaultPolicy, gradeRank, GRADES, type CreditPolicy, type Grade } from "../../../src/core/policy";
import { DEFAULT_PAYMENT_TERMS } from "../../../src/core/portfolio/customerAssessment";
import { aggregateLedger } from "../../../src/core/portfolio/ledger";
import type { Customer, HistoryRow, Invoice, Portfolio } from "../../../src/core/portfolio/model";
import { wholeMonthsBetween } from "../../../src/core/dates";
import { runReview } from "../../../src/core/portfolio/review";
import type { CustomerReview, Review } from "../../../src/core/portfolio/reviewTypes";
import { bucketIndex } from "../../../src/core/receivables/aging";
import { readReviewInput } from "../../../src/workbook/reviewInput";
import type { RawCell, RawTable, WorkbookSource } from "../../../src/workbook/ports";
import { invoiceList } from "../../../src/core/portfolio/invoiceColumns";

/** Runs per property: the file stays within a few seconds; the seed makes any failure reproducible. */
const NUM_RUNS = 100;
const SEED = 20_260_630;
const params = { numRuns: NUM_RUNS, seed: SEED };

const AS_OF = serialFromIso("2026-06-30")!;

// ── Generators ──

/** Whole cents mostly, now and then a sub-cent amount (the ledger's exact-decimal path). */
const money = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(
    { arbitrary: fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100), weight: 9 },
    { arbitrary: fc.integer({ min: min * 1000, max: max * 1000 }).map((m) => m / 1000), weight: 1 },
  );
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 3 });

const customerArb = (id: string): fc.Arbitrary<Customer> =>
  fc.record({
    id: fc.constant(id),
    name: fc.constant(`Customer ${id}`),
    segment: fc.constantFrom("Large", "Mid", "Small", "", "Other", "small"),
    creditLimit: maybe(fc.oneof(fc.constant(0), money(0, 2_000_000))),
    insuredLimit: maybe(money(0, 1_000_000)),
    paymentTerms: maybe(fc.integer({ min: 0, max: 120 })),
    annualRevenue: maybe(money(0, 50_000_000)),
    totalAssets: maybe(money(1, 20_000_000)),
    totalLiabilities: maybe(money(0, 25_000_000)),
    currentAssets: maybe(money(0, 10_000_000)),
    currentLiabilities: maybe(money(0, 10_000_000)),
    retainedEarnings: maybe(money(-2_000_000, 5_000_000)),
    ebit: maybe(money(-1_000_000, 3_000_000)),
    equity: maybe(money(-1_000_000, 10_000_000)),
    yearsTrading: maybe(fc.integer({ min: 0, max: 60 })),
    externalScore: maybe(fc.integer({ min: 0, max: 100 })),
    strategic: fc.boolean(),
    blacklisted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    temporaryLimit: maybe(money(0, 600_000)),
    temporaryLimitExpiry: maybe(fc.integer({ min: AS_OF - 60, max: AS_OF + 200 })),
    blacklistDate: maybe(fc.integer({ min: AS_OF - 900, max: AS_OF })),
    writtenOff: maybe(money(0, 50_000)),
  });

/** An invoice or a credit note of `customerId`, dated around the as-of date, open, part paid, paid or disputed. */
const invoiceArb = (customerId: string): fc.Arbitrary<Omit<Invoice, "id">> =>
  fc
    .record({
      dateOffset: fc.integer({ min: -800, max: 20 }),
      terms: fc.integer({ min: 0, max: 120 }),
      amount: fc.oneof({ arbitrary: money(0.01, 250_000), weight: 8 }, { arbitrary: money(-20_000, -0.01), weight: 2 }),
      openKind: fc.constantFrom("paid", "open", "part"),
      part: fc.double({ min: 0, max: 1, noNaN: true }),
      paidAfterDue: fc.integer({ min: -30, max: 200 }),
      disputed: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
    })
    .map(({ dateOffset, terms, amount, openKind, part, paidAfterDue, disputed }) => {
      const invoiceDate = AS_OF + dateOffset;
      const dueDate = invoiceDate + terms;
      // Part payment in whole cents of the amount (same sign); sub-cent amounts stay fully open or paid.
      const cents = Math.round(amount * 100);
      const openAmount =
        openKind === "paid"
          ? 0
          : openKind === "open" || cents / 100 !== amount
            ? amount
            : Math.trunc(cents * part) / 100;
      const paidDate = openKind === "paid" ? Math.min(AS_OF + 20, dueDate + paidAfterDue) : undefined;
      return { customerId, invoiceDate, dueDate, amount, openAmount, paidDate, disputed };
    });

const portfolioArb: fc.Arbitrary<Portfolio> = fc.integer({ min: 1, max: 14 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `C${String(i + 1).padStart(3, "0")}`);
  const customers = fc.tuple(...ids.map(customerArb));
  const invoices = fc.array(fc.constantFrom(...ids).chain(invoiceArb), { minLength: 0, maxLength: 40 });
  const history = fc.array(
    fc.record({
      reviewDate: fc.integer({ min: AS_OF - 400, max: AS_OF + 10 }),
      customerId: fc.constantFrom(...ids),
      score: maybe(fc.integer({ min: 0, max: 100 })),
      grade: maybe(fc.constantFrom(...GRADES)),
      exposure: maybe(money(-10_000, 500_000)),
      maxDaysPastDue: maybe(fc.integer({ min: 0, max: 200 })),
      zZone: maybe(fc.constantFrom("Safe", "Grey", "Distress")),
      recommendedLimit: maybe(money(0, 500_000)),
      blacklistStatus: maybe(fc.constantFrom("listed", "list", "eligible-for-release", "probation")),
    }),
    { maxLength: 10 },
  );
  return fc.tuple(customers, invoices, history).map(([cs, invs, hs]) => ({
    customers: cs,
    invoices: invs.map((inv, j) => ({ ...inv, id: `I${String(j + 1).padStart(4, "0")}` })),
    history: hs as HistoryRow[],
  }));
});

const rate = (max: number) => fc.integer({ min: 0, max: max * 1000 }).map((x) => x / 1000);

/** A policy within the ranges the CreditPolicy table accepts, drawn around the defaults. */
const policyArb: fc.Arbitrary<CreditPolicy> = fc
  .record({
    needBufferDays: fc.integer({ min: 0, max: 90 }),
    netWorthShares: fc.tuple(rate(0.5), rate(0.5), rate(0.5), rate(0.5), rate(0.5)),
    workingCapitalShare: rate(1),
    uninsuredTolerance: fc.constantFrom(0, 5_000, 10_000, 12_345.67),
    newCustomerMonths: fc.integer({ min: 0, max: 24 }),
    newCustomerLimit: fc.constantFrom(0, 5_000, 10_000, 25_000.5),
    maxIncrease: rate(2),
    roundingStep: fc.constantFrom(1, 100, 1_000, 2_500, 0.01, 0.3, 250.5),
    worstGrade: fc.constantFrom<Grade>("C", "D", "E"),
    bucketLimits: fc
      .uniqueArray(fc.integer({ min: 1, max: 180 }), { minLength: 1, maxLength: 5 })
      .map((l) => [...l].sort((a, b) => a - b)),
    lossRates: fc.array(rate(1), { minLength: 7, maxLength: 7 }),
    lgd: rate(1),
    scoreDrop: fc.integer({ min: 1, max: 30 }),
    scoreFloor: fc.integer({ min: 0, max: 60 }),
    concentrationCap: rate(1),
  })
  .map((p) => ({
    ...defaultPolicy,
    worstGrade: p.worstGrade,
    limits: {
      needBufferDays: p.needBufferDays,
      netWorthShareByGrade: Object.fromEntries(GRADES.map((g, i) => [g, p.netWorthShares[i]])) as Record<Grade, number>,
      workingCapitalShare: p.workingCapitalShare,
      uninsuredTolerance: p.uninsuredTolerance,
      newCustomerMonths: p.newCustomerMonths,
      newCustomerLimit: p.newCustomerLimit,
      maxIncrease: p.maxIncrease,
      roundingStep: p.roundingStep,
      warningCut: defaultPolicy.limits.warningCut,
      reduceTolerance: defaultPolicy.limits.reduceTolerance,
      noIncreaseFromGrade: defaultPolicy.limits.noIncreaseFromGrade,
    },
    bucketLimits: p.bucketLimits,
    lossRates: p.lossRates.slice(0, p.bucketLimits.length + 2),
    lgd: p.lgd,
    earlyWarning: { scoreDrop: p.scoreDrop, scoreFloor: p.scoreFloor, concentrationCap: p.concentrationCap },
  }));

const caseArb = fc.record({ portfolio: portfolioArb, policy: fc.oneof(fc.constant(defaultPolicy), policyArb) });

// ── Oracles: the definitions of docs/architecture.md §Shared definitions, computed the slow, obvious way ──

const dec = (x: number) => new Decimal(x);
const sum = (xs: readonly (number | Decimal)[]) => xs.reduce<Decimal>((s, x) => s.plus(x), ZERO);

/** The invoices the review must aggregate: dated on or before as-of, of a known customer. */
function inReview(portfolio: Portfolio): Invoice[] {
  const known = new Set(portfolio.customers.map((c) => c.id));
  return invoiceList(portfolio.invoices).filter((inv) => inv.invoiceDate <= AS_OF && known.has(inv.customerId));
}

/** Every cap the policy defines for this customer line, exactly (the need is one of them). */
/**
 * Released from the blacklist within the probation months: not listed now, listed in some review before as-of, and
 * the first review after the last listed one (the release), or as-of when there is none, less than the probation
 * months ago.
 */
function onProbation(c: Customer, history: readonly HistoryRow[], policy: CreditPolicy): boolean {
  if (c.blacklisted) return false;
  const rows = history
    .filter((h) => h.customerId === c.id && h.reviewDate < AS_OF)
    .sort((a, b) => a.reviewDate - b.reviewDate);
  const listed = (h: HistoryRow) => h.blacklistStatus === "listed" || h.blacklistStatus === "eligible-for-release";
  let last = -1;
  rows.forEach((h, k) => {
    if (listed(h)) last = k;
  });
  if (last < 0) return false;
  const released = rows[last + 1]?.reviewDate ?? AS_OF;
  return wholeMonthsBetween(released, AS_OF) < policy.blacklist.probationMonths;
}

function capsOf(
  line: CustomerReview,
  policy: CreditPolicy,
  history: readonly HistoryRow[],
): { rule: string; amount: Decimal }[] {
  const c = line.customer;
  const rules = policy.limits;
  const caps = [
    {
      rule: "need",
      amount: dec(Math.max(0, line.monthlySales))
        .times(dec(c.paymentTerms ?? DEFAULT_PAYMENT_TERMS).plus(rules.needBufferDays))
        .div(30),
    },
  ];
  const netWorth =
    c.equity ??
    (c.totalAssets !== undefined && c.totalLiabilities !== undefined ? c.totalAssets - c.totalLiabilities : undefined);
  if (netWorth !== undefined) {
    const share = rules.netWorthShareByGrade[line.grade as Grade] ?? 0;
    caps.push({ rule: "netWorthCap", amount: Decimal.max(0, dec(netWorth).times(share)) });
  }
  if (c.currentAssets !== undefined && c.currentLiabilities !== undefined) {
    caps.push({
      rule: "workingCapitalCap",
      amount: Decimal.max(0, dec(c.currentAssets - c.currentLiabilities).times(rules.workingCapitalShare)),
    });
  }
  if (c.insuredLimit !== undefined)
    caps.push({ rule: "insuredCap", amount: dec(c.insuredLimit).plus(rules.uninsuredTolerance) });
  if (line.monthsKnown < rules.newCustomerMonths)
    caps.push({ rule: "newCustomerCap", amount: dec(rules.newCustomerLimit) });
  if (onProbation(c, history, policy)) caps.push({ rule: "probationCap", amount: dec(rules.newCustomerLimit) });
  if (c.creditLimit !== undefined && c.creditLimit > 0) {
    caps.push({ rule: "increaseCap", amount: dec(c.creditLimit).times(dec(1).plus(rules.maxIncrease)) });
  }
  return caps;
}

function floorToStep(amount: Decimal, step: number): Decimal {
  return amount.lte(0) ? ZERO : amount.div(step).floor().times(step);
}

/** Shuffles with a seeded permutation drawn by fast-check. */
function permute<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] * 1_000 + i * 7919 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

/** A review as plain, order-free data: per-customer lines by id, lists as sorted sets, money as text. */
function canonical(review: Review): unknown {
  const plain = (x: unknown): unknown =>
    JSON.parse(JSON.stringify(x, (_, v) => (v instanceof Decimal ? `D${v.toString()}` : v)));
  const byId = [...review.customers]
    .map((line) => ({ ...line, customer: { ...line.customer, sourceRow: undefined } }))
    .sort((a, b) => (a.customer.id < b.customer.id ? -1 : 1));
  const sorted = (xs: unknown[]) => xs.map((x) => JSON.stringify(plain(x))).sort();
  return {
    customers: plain(byId),
    // HHI is a float ratio summed in row order (src/core/portfolio/concentration.ts): equal to 12 digits, which no
    // display or rule reads past. Every amount and every decision must be equal exactly.
    kpis: plain({
      ...review.kpis,
      hhi: review.kpis.hhi === undefined ? undefined : Number(review.kpis.hhi.toPrecision(12)),
      overLimitCustomers: [...review.kpis.overLimitCustomers].sort(),
    }),
    alerts: sorted([...review.alerts]),
    collections: plain(review.collections),
    topExposures: plain(review.topExposures),
  };
}

// ── Properties ──

describe("review engine invariants (fast-check)", () => {
  it("aging buckets (not yet due included) add up exactly to open receivables, per customer and for the portfolio", () => {
    fc.assert(
      fc.property(caseArb, ({ portfolio, policy }) => {
        const review = runReview(portfolio, policy, AS_OF);
        const invoices = inReview(portfolio);
        for (const line of review.customers) {
          const own = invoices.filter((inv) => inv.customerId === line.customer.id);
          const open = sum(own.map((inv) => inv.openAmount));
          expect(sum(line.aging).toString()).toBe(open.toString());
          expect(dec(line.exposure).toString()).toBe(open.toString());
          // Each bucket holds exactly the open amounts of its days past due.
          line.aging.forEach((bucket, k) => {
            const expected = sum(
              own
                .filter((inv) => bucketIndex(AS_OF - inv.dueDate, policy.bucketLimits) === k)
                .map((inv) => inv.openAmount),
            );
            expect(dec(bucket).toString()).toBe(expected.toString());
          });
        }
        const k = review.kpis;
        const total = sum(invoices.map((inv) => inv.openAmount));
        expect(k.aging).toHaveLength(policy.bucketLimits.length + 2);
        expect(sum(k.aging).toString()).toBe(k.openReceivables.toString());
        expect(k.openReceivables.toString()).toBe(total.toString());
        expect(k.overdueReceivables.toString()).toBe(sum(k.aging.slice(1)).toString());
      }),
      params,
    );
  });

  it("overdue = open − not yet due; overdue ≤ open when nothing not yet due is a credit; disputed and overdue are parts of open", () => {
    fc.assert(
      fc.property(caseArb, ({ portfolio, policy }) => {
        const review = runReview(portfolio, policy, AS_OF);
        for (const line of review.customers) {
          expect(dec(line.overdue).toString()).toBe(dec(line.exposure).minus(line.aging[0]).toString());
          expect(dec(line.overdue).toString()).toBe(sum(line.aging.slice(1)).toString());
          // A credit note not yet due lowers open but not overdue, so only then may overdue exceed open.
          if (line.aging[0] >= 0) expect(line.overdue).toBeLessThanOrEqual(line.exposure);
        }
        const k = review.kpis;
        if (k.aging[0].gte(0)) expect(k.overdueReceivables.lte(k.openReceivables)).toBe(true);
        const overdueItems = inReview(portfolio).filter((inv) => inv.dueDate < AS_OF);
        expect(k.overdueReceivables.toString()).toBe(sum(overdueItems.map((inv) => inv.openAmount)).toString());
      }),
      params,
    );
  });

  it("the credit rules' limit is within every cap the policy defines, 0 for the worst grade or a blacklist, a multiple of the step; the binding rule's cap is the limit", () => {
    fc.assert(
      fc.property(caseArb, ({ portfolio, policy }) => {
        const review = runReview(portfolio, policy, AS_OF);
        const step = policy.limits.roundingStep;
        for (const line of review.customers) {
          const limit = dec(line.limitByRules);
          expect(limit.gte(0)).toBe(true);
          expect(limit.mod(step).isZero()).toBe(true);
          if (line.customer.blacklisted) {
            expect({ limit: line.limitByRules, rule: line.bindingRule }).toEqual({ limit: 0, rule: "blacklisted" });
            continue;
          }
          if (gradeRank(policy, line.grade) >= gradeRank(policy, policy.worstGrade)) {
            expect({ limit: line.limitByRules, rule: line.bindingRule }).toEqual({ limit: 0, rule: "worstGrade" });
            continue;
          }
          const caps = capsOf(line, policy, portfolio.history);
          for (const cap of caps) {
            if (limit.gt(cap.amount))
              throw new Error(`${line.customer.id}: limit ${limit} above ${cap.rule} ${cap.amount}`);
          }
          const binding = caps.find((cap) => cap.rule === line.bindingRule);
          expect(binding).toBeDefined();
          // The binding cap is the smallest, and the limit is that cap rounded down to the step.
          const smallest = Decimal.min(...caps.map((cap) => cap.amount));
          expect(binding!.amount.toString()).toBe(smallest.toString());
          expect(floorToStep(binding!.amount, step).toString()).toBe(limit.toString());
        }
      }),
      params,
    );
  });

  it("no customer on whom any early warning fired is recommended an increase, nor a limit above the one in force", () => {
    fc.assert(
      fc.property(caseArb, ({ portfolio, policy }) => {
        const review = runReview(portfolio, policy, AS_OF);
        const warned = new Set(review.alerts.map((a) => a.customerId));
        for (const line of review.customers) {
          if (!warned.has(line.customer.id)) continue;
          expect(line.action).not.toBe("increase");
          expect(line.recommendedLimit).toBeLessThanOrEqual(line.customer.creditLimit ?? 0);
        }
      }),
      params,
    );
  });

  it("the recommended limit agrees with the action: 0 to stop, the limit in force to keep, below it to reduce, above it to increase", () => {
    fc.assert(
      fc.property(caseArb, ({ portfolio, policy }) => {
        const review = runReview(portfolio, policy, AS_OF);
        for (const line of review.customers) {
          const current = line.customer.creditLimit ?? 0;
          const expected = { stop: 0, keep: current }[line.action as "stop" | "keep"];
          if (expected !== undefined) expect(line.recommendedLimit).toBe(expected);
          if (line.action === "reduce")
            expect(line.recommendedLimit).toBeLessThanOrEqual(Math.min(current, line.limitByRules));
          if (line.action === "increase")
            expect({ above: line.recommendedLimit > current, rules: line.recommendedLimit }).toEqual({
              above: true,
              rules: line.limitByRules,
            });
          // A blacklisted customer, or one in the worst grade, is always stopped.
          if (line.customer.blacklisted || gradeRank(policy, line.grade) >= gradeRank(policy, policy.worstGrade))
            expect(line.action).toBe("stop");
        }
        const counts = review.kpis.actionCounts;
        expect(counts.stop + counts.reduce + counts.keep + counts.increase).toBe(review.customers.length);
      }),
      params,
    );
  });

  it("weighted days past due ≤ max days past due; both ≥ 0; max is the oldest positive open item's", () => {
    fc.assert(
      fc.property(caseArb, ({ portfolio, policy }) => {
        const review = runReview(portfolio, policy, AS_OF);
        const invoices = inReview(portfolio);
        for (const line of review.customers) {
          const positive = invoices.filter((inv) => inv.customerId === line.customer.id && inv.openAmount > 0);
          const oldest = Math.max(0, ...positive.map((inv) => AS_OF - inv.dueDate));
          expect(line.maxDaysPastDue).toBe(oldest);
          if (line.weightedDaysPastDue !== undefined) {
            expect(line.weightedDaysPastDue).toBeGreaterThanOrEqual(0);
            expect(line.weightedDaysPastDue).toBeLessThanOrEqual(line.maxDaysPastDue);
          }
        }
      }),
      params,
    );
  });

  it("provision = Σ bucket × loss rate exactly; it is at most the positive buckets, and at most open when no bucket is a net credit", () => {
    fc.assert(
      fc.property(caseArb, ({ portfolio, policy }) => {
        const review = runReview(portfolio, policy, AS_OF);
        const k = review.kpis;
        const expected = sum(k.aging.map((bucket, b) => bucket.times(policy.lossRates[b])));
        expect(k.provision.toString()).toBe(expected.toString());
        expect(k.provision.lte(sum(k.aging.filter((b) => b.gt(0))))).toBe(true);
        if (k.aging.every((b) => b.gte(0))) {
          expect(k.provision.gte(0)).toBe(true);
          expect(k.provision.lte(k.openReceivables)).toBe(true);
        }
        // Expected loss is PD × LGD × positive exposure: never above the positive exposure.
        const positive = sum(review.customers.map((l) => Math.max(0, l.exposure)));
        expect(k.expectedLoss.lte(positive)).toBe(true);
      }),
      params,
    );
  });

  it("every invoice is aggregated, or dated after as-of, or of an unknown customer: none is dropped", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.integer({ min: 0, max: 39 }), { maxLength: 4 }),
        ({ portfolio, policy }, orphans) => {
          // Some invoices re-pointed at a customer that does not exist.
          const invoices = invoiceList(portfolio.invoices).map((inv, j) =>
            orphans.includes(j) ? { ...inv, customerId: "NOBODY" } : inv,
          );
          const withOrphans = { ...portfolio, invoices };
          const ledger = aggregateLedger(withOrphans, { asOf: AS_OF, bucketLimits: policy.bucketLimits });
          const counted = ledger.invoiceCount.reduce((s, c) => s + c, 0);
          expect(counted + ledger.futureInvoices + ledger.unknownCustomerInvoices).toBe(invoices.length);
          const review = runReview(withOrphans, policy, AS_OF);
          expect(review.kpis.invoices).toBe(inReview(withOrphans).length);
          expect(review.customers.map((l) => l.customer.id)).toEqual(portfolio.customers.map((c) => c.id));
        },
      ),
      params,
    );
  });

  it("through the workbook contract: every Invoices row is in the review or is a data issue (rejected or excluded)", async () => {
    await fc.assert(
      fc.asyncProperty(
        portfolioArb,
        fc.array(fc.integer({ min: 0, max: 39 }), { maxLength: 4 }),
        async (portfolio, orphans) => {
          const invoices = invoiceList(portfolio.invoices).map((inv, j) =>
            orphans.includes(j) ? { ...inv, customerId: "NOBODY" } : inv,
          );
          // A duplicate id now and then: the second is rejected.
          if (invoices.length > 3) invoices.push({ ...invoices[1] });
          const source = tablesSource(portfolio.customers, invoices);
          const input = await readReviewInput(source, AS_OF);
          const review = runReview(input.portfolio, input.policy, AS_OF);
          const firstRow = 2;
          const issueRows = new Set(
            input.issues
              .filter((i) => i.sheet === "Invoices" && (i.action === "rejected" || i.action === "excluded"))
              .map((i) => i.row),
          );
          const reviewed = inReview(input.portfolio);
          expect(review.kpis.invoices).toBe(reviewed.length);
          const reviewedRows = new Set(reviewed.map((inv) => inv.sourceRow));
          invoices.forEach((inv, j) => {
            const row = firstRow + j;
            const accounted = reviewedRows.has(row) || issueRows.has(row);
            if (!accounted) throw new Error(`Invoices row ${row} (${inv.id}) is neither reviewed nor a data issue`);
            if (reviewedRows.has(row) && issueRows.has(row))
              throw new Error(`Invoices row ${row} is both reviewed and rejected`);
          });
        },
      ),
      params,
    );
  });

  it("the review does not depend on the order of the input rows (customers, invoices, history)", () => {
    const keys = fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(caseArb, keys, keys, keys, ({ portfolio, policy }, kc, ki, kh) => {
        // ReviewHistory is one row per customer and date (a re-run replaces its date's rows): order is free only then.
        const history = [...new Map(portfolio.history.map((h) => [`${h.customerId}@${h.reviewDate}`, h])).values()];
        const original: Portfolio = { ...portfolio, history };
        const shuffled: Portfolio = {
          customers: permute(portfolio.customers, kc),
          invoices: permute(invoiceList(portfolio.invoices), ki),
          history: permute(history, kh),
        };
        expect(canonical(runReview(shuffled, policy, AS_OF))).toEqual(canonical(runReview(original, policy, AS_OF)));
      }),
      params,
    );
  });

  it("early warnings compare with the latest review strictly before as-of: rows dated on or after it change nothing", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 30 }), ({ portfolio, policy }, later) => {
        const before: Portfolio = { ...portfolio, history: portfolio.history.filter((h) => h.reviewDate < AS_OF) };
        // This review's own rows (as a re-run on the same day would find them) and rows of later reviews.
        const own = runReview(before, policy, AS_OF).customers.map((l): HistoryRow => ({
          reviewDate: AS_OF,
          customerId: l.customer.id,
          score: 0,
          grade: "A",
          exposure: 1e9,
          maxDaysPastDue: 0,
          zZone: "Safe",
        }));
        const withOwn: Portfolio = {
          ...before,
          history: [...before.history, ...own, ...own.map((h) => ({ ...h, reviewDate: AS_OF + later }))],
        };
        expect(canonical(runReview(withOwn, policy, AS_OF))).toEqual(canonical(runReview(before, policy, AS_OF)));
      }),
      params,
    );
  });
});

// ── The workbook contract's tables, built from a portfolio ──

const CUSTOMER_HEADERS: readonly [string, keyof Customer][] = [
  ["Customer ID", "id"],
  ["Customer Name", "name"],
  ["Segment", "segment"],
  ["Credit Limit", "creditLimit"],
  ["Insured Limit", "insuredLimit"],
  ["Payment Terms", "paymentTerms"],
  ["Annual Revenue", "annualRevenue"],
  ["Total Assets", "totalAssets"],
  ["Total Liabilities", "totalLiabilities"],
  ["Current Assets", "currentAssets"],
  ["Current Liabilities", "currentLiabilities"],
  ["Retained Earnings", "retainedEarnings"],
  ["EBIT", "ebit"],
  ["Equity", "equity"],
  ["Years Trading", "yearsTrading"],
  ["External Score", "externalScore"],
  ["Strategic", "strategic"],
  ["Blacklisted", "blacklisted"],
];
const INVOICE_HEADERS: readonly [string, keyof Invoice][] = [
  ["Invoice ID", "id"],
  ["Customer ID", "customerId"],
  ["Invoice Date", "invoiceDate"],
  ["Due Date", "dueDate"],
  ["Amount", "amount"],
  ["Open Amount", "openAmount"],
  ["Paid Date", "paidDate"],
  ["Disputed", "disputed"],
];

function tablesSource(customers: readonly Customer[], invoices: readonly Invoice[]): WorkbookSource {
  const table = <T>(name: string, headers: readonly [string, keyof T][], rows: readonly T[]): RawTable => ({
    name,
    sheet: name,
    headers: headers.map(([h]) => h),
    rows: rows.map((row) => headers.map(([, key]) => (row[key] ?? null) as RawCell)),
    firstDataRow: 2,
  });
  const tables = new Map<string, RawTable>([
    ["Customers", table("Customers", CUSTOMER_HEADERS, customers)],
    ["Invoices", table("Invoices", INVOICE_HEADERS, invoices)],
  ]);
  return { readTable: async (name: string) => tables.get(name) };
}
