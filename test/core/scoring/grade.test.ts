import { gradeBandsFromTable, gradeFromScore } from "../../../src/core/scoring/grade";
import { defaultPolicy } from "../../../src/core/policy/creditPolicy";

describe("gradeFromScore with the default policy (A ≥ 80, B ≥ 65, C ≥ 50, D ≥ 35, E below)", () => {
  const bands = defaultPolicy.gradeBands;

  it("gives each band its grade", () => {
    expect([95, 72, 55, 40, 10].map((s) => gradeFromScore(s, bands))).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("a score exactly on a minimum earns that grade (≥)", () => {
    expect([80, 65, 50, 35].map((s) => gradeFromScore(s, bands))).toEqual(["A", "B", "C", "D"]);
    expect(gradeFromScore(79.99, bands)).toBe("B");
  });

  it("the worst grade takes everything below, even negative scores", () => {
    expect(gradeFromScore(-1e9, bands)).toBe("E");
  });
});

describe("gradeBandsFromTable", () => {
  it("sorts rows in any order best first", () => {
    const bands = gradeBandsFromTable([
      { minScore: 0, grade: "Low", row: 1 },
      { minScore: 600, grade: "High", row: 2 },
      { minScore: 500, grade: "Medium", row: 3 },
    ]);
    expect(bands).toEqual([
      { grade: "High", minScore: 600 },
      { grade: "Medium", minScore: 500 },
      { grade: "Low", minScore: 0 },
    ]);
    expect(gradeFromScore(550, bands)).toBe("Medium");
  });

  it("a score below the lowest minimum of a user's table is #N/A", () => {
    const bands = gradeBandsFromTable([{ minScore: 300, grade: "X", row: 1 }]);
    expect(() => gradeFromScore(299, bands)).toThrow(expect.objectContaining({ kind: "na" }));
  });

  it("a blank grade or a repeated minimum is #VALUE! naming the row", () => {
    expect(() => gradeBandsFromTable([{ minScore: 1, grade: " ", row: 4 }])).toThrow(
      expect.objectContaining({ kind: "value", params: { row: 4 } }),
    );
    expect(() =>
      gradeBandsFromTable([
        { minScore: 50, grade: "B", row: 1 },
        { minScore: 50, grade: "C", row: 2 },
      ]),
    ).toThrow(expect.objectContaining({ kind: "value", code: "gradeTableDuplicate" }));
  });
});
