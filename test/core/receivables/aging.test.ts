import fc from "fast-check";
import { serialFromIso } from "../../../src/core/dates";
import {
  agingBucketLabel,
  agingBuckets,
  bucketCount,
  bucketIndex,
  bucketLabel,
  checkBucketLimits,
  DEFAULT_BUCKET_LIMITS,
} from "../../../src/core/receivables/aging";
import { thrown } from "../../helpers/thrown";

const d = (iso: string): number => serialFromIso(iso)!;
const AS_OF = d("2026-06-30");
const numbers = (buckets: { toNumber(): number }[]): number[] => buckets.map((b) => b.toNumber());

describe("bucketIndex", () => {
  it.each([
    [-45, 0, "not yet due"],
    [0, 0, "due today: not yet due"],
    [1, 1, "first day late: 1–30"],
    [30, 1, "30 days: still 1–30 (a bucket holds dpd ≤ its limit)"],
    [31, 2, "31 days: 31–60"],
    [60, 2, "60 days: 31–60"],
    [61, 3, "61 days: 61–90"],
    [90, 3, "90 days: 61–90"],
    [91, 4, "91 days: over 90"],
    [5000, 4, "very old: over 90"],
  ])("dpd %i is bucket %i (%s)", (dpd, bucket) => {
    expect(bucketIndex(dpd, DEFAULT_BUCKET_LIMITS)).toBe(bucket);
  });

  it("uses the limits given", () => {
    expect(bucketIndex(7, [7, 14])).toBe(1);
    expect(bucketIndex(8, [7, 14])).toBe(2);
    expect(bucketIndex(15, [7, 14])).toBe(3);
    expect(bucketCount([7, 14])).toBe(4);
  });
});

describe("checkBucketLimits", () => {
  it("accepts positive, increasing whole numbers", () => {
    expect(() => checkBucketLimits([30, 60, 90])).not.toThrow();
    expect(() => checkBucketLimits([1])).not.toThrow();
  });

  it.each([
    [[30, 30], "num", "argumentNotIncreasing", "repeated limit"],
    [[60, 30], "num", "argumentNotIncreasing", "decreasing limits"],
    [[0, 30], "num", "argumentNotPositive", "zero limit"],
    [[-30], "num", "argumentNotPositive", "negative limit"],
    [[30.5], "num", "argumentNotInteger", "fractional limit"],
    [[NaN], "num", "argumentNotInteger", "NaN limit"],
    [[], "value", "argumentEmpty", "no limits"],
  ])("rejects %j as %s (%s: %s)", (limits, kind, code) => {
    const error = thrown(() => checkBucketLimits(limits as number[]));
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.params).toEqual({ argument: "bucket_limits" });
  });
});

describe("agingBuckets", () => {
  it("puts each open item in its bucket by days past due, not yet due first", () => {
    const due = [
      d("2026-07-15"),
      d("2026-06-30"),
      d("2026-06-01"),
      d("2026-05-31"),
      d("2026-05-01"),
      d("2026-04-01"),
      d("2026-03-31"),
      d("2025-12-31"),
    ];
    const open = [100, 200, 10, 20, 30, 40, 50, 60];
    // dpd: −15, 0, 29, 30, 60, 90, 91, 181
    expect(numbers(agingBuckets(due, open, AS_OF))).toEqual([300, 30, 30, 40, 110]);
  });

  it("nets a credit note in its own bucket (credit note in the 90+ bucket)", () => {
    const due = [d("2026-01-31"), d("2026-02-28"), d("2026-06-15")];
    expect(numbers(agingBuckets(due, [500, -120.5, 80], AS_OF))).toEqual([0, 80, 0, 0, 379.5]);
  });

  it("adds up to the total to the cent over many rows of 0.1 and 0.2", () => {
    const n = 30_000;
    const due: number[] = [];
    const open: number[] = [];
    for (let i = 0; i < n; i++) {
      due.push(AS_OF - (i % 5) * 31); // dpd 0, 31, 62, 93, 124
      open.push(i % 2 === 0 ? 0.1 : 0.2);
    }
    const buckets = agingBuckets(due, open, AS_OF);
    // 30,000 items, 15,000 of each amount: total exactly 4,500; each dpd class holds 6,000 items, 3,000 of each.
    expect(numbers(buckets)).toEqual([900, 0, 900, 900, 1800]);
    expect(buckets.reduce((s, b) => s.plus(b)).toNumber()).toBe(4500);
    // The same sum in floating point drifts: the test would catch a float accumulator.
    expect(open.reduce((s, v) => s + v, 0)).not.toBe(4500);
  });

  it("keeps sub-cent amounts exact", () => {
    expect(agingBuckets([AS_OF, AS_OF], [0.005, 0.005], AS_OF)[0].toString()).toBe("0.01");
  });

  it("uses custom limits: 7 and 14 days make four buckets", () => {
    const due = [AS_OF + 1, AS_OF - 7, AS_OF - 8, AS_OF - 14, AS_OF - 15];
    expect(numbers(agingBuckets(due, [1, 2, 3, 4, 5], AS_OF, [7, 14]))).toEqual([1, 2, 7, 5]);
  });

  it("ages serials with times of day by their day", () => {
    expect(numbers(agingBuckets([AS_OF - 30 + 0.99], [1], AS_OF + 0.5))).toEqual([0, 1, 0, 0, 0]);
  });

  it("counts across Excel's fake 1900-02-29", () => {
    // 1900-01-30 (serial 30) to 1900-03-01 (serial 61) is 31 days in Excel: bucket 31–60.
    expect(numbers(agingBuckets([30], [1], 61))).toEqual([0, 0, 1, 0, 0]);
  });

  it("gives zeros for an empty ledger", () => {
    expect(numbers(agingBuckets([], [], AS_OF))).toEqual([0, 0, 0, 0, 0]);
  });

  it("rejects lists of different lengths, amounts that are not numbers, and bad limits", () => {
    expect(thrown(() => agingBuckets([AS_OF], [], AS_OF)).code).toBe("argumentShapeMismatch");
    const nan = thrown(() => agingBuckets([AS_OF, AS_OF], [1, NaN], AS_OF));
    expect([nan.kind, nan.code, nan.params.row]).toEqual(["value", "argumentNotNumberAt", 2]);
    expect(thrown(() => agingBuckets([AS_OF], [Infinity], AS_OF)).code).toBe("argumentNotNumberAt");
    expect(thrown(() => agingBuckets([AS_OF], [1], AS_OF, [90, 60])).kind).toBe("num");
  });

  it("property: the buckets add up to the total and each item is in the bucket bucketIndex gives", () => {
    const item = fc.record({
      dpd: fc.integer({ min: -400, max: 400 }),
      cents: fc.integer({ min: -10_000_000, max: 10_000_000 }),
    });
    const limitsArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 365 }), { minLength: 1, maxLength: 6 })
      .map((xs) => [...xs].sort((a, b) => a - b));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 200 }), limitsArb, (items, limits) => {
        const due = items.map((i) => AS_OF - i.dpd);
        const open = items.map((i) => i.cents / 100);
        const buckets = agingBuckets(due, open, AS_OF, limits);
        expect(buckets).toHaveLength(limits.length + 2);
        const totalCents = items.reduce((s, i) => s + i.cents, 0);
        expect(
          buckets
            .reduce((s, b) => s.plus(b))
            .times(100)
            .toNumber(),
        ).toBe(totalCents);
        for (let k = 0; k < buckets.length; k++) {
          const cents = items.filter((i) => bucketIndex(i.dpd, limits) === k).reduce((s, i) => s + i.cents, 0);
          expect(buckets[k].times(100).toNumber()).toBe(cents);
        }
      }),
    );
  });
});

describe("bucket labels", () => {
  it("labels the default buckets Not due, 1-30, 31-60, 61-90, 90+", () => {
    expect([0, 1, 2, 3, 4].map((k) => bucketLabel(k))).toEqual(["Not due", "1-30", "31-60", "61-90", "90+"]);
  });

  it("derives the labels from custom limits, a one-day bucket showing its day", () => {
    expect([0, 1, 2, 3, 4].map((k) => bucketLabel(k, [1, 7, 30]))).toEqual(["Not due", "1", "2-7", "8-30", "30+"]);
  });

  it("has Chinese twins", () => {
    expect([0, 1, 4].map((k) => bucketLabel(k, DEFAULT_BUCKET_LIMITS, "zh-CN"))).toEqual([
      "未到期",
      "1-30 天",
      "90 天以上",
    ]);
  });

  it("refuses a bucket number the limits do not have", () => {
    expect(() => bucketLabel(5)).toThrow(RangeError);
    expect(() => bucketLabel(-1)).toThrow(RangeError);
  });

  it("labels one item from its due date", () => {
    expect(agingBucketLabel(d("2026-05-31"), AS_OF)).toBe("1-30");
    expect(agingBucketLabel(d("2026-03-31"), AS_OF)).toBe("90+");
    expect(agingBucketLabel(d("2026-07-31"), AS_OF)).toBe("Not due");
    expect(agingBucketLabel(d("2026-06-20"), AS_OF, [7, 14], "zh-CN")).toBe("8-14 天");
    expect(thrown(() => agingBucketLabel(AS_OF, AS_OF, [0])).kind).toBe("num");
  });
});
