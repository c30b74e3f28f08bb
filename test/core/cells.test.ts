/** Reading raw cells as dates, amounts and flags: the formats ledgers actually hold. */
import fc from "fast-check";
import {
  CellFault,
  cellFault,
  EXCEL_ERRORS,
  ledgerWindow,
  plainNumber,
  readBoolean,
  readDate,
  readNumber,
  resolveDayMonthOrder,
  type NumberReading,
} from "../../src/core/cells";
import { serialFromIso } from "../../src/core/dates";

const iso = (t: string) => serialFromIso(t)!;

describe("readDate", () => {
  it.each([
    ["serial number", 46203, "2026-06-30"],
    ["serial with a time of day", 46203.75, "2026-06-30"],
    ["JS Date at UTC midnight (ExcelJS)", new Date(Date.UTC(2026, 5, 30)), "2026-06-30"],
    ["ISO text", "2026-06-30", "2026-06-30"],
    ["ISO text with time", "2026-06-30T10:15:00Z", "2026-06-30"],
    ["slashes year first", "2026/6/30", "2026-06-30"],
    ["Chinese", "2026年6月30日", "2026-06-30"],
    ["day month-name year", "30 Jun 2026", "2026-06-30"],
    ["month-name day, year", "June 30, 2026", "2026-06-30"],
    ["day above 12 first", "30/06/2026", "2026-06-30"],
    ["day above 12 second", "06/30/2026", "2026-06-30"],
    ["two-digit year", "30.06.26", "2026-06-30"],
    ["serial as text", "46203", "2026-06-30"],
    ["leap day", "2024-02-29", "2024-02-29"],
    ["compact yyyymmdd text (Kingdee, SAP exports)", "20260601", "2026-06-01"],
    ["compact yyyymmdd number", 20260601, "2026-06-01"],
    ["Chinese without spaces", "2026年6月1日", "2026-06-01"],
    ["Chinese in full-width digits (IME)", "２０２６年６月１日", "2026-06-01"],
    ["dd-Mon-yy (Oracle)", "01-Jun-26", "2026-06-01"],
    ["yyyy/m/d", "2026/6/30", "2026-06-30"],
    ["dd.mm.yyyy (SAP)", "30.06.2026", "2026-06-30"],
  ])("%s", (_name, value, expected) => {
    expect(readDate(value)).toEqual({ kind: "date", serial: iso(expected) });
  });

  it("a/b/yyyy with both parts ≤ 12 is ambiguous and offers both readings", () => {
    expect(readDate("03/04/2026")).toEqual({
      kind: "ambiguous",
      dayFirst: iso("2026-04-03"),
      monthFirst: iso("2026-03-04"),
    });
  });

  it("the same day and month is not ambiguous", () => {
    expect(readDate("05/05/2026")).toEqual({ kind: "date", serial: iso("2026-05-05") });
  });

  it.each([["2026-02-30"], ["31/31/2026"], ["tomorrow"], [true], [-5], [new Date("nope")], ["2023-02-29"]])(
    "%p is not a date",
    (value) => {
      expect(readDate(value as never).kind).toBe("invalid");
    },
  );

  it("blank cells are blank", () => {
    expect(readDate(null).kind).toBe("blank");
    expect(readDate("  ").kind).toBe("blank");
  });

  it("the fast ISO path agrees with the calendar for every day of 1901–2100 (sampled)", () => {
    for (let y = 1901; y <= 2100; y += 7) {
      for (const [m, d] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31],
        [7, 15],
      ]) {
        const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        expect(readDate(text)).toEqual({ kind: "date", serial: serialFromIso(`${y}-${m}-${d}`) });
      }
    }
  });
});

describe("readDate in a ledger's window (review on 2026-06-30)", () => {
  const window = ledgerWindow(iso("2026-06-30"));

  it("runs from 1990-01-01 to 50 years of 365.25 days after the review", () => {
    expect(window).toEqual({ first: iso("1990-01-01"), last: iso("2076-06-30"), date1904: false });
  });

  it.each([
    ["30 days typed in a due-date column (would be 1900-01-30)", "30", 30],
    ["60 as a number (Excel's fake 1900-02-29)", 60, 60],
    ["a date-formatted 60 as ExcelJS hands it over", new Date(Date.UTC(1900, 1, 28)), 59],
    ["an invoice number in a date column", 99999, 99999],
    ["an explicit 1985 date", "1985-01-01", iso("1985-01-01")],
  ])("%s is implausible", (_name, value, serial) => {
    expect(readDate(value, window)).toEqual({ kind: "implausible", serial });
  });

  it("the first and last plausible days are dates, the days either side are not", () => {
    expect(readDate(iso("1990-01-01"), window).kind).toBe("date");
    expect(readDate(iso("1989-12-31"), window).kind).toBe("implausible");
    expect(readDate(iso("2076-06-30"), window).kind).toBe("date");
    expect(readDate(iso("2076-07-01"), window).kind).toBe("implausible");
  });

  it("an ambiguous a/b/yyyy outside the window is implausible, not ambiguous", () => {
    expect(readDate("03/04/1980", window)).toEqual({ kind: "implausible", serial: iso("1980-04-03") });
  });

  it("in a 1904 workbook numbers are shifted by 1,462 days; Dates and text are not", () => {
    const w1904 = ledgerWindow(iso("2026-06-30"), true);
    // 2026-06-30 is 46203 in the 1900 system and 44741 in the 1904 system (46203 − 1462).
    expect(readDate(44741, w1904)).toEqual({ kind: "date", serial: iso("2026-06-30") });
    expect(readDate(new Date(Date.UTC(2026, 5, 30)), w1904)).toEqual({ kind: "date", serial: iso("2026-06-30") });
    expect(readDate("2026-06-30", w1904)).toEqual({ kind: "date", serial: iso("2026-06-30") });
    expect(readDate("46203", w1904)).toEqual({ kind: "date", serial: iso("2026-06-30") });
  });

  it("every number below 32874 (1990-01-01) is implausible or invalid, never a date (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 32873.99, noNaN: true }), (n) => readDate(n, window).kind !== "date"),
      { seed: 14 },
    );
  });
});

describe("faults: error values and formulas without a value", () => {
  it.each(EXCEL_ERRORS.map((e) => [e]))(
    "%s as text (Office.js, CSV) or as a CellFault (ExcelJS) is a fault",
    (error) => {
      const fault = CellFault.ofError(error)!;
      expect(String(fault)).toBe(error);
      for (const value of [error, ` ${error} `, error.toLowerCase(), fault]) {
        expect(cellFault(value)).toBe(fault);
        expect(readNumber(value)).toEqual({ kind: "fault", fault });
        expect(readDate(value)).toEqual({ kind: "fault", fault });
      }
    },
  );

  it("a formula without a value is a fault of its own, not blank", () => {
    expect(readNumber(CellFault.NO_VALUE)).toEqual({ kind: "fault", fault: CellFault.NO_VALUE });
    expect(readDate(CellFault.NO_VALUE)).toEqual({ kind: "fault", fault: CellFault.NO_VALUE });
    expect(String(CellFault.NO_VALUE)).toBe("=…");
  });

  it("other text with # is no fault", () => {
    expect(cellFault("#123")).toBeUndefined();
    expect(cellFault("N/A")).toBeUndefined();
    expect(cellFault(46203)).toBeUndefined();
  });

  it("faults are frozen, one per kind", () => {
    expect(Object.isFrozen(CellFault.NO_VALUE)).toBe(true);
    expect(CellFault.ofError("#REF!")).toBe(CellFault.ofError("#ref!"));
  });
});

describe("resolveDayMonthOrder", () => {
  it("day-first evidence decides the column", () => {
    expect(resolveDayMonthOrder(["03/04/2026", "25/03/2026"])).toEqual({ order: "dayFirst", evidence: true });
  });
  it("month-first evidence decides the column", () => {
    expect(resolveDayMonthOrder(["03/04/2026", "03/25/2026", "12/31/2025"])).toEqual({
      order: "monthFirst",
      evidence: true,
    });
  });
  it("no evidence: day first, flagged as a guess", () => {
    expect(resolveDayMonthOrder(["03/04/2026", 46203, "2026-01-01"])).toEqual({ order: "dayFirst", evidence: false });
  });
});

describe("readNumber", () => {
  it.each([
    [1234.5, { kind: "number", value: 1234.5 }],
    ["1234.5", { kind: "number", value: 1234.5 }],
    ["-20", { kind: "number", value: -20 }],
    ["1,234.50", { kind: "fromText", value: 1234.5 }],
    ["$1,234.50", { kind: "fromText", value: 1234.5 }],
    ["(1,234.50)", { kind: "fromText", value: -1234.5 }],
    ["1.234,56 EUR", { kind: "fromText", value: 1234.56 }],
    ["¥ 2 000", { kind: "fromText", value: 2000 }],
    ["1234.50-", { kind: "fromText", value: -1234.5 }],
    ["12,5", { kind: "fromText", value: 12.5 }],
  ])("%p", (value, expected) => {
    expect(readNumber(value)).toEqual(expected);
  });
  it.each<[string, NumberReading, string]>([
    ["full-width digits and punctuation (IME)", { kind: "fromText", value: 123456.78 }, "１２３，４５６．７８"],
    ["万 (10^4)", { kind: "fromText", value: 15000 }, "1.5万"],
    ["万 with 元, exact", { kind: "fromText", value: 12300 }, "1.23万元"],
    ["亿 (10^8)", { kind: "fromText", value: 200000000 }, "2亿"],
    ["U+2212 minus", { kind: "fromText", value: -1234.56 }, "\u22121,234.56"],
    ["lakh grouping", { kind: "fromText", value: 123456.78 }, "1,23,456.78"],
    ["crore grouping", { kind: "fromText", value: 12345678 }, "1,23,45,678"],
    ["HK$", { kind: "fromText", value: 1234 }, "HK$1,234.00"],
    ["US$ with a space", { kind: "fromText", value: 99.5 }, "US$ 99.50"],
    ["RMB before", { kind: "fromText", value: 1000.5 }, "RMB 1,000.50"],
    ["CNY after", { kind: "fromText", value: 1000 }, "1000 CNY"],
    ["¥ and 元", { kind: "fromText", value: 500 }, "¥500元"],
    ["full-width ￥", { kind: "fromText", value: 500 }, "￥500"],
    ["€ with a decimal comma", { kind: "fromText", value: 12.5 }, "€12,50"],
    ["£", { kind: "fromText", value: 7 }, "£7"],
    ["minus before the currency", { kind: "fromText", value: -5 }, "-HK$5"],
    ["minus after the currency", { kind: "fromText", value: -5 }, "HK$-5"],
    ["SAP credit", { kind: "fromText", value: -1234.56 }, "1.234,56-"],
    ["dots as thousands", { kind: "fromText", value: 2500000 }, "2.500.000"],
    ["a dot and three digits: ambiguous, read as decimals", { kind: "fromText", value: 2.5, ambiguous: true }, "2.500"],
    [
      "a comma and three digits: ambiguous, read as thousands",
      { kind: "fromText", value: 1234, ambiguous: true },
      "1,234",
    ],
    ["ambiguous behind a currency", { kind: "fromText", value: 1000, ambiguous: true }, "$1,000"],
    ["a leading zero cannot be a thousands group", { kind: "number", value: 0.125 }, "0.125"],
  ])("%s: %p", (_name, expected, value) => {
    expect(readNumber(value)).toEqual(expected);
  });
  it.each([
    ["abc"],
    ["12-34"],
    [true],
    [Number.NaN],
    ["1.2.3"],
    ["1e400"],
    ["9".repeat(400)],
    [Number.POSITIVE_INFINITY],
    ["--5"],
    ["1,2345"],
    ["1,23,45"],
    ["万"],
    ["HK$"],
  ])("%p is not a number", (value) => {
    expect(readNumber(value as never).kind).toBe("invalid");
  });
});

describe("readNumber on numbers written out as ledgers write them (property)", () => {
  it("cents with thousands commas, a currency and a sign read back as the number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom("", "$", "HK$", "RMB ", "¥"),
        (cents, currency) => {
          const abs = Math.abs(cents);
          const text = `${cents < 0 ? "-" : ""}${currency}${Math.floor(abs / 100).toLocaleString("en-US")}.${String(abs % 100).padStart(2, "0")}`;
          const reading = readNumber(text);
          return (
            reading.kind !== "invalid" &&
            "value" in reading &&
            reading.value === cents / 100 &&
            !("ambiguous" in reading)
          );
        },
      ),
      { seed: 14 },
    );
  });

  it("full-width text reads as its ASCII twin", () => {
    const fullWidth = (t: string) => t.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (cents) => {
        const text = `${Math.floor(cents / 100).toLocaleString("en-US")}.${String(cents % 100).padStart(2, "0")}`;
        const reading = readNumber(fullWidth(text));
        return "value" in reading && reading.value === cents / 100;
      }),
      { seed: 14 },
    );
  });
});

describe("readBoolean", () => {
  it.each([
    [true, true],
    ["TRUE", true],
    ["yes", true],
    ["Y", true],
    ["是", true],
    [1, true],
    ["x", true],
    [false, false],
    ["No", false],
    ["否", false],
    [0, false],
    [null, false],
    ["", false],
  ])("%p → %p", (value, expected) => expect(readBoolean(value)).toBe(expected));
  it("anything else is not a flag", () => {
    expect(readBoolean("maybe")).toBeUndefined();
    expect(readBoolean(2)).toBeUndefined();
  });
});

describe("plainNumber: the strict reader (function arguments, scorecard bins)", () => {
  it("takes plain numeric text only", () => {
    expect(plainNumber(" 12.5 ")).toBe(12.5);
    expect(plainNumber("-.5")).toBe(-0.5);
    expect(plainNumber("1e3")).toBe(1000);
    for (const text of ["1,234", "$5", "12.5%", "1.5万", "", "abc", "1e400"]) expect(plainNumber(text)).toBeUndefined();
  });
});
