import {
  alignedListsArg,
  cellBoolean,
  cellDate,
  cellNumber,
  dateArg,
  datesAt,
  listArg,
  numberArg,
  numberListArg,
  numbersAt,
  optionalBooleanArg,
  optionalNumberArg,
  optionalTextArg,
} from "../../src/functions/arguments";
import { CreditError } from "../../src/core/errors";

const valueError = (message: string) => expect.objectContaining({ kind: "value", message });

describe("argument coercion", () => {
  it("reads numbers, and numeric text as Excel does for typed values, but not booleans", () => {
    expect(cellNumber(12.5)).toBe(12.5);
    expect(cellNumber(" -1e3 ")).toBe(-1000);
    expect(cellNumber(true)).toBeUndefined();
    expect(cellNumber("12 apples")).toBeUndefined();
    expect(cellNumber(NaN)).toBeUndefined();
  });

  it("reads dates as serials (time of day dropped) or ISO text", () => {
    expect(cellDate(46203.9)).toBe(46203);
    expect(cellDate("2026-06-30")).toBe(46203);
    expect(cellDate("46203")).toBe(46203);
    expect(cellDate(0)).toBeUndefined();
    expect(cellDate("30/06/2026")).toBeUndefined();
  });

  it("reads booleans as TRUE/FALSE, 1/0 or their text", () => {
    expect([cellBoolean(true), cellBoolean(0), cellBoolean(" false "), cellBoolean("yes")]).toEqual([
      true,
      false,
      false,
      undefined,
    ]);
  });

  it("applies defaults for omitted optionals (null) and names the argument in errors", () => {
    expect(optionalNumberArg(null, "days", 365)).toBe(365);
    expect(optionalNumberArg("", "days", 365)).toBe(365);
    expect(optionalBooleanArg(null, "higher_is_better", true)).toBe(true);
    expect(optionalTextArg(null, "model", "public")).toBe("public");
    expect(() => numberArg(null, "receivables")).toThrow(valueError("receivables is required."));
    expect(() => numberArg("abc", "receivables")).toThrow(valueError("receivables must be a number."));
    expect(() => dateArg("soon", "as_of")).toThrow(
      valueError("as_of must be a date (a serial number or text like 2026-06-30)."),
    );
    expect(() => optionalBooleanArg("maybe", "disputed", false)).toThrow(CreditError);
  });

  it("reads a list from a row, a column or a block, skipping blank cells and rows", () => {
    expect(numberListArg([[1, 2, null, 3]], "xs")).toEqual([1, 2, 3]);
    expect(numberListArg([[1], [""], [2]], "xs")).toEqual([1, 2]);
    expect(
      numberListArg(
        [
          [1, 2],
          [null, null],
          [3, 4],
        ],
        "xs",
      ),
    ).toEqual([1, 2, 3, 4]);
    expect(listArg([[null], ["a"]])).toEqual([{ value: "a", row: 2 }]);
  });

  it("names the row of a bad cell in a list", () => {
    expect(() => numberListArg([[1], ["x"]], "exposures")).toThrow(
      valueError("exposures must hold numbers; row 2 holds “x”."),
    );
  });

  it("reads ranges side by side, skipping rows blank in all of them", () => {
    const { columns, rows } = alignedListsArg([
      ["due_dates", [[46203], [null], [46204]]],
      ["open_amounts", [[100], [null], [50]]],
    ]);
    expect(columns).toEqual([
      [46203, 46204],
      [100, 50],
    ]);
    expect(rows).toEqual([1, 3]);
    expect(datesAt(columns[0], rows, "due_dates")).toEqual([46203, 46204]);
    expect(numbersAt(columns[1], rows, "open_amounts")).toEqual([100, 50]);
  });

  it("rejects side-by-side ranges of different shapes, or a row blank in only one of them", () => {
    expect(() =>
      alignedListsArg([
        ["due_dates", [[1], [2]]],
        ["open_amounts", [[1]]],
      ]),
    ).toThrow(valueError("open_amounts must have the same number of rows and columns as due_dates."));
    expect(() =>
      alignedListsArg([
        ["due_dates", [[46203], [46204]]],
        ["open_amounts", [[1], [null]]],
      ]),
    ).toThrow(valueError("open_amounts is blank in row 2 while due_dates is not."));
    expect(() => numbersAt(["x"], [7], "open_amounts")).toThrow(
      valueError("open_amounts must hold numbers; row 7 holds “x”."),
    );
  });
});
