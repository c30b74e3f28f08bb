import { approvalLevel, approvalMatrix } from "../../../src/core/limits/approvalAuthority";
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

describe("approvalMatrix: amount × grade × strategic, overrides and temporary limits beyond policy", () => {
  it("a strategic account's 40,000 goes to at least the finance director (level 3), not the analyst its amount needs", () => {
    expect(approvalMatrix(40_000, "B", { strategic: true })).toMatchObject({
      level: "Finance director",
      index: 2,
      reasons: ["strategic"],
    });
  });
  it("a limit in force above the last recommendation (an override) needs at least the credit manager (level 2)", () => {
    expect(approvalMatrix(30_000, "A", { override: true })).toMatchObject({
      level: "Credit manager",
      reasons: ["override"],
    });
  });
  it("grade D is escalated one level: 40,000 → analyst by amount → credit manager", () => {
    expect(approvalMatrix(40_000, "D")).toMatchObject({ level: "Credit manager", reasons: ["grade"] });
    expect(approvalMatrix(40_000, "C")).toMatchObject({ level: "Credit analyst", reasons: [] });
  });
  it("a temporary 300,000 beyond policy: one level above what 300,000 needs at grade C (finance director) → committee", () => {
    expect(approvalMatrix(20_000, "C", { temporaryBeyondPolicy: 300_000 })).toMatchObject({
      level: "Credit committee",
      reasons: ["temporary"],
    });
    // A small temporary limit still goes to at least the policy's temporary level (credit manager).
    expect(approvalMatrix(20_000, "A", { temporaryBeyondPolicy: 15_000 })).toMatchObject({
      level: "Credit manager",
      reasons: ["temporary"],
    });
  });
  it("every reason that needs more than the amount's level is listed; the last level caps everything", () => {
    // 40,000 at grade C: analyst; strategic needs level 3, the override level 2: both listed, the director approves.
    expect(approvalMatrix(40_000, "C", { strategic: true, override: true })).toMatchObject({
      level: "Finance director",
      reasons: ["strategic", "override"],
    });
    expect(approvalMatrix(2_000_000, "C", { strategic: true, override: true })).toMatchObject({
      level: "Credit committee",
      reasons: [],
    });
  });
});
