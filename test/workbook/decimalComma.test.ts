/** Numbers written with a decimal comma: the mark a file proves, the per-file decision, and the reading of a cell. */
import {
  cellWithDecimalPoint,
  decimalMarkEvidence,
  decimalMarkOf,
  readNumberIn,
  usesDecimalComma,
} from "../../src/workbook/decimalComma";

describe("decimalMarkOf", () => {
  it.each([
    ["1.234,56", ","], // both marks: the last is the decimal
    ["1,234.56", "."],
    ["1234,56", ","],
    ["0,5", ","],
    ["12.5", "."],
    ["1.234.567", ","], // a mark used twice groups thousands
    ["1,234,567", "."],
    ["2.500", undefined], // 2.5 or 2500: three digits after one mark prove nothing
    ["2,500", undefined],
    ["1500", undefined],
    ["EUR 1.234,56-", ","],
    ["", undefined],
    ["A,B", undefined], // a grade list, not a number
    ["Acme Ltd.", undefined],
  ])("%j proves %j", (text, mark) => {
    expect(decimalMarkOf(text)).toBe(mark);
  });
});

describe("usesDecimalComma", () => {
  it("never in a comma-separated file, whatever its cells say", () => {
    expect(usesDecimalComma(",", { comma: 9, point: 0 })).toBe(false);
  });

  it("the mark most number cells prove; without proof, a semicolon goes with the decimal comma, a tab or pipe with the point", () => {
    expect(usesDecimalComma("\t", { comma: 3, point: 1 })).toBe(true);
    expect(usesDecimalComma(";", { comma: 0, point: 2 })).toBe(false);
    expect(usesDecimalComma(";", { comma: 0, point: 0 })).toBe(true);
    expect(usesDecimalComma("\t", { comma: 0, point: 0 })).toBe(false);
    expect(usesDecimalComma("|", { comma: 1, point: 1 })).toBe(false);
  });

  it("counts text cells of the number columns only", () => {
    expect(
      decimalMarkEvidence([
        ["1,5", 2.5, null, "2.500"],
        ["7.25", "3,75"],
      ]),
    ).toEqual({ comma: 2, point: 1 });
  });
});

describe("readNumberIn", () => {
  it("reads a decimal-comma file's numbers as readNumber reads the same numbers written with a point", () => {
    expect(readNumberIn("1234,56", true)).toEqual({ kind: "number", value: 1234.56 });
    expect(readNumberIn("1.234,56", true)).toEqual({ kind: "fromText", value: 1234.56 });
    expect(readNumberIn("2.500", true)).toEqual({ kind: "fromText", value: 2500 });
    expect(readNumberIn("-0,5", true)).toEqual({ kind: "number", value: -0.5 });
    expect(readNumberIn("1.234,56-", true)).toEqual({ kind: "fromText", value: -1234.56 }); // SAP's trailing minus
    expect(readNumberIn("€ 1.234", true)).toEqual({ kind: "fromText", value: 1234 });
    expect(readNumberIn(12.5, true)).toEqual({ kind: "number", value: 12.5 });
  });

  it("in a file whose mark is the point, 2.500 is 2.5; where no file decides the mark, it is reported as ambiguous", () => {
    expect(readNumberIn("2.500", false)).toEqual({ kind: "number", value: 2.5 });
    // A workbook's text cell: 2.5 to an English writer, 2500 to a German one (issue 14, situation 12).
    expect(readNumberIn("2.500", undefined)).toEqual({ kind: "fromText", value: 2.5, ambiguous: true });
  });
});

describe("cellWithDecimalPoint", () => {
  it("makes a number's text the number and a percentage's text point-written, for parsers that know only the point", () => {
    expect(cellWithDecimalPoint("1.234,5")).toBe(1234.5);
    expect(cellWithDecimalPoint("2.500")).toBe(2500);
    expect(cellWithDecimalPoint(" 0,5% ")).toBe("0.5%");
    expect(cellWithDecimalPoint("-12")).toBe(-12);
  });

  it("leaves other cells as they are", () => {
    for (const cell of ["A,B", "Loss rate 1-30", "", null, 7, "1,5 Mio"]) expect(cellWithDecimalPoint(cell)).toBe(cell);
  });
});
