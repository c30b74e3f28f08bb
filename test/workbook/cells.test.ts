/** Reading raw cells as dates, amounts and flags: the formats ledgers actually hold. */
import { readBoolean, readDate, readNumber, resolveDayMonthOrder } from "../../src/workbook/cells";
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
  ])("%s", (_name, value, expected) => {
    expect(readDate(value)).toEqual({ kind: "date", serial: iso(expected) });
  });

  it("a/b/yyyy with both parts ≤ 12 is ambiguous and offers both readings", () => {
    expect(readDate("03/04/2026")).toEqual({ kind: "ambiguous", dayFirst: iso("2026-04-03"), monthFirst: iso("2026-03-04") });
  });

  it("the same day and month is not ambiguous", () => {
    expect(readDate("05/05/2026")).toEqual({ kind: "date", serial: iso("2026-05-05") });
  });

  it.each([["2026-02-30"], ["31/31/2026"], ["tomorrow"], [true], [-5], [new Date("nope")], ["2023-02-29"]])("%p is not a date", (value) => {
    expect(readDate(value as never).kind).toBe("invalid");
  });

  it("blank cells are blank", () => {
    expect(readDate(null).kind).toBe("blank");
    expect(readDate("  ").kind).toBe("blank");
  });

  it("the fast ISO path agrees with the calendar for every day of 1901–2100 (sampled)", () => {
    for (let y = 1901; y <= 2100; y += 7) {
      for (const [m, d] of [[1, 1], [2, 28], [3, 1], [12, 31], [7, 15]]) {
        const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        expect(readDate(text)).toEqual({ kind: "date", serial: serialFromIso(`${y}-${m}-${d}`) });
      }
    }
  });
});

describe("resolveDayMonthOrder", () => {
  it("day-first evidence decides the column", () => {
    expect(resolveDayMonthOrder(["03/04/2026", "25/03/2026"])).toEqual({ order: "dayFirst", evidence: true });
  });
  it("month-first evidence decides the column", () => {
    expect(resolveDayMonthOrder(["03/04/2026", "03/25/2026", "12/31/2025"])).toEqual({ order: "monthFirst", evidence: true });
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
  it.each([["abc"], ["12-34"], [true], [Number.NaN], ["1.2.3"], ["1e400"], ["9".repeat(400)], [Number.POSITIVE_INFINITY]])("%p is not a number", (value) => {
    expect(readNumber(value as never).kind).toBe("invalid");
  });
});

describe("readBoolean", () => {
  it.each([[true, true], ["TRUE", true], ["yes", true], ["Y", true], ["是", true], [1, true], ["x", true], [false, false], ["No", false], ["否", false], [0, false], [null, false], ["", false]])(
    "%p → %p",
    (value, expected) => expect(readBoolean(value)).toBe(expected),
  );
  it("anything else is not a flag", () => {
    expect(readBoolean("maybe")).toBeUndefined();
    expect(readBoolean(2)).toBeUndefined();
  });
});
