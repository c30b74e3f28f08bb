/** Scorecard factors matched to the Customers table: a misspelt factor and a value outside every bin are reported. */
import { serialFromIso } from "../../src/core/dates";
import { formatMessage } from "../../src/core/messages";
import { parseScorecard } from "../../src/core/scoring/scorecard";
import type { RawCell, RawTable, WorkbookSource } from "../../src/workbook/ports";
import { runWorkbookReview, type ReviewOutcome } from "../../src/workbook/runWorkbookReview";
import { customerColumnNamed, resolveScorecardFactors } from "../../src/workbook/scorecardFactors";

const AS_OF = serialFromIso("2026-06-30")!;

function table(sheet: string, headers: readonly string[], rows: (readonly RawCell[])[]): RawTable {
  return { name: sheet, sheet, headers, rows, firstDataRow: 2 };
}

const customers = table(
  "Customers",
  ["Customer ID", "Customer Name", "Segment", "Annual Revenue", "Years Trading"],
  [
    ["C1", "Acme Ltd", "Large", 12_000_000, 8],
    ["C2", "Beta Ltd", "Micro", 400_000, 2],
  ],
);
const invoices = table(
  "Invoices",
  ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
  [
    ["I1", "C1", AS_OF - 40, AS_OF - 10, 500, 500],
    ["I2", "C2", AS_OF - 20, AS_OF + 10, 300, 300],
  ],
);

/** A scorecard as a credit analyst types it, with `revenue` as the first factor's name. */
function scorecardSheet(revenue: string): RawTable {
  return table(
    "Scorecard",
    ["Factor", "From", "To", "Category", "Points"],
    [
      [revenue, null, 1_000_000, null, 10],
      [revenue, 1_000_000, null, null, 40],
      ["Segment", null, null, "Large", 30],
      ["Segment", null, null, "Mid", 20],
      ["Segment", null, null, "Small", 10],
      ["Years Trading", null, 5, null, 5],
      ["Years Trading", 5, null, null, 25],
    ],
  );
}

function source(...tables: RawTable[]): WorkbookSource {
  return { readTable: async (name) => tables.find((t) => t.sheet === name) };
}

async function reviewed(scorecard: RawTable): Promise<ReviewOutcome> {
  const run = await runWorkbookReview(source(customers, invoices, scorecard), undefined, { asOf: AS_OF });
  if (run.kind !== "reviewed") throw new Error("expected a review");
  return run.outcome;
}

const line = (outcome: ReviewOutcome, id: string) => outcome.review.customers.find((c) => c.customer.id === id)!;

describe("a scorecard factor that names no Customers column", () => {
  it("is reported once, on its Scorecard row, with the nearest column names", async () => {
    const outcome = await reviewed(scorecardSheet("Anual Revenue"));
    const unknown = outcome.issues.filter((i) => i.code === "scorecardFactorUnknown");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ sheet: "Scorecard", row: 2, column: "Factor", value: "Anual Revenue" });
    // "anualrevenue" is one letter from the header "Annual Revenue"; three names are suggested.
    const closest = String(unknown[0].params.closest).split(", ");
    expect(closest[0]).toBe("Annual Revenue");
    expect(closest).toHaveLength(3);
    // Blank for everyone, no bin for a blank: no one is scored, and no issue per customer repeats the one above.
    expect(line(outcome, "C1").score).toBeUndefined();
    expect(outcome.issues.filter((i) => i.column === "Anual Revenue")).toEqual([]);
  });

  it("reaches the Data Issues sheet and the data-issue count the CLI prints", async () => {
    const outcome = await reviewed(scorecardSheet("Anual Revenue"));
    expect(outcome.input.issues).toBe(outcome.issues);
    expect(outcome.summary.dataIssues).toBe(outcome.issues.length);
    const sheet = outcome.layout.sheets.find((s) => s.name === "Data Issues")!;
    const text = JSON.stringify(sheet.tables);
    expect(text).toContain(
      formatMessage("scorecardFactorUnknown", outcome.issues.find((i) => i.code === "scorecardFactorUnknown")!.params),
    );
  });
});

describe("a customer value outside every bin of its factor", () => {
  it("is a data issue naming customer, factor, value and bins; the others score as the table says", async () => {
    const outcome = await reviewed(scorecardSheet("Annual Revenue"));
    // C1: revenue 12,000,000 ≥ 1,000,000 → 40; Large → 30; 8 years ≥ 5 → 25.
    expect(line(outcome, "C1").score).toBe(40 + 30 + 25);
    // C2: segment Micro is none of Large, Mid, Small: no score.
    expect(line(outcome, "C2").score).toBeUndefined();
    expect(line(outcome, "C2").reasons).toContain("reasonThinData");
    const outside = outcome.issues.filter((i) => i.code === "scorecardValueOutsideBins");
    expect(outside).toEqual([
      {
        sheet: "Customers",
        row: 3,
        column: "Segment",
        value: "Micro",
        action: "repaired",
        code: "scorecardValueOutsideBins",
        params: { customer: "C2", name: "Beta Ltd", factor: "Segment", value: "Micro", bins: "Large; Mid; Small" },
      },
    ]);
    expect(formatMessage(outside[0].code, outside[0].params)).toContain(
      "“Micro” falls in no bin of the scorecard (Large; Mid; Small)",
    );
  });
});

describe("resolveScorecardFactors", () => {
  const card = (factor: string) =>
    parseScorecard([
      ["Factor", "From", "To", "Category", "Points"],
      [factor, null, null, "(missing)", 0],
    ]);

  it("matches a factor to a column as headers are matched: canonical name, key or synonym, any case and spacing", () => {
    expect(customerColumnNamed("credit  limit")).toBe("creditLimit");
    expect(customerColumnNamed("客户细分")).toBe("segment");
    expect(customerColumnNamed("Net Worth")).toBe("equity");
    expect(customerColumnNamed("Customer ID")).toBeUndefined();
    expect(resolveScorecardFactors(card("账期"), customers, scorecardSheet("x")).scorecard.factors[0].source).toEqual({
      field: "paymentTerms",
    });
  });

  it("reports a factor on a column outside the contract, which the review does not read, and never suggests it", () => {
    const withIndustry = { ...customers, headers: [...customers.headers, "Industry"], rows: [] };
    const { issues } = resolveScorecardFactors(card("Industry"), withIndustry, scorecardSheet("x"));
    expect(issues.map((i) => i.code)).toEqual(["scorecardFactorUnknown"]);
    expect(String(issues[0].params.closest).split(", ")).not.toContain("Industry");
  });

  it("reports a factor whose column the Customers table lacks", () => {
    const { issues } = resolveScorecardFactors(card("Current Ratio"), customers, scorecardSheet("x"));
    expect(issues.map((i) => [i.code, i.params.columns])).toEqual([
      ["scorecardFactorColumnAbsent", "Current Assets, Current Liabilities"],
    ]);
  });
});
