/**
 * Customers' temporary limit, blacklist and write-off columns (issue 15): found by their English and Chinese names
 * beside the credit limit without taking its place, read into Customer, and every value not used as written reported.
 */
import { serialFromIso } from "../../src/core/dates";
import { formatMessage } from "../../src/core/messages";
import type { Customer } from "../../src/core/portfolio/model";
import type { RawCell, RawTable } from "../../src/workbook/ports";
import { portfolioFromTables } from "../../src/workbook/portfolioFromTables";
import { CUSTOMERS_SCHEMA, mapColumns } from "../../src/workbook/schema";

const iso = (t: string) => serialFromIso(t)!;
const AS_OF = iso("2026-06-30");
const OPTIONS = { asOf: AS_OF, defaultPaymentTerms: 30 };

function table(name: string, headers: string[], rows: RawCell[][]): RawTable {
  return { name, sheet: name, headers, rows, firstDataRow: 2 };
}

const NO_INVOICES = table("Invoices", ["Invoice ID", "Customer ID", "Invoice Date", "Amount"], []);

/** The customers and issues of a Customers table read beside an empty ledger. */
function read(headers: string[], rows: RawCell[][]) {
  return portfolioFromTables({ customers: table("Customers", headers, rows), invoices: NO_INVOICES }, OPTIONS);
}

/** The issue-15 fields of a customer, undefined ones left out. */
function decisionFields(c: Customer): Partial<Customer> {
  const fields: Partial<Customer> = {
    creditLimit: c.creditLimit,
    temporaryLimit: c.temporaryLimit,
    temporaryLimitExpiry: c.temporaryLimitExpiry,
    temporaryLimitReason: c.temporaryLimitReason,
    blacklisted: c.blacklisted,
    blacklistDate: c.blacklistDate,
    blacklistReason: c.blacklistReason,
    writtenOff: c.writtenOff,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

const HEADERS = [
  "Customer ID",
  "Credit Limit",
  "Temporary Limit",
  "Temporary Limit Expiry",
  "Temporary Limit Reason",
  "Blacklisted",
  "Blacklist Date",
  "Blacklist Reason",
  "Written Off",
];

describe("Customers: which header is which column", () => {
  const keysOf = (headers: string[]) => {
    const { map } = mapColumns(CUSTOMERS_SCHEMA, headers);
    return Object.fromEntries(Object.entries(map).filter(([, i]) => i >= 0));
  };

  it("Credit Limit (or Limit, Current Limit) and Temporary Limit side by side: each is its own column", () => {
    expect(keysOf(["Customer ID", "Credit Limit", "Temporary Limit", "Temporary Limit Expiry"])).toEqual({
      id: 0,
      creditLimit: 1,
      temporaryLimit: 2,
      temporaryLimitExpiry: 3,
    });
    // Temp Limit before Limit in the sheet: Limit is still the credit limit, Temp Limit the temporary one.
    expect(keysOf(["Customer ID", "Temp Limit", "Limit"])).toEqual({ id: 0, temporaryLimit: 1, creditLimit: 2 });
    expect(keysOf(["Customer ID", "Current Limit", "Seasonal Limit", "Temporary Limit Valid Until"])).toEqual({
      id: 0,
      creditLimit: 1,
      temporaryLimit: 2,
      temporaryLimitExpiry: 3,
    });
    // A temporary limit alone is no credit limit.
    expect(keysOf(["Customer ID", "Temporary Limit"])).toEqual({ id: 0, temporaryLimit: 1 });
  });

  it("Chinese: 信用额度 and 临时额度, 黑名单 and 黑名单日期 are each their own column", () => {
    expect(
      keysOf([
        "客户编号",
        "信用额度",
        "临时额度",
        "临时额度到期日",
        "临时额度原因",
        "黑名单",
        "黑名单日期",
        "黑名单原因",
        "坏账核销",
      ]),
    ).toEqual({
      id: 0,
      creditLimit: 1,
      temporaryLimit: 2,
      temporaryLimitExpiry: 3,
      temporaryLimitReason: 4,
      blacklisted: 5,
      blacklistDate: 6,
      blacklistReason: 7,
      writtenOff: 8,
    });
    expect(
      keysOf(["客户编码", "授信额度", "临时授信额度", "临时额度有效期至", "列入黑名单日期", "坏账核销金额"]),
    ).toEqual({
      id: 0,
      creditLimit: 1,
      temporaryLimit: 2,
      temporaryLimitExpiry: 3,
      blacklistDate: 4,
      writtenOff: 5,
    });
  });

  it("核销金额 (an invoice cleared against a payment) and 已核销金额 are not a write-off", () => {
    expect(keysOf(["客户编号", "核销金额", "已核销金额"])).toEqual({ id: 0 });
  });
});

describe("Customers: temporary limit, blacklist and write-off read into Customer", () => {
  it("English headers: clean values as written, no issue", () => {
    const { portfolio, issues } = read(HEADERS, [
      ["C1", 100000, 150000, "2026-08-31", "Peak season", false, null, null, null],
      ["C2", 0, null, null, null, true, "2025-03-15", "Invoice 4711 unpaid 200 days", 12500.5],
      ["C3", 50000, 0, iso("2026-07-15"), null, "否", "", "", 0],
    ]);
    expect(issues).toEqual([]);
    expect(portfolio.customers.map(decisionFields)).toEqual([
      {
        creditLimit: 100000,
        temporaryLimit: 150000,
        temporaryLimitExpiry: iso("2026-08-31"),
        temporaryLimitReason: "Peak season",
        blacklisted: false,
      },
      {
        creditLimit: 0,
        blacklisted: true,
        blacklistDate: iso("2025-03-15"),
        blacklistReason: "Invoice 4711 unpaid 200 days",
        writtenOff: 12500.5,
      },
      // A temporary limit of 0 (credit frozen until 15 July) is a limit; an expiry as a serial reads as itself.
      {
        creditLimit: 50000,
        temporaryLimit: 0,
        temporaryLimitExpiry: iso("2026-07-15"),
        blacklisted: false,
        writtenOff: 0,
      },
    ]);
  });

  it("Chinese headers and Chinese cells: 2026年9月30日, 是, amounts with separators (reported as read from text)", () => {
    const { portfolio, issues } = read(
      [
        "客户编号",
        "信用额度",
        "临时额度",
        "临时额度到期日",
        "临时额度原因",
        "黑名单",
        "黑名单日期",
        "黑名单原因",
        "坏账核销",
      ],
      [
        ["K1", 80000, "120,000.00", "2026年9月30日", "旺季备货", "否", null, null, null],
        ["K2", 0, null, null, null, "是", "2024/11/20", "货款长期拖欠", "3.5万"],
      ],
    );
    expect(portfolio.customers.map(decisionFields)).toEqual([
      {
        creditLimit: 80000,
        temporaryLimit: 120000,
        temporaryLimitExpiry: iso("2026-09-30"),
        temporaryLimitReason: "旺季备货",
        blacklisted: false,
      },
      // 3.5万 = 3.5 × 10,000 = 35,000.
      {
        creditLimit: 0,
        blacklisted: true,
        blacklistDate: iso("2024-11-20"),
        blacklistReason: "货款长期拖欠",
        writtenOff: 35000,
      },
    ]);
    expect(issues.map((i) => [i.row, i.column, i.action, i.code, i.params.number])).toEqual([
      [2, "Temporary Limit", "repaired", "issueNumberFromText", 120000],
      [3, "Written Off", "repaired", "issueNumberFromText", 35000],
    ]);
  });

  it("reports each value not used as written, and what was used instead", () => {
    const { portfolio, issues, counts } = read(HEADERS, [
      ["N1", 1000, -5000, "2026-08-31", "typo", false, null, null, null], // row 2: negative temporary limit: ignored
      ["N2", 1000, 20000, null, "no end", false, null, null, null], // row 3: no expiry: ignored
      ["N3", 1000, null, "2026-08-31", null, false, null, null, null], // row 4: expiry alone: ignored
      ["N4", 1000, 30000, "soon", null, false, null, null, null], // row 5: unreadable expiry: ignored, then the limit
      ["N5", 1000, 30000, 45, null, false, null, null, null], // row 6: 45 = 1900-02-14, not plausible: as row 5
      ["N6", 1000, null, null, null, false, "2025-01-10", "paid since", null], // row 7: date but not blacklisted
      ["N7", 1000, null, null, null, true, "2026-07-15", "court ruling", null], // row 8: listed after the as-of date
      ["N8", 1000, null, null, null, true, "1985-01-01", null, -300], // row 9: date before 1990; negative write-off
      ["N9", 1000, "lots", "2026-08-31", null, "TRUE", "#N/A", null, null], // row 10: unreadable limit, #N/A date
    ]);
    expect(counts.customers).toEqual({ read: 9, used: 9, rejected: 0, excluded: 0, blank: 0 });
    expect(portfolio.customers.map(decisionFields)).toEqual([
      { creditLimit: 1000, blacklisted: false },
      { creditLimit: 1000, blacklisted: false },
      { creditLimit: 1000, blacklisted: false },
      { creditLimit: 1000, blacklisted: false },
      { creditLimit: 1000, blacklisted: false },
      { creditLimit: 1000, blacklisted: false },
      // The reason stays with the flag; the date after 2026-06-30 does not.
      { creditLimit: 1000, blacklisted: true, blacklistReason: "court ruling" },
      { creditLimit: 1000, blacklisted: true, writtenOff: 0 },
      { creditLimit: 1000, blacklisted: true },
    ]);
    expect(issues.map((i) => [i.row, i.column, i.value, i.action, i.code])).toEqual([
      [2, "Temporary Limit", "-5000", "repaired", "issueTemporaryLimitNegative"],
      [3, "Temporary Limit", "20000", "repaired", "issueTemporaryLimitNoExpiry"],
      [4, "Temporary Limit Expiry", "2026-08-31", "repaired", "issueTemporaryExpiryNoLimit"],
      [5, "Temporary Limit Expiry", "soon", "repaired", "issueDateIgnored"],
      [5, "Temporary Limit", "30000", "repaired", "issueTemporaryLimitNoExpiry"],
      [6, "Temporary Limit Expiry", "45", "repaired", "issueDateImplausibleIgnored"],
      [6, "Temporary Limit", "30000", "repaired", "issueTemporaryLimitNoExpiry"],
      [7, "Blacklist Date", "2025-01-10", "repaired", "issueBlacklistDateNotListed"],
      [8, "Blacklist Date", "2026-07-15", "repaired", "issueBlacklistDateAfterAsOf"],
      [9, "Blacklist Date", "1985-01-01", "repaired", "issueDateImplausibleIgnored"],
      [9, "Written Off", "-300", "repaired", "issueNegativeLimit"],
      // In a row, the blacklist's issues come before the temporary limit's.
      [10, "Blacklist Date", "#N/A", "repaired", "issueLookupFailedIgnored"],
      [10, "Temporary Limit", "lots", "repaired", "issueNumberIgnored"],
    ]);
  });

  it("says so in English and Chinese", () => {
    const { issues } = read(HEADERS, [
      ["N1", 1000, 20000, null, null, false, null, null, null],
      ["N2", 1000, null, "2026-08-31", null, false, "2025-01-10", null, null],
      ["N3", 1000, null, null, null, true, "2026-07-15", null, null],
      ["N4", 1000, -1, "2026-08-31", null, false, null, null, null],
    ]);
    const messages = issues.map((i) => [
      formatMessage(i.code, i.params, "en"),
      formatMessage(i.code, i.params, "zh-CN"),
    ]);
    expect(messages).toEqual([
      [
        "Temporary limit 20000 has no Temporary Limit Expiry: a temporary limit must end on a date, so it was ignored. Add the day it ends.",
        "临时额度 20000 没有临时额度到期日：临时额度必须有截止日期，已忽略。请填写其到期日。",
      ],
      [
        "Blacklist Date 2025-01-10 is given but the customer is not flagged Blacklisted: the flag decides, so the date was ignored (clear the date when a customer is released).",
        "填写了黑名单日期 2025-01-10，但该客户未标记为黑名单：以黑名单标记为准，已忽略该日期（客户解除黑名单时请清除该日期）。",
      ],
      [
        "Temporary Limit Expiry 2026-08-31 has no Temporary Limit beside it; the date was ignored.",
        "临时额度到期日 2026-08-31 旁没有临时额度；已忽略该日期。",
      ],
      [
        "Blacklist Date 2026-07-15 is after the as-of date 2026-06-30; the date was ignored.",
        "黑名单日期 2026-07-15 晚于评审基准日 2026-06-30；已忽略该日期。",
      ],
      [
        "Temporary Limit is negative (-1); a temporary limit is 0 or more, so it was ignored.",
        "Temporary Limit 为负数（-1）；临时额度不能为负，已忽略。",
      ],
    ]);
  });

  it("a table without the new columns reads as before: none of the new fields, no issue", () => {
    const { portfolio, issues } = read(["Customer ID", "Credit Limit", "Blacklisted"], [["C1", 5000, "TRUE"]]);
    expect(issues).toEqual([]);
    expect(portfolio.customers.map(decisionFields)).toEqual([{ creditLimit: 5000, blacklisted: true }]);
  });
});
