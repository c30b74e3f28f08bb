/** The decisions file: the CSV a credit team uploads to its ERP, one row per customer (issue 15, item 11). */
import { parseCsv } from "../../src/files/csv";
import { DECISIONS_HEADER, decisionsCsv } from "../../src/workbook/decisionsFile";
import { decidedReview } from "../fixtures/decidedReview";

const text = decisionsCsv(decidedReview);
const [header, ...rows] = parseCsv(text.slice(1)).map((r) => r.map(String));
const row = (id: string) => rows.find((r) => r[0] === id)!;
const cell = (id: string, column: (typeof DECISIONS_HEADER)[number]) => row(id)[DECISIONS_HEADER.indexOf(column)];

describe("decisionsCsv", () => {
  it("starts with the UTF-8 BOM and the fixed English header, CRLF line ends", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1, text.indexOf("\r\n"))).toBe(
      "Customer ID,Grade,Score,Current Limit,Effective Limit,Recommended Limit,Action,Action Rule,Approval Level,Manual Review,Collection Stage,Blacklist Status,Alerts",
    );
    expect(header).toEqual([...DECISIONS_HEADER]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("one row per customer, in review order", () => {
    expect(rows.map((r) => r[0])).toEqual(["A", "B", "C", "'@D,1"]);
  });

  it("A: current limit 1,000, the temporary 1,500 in force, reduced to 750 for a score drop", () => {
    expect(row("A")).toEqual([
      "A",
      "A",
      "80",
      "1000",
      "1500",
      "750",
      "reduce",
      "scoreDrop",
      "Credit manager",
      "FALSE",
      "phone",
      "",
      "scoreDrop",
    ]);
  });

  it("alerts are the customer's rule codes joined by ';', each once, overLimit among them when over the limit", () => {
    // B's alerts: overLimit, concentration, overLimit again → "overLimit;concentration".
    expect(cell("B", "Alerts")).toBe("overLimit;concentration");
    expect(cell("C", "Alerts")).toBe("blacklistedExposure;overLimit");
    expect(cell("'@D,1", "Alerts")).toBe("");
  });

  it("codes, not words: action, rule, stage and blacklist status; manual review TRUE/FALSE", () => {
    expect(row("C")).toEqual([
      "C",
      "C",
      "10",
      "100",
      "100",
      "0",
      "stop",
      "blacklisted",
      "Credit analyst",
      "TRUE",
      "agency",
      "eligible-for-release",
      "blacklistedExposure;overLimit",
    ]);
    expect(cell("'@D,1", "Blacklist Status")).toBe("probation");
  });

  it("no limit and no score are blank cells", () => {
    // D has no credit limit, so no effective limit either, and no score.
    expect([cell("'@D,1", "Score"), cell("'@D,1", "Current Limit"), cell("'@D,1", "Effective Limit")]).toEqual([
      "",
      "",
      "",
    ]);
    expect(text).toContain('\r\n"\'@D,1",B,,,,0,keep,noChange,');
  });

  it("formula-like text is defused with an apostrophe and quoted per RFC 4180", () => {
    // B's approval level =HYPERLINK("http://x"): apostrophe, then quotes doubled inside a quoted field.
    expect(text).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(cell("B", "Approval Level")).toBe(`'=HYPERLINK("http://x")`);
    // D's id @D,1 starts with @ and holds a comma.
    expect(text).toContain(`"'@D,1"`);
  });
});
