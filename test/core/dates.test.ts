import {
  serialFromCalendar,
  calendarFromSerial,
  serialFromIso,
  isoFromSerial,
  serialFromDate,
  dateFromSerial,
  daysBetween,
  addDays,
  isValidSerial,
} from "../../src/core/dates";

// Reference serials are Excel's own: =DATE(y,m,d) in Excel for Windows, 1900 date system
// (https://support.microsoft.com/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487).
describe("Excel serial dates (1900 system)", () => {
  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-02-29", 60], // Excel's fake leap day
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2000-02-29", 36585],
    ["2026-06-30", 46203],
    ["9999-12-31", 2958465],
  ])("%s is serial %i", (iso, serial) => {
    expect(serialFromIso(iso)).toBe(serial);
    expect(isoFromSerial(serial)).toBe(iso);
  });

  it("keeps the fake 1900-02-29 between 02-28 and 03-01, so day counts match Excel's DAYS()", () => {
    expect(daysBetween(serialFromIso("1900-02-28")!, serialFromIso("1900-03-01")!)).toBe(2);
    expect(calendarFromSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
  });

  it("rejects days that do not exist and years outside Excel's range", () => {
    expect(serialFromIso("2026-02-29")).toBeUndefined();
    expect(serialFromIso("2026-13-01")).toBeUndefined();
    expect(serialFromIso("1899-12-31")).toBeUndefined();
    expect(serialFromCalendar({ year: 10000, month: 1, day: 1 })).toBeUndefined();
    expect(serialFromCalendar({ year: 99, month: 1, day: 1 })).toBeUndefined();
    expect(serialFromIso("30/06/2026")).toBeUndefined();
  });

  it("accepts ISO text with a time part and ignores the time", () => {
    expect(serialFromIso("2026-06-30T18:45:00Z")).toBe(46203);
    expect(serialFromIso(" 2026-06-30 ")).toBe(46203);
  });

  it("drops the time of day of a fractional serial", () => {
    expect(calendarFromSerial(46203.75)).toEqual({ year: 2026, month: 6, day: 30 });
    expect(() => calendarFromSerial(0)).toThrow(RangeError);
    expect(isValidSerial(2958466)).toBe(false);
  });

  it("converts JavaScript Dates by their UTC day, both ways", () => {
    expect(serialFromDate(new Date(Date.UTC(2026, 5, 30, 23, 59)))).toBe(46203);
    expect(dateFromSerial(46203).toISOString()).toBe("2026-06-30T00:00:00.000Z");
    expect(serialFromDate(new Date("not a date"))).toBeUndefined();
  });

  it("adds days", () => {
    expect(isoFromSerial(addDays(serialFromIso("2026-01-31")!, 30))).toBe("2026-03-02");
  });
});
