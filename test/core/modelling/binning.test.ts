import {
  binCategorical,
  binNumeric,
  binOfValue,
  isNumericColumn,
  type BinningPolicy,
} from "../../../src/core/modelling/binning";
import type { Outcome } from "../../../src/core/modelling/outcome";

const policy: BinningPolicy = { minBinShare: 0.05, fineBins: 20, minIv: 0.02 };

/** n rows with values 0 … n−1 whose bad rate falls with the value: bad when (i * 7919) % n ≥ i + n/4 … simply by thirds. */
function falling(n: number): { values: number[]; outcomes: Outcome[] } {
  const values = Array.from({ length: n }, (_, i) => i);
  // bad rate 60 % in the first third, 30 % in the second, 10 % in the last
  const outcomes = values.map((i): Outcome => {
    const rate = i < n / 3 ? 0.6 : i < (2 * n) / 3 ? 0.3 : 0.1;
    return (i * 37) % 100 < rate * 100 ? 1 : 0;
  });
  return { values, outcomes };
}

describe("numeric binning", () => {
  it("merges fine bins to a monotonic WOE, rising with the value when the bad rate falls", () => {
    const { values, outcomes } = falling(3000);
    const b = binNumeric("years", values, outcomes, policy);
    const ranges = b.bins.filter((x) => !x.missing);
    expect(b.monotonic).toBe(true);
    expect(ranges.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].woe).toBeGreaterThan(ranges[i - 1].woe);
    expect(ranges[0].from).toBeUndefined();
    expect(ranges[ranges.length - 1].to).toBeUndefined();
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].from).toBe(ranges[i - 1].to);
  });

  it("keeps every bin at the minimum share of rows or more", () => {
    const { values, outcomes } = falling(1000);
    const b = binNumeric("years", values, outcomes, { ...policy, minBinShare: 0.2 });
    for (const x of b.bins.filter((y) => !y.missing)) expect(x.goods + x.bads).toBeGreaterThanOrEqual(200);
  });

  it("puts missing values in a bin of their own, last", () => {
    const values = [1, 2, null, 3, "", 4, 5, 6, 7, 8];
    const outcomes: Outcome[] = [0, 0, 1, 0, 1, 1, 0, 1, 1, 1];
    const b = binNumeric("x", values, outcomes, policy);
    const missing = b.bins[b.bins.length - 1];
    expect(missing).toMatchObject({ missing: true, goods: 0, bads: 2 });
    expect(binOfValue(b, null)).toBe(b.bins.length - 1);
  });

  it("gives a missing bin never seen in training WOE 0, so a blank still scores at average risk", () => {
    const b = binNumeric("x", [1, 2, 3, 4], [0, 1, 0, 1], policy);
    expect(b.bins[b.bins.length - 1]).toMatchObject({ missing: true, goods: 0, bads: 0, woe: 0 });
  });

  it("a constant column is one bin with IV 0", () => {
    const b = binNumeric("x", [5, 5, 5, 5, 5, 5], [0, 1, 0, 1, 0, 0], policy);
    expect(b.bins.filter((x) => !x.missing)).toHaveLength(1);
    expect(b.iv).toBe(0);
  });

  it("an all-missing column has only the missing bin", () => {
    const b = binNumeric("x", [null, null, "", null], [0, 1, 0, 1], policy);
    expect(b.bins).toHaveLength(1);
    expect(b.valueCount).toBe(0);
    expect(b.iv).toBe(0);
  });

  it("takes the analyst's cut points as they are", () => {
    const { values, outcomes } = falling(300);
    const b = binNumeric("x", values, outcomes, policy, { cuts: [100, 250] });
    expect(b.bins.map((x) => [x.from, x.to, x.missing ?? false])).toEqual([
      [undefined, 100, false],
      [100, 250, false],
      [250, undefined, false],
      [undefined, undefined, true],
    ]);
    expect(b.overridden).toBe(true);
    expect(binOfValue(b, 100)).toBe(1);
    expect(binOfValue(b, 99.99)).toBe(0);
  });

  it("keeps a U-shape the data supports instead of collapsing it to one bin", () => {
    // bad rate 50 % at both ends, 5 % in the middle: no monotonic binning keeps more than one bin
    const values = Array.from({ length: 1200 }, (_, i) => i);
    const outcomes = values.map((i): Outcome => {
      const rate = i < 400 || i >= 800 ? 50 : 5;
      return (i * 37) % 100 < rate ? 1 : 0;
    });
    const b = binNumeric("u", values, outcomes, policy);
    expect(b.monotonic).toBe(false);
    expect(b.bins.filter((x) => !x.missing).length).toBeGreaterThan(1);
    expect(b.iv).toBeGreaterThan(0.1);
  });
});

describe("categorical binning", () => {
  const values = [...Array(50).fill("own"), ...Array(40).fill("rent"), "free", "free", "boat"];
  const outcomes: Outcome[] = values.map((v, i) => (v === "rent" ? (i % 2 ? 1 : 0) : i % 5 === 0 ? 1 : 0));

  it("pools categories below the minimum share", () => {
    const b = binCategorical("housing", values, outcomes, { ...policy, minBinShare: 0.05 });
    const cats = b.bins.filter((x) => !x.missing).map((x) => x.categories);
    // "free" (2) and "boat" (1) are under 5 % of 93 rows: pooled (3 rows, still under 5), then joined to the
    // bin with the closest bad rate
    expect(cats).toHaveLength(2);
    expect(cats.flat().sort()).toEqual(["boat", "free", "own", "rent"]);
  });

  it("matches categories case-insensitively and keeps the first spelling", () => {
    const b = binCategorical("h", ["Own", "own", "OWN", "rent"], [0, 1, 0, 1], { ...policy, minBinShare: 0 });
    expect(b.bins.filter((x) => !x.missing).map((x) => x.categories)).toEqual([["Own"], ["rent"]]);
    expect(binOfValue(b, " own ")).toBe(0);
  });

  it("a single category carries no information", () => {
    const b = binCategorical("h", ["a", "a", "a", "a"], [0, 1, 0, 1], policy);
    expect(b.iv).toBe(0);
  });

  it("a category unseen in training matches no bin (−1)", () => {
    const b = binCategorical("h", ["a", "b"], [0, 1], { ...policy, minBinShare: 0 });
    expect(binOfValue(b, "c")).toBe(-1);
  });

  it("gives a category met only in the test rows a bin of WOE 0", () => {
    const b = binCategorical("h", ["a", "b", "a", "b"], [0, 1, 0, 1], { ...policy, minBinShare: 0 }, undefined, ["c"]);
    expect(b.bins[binOfValue(b, "c")]).toMatchObject({ goods: 0, bads: 0, woe: 0 });
  });

  it("takes the analyst's groups; unlisted categories keep a bin each", () => {
    const b = binCategorical("housing", values, outcomes, policy, { groups: [["free", "boat"]] });
    expect(b.bins.filter((x) => !x.missing).map((x) => x.categories)).toEqual([["free", "boat"], ["own"], ["rent"]]);
  });
});

describe("column type", () => {
  it("is numeric when every non-blank value is a number or numeric text", () => {
    expect(isNumericColumn([1, "2", " 3.5 ", null, ""])).toBe(true);
    expect(isNumericColumn([1, "2", "x"])).toBe(false);
    expect(isNumericColumn([null, ""])).toBe(false);
  });
});
