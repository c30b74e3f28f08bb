import { serialFromIso } from "../../../src/core/dates";
import { daysPastDue } from "../../../src/core/receivables/daysPastDue";

const d = (iso: string): number => serialFromIso(iso)!;

describe("daysPastDue", () => {
  it("counts the days from the due date to the as-of date", () => {
    expect(daysPastDue(d("2026-05-31"), d("2026-06-30"))).toBe(30);
    expect(daysPastDue(d("2026-03-31"), d("2026-06-30"))).toBe(91);
  });

  it("is 0 on the due date itself: paying on the day it falls due is on time", () => {
    expect(daysPastDue(d("2026-06-30"), d("2026-06-30"))).toBe(0);
  });

  it("is 0, not negative, for an item not yet due", () => {
    expect(daysPastDue(d("2026-07-31"), d("2026-06-30"))).toBe(0);
  });

  it("counts Excel's fake 1900-02-29 (serial 60) as a day, as DAYS() does", () => {
    expect(daysPastDue(d("1900-02-28"), d("1900-03-01"))).toBe(2);
  });

  it("ignores times of day in serials", () => {
    expect(daysPastDue(d("2026-06-29") + 0.9, d("2026-06-30") + 0.1)).toBe(1);
  });

  it("crosses a leap day as a real day", () => {
    expect(daysPastDue(d("2028-02-28"), d("2028-03-01"))).toBe(2);
    expect(daysPastDue(d("2026-02-28"), d("2026-03-01"))).toBe(1);
  });
});
