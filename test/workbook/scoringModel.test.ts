/** Which model the review scores with, read as the review reads it; and the names a retired Scorecard takes. */
import { serialFromIso } from "../../src/core/dates";
import type { RawTable, WorkbookSource } from "../../src/workbook/ports";
import { isScorecardName, retiredName, retirePlan, scoringModel } from "../../src/workbook/scoringModel";

const HEADER = ["Factor", "From", "To", "Category", "Points"];

const table = (name: string, sheet: string, headers: string[], rows: RawTable["rows"]): RawTable => ({
  name,
  sheet,
  headers,
  rows,
  firstDataRow: 2,
});

function sourceOf(...tables: RawTable[]): WorkbookSource {
  return { readTable: async (name) => tables.find((t) => t.name === name) };
}

const card = table("Scorecard", "Scorecard", HEADER, [
  ["Years Trading", null, 5, null, 10],
  ["Years Trading", 5, null, null, 30],
  ["Segment", null, null, "Large", 20],
]);

describe("scoringModel", () => {
  it("is the built-in model without a Scorecard table, or with an empty one", async () => {
    await expect(scoringModel(sourceOf())).resolves.toEqual({ kind: "builtIn" });
    await expect(scoringModel(sourceOf(table("Scorecard", "Scorecard", ["", ""], [])))).resolves.toEqual({
      kind: "builtIn",
    });
  });

  it("is the workbook's Scorecard, with the build date and test AUC of the builder's report", async () => {
    const built = serialFromIso("2026-12-03")!;
    const validation = table(
      "ScorecardReport_Validation",
      "Scorecard Report",
      ["Set", "Rows", "Goods", "Bads", "AUC", "Gini", "KS", "Built"],
      [
        ["Train (development)", 700, 490, 210, 0.81, 0.62, 0.5, built],
        ["Test (hold-out)", 300, 210, 90, 0.77, 0.54, 0.44, built],
      ],
    );
    // two factors: Years Trading (two bins) and Segment (one)
    await expect(scoringModel(sourceOf(card, validation))).resolves.toEqual({
      kind: "workbook",
      sheet: "Scorecard",
      factors: 2,
      builtOn: built,
      testAuc: 0.77,
    });
  });

  it("reads a build date a file reader gives as a Date, and finds the Chinese 评分卡", async () => {
    const validation = table(
      "ScorecardReport_Validation",
      "Scorecard Report",
      [],
      [[], ["Test", 1, 1, 1, 0.7, 0.4, 0.3, new Date(Date.UTC(2026, 11, 3))]],
    );
    const zh = { ...card, name: "评分卡", sheet: "评分卡" };
    await expect(scoringModel(sourceOf(zh, validation))).resolves.toMatchObject({
      kind: "workbook",
      sheet: "评分卡",
      builtOn: serialFromIso("2026-12-03"),
      testAuc: 0.7,
    });
  });

  it("has no date or AUC for a hand-made Scorecard without a report", async () => {
    await expect(scoringModel(sourceOf(card))).resolves.toEqual({ kind: "workbook", sheet: "Scorecard", factors: 2 });
  });

  it("is the built-in model, saying so, for a Scorecard the review cannot read (as the review does)", async () => {
    const broken = table("Scorecard", "Model", ["Factor", "Points"], [["Years Trading", 10]]);
    await expect(scoringModel(sourceOf(broken))).resolves.toEqual({ kind: "builtIn", unreadable: { sheet: "Model" } });
  });
});

describe("retiring the Scorecard", () => {
  it("knows the names the review reads as the Scorecard", () => {
    expect(["Scorecard", "SCORECARD", "score card", "评分卡"].map(isScorecardName)).toEqual([true, true, true, true]);
    expect(["Scorecard Report", "Scorecard (retired)", "Scorecard_retired"].map(isScorecardName)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("takes the first free name, ignoring case", () => {
    expect(retiredName("Scorecard", "table", [])).toBe("Scorecard_retired");
    expect(retiredName("Scorecard", "table", ["scorecard_RETIRED"])).toBe("Scorecard_retired2");
    expect(retiredName("Scorecard", "sheet", ["Scorecard (retired)", "Scorecard (retired 2)"])).toBe(
      "Scorecard (retired 3)",
    );
  });

  it("renames the builder's sheet and table, a Scorecard table elsewhere, and a plain 评分卡 sheet", () => {
    expect(
      retirePlan([{ name: "Scorecard" }, { name: "ScorecardReport_Validation" }], ["Scorecard", "Scorecard Report"]),
    ).toEqual({
      tables: [{ from: "Scorecard", to: "Scorecard_retired" }],
      sheets: [{ from: "Scorecard", to: "Scorecard (retired)" }],
    });
    expect(retirePlan([{ name: "Scorecard" }], ["Model", "评分卡", "评分卡 (retired)"])).toEqual({
      tables: [{ from: "Scorecard", to: "Scorecard_retired" }],
      sheets: [{ from: "评分卡", to: "评分卡 (retired 2)" }],
    });
    expect(retirePlan([{ name: "Customers" }], ["Customers"])).toEqual({ tables: [], sheets: [] });
  });
});
