import { approvalLevel } from "../../../src/core/limits/approvalAuthority";
import { parsePolicy } from "../../../src/core/policy/parsePolicy";

describe("approvalLevel (default: analyst ≤ 50,000, manager ≤ 250,000, director ≤ 1,000,000, committee above)", () => {
  it("picks the first level whose threshold the amount does not exceed; a threshold itself belongs to its level", () => {
    expect([0, 50_000, 50_001, 250_000, 1_000_000, 1_000_001].map((a) => approvalLevel(a, "C").level)).toEqual([
      "Credit analyst",
      "Credit analyst",
      "Credit manager",
      "Credit manager",
      "Finance director",
      "Credit committee",
    ]);
  });

  it("fast-tracks grades A and B one level down, never below the first level", () => {
    expect(approvalLevel(300_000, "A")).toEqual({ level: "Credit manager", index: 1, fastTracked: true });
    expect(approvalLevel(300_000, "b").fastTracked).toBe(true);
    expect(approvalLevel(10_000, "A")).toEqual({ level: "Credit analyst", index: 0, fastTracked: false });
    expect(approvalLevel(300_000, "C").fastTracked).toBe(false);
    expect(approvalLevel(300_000).level).toBe("Finance director");
  });

  it("follows the policy's names, thresholds and fast-track list", () => {
    const { policy } = parsePolicy([
      ["审批级别1名称", "信用专员"],
      ["Approval level 1 up to", 20_000],
      ["Fast track grades", "none"],
    ]);
    expect(approvalLevel(20_000, "A", policy).level).toBe("信用专员");
    expect(approvalLevel(20_001, "A", policy).level).toBe("Credit manager");
  });

  it("a negative amount is #NUM!", () => {
    expect(() => approvalLevel(-1)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});
