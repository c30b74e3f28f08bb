/** The full data-issue list as CSV: what the CLI writes when the Data Issues sheet cannot list every issue. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/files/csv";
import { safeField } from "../../src/workbook/csvFields";
import { writeDataIssuesCsv } from "../../src/files/dataIssuesCsv";
import type { DataIssue } from "../../src/workbook/dataIssues";
import { tempDir } from "../helpers/tempDir";

const dir = tempDir("credit-desk-issues-");

describe("data issues as CSV", () => {
  it("text a spreadsheet would run as a formula gets an apostrophe (OWASP CSV injection); numbers stay numbers", () => {
    expect(safeField('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(safeField("+1+1")).toBe("'+1+1");
    expect(safeField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeField("-2+3")).toBe("'-2+3");
    expect(safeField("-120.50")).toBe("-120.50");
    expect(safeField("-1,234")).toBe("-1,234");
    expect(safeField("-")).toBe("'-");
    expect(safeField("INV-7")).toBe("INV-7");
    expect(safeField(12)).toBe(12);
  });

  it("writes a header and one line per issue, in the language asked for, readable back as the same fields", async () => {
    const issues: DataIssue[] = [
      {
        sheet: "invoices.csv",
        row: 2,
        column: "Customer ID",
        value: "NOBODY",
        action: "rejected",
        code: "issueUnknownCustomer",
        params: { column: "Customer ID", value: "NOBODY" },
      },
      {
        sheet: "invoices.csv",
        row: 3,
        column: "Amount",
        value: "1,5",
        action: "rejected",
        code: "issueNumberRejected",
        params: { column: "Amount", value: "1,5" },
      },
    ];
    const path = join(dir, "zh.csv");
    await writeDataIssuesCsv(path, issues, "zh-CN");
    const rows = parseCsv(readFileSync(path, "utf8"));
    expect(rows).toHaveLength(3);
    expect(rows[0][0]).toBe("工作表");
    expect(rows[2].slice(0, 4)).toEqual(["invoices.csv", "3", "Amount", "1,5"]);
    expect(rows[1][5]).toContain("NOBODY");
  });
});
