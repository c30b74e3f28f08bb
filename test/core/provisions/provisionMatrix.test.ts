import { serialFromIso } from "../../../src/core/dates";
import { money } from "../../../src/core/money";
import { checkLossRates, provisionByBucket, provisionMatrix } from "../../../src/core/provisions/provisionMatrix";
import { agingBuckets } from "../../../src/core/receivables/aging";

const AS_OF = serialFromIso("2026-06-30")!;

// IFRS 9 Financial Instruments, Illustrative Examples, Example 12 "Provision matrix" (IE74–IE77)
// (https://www.ifrs.org/issued-standards/list-of-standards/ifrs-9-financial-instruments/): Company M has trade
// receivables of CU30 million and uses a provision matrix:
//   current 15,000,000 × 0.3 % = 45,000;   1–30 days 7,500,000 × 1.6 % = 120,000;
//   31–60 days 4,000,000 × 3.6 % = 144,000; 61–90 days 2,500,000 × 6.6 % = 165,000;
//   more than 90 days 1,000,000 × 10.6 % = 106,000; lifetime ECL allowance CU580,000.
const IFRS9_RATES = [0.003, 0.016, 0.036, 0.066, 0.106];
// One open item per bucket, 0, 15, 45, 75 and 120 days past due.
const IFRS9_DUE = [AS_OF, AS_OF - 15, AS_OF - 45, AS_OF - 75, AS_OF - 120];
const IFRS9_OPEN = [15_000_000, 7_500_000, 4_000_000, 2_500_000, 1_000_000];

describe("provisionMatrix", () => {
  it("reproduces IFRS 9 Illustrative Example 12: CU580,000 on CU30 million", () => {
    expect(agingBuckets(IFRS9_DUE, IFRS9_OPEN, AS_OF).map((b) => b.toNumber())).toEqual(IFRS9_OPEN);
    expect(provisionMatrix(IFRS9_DUE, IFRS9_OPEN, IFRS9_RATES, AS_OF).toNumber()).toBe(580_000);
  });

  it("gives the example's provision bucket by bucket", () => {
    const buckets = IFRS9_OPEN.map((v) => money(v));
    expect(provisionByBucket(buckets, IFRS9_RATES).map((p) => p.toNumber())).toEqual([
      45_000, 120_000, 144_000, 165_000, 106_000,
    ]);
  });

  it("multiplies exactly: 0.1 + 0.2 at 50 % is 0.15", () => {
    expect((0.1 + 0.2) * 0.5).not.toBe(0.15);
    expect(provisionMatrix([AS_OF, AS_OF], [0.1, 0.2], [0.5, 0, 0, 0, 0], AS_OF).toString()).toBe("0.15");
  });

  it("nets credit notes: a bucket of net credit notes provides negatively", () => {
    const due = [AS_OF - 100, AS_OF - 100, AS_OF - 10];
    // 90+: 200 − 500 = −300 at 50 % = −150; 1–30: 1,000 at 2 % = 20.
    expect(provisionMatrix(due, [200, -500, 1_000], [0.01, 0.02, 0.05, 0.1, 0.5], AS_OF).toNumber()).toBe(-130);
  });

  it("takes limits + 2 rates for custom limits", () => {
    const due = [AS_OF + 5, AS_OF - 20, AS_OF - 45];
    // limits [30]: not due 100 × 0 + 1–30 200 × 10 % + over 30 400 × 100 % = 420.
    expect(provisionMatrix(due, [100, 200, 400], [0, 0.1, 1], AS_OF, [30]).toNumber()).toBe(420);
  });

  it("is 0 for an empty ledger", () => {
    expect(provisionMatrix([], [], IFRS9_RATES, AS_OF).toNumber()).toBe(0);
  });

  it("gives #VALUE! for the wrong number of rates, naming the count expected", () => {
    expect(() => provisionMatrix(IFRS9_DUE, IFRS9_OPEN, [0.003, 0.016, 0.036, 0.066], AS_OF)).toThrow(
      expect.objectContaining({
        kind: "value",
        message: "loss_rates must hold 5 rates, one per bucket with not yet due first; it holds 4.",
      }),
    );
    expect(() => checkLossRates([0, 0, 0, 0, 0], [30])).toThrow(expect.objectContaining({ kind: "value" }));
    expect(() => provisionByBucket([money(1)], [0.1, 0.2])).toThrow(expect.objectContaining({ kind: "value" }));
  });

  it("gives #NUM! for a rate outside [0, 1] and for bad limits", () => {
    expect(() => checkLossRates([0, 0, 0, 0, 1.06])).toThrow(
      expect.objectContaining({ kind: "num", params: { argument: "loss_rates", min: 0, max: 1 } }),
    );
    expect(() => checkLossRates([-0.01, 0, 0, 0, 0])).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => provisionMatrix([AS_OF], [1], [0, 0, 0], AS_OF, [30, 30])).toThrow(
      expect.objectContaining({ kind: "num" }),
    );
  });
});
