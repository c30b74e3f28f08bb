/** RFC 4180 CSV reading and writing. */
import fc from "fast-check";
import { CsvFormatError, formatCsv, parseCsv, plainNumberAt } from "../../src/files/csv";

describe("parseCsv", () => {
  it("reads plain records, CRLF or LF, without a trailing empty record", () => {
    expect(parseCsv("a,b\r\n1,2\r\n")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("a,b\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("a,b\r1,2\r")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("quoted fields hold delimiters, doubled quotes and line breaks (RFC 4180 §2.6–2.7)", () => {
    expect(parseCsv('id,name\r\n1,"Acme, ""Ltd"""\r\n2,"two\r\nlines"\r\n')).toEqual([
      ["id", "name"],
      ["1", 'Acme, "Ltd"'],
      ["2", "two\r\nlines"],
    ]);
  });

  it("empty fields, a trailing delimiter and an empty quoted field", () => {
    expect(parseCsv('a,,c,\n"",x')).toEqual([["a", "", "c", ""], ["", "x"]]);
  });

  it("drops a UTF-8 BOM and keeps Chinese text", () => {
    expect(parseCsv("\ufeff客户编号,客户名称\nC1,甲公司")).toEqual([["客户编号", "客户名称"], ["C1", "甲公司"]]);
  });

  it("keeps empty lines as blank rows", () => {
    expect(parseCsv("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
  });

  it("another delimiter", () => {
    expect(parseCsv("a;b\n1,5;2", { delimiter: ";" })).toEqual([["a", "b"], ["1,5", "2"]]);
  });

  it("an unclosed quote is an error naming the line", () => {
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(CsvFormatError);
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(/line 2/);
  });

  it("round-trips any table of strings through formatCsv", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "Z", ",", '"', "\n", "\r", " ", "客", "=") });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 20 }), (rows) => {
        expect(parseCsv(formatCsv(rows))).toEqual(rows);
      }),
    );
  });
});

describe("typed columns", () => {
  const types = new Map([[1, "number" as const], [2, "isoDate" as const], [3, "flag" as const]]);

  it("types plain fields of the given columns after the header, and leaves everything else as text", () => {
    expect(parseCsv('id,amount,date,flag\nA,-1234.5,2026-06-30,TRUE\nB,"1,234.50",30/06/2026,false\nC,1e5,2026-02-30,yes\nD,,,\n', { columnTypes: types })).toEqual([
      ["id", "amount", "date", "flag"],
      ["A", -1234.5, 46203, true],
      ["B", "1,234.50", "30/06/2026", false],
      ["C", "1e5", "2026-02-30", "yes"],
      ["D", "", "", ""],
    ]);
  });

  it("a typed number is exactly the number the text spells", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (units, places) => {
        const text = places === 0 ? String(units) : (units / 10 ** places).toFixed(places);
        expect(plainNumberAt(text, 0, text.length)).toBe(Number(text));
      }),
    );
  });

  it("more than 15 significant digits stay text (a double cannot hold them)", () => {
    expect(plainNumberAt("1234567890123456", 0, 16)).toBeNaN();
    expect(plainNumberAt("12.", 0, 3)).toBeNaN();
    expect(plainNumberAt("-", 0, 1)).toBeNaN();
  });
});
