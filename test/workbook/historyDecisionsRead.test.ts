/**
 * ReviewHistory's Blacklist Status and Action columns (issue 15): written as labels in the review's language, read
 * back as their codes from either language (or from the codes themselves); histories without them still read.
 */
import { serialFromIso } from "../../src/core/dates";
import { formatMessage } from "../../src/core/messages";
import type { DataIssue } from "../../src/workbook/dataIssues";
import {
  actionFromLabel,
  actionLabel,
  blacklistStatusFromLabel,
  blacklistStatusLabel,
} from "../../src/workbook/decisionLabels";
import type { RawCell, RawTable } from "../../src/workbook/ports";
import { readHistory } from "../../src/workbook/portfolioFromTables";
import { HISTORY_SCHEMA, mapColumns } from "../../src/workbook/schema";

const iso = (t: string) => serialFromIso(t)!;
const AS_OF = iso("2026-06-30");

function history(headers: string[], rows: RawCell[][]): RawTable {
  return { name: "ReviewHistory", sheet: "ReviewHistory", headers, rows, firstDataRow: 2 };
}

describe("decision labels", () => {
  it("each action and blacklist status has its words in English and Chinese", () => {
    expect(
      (["increase", "keep", "reduce", "stop"] as const).map((a) => [actionLabel(a, "en"), actionLabel(a, "zh-CN")]),
    ).toEqual([
      ["Increase limit", "上调额度"],
      ["Keep limit", "维持额度"],
      ["Reduce limit", "下调额度"],
      ["Stop credit sales", "停止赊销"],
    ]);
    expect(
      (["listed", "list", "eligible-for-release", "probation"] as const).map((s) => [
        blacklistStatusLabel(s, "en"),
        blacklistStatusLabel(s, "zh-CN"),
      ]),
    ).toEqual([
      ["Blacklisted", "黑名单中"],
      ["Recommend listing", "建议列入黑名单"],
      ["Eligible for release", "可解除黑名单"],
      ["On probation", "解除后观察期"],
    ]);
  });

  it("reads back the code from either language's label, the code itself, any case and spacing; nothing else", () => {
    expect(
      ["Reduce limit", "下调额度", "reduce", "  REDUCE   LIMIT ", "Stop credit sales", "停止赊销"].map(actionFromLabel),
    ).toEqual(["reduce", "reduce", "reduce", "reduce", "stop", "stop"]);
    expect(
      ["Eligible for release", "可解除黑名单", "eligible-for-release", "on probation", "建议列入黑名单"].map(
        blacklistStatusFromLabel,
      ),
    ).toEqual(["eligible-for-release", "eligible-for-release", "eligible-for-release", "probation", "list"]);
    expect(["", "Reduced", "decrease", "黑名单中"].map(actionFromLabel)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(["", "Listed?", "Keep limit"].map(blacklistStatusFromLabel)).toEqual([undefined, undefined, undefined]);
  });
});

describe("ReviewHistory: Blacklist Status and Action", () => {
  it("the columns are found by their English or Chinese headers", () => {
    const keys = (headers: string[]) => {
      const { map } = mapColumns(HISTORY_SCHEMA, headers);
      return [map.blacklistStatus, map.action];
    };
    expect(keys(["Review Date", "Customer ID", "Blacklist Status", "Action"])).toEqual([2, 3]);
    expect(keys(["评审日期", "客户编号", "措施", "黑名单状态"])).toEqual([3, 2]);
    expect(keys(["Review Date", "Customer ID", "Score"])).toEqual([-1, -1]);
  });

  it("reads labels written in English or Chinese, and codes, as codes; blank as nothing", () => {
    const issues: DataIssue[] = [];
    const { history: rows } = readHistory(
      history(
        ["Review Date", "Customer ID", "Score", "Blacklist Status", "Action"],
        [
          ["2026-03-31", "C1", 80, "Eligible for release", "Reduce limit"],
          ["2026-03-31", "C2", 50, "可解除黑名单", "停止赊销"],
          ["2026-03-31", "C3", 70, "probation", "keep"],
          ["2026-03-31", "C4", 90, null, "Increase limit"],
          ["2026-03-31", "C5", 20, "建议列入黑名单", ""],
        ],
      ),
      issues,
      AS_OF,
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.customerId, r.blacklistStatus, r.action])).toEqual([
      ["C1", "eligible-for-release", "reduce"],
      ["C2", "eligible-for-release", "stop"],
      ["C3", "probation", "keep"],
      ["C4", undefined, "increase"],
      ["C5", "list", undefined],
    ]);
  });

  it("Chinese headers, as a Chinese review writes them", () => {
    const issues: DataIssue[] = [];
    const { history: rows } = readHistory(
      history(
        ["评审日期", "客户编号", "等级", "黑名单状态", "措施"],
        [["2026-03-31", "K1", "E", "黑名单中", "停止赊销"]],
      ),
      issues,
      AS_OF,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { reviewDate: iso("2026-03-31"), customerId: "K1", grade: "E", blacklistStatus: "listed", action: "stop" },
    ]);
  });

  it("a cell that names no status or action is ignored and reported (en and zh); the row is kept", () => {
    const issues: DataIssue[] = [];
    const { history: rows, counts } = readHistory(
      history(
        ["Review Date", "Customer ID", "Blacklist Status", "Action"],
        [
          ["2026-03-31", "C1", "maybe", "Decrease"],
          ["2026-03-31", "C2", "#N/A", "keep"],
        ],
      ),
      issues,
      AS_OF,
    );
    expect(counts).toEqual({ read: 2, used: 2, rejected: 0, excluded: 0, blank: 0 });
    expect(rows.map((r) => [r.customerId, r.blacklistStatus, r.action])).toEqual([
      ["C1", undefined, undefined],
      ["C2", undefined, "keep"],
    ]);
    expect(issues.map((i) => [i.row, i.column, i.value, i.action, i.code])).toEqual([
      [2, "Blacklist Status", "maybe", "repaired", "issueHistoryValueUnknown"],
      [2, "Action", "Decrease", "repaired", "issueHistoryValueUnknown"],
      [3, "Blacklist Status", "#N/A", "repaired", "issueLookupFailedIgnored"],
    ]);
    expect(formatMessage(issues[1].code, issues[1].params, "en")).toBe(
      "“Decrease” in Action is none of increase, keep, reduce, stop (nor their labels in English or Chinese); the cell was ignored.",
    );
    expect(formatMessage(issues[0].code, issues[0].params, "zh-CN")).toBe(
      "Blacklist Status 中的“maybe”不是以下任一值：listed, list, eligible-for-release, probation（或其中文、英文名称）；已忽略该单元格。",
    );
  });

  it("a history written before these columns existed reads as before: no status, no action, no issue", () => {
    const issues: DataIssue[] = [];
    const { history: rows } = readHistory(
      history(
        [
          "Review Date",
          "Customer ID",
          "Score",
          "Grade",
          "Exposure",
          "Credit Limit",
          "Recommended Limit",
          "Max DPD",
          "Z Zone",
        ],
        [["2026-03-31", "C1", 71.5, "B", 1200, 5000, 6000, 12, "Grey"]],
      ),
      issues,
      AS_OF,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        reviewDate: iso("2026-03-31"),
        customerId: "C1",
        score: 71.5,
        grade: "B",
        exposure: 1200,
        creditLimit: 5000,
        recommendedLimit: 6000,
        maxDaysPastDue: 12,
        zZone: "Grey",
      },
    ]);
  });
});

describe("ReviewHistory: Z Zone (issue 16: no raw zone codes in a Chinese workbook)", () => {
  it("reads the zone from its code or its label in either language, so a distress zone is not new again", () => {
    // 困境区 is the Chinese label of Distress: read back as Distress, the zDistress alert sees it was already there.
    const issues: DataIssue[] = [];
    const { history: rows } = readHistory(
      history(
        ["评审日期", "客户编号", "Z 区间"],
        [
          ["2026-03-31", "C1", "困境区"],
          ["2026-03-31", "C2", "Grey"],
          ["2026-03-31", "C3", "safe"],
          ["2026-03-31", "C4", "somewhere"],
        ],
      ),
      issues,
      AS_OF,
    );
    expect(rows.map((r) => r.zZone)).toEqual(["Distress", "Grey", "Safe", "somewhere"]);
  });
});
