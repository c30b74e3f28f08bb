import { ecl, el, provision } from "../../../src/functions/functions";

const AS_OF = 46203; // 2026-06-30
/** An omitted optional range: Excel passes null, although the metadata needs the parameter typed as a matrix. */
const OMITTED = null as unknown as unknown[][];
const excelError = (code: string, message?: string) =>
  expect.objectContaining(message === undefined ? { code } : { code, message });

// IFRS 9 Illustrative Example 12 (IE74–IE77), https://www.ifrs.org/issued-standards/list-of-standards/ifrs-9-financial-instruments/:
// CU30 million aged 15 m current, 7.5 m 1–30, 4 m 31–60, 2.5 m 61–90, 1 m over 90 days, at 0.3 %, 1.6 %, 3.6 %,
// 6.6 %, 10.6 % → lifetime ECL CU580,000.
const DUE = [[AS_OF], [AS_OF - 15], [AS_OF - 45], [AS_OF - 75], [AS_OF - 120]];
const OPEN = [[15_000_000], [7_500_000], [4_000_000], [2_500_000], [1_000_000]];
const RATES = [[0.003], [0.016], [0.036], [0.066], [0.106]];

describe("CREDIT.PROVISION", () => {
  it("reproduces IFRS 9 Example 12: CU580,000", () => {
    expect(provision(DUE, OPEN, RATES, AS_OF)).toBe(580_000);
    expect(provision(DUE, OPEN, RATES, AS_OF, OMITTED)).toBe(580_000);
    expect(provision(DUE, OPEN, [[0.003, 0.016, 0.036, 0.066, 0.106]], "2026-06-30")).toBe(580_000);
  });

  it("takes limits + 2 rates for custom limits", () => {
    expect(
      provision([[AS_OF + 5], [AS_OF - 20], [AS_OF - 45]], [[100], [200], [400]], [[0, 0.1, 1]], AS_OF, [[30]]),
    ).toBe(420);
  });

  it("gives #VALUE! for the wrong number of rates and #NUM! for a rate outside 0–1", () => {
    expect(() => provision(DUE, OPEN, [[0.003], [0.016]], AS_OF)).toThrow(
      excelError("#VALUE!", "loss_rates must hold 5 rates, one per bucket with not yet due first; it holds 2."),
    );
    expect(() => provision(DUE, OPEN, [[0.003], [0.016], [0.036], [0.066], [10.6]], AS_OF)).toThrow(
      excelError("#NUM!", "loss_rates must be between 0 and 1."),
    );
  });

  it("gives #VALUE! for a rate that is text", () => {
    expect(() => provision(DUE, OPEN, [["0.3%"], [0.016]], AS_OF)).toThrow(excelError("#VALUE!"));
  });
});

describe("CREDIT.ECL", () => {
  it("is Σ amount × rate over aligned ranges: IFRS 9 Example 12's CU580,000", () => {
    expect(ecl(OPEN, RATES)).toBe(580_000);
  });

  it("is exact: 0.1 and 0.2 at 10 % give 0.03", () => {
    expect(ecl([[0.1, 0.2]], [[0.1, 0.1]])).toBe(0.03);
  });

  it("gives #VALUE! for ranges of different shapes and #NUM! for a rate outside 0–1", () => {
    expect(() => ecl([[1], [2]], [[0.1]])).toThrow(
      excelError("#VALUE!", "loss_rates must have the same number of rows and columns as bucket_amounts."),
    );
    expect(() => ecl([[1]], [[-0.1]])).toThrow(excelError("#NUM!"));
  });
});

describe("CREDIT.EL", () => {
  // Basel Framework CRE35.2–35.3: EL amount = PD × LGD × EAD.
  it("is PD × LGD × EAD: 2 % × 45 % × 1,000,000 = 9,000", () => {
    expect(el(0.02, 0.45, 1_000_000)).toBe(9_000);
    expect(el("0.1", 0.1, 0.3)).toBe(0.003);
  });

  it("gives #NUM! for PD or LGD outside 0–1 and #VALUE! for text", () => {
    expect(() => el(2, 0.45, 1)).toThrow(excelError("#NUM!", "pd must be between 0 and 1."));
    expect(() => el(0.02, 45, 1)).toThrow(excelError("#NUM!", "lgd must be between 0 and 1."));
    expect(() => el(0.02, 0.45, "all")).toThrow(excelError("#VALUE!", "ead must be a number."));
  });
});
