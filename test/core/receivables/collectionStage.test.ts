import { collectionStage, collectionStageLabel } from "../../../src/core/receivables/collectionStage";
import { parsePolicy } from "../../../src/core/policy/parsePolicy";

// Default ladder: reminder from day 1, phone 15, letter 30, stop supply 60, agency/legal 90;
// grade shift A −10, B −5, C 0, D +10, E +20 days.
describe("collectionStage", () => {
  it("walks the ladder for a grade C customer, each threshold starting its stage", () => {
    expect([0, 1, 14, 15, 29, 30, 59, 60, 89, 90, 400].map((d) => collectionStage(d, "C"))).toEqual([
      "none",
      "reminder",
      "reminder",
      "phone",
      "phone",
      "letter",
      "letter",
      "stopSupply",
      "stopSupply",
      "agency",
      "agency",
    ]);
  });

  it("nothing overdue means no action, whatever the grade", () => {
    expect(collectionStage(0, "E")).toBe("none");
    expect(collectionStage(-30, "E")).toBe("none");
  });

  it("weak grades escalate sooner: 45 days is a letter for C, stop supply for E (45 + 20 = 65)", () => {
    expect(collectionStage(45, "C")).toBe("letter");
    expect(collectionStage(45, "E")).toBe("stopSupply");
    expect(collectionStage(80, "D")).toBe("agency"); // 80 + 10 = 90
  });

  it("good grades get patience, but an overdue account always gets at least a reminder", () => {
    expect(collectionStage(20, "A")).toBe("reminder"); // 20 − 10 = 10
    expect(collectionStage(3, "A")).toBe("reminder"); // 3 − 10 < 1
    expect(collectionStage(95, "B")).toBe("agency");
  });

  it("a blank or unknown grade is not shifted", () => {
    expect(collectionStage(45)).toBe("letter");
    expect(collectionStage(45, "ZZ")).toBe("letter");
    expect(collectionStage(45, " e ")).toBe("stopSupply");
  });

  it("disputed items go to dispute handling and are never escalated", () => {
    expect(collectionStage(400, "E", true)).toBe("dispute");
    expect(collectionStage(0, "A", true)).toBe("dispute");
  });

  it("follows the policy's ladder and shifts", () => {
    const { policy } = parsePolicy([
      ["Stop supply from days", 45],
      ["Collection shift grade C", 5],
    ]);
    expect(collectionStage(40, "C", false, policy)).toBe("stopSupply");
  });

  it("NaN days is #NUM!", () => {
    expect(() => collectionStage(NaN)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});

describe("collectionStageLabel", () => {
  it("names each stage in English and Chinese", () => {
    expect(collectionStageLabel("letter")).toBe("Demand letter");
    expect(collectionStageLabel("stopSupply", "zh-CN")).toBe("停止供货");
    expect(collectionStageLabel("dispute", "zh-CN")).toBe("争议处理");
  });
});
