import { agingBucket, aging, daysPastDue } from "../../../src/functions/functions";
import { setFunctionsLanguage } from "../../../src/functions/excelErrors";

const AS_OF = 46203; // 2026-06-30
/** An omitted optional range: Excel passes null, although the metadata needs the parameter typed as a matrix. */
const OMITTED = null as unknown as unknown[][];
const excelError = (code: string, message?: string) =>
  expect.objectContaining(message === undefined ? { code } : { code, message });

describe("CREDIT.DAYSPASTDUE", () => {
  it("is max(0, as_of − due_date) for serials and ISO text", () => {
    expect(daysPastDue(46173, AS_OF)).toBe(30);
    expect(daysPastDue("2026-05-31", "2026-06-30")).toBe(30);
    expect(daysPastDue("2026-07-31", AS_OF)).toBe(0);
  });

  it("gives #VALUE! naming the argument for something that is not a date", () => {
    expect(() => daysPastDue("soon", AS_OF)).toThrow(
      excelError("#VALUE!", "due_date must be a date (a serial number or text like 2026-06-30)."),
    );
    expect(() => daysPastDue(46173, null)).toThrow(excelError("#VALUE!", "as_of is required."));
  });
});

describe("CREDIT.AGING", () => {
  const due = [[46210], [46203], [46174], [46173], [46143], [46113], [46112], [46022]]; // dpd −7, 0, 29, 30, 60, 90, 91, 181
  const open = [[100], [200], [10], [20], [30], [40], [50], [60]];

  it("spills one row: not yet due, 1–30, 31–60, 61–90, over 90", () => {
    expect(aging(due, open, AS_OF)).toEqual([[300, 30, 30, 40, 110]]);
  });

  it("accepts rows of due dates and amounts, and ISO text dates", () => {
    expect(aging([["2026-06-30", "2026-03-31"]], [[1.1, 2.2]], "2026-06-30")).toEqual([[1.1, 0, 0, 0, 2.2]]);
  });

  it("takes bucket_limits omitted as Excel passes it (null) or as one blank cell as 30, 60, 90", () => {
    expect(aging(due, open, AS_OF, OMITTED)).toEqual([[300, 30, 30, 40, 110]]);
    expect(aging(due, open, AS_OF, [[null]])).toEqual([[300, 30, 30, 40, 110]]);
  });

  it("spills limits + 2 columns for custom limits", () => {
    expect(aging(due, open, AS_OF, [[30], [90]])).toEqual([[300, 30, 70, 110]]);
    expect(aging(due, open, AS_OF, [[7, 14, 30, 60, 90]])).toEqual([[300, 0, 0, 30, 30, 40, 110]]);
  });

  it("adds up to the total to the cent on many rows of 0.1 and 0.2", () => {
    const dd: number[][] = [];
    const oo: number[][] = [];
    for (let i = 0; i < 10_000; i++) {
      dd.push([AS_OF - (i % 2) * 45]);
      oo.push([i % 2 === 0 ? 0.1 : 0.2]);
    }
    expect(aging(dd, oo, AS_OF)).toEqual([[500, 0, 1000, 0, 0]]);
  });

  it("nets a credit note in its bucket", () => {
    expect(aging([[46000], [46000]], [[500], [-120.5]], AS_OF)).toEqual([[0, 0, 0, 0, 379.5]]);
  });

  it("skips rows blank in both ranges; a row blank in one range only is #VALUE! naming it", () => {
    expect(aging([[46173], [null], [""]], [[5], [null], [null]], AS_OF)).toEqual([[0, 5, 0, 0, 0]]);
    expect(() => aging([[46173], [null]], [[5], [7]], AS_OF)).toThrow(
      excelError("#VALUE!", "due_dates is blank in row 2 while open_amounts is not."),
    );
  });

  it("gives #VALUE! for mismatched shapes, a bad date or a bad amount, naming the row", () => {
    expect(() => aging([[46173], [46173]], [[5]], AS_OF)).toThrow(
      excelError("#VALUE!", "open_amounts must have the same number of rows and columns as due_dates."),
    );
    expect(() => aging([[46173], ["next week"]], [[5], [6]], AS_OF)).toThrow(
      excelError("#VALUE!", "due_dates must hold dates; row 2 holds “next week”."),
    );
    expect(() => aging([[46173], [46173]], [[5], [true]], AS_OF)).toThrow(
      excelError("#VALUE!", "open_amounts must hold numbers; row 2 holds “true”."),
    );
  });

  it("gives #NUM! for limits that are not positive increasing whole numbers, #VALUE! for text ones", () => {
    expect(() => aging(due, open, AS_OF, [[60], [30]])).toThrow(
      excelError("#NUM!", "bucket_limits must be in increasing order."),
    );
    expect(() => aging(due, open, AS_OF, [[0]])).toThrow(
      excelError("#NUM!", "bucket_limits must be greater than zero."),
    );
    expect(() => aging(due, open, AS_OF, [[30.5]])).toThrow(
      excelError("#NUM!", "bucket_limits must be a whole number."),
    );
    expect(() => aging(due, open, AS_OF, [["thirty"]])).toThrow(excelError("#VALUE!"));
  });

  it("gives #NUM!, not a spilled Infinity, when a bucket total is beyond a double", () => {
    expect(() => aging([[AS_OF], [AS_OF]], [[1e308], [1e308]], AS_OF)).toThrow(excelError("#NUM!"));
  });
});

describe("CREDIT.AGINGBUCKET", () => {
  afterEach(() => setFunctionsLanguage("en"));

  it.each([
    [46210, "Not due"],
    [AS_OF, "Not due"],
    [46173, "1-30"],
    [46172, "31-60"],
    [46113, "61-90"],
    [46112, "90+"],
  ])("labels an item due %i as %s", (dueDate, label) => {
    expect(agingBucket(dueDate, AS_OF)).toBe(label);
  });

  it("takes bucket_limits omitted (null) as 30, 60, 90", () => {
    expect(agingBucket(46112, AS_OF, OMITTED)).toBe("90+");
  });

  it("derives the labels from custom limits", () => {
    expect(agingBucket(AS_OF - 10, AS_OF, [[7, 14]])).toBe("8-14");
    expect(agingBucket(AS_OF - 15, AS_OF, [[7, 14]])).toBe("14+");
  });

  it("labels in Chinese when Excel's language is Chinese", () => {
    setFunctionsLanguage("zh-CN");
    expect(agingBucket(46173, AS_OF)).toBe("1-30 天");
    expect(agingBucket(46112, AS_OF)).toBe("90 天以上");
    expect(() => agingBucket(46112, AS_OF, [[0]])).toThrow(excelError("#NUM!", "bucket_limits 必须大于零。"));
  });
});
