/** The layout's A1 helpers: the one column-letter function every sink and chart uses. */
import { a1Area, a1Rows, columnLetters } from "../../src/workbook/layout";

describe("columnLetters", () => {
  it("names 0-based columns as Excel does, bijective base 26", () => {
    // A–Z are 0–25; AA follows Z (26); AZ = 26 + 25 = 51, BA = 52;
    // ZZ is the last two-letter column: 26 one-letter + 26 × 26 two-letter − 1 = 701; AAA = 702.
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  it("writes areas and title rows in A1 notation", () => {
    // 29 rows from row 0 → rows 1–29; 6 columns from column 0 → A–F.
    expect(a1Area({ row: 0, column: 0, rowCount: 29, columnCount: 6 })).toBe("A1:F29");
    // 0-based row 25 is Excel's row 26.
    expect(a1Rows({ first: 25, last: 25 })).toBe("26:26");
  });
});
