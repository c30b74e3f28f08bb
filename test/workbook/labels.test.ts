/** The sheet-label catalogue: both languages, the same placeholders, filled by the one formatter. */
import { labelInEveryLanguage, sheetLabel, SHEET_LABELS, type SheetLabelCode } from "../../src/workbook/labels";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("sheet labels", () => {
  it("gives every label the same placeholders in Chinese as in English", () => {
    const codes = Object.keys(SHEET_LABELS.en) as SheetLabelCode[];
    expect(codes.length).toBeGreaterThan(100);
    const mismatched = codes.filter(
      (code) => placeholders(SHEET_LABELS.en[code]).join() !== placeholders(SHEET_LABELS["zh-CN"][code]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it("fills placeholders and reads either language", () => {
    expect(sheetLabel("labelReviewTitle", "en", { asOf: "2026-06-30" })).toBe("Credit review as of 2026-06-30");
    expect(sheetLabel("labelColGrade", "zh-CN")).toBe("等级");
    // A ReviewHistory header is read back under either language's label.
    expect(labelInEveryLanguage("labelColScore")).toEqual(["Score", "评分"]);
  });
});
