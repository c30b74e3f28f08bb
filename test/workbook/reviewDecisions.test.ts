/** The decisions in the Credit Review sheet and the JSON summary; provision and expected loss named apart (issue 15). */
import { reviewLayout } from "../../src/workbook/reviewLayout";
import { reviewSummary } from "../../src/workbook/reviewSummary";
import { iso } from "../fixtures/reviewFixture";
import { decidedReview } from "../fixtures/decidedReview";

// The customer table is the Credit Review sheet, the second after Summary; the KPI block is on Summary.
const table = (locale: "en" | "zh-CN") => reviewLayout(decidedReview, [], locale).sheets[1].tables[0];
const en = table("en");
const headers = en.columns.map((c) => c.header);
const value = (id: string, header: string) => en.rows.find((r) => r[0] === id)![headers.indexOf(header)];

describe("Credit Review sheet: the decision columns", () => {
  it("limits side by side: effective, temporary (with expiry), by rules, binding rule, recommended (the decided limit)", () => {
    const at = headers.indexOf("Effective Limit");
    expect(headers.slice(at, at + 6)).toEqual([
      "Effective Limit",
      "Temporary Limit",
      "Temporary Limit Expiry",
      "Limit by Rules",
      "Binding Rule",
      "Recommended Limit",
    ]);
    // A: a temporary 1,500 in force until 2026-07-31 over a base of 1,000; the rules allow 1,000; decided 750.
    expect([
      value("A", "Effective Limit"),
      value("A", "Temporary Limit"),
      value("A", "Temporary Limit Expiry"),
    ]).toEqual([1500, 1500, iso("2026-07-31")]);
    expect([value("A", "Limit by Rules"), value("A", "Recommended Limit")]).toEqual([1000, 750]);
    // B has no temporary limit: blank, not 0.
    expect([value("B", "Temporary Limit"), value("B", "Temporary Limit Expiry")]).toEqual([null, null]);
    expect(en.columns[headers.indexOf("Temporary Limit Expiry")].numberFormat).toBe("yyyy-mm-dd");
  });

  it("action and its rule, approval with its reasons, blacklist status, policy breaches and insured cover, in words", () => {
    expect([value("A", "Action"), value("A", "Action Rule")]).toEqual([
      "Reduce limit",
      "the score dropped by the policy's threshold or more",
    ]);
    expect(value("A", "Approval Reasons")).toBe("Limit in force above the last recommendation (override)");
    expect(value("A", "Insured Cover")).toBe(500);
    expect([value("C", "Action"), value("C", "Blacklist Status")]).toEqual([
      "Stop credit sales",
      "Eligible for release",
    ]);
    expect(value("B", "Policy Breaches")).toBe("New customer cap");
    expect(value("B", "Blacklist Status")).toBe("");
    expect(value("C", "Collection Stage")).toBe("Agency / legal"); // the ladder's own label for the agency stage
    // The existing columns stay.
    expect(headers).toEqual(expect.arrayContaining(["Actions", "Reason Codes", "Approval Level", "Manual Review"]));
  });

  it("the Chinese sheet shows no English code in the decision columns", () => {
    const zh = table("zh-CN");
    const zhHeaders = zh.columns.map((c) => c.header);
    const decision = ["措施", "措施依据", "审批升级原因", "黑名单状态", "违反政策上限", "催收阶段"];
    expect(zhHeaders).toEqual(
      expect.arrayContaining([...decision, "生效额度", "临时额度", "临时额度到期日", "规则额度", "保险覆盖"]),
    );
    const cells = zh.rows.flatMap((r) => decision.map((h) => r[zhHeaders.indexOf(h)]));
    for (const cell of cells) expect(String(cell)).not.toMatch(/[A-Za-z]/);
    expect(zh.rows[2][zhHeaders.indexOf("黑名单状态")]).toBe("可解除黑名单");
  });

  it("conditional formats still point at Over Limit, Max DPD, Utilisation and Grade", () => {
    const cfs = en.conditionalFormats!;
    const columnOf = (kind: string) => cfs.find((c) => c.kind === kind)!.column;
    expect(headers[columnOf("rowWhenTrue")]).toBe("Over Limit");
    expect(headers[columnOf("cellValue")]).toBe("Max DPD");
    expect(headers[columnOf("dataBar")]).toBe("Utilisation");
    expect(headers[columnOf("textEquals")]).toBe("Grade");
  });

  it("KPI block (on Summary): provision (matrix) and expected loss each say what they read; actions counted", () => {
    const items = reviewLayout(decidedReview, []).sheets[0].keyValues!.items;
    const item = (label: string) => items.find((i) => i.label === label)!;
    expect(item("Provision (matrix)").note).toMatch(/how late the money is/);
    expect(item("Expected loss (PD × LGD × EAD)").note).toMatch(/who owes the money/);
    // increase 0 / keep 2 / reduce 1 / stop 1
    expect(item("Actions: increase / keep / reduce / stop").value).toBe("0 / 2 / 1 / 1");
    expect(item("Disputed past insurer notification").value).toBe(200);
    const zh = reviewLayout(decidedReview, [], "zh-CN").sheets[0].keyValues!.items.map((i) => i.label);
    expect(zh).toEqual(expect.arrayContaining(["拨备（账龄矩阵）", "预期损失（PD × LGD × EAD）"]));
  });
});

describe("Alerts sheet: the rule in words, not its code", () => {
  it("English and Chinese", () => {
    const rules = (locale: "en" | "zh-CN") =>
      reviewLayout(decidedReview, [], locale)
        .sheets.find((s) => s.tables[0]?.name === "Alerts_List")!
        .tables[0].rows.map((r) => r[3]);
    // The hand-made alerts: A scoreDrop, B overLimit, B concentration, C blacklistedExposure, C overLimit, B overLimit,
    // listed worst first: C (blacklisted with exposure: critical), then the high ones, B (exposure 6,000) before A (850).
    expect(rules("en")).toEqual([
      "Blacklisted with exposure",
      "Over limit",
      "Over limit",
      "Concentration",
      "Over limit",
      "Score drop",
    ]);
    expect(rules("zh-CN")).toEqual(["黑名单客户仍有敞口", "超额度", "超额度", "集中度过高", "超额度", "评分下降"]);
  });
});

describe("reviewSummary: decisions and provision named apart", () => {
  const summary = reviewSummary(decidedReview, []);
  it("ecl stays, provisionMatrix holds the same value, expectedLoss apart", () => {
    // The fixture's matrix: 6400 × 1 % + (−50) × 2 % + 300 × 5 % + 0 × 10 % + 300.1 × 50 % = 64 − 1 + 15 + 150.05 = 228.05.
    expect(summary.ecl).toBe(228.05);
    expect(summary.provisionMatrix).toBe(228.05);
    expect(summary).toHaveProperty("expectedLoss");
  });
  it("actions and blacklist counts, disputed past notification, CEI opening", () => {
    expect(summary.actions).toEqual({ increase: 0, keep: 2, reduce: 1, stop: 1 });
    // C eligible for release, D on probation.
    expect(summary.blacklist).toEqual({ listed: 0, list: 0, eligibleForRelease: 1, probation: 1 });
    expect(summary.disputedPastNotification).toBe(200);
    expect(summary.ceiOpening).toEqual({ source: "ledger", amount: 1700, ledger: 1700, history: 2000 });
  });
  it("no CEI opening without an earlier review", () => {
    const without = reviewSummary({ ...decidedReview, kpis: { ...decidedReview.kpis, ceiOpening: undefined } }, []);
    expect(without).not.toHaveProperty("ceiOpening");
  });
});
