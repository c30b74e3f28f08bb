/**
 * Reading one contract table row by row: where each column is, how a cell is read in that table (its dates' day/month
 * order and date window, its numbers' decimal mark), and the data issues and row counts its readers report.
 */
import { isoFromSerial, type SerialDate } from "../core/dates";
import type { MessageCode, MessageParams } from "../core/messages";
import {
  ANY_EXCEL_DAY,
  isBlankCell,
  readBoolean,
  readDate,
  resolveDayMonthOrder,
  shownCell,
  type DateReading,
  type DateWindow,
  type DayMonthOrder,
  type NumberReading,
} from "../core/cells";
import { columnMissingError } from "./columnMapping";
import type { DataIssue, DataIssueAction } from "./dataIssues";
import { readNumberIn } from "./decimalComma";
import { LABEL_KEYS, totalsLabel } from "./totalsRows";
import { columnCells } from "./tableRows";
import type { CellFault, RawCell, RawTable } from "./ports";
import { headersLine, mapColumns, normalizeHeader, type ColumnMap, type TableSchema } from "./schema";

export interface PortfolioReadOptions {
  /** The review date: invoices dated after it are left out (and reported). */
  readonly asOf: SerialDate;
  /** Terms used to fill a missing due date when the customer has no Payment Terms (the policy's default). */
  readonly defaultPaymentTerms: number;
}

/** How many data rows a table had and what became of them; `used + rejected + excluded + blank = read`. */
export interface RowCount {
  readonly read: number;
  readonly used: number;
  readonly rejected: number;
  readonly excluded: number;
  /** Entirely blank rows: skipped without an issue (Excel tables often end with some). */
  readonly blank: number;
}

/** What a cell that cannot be used costs: its row (`rejected`), or only itself (`ignored`, reported as a repair). */
type Outcome = "rejected" | "ignored";

/** A date cell that gave no day: why, as readDate said. */
type DateProblem = Extract<DateReading, { kind: "blank" | "invalid" | "implausible" | "fault" }>;

/** The message for a fault by what it is and what it cost: #N/A says a lookup failed, other errors a formula. */
const FAULT_CODES = {
  rejected: {
    lookup: "issueLookupFailedRejected",
    error: "issueErrorValueRejected",
    noValue: "issueFormulaNoValueRejected",
  },
  ignored: {
    lookup: "issueLookupFailedIgnored",
    error: "issueErrorValueIgnored",
    noValue: "issueFormulaNoValueIgnored",
  },
} as const satisfies Record<Outcome, Record<"lookup" | "error" | "noValue", MessageCode>>;

const DATE_CODES = {
  rejected: { invalid: "issueDateRejected", implausible: "issueDateImplausibleRejected" },
  ignored: { invalid: "issueDateIgnored", implausible: "issueDateImplausibleIgnored" },
} as const satisfies Record<Outcome, Record<"invalid" | "implausible", MessageCode>>;

/** Collects issues and counts rows for one table. */
export class TableReader<K extends string> {
  readonly map: ColumnMap<K>;
  /** The table's numbers are written with a decimal comma (a CSV file that says so, see `usesDecimalComma`). */
  /** The decimal mark of the CSV file the table came from: decided per file; undefined for workbooks. */
  readonly decimalComma: boolean | undefined;
  read = 0;
  rejected = 0;
  excluded = 0;
  blank = 0;
  private readonly orders = new Map<K, { order: DayMonthOrder; evidence: boolean }>();
  /** Sheet rows that are the totals rows of Excel tables on the sheet read, with those tables' names. */
  private readonly tableTotals: ReadonlyMap<number, string>;
  /** The columns (ids, names) whose cells may carry a totals label. */
  readonly labelColumns: readonly number[];

  constructor(
    readonly table: RawTable,
    readonly schema: TableSchema<K>,
    readonly issues: DataIssue[],
    /** The days a date cell may hold, and the workbook's date system. */
    readonly dates: DateWindow = ANY_EXCEL_DAY,
  ) {
    const { map, missing } = mapColumns(schema, table.headers);
    const [firstMissing] = missing;
    if (firstMissing)
      throw columnMissingError(table.textFile, {
        table: schema.name,
        column: firstMissing.header,
        headers: headersLine(table),
      });
    this.map = map;
    this.tableTotals = new Map((table.totalsRows ?? []).map((t) => [t.row, t.table]));
    const keys = LABEL_KEYS as readonly string[];
    this.labelColumns = schema.columns.filter((c) => keys.includes(c.key) && map[c.key] >= 0).map((c) => map[c.key]);
    this.decimalComma = table.textFile?.decimalComma;
    this.reportRepeatedHeaders();
  }

  /**
   * True (reported as excluded) when row `rowIndex` is a totals or subtotal row: an Excel table's totals row, or a row
   * whose id or name cells, or first cell, carry a totals label (合计, 总计, 小计, Total, Grand total, Sum…).
   */
  isTotalsRow(row: readonly RawCell[], rowIndex: number): boolean {
    const excelTable = this.tableTotals.get(this.table.firstDataRow + rowIndex);
    if (excelTable !== undefined) {
      this.report(rowIndex, "", "", "excluded", "issueTableTotalsRow", { table: excelTable });
      return true;
    }
    for (const value of [...this.labelColumns.map((c) => row[c]), row[0]]) {
      const label = totalsLabel(value);
      if (label === undefined) continue;
      this.report(rowIndex, "", label, "excluded", "issueTotalsRow");
      return true;
    }
    return false;
  }

  /**
   * A second column under the very header of a column the schema matched (what merged header cells read as: `Amount` over
   * `Amount | Open Amount`) is never read; when it holds values, that is reported once for the table rather than
   * letting its values vanish.
   */
  private reportRepeatedHeaders(): void {
    const taken = new Set<number>(Object.values<number>(this.map));
    this.table.headers.forEach((header, i) => {
      if (taken.has(i)) return;
      const name = normalizeHeader(header);
      const column = this.schema.columns.find(
        (c) => this.map[c.key] >= 0 && normalizeHeader(this.table.headers[this.map[c.key]]) === name,
      );
      if (!column || name === "") return;
      let count = 0;
      for (const cell of columnCells(this.table, i)) if (!isBlankCell(cell)) count++;
      if (count === 0) return;
      this.issues.push({
        sheet: this.table.sheet,
        row: this.table.firstDataRow - 1,
        column: column.header,
        value: shownCell(header),
        action: "repaired",
        code: "issueColumnRepeated",
        params: { column: column.header, value: shownCell(header), position: i + 1, count },
      });
    });
  }

  header(key: K): string {
    return this.schema.columns.find((c) => c.key === key)?.header ?? key;
  }

  cell(row: readonly RawCell[], key: K): RawCell {
    const i = this.map[key];
    return i < 0 ? undefined : row[i];
  }

  report(
    rowIndex: number,
    key: K | "",
    value: RawCell,
    action: DataIssueAction,
    code: MessageCode,
    params: MessageParams = {},
  ): void {
    const column = key === "" ? "" : this.header(key);
    this.issues.push({
      sheet: this.table.sheet,
      row: this.table.firstDataRow + rowIndex,
      column,
      value: shownCell(value),
      action,
      code,
      params: { column, value: shownCell(value), ...params },
    });
    if (action === "rejected") this.rejected++;
    if (action === "excluded") this.excluded++;
  }

  /**
   * A date cell with the column's day/month rule applied; ambiguous dates without column evidence are reported.
   * Any other problem is returned for the caller to report, since what it costs depends on the column.
   */
  date(row: readonly RawCell[], rowIndex: number, key: K): SerialDate | DateProblem {
    const value = this.cell(row, key);
    // A whole serial in the window (what the CSV reader makes of an ISO date) reads as itself, without an object.
    if (isLedgerSerial(value, this.dates)) return value;
    const reading = readDate(value, this.dates);
    if (reading.kind === "date") return reading.serial;
    if (reading.kind !== "ambiguous") return reading;
    let rule = this.orders.get(key);
    if (!rule) {
      const column = this.map[key];
      rule = resolveDayMonthOrder(columnCells(this.table, column));
      this.orders.set(key, rule);
    }
    const serial = rule.order === "dayFirst" ? reading.dayFirst : reading.monthFirst;
    if (!rule.evidence)
      this.report(rowIndex, key, value, "repaired", "issueDateAmbiguous", { date: isoFromSerial(serial) });
    return serial;
  }

  /** A cell's fault (error value, formula without value), reported with what it cost. */
  reportFault(rowIndex: number, key: K, value: RawCell, fault: CellFault, outcome: Outcome): void {
    const kind = fault.fault === "noValue" ? "noValue" : fault.fault === "#N/A" ? "lookup" : "error";
    this.report(rowIndex, key, value, outcome === "rejected" ? "rejected" : "repaired", FAULT_CODES[outcome][kind]);
  }

  /** Why a date cell gave no day, reported with what it cost (a blank cell is reported only when it costs the row). */
  reportDate(rowIndex: number, key: K, value: RawCell, problem: DateProblem, outcome: Outcome): void {
    const action = outcome === "rejected" ? "rejected" : "repaired";
    if (problem.kind === "fault") return this.reportFault(rowIndex, key, value, problem.fault, outcome);
    if (problem.kind === "blank") {
      if (outcome === "rejected") this.report(rowIndex, key, value, action, "issueRequiredMissing");
      return;
    }
    const params: MessageParams = problem.kind === "implausible" ? { date: isoFromSerial(problem.serial) } : {};
    this.report(rowIndex, key, value, action, DATE_CODES[outcome][problem.kind], params);
  }

  /** A number read from text, reported as the repair it is (an ambiguous separator as such). */
  reportFromText(
    rowIndex: number,
    key: K,
    value: RawCell,
    reading: Extract<NumberReading, { kind: "fromText" }>,
  ): void {
    this.report(rowIndex, key, value, "repaired", reading.ambiguous ? "issueNumberAmbiguous" : "issueNumberFromText", {
      number: reading.value,
    });
  }

  /** An optional number: blank → undefined; unreadable → undefined and reported; formatted text → reported repair. */
  optionalNumber(row: readonly RawCell[], rowIndex: number, key: K): number | undefined {
    const value = this.cell(row, key);
    const reading = readNumberIn(value, this.decimalComma);
    switch (reading.kind) {
      case "number":
        return reading.value;
      case "fromText":
        this.reportFromText(rowIndex, key, value, reading);
        return reading.value;
      case "invalid":
        this.report(rowIndex, key, value, "repaired", "issueNumberIgnored");
        return undefined;
      case "fault":
        this.reportFault(rowIndex, key, value, reading.fault, "ignored");
        return undefined;
      case "blank":
        return undefined;
    }
  }

  flag(row: readonly RawCell[], rowIndex: number, key: K): boolean {
    const value = this.cell(row, key);
    const b = readBoolean(value);
    if (b === undefined) {
      this.report(rowIndex, key, value, "repaired", "issueBooleanIgnored");
      return false;
    }
    return b;
  }

  counts(used: number): RowCount {
    return { read: this.read, used, rejected: this.rejected, excluded: this.excluded, blank: this.blank };
  }
}

export function isBlankRow(row: readonly RawCell[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/**
 * A date cell that reads as itself: a whole serial of the 1900 date system inside the window (what the CSV reader
 * makes of an ISO date).
 */
export function isLedgerSerial(value: RawCell, window: DateWindow): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= window.first &&
    value <= window.last &&
    !window.date1904
  );
}
