/** The pane's smaller operations on the open workbook: the CreditPolicy table, and showing the review's rows. */
import { faultAsText } from "../core/cells";
import { ContractTableSource, contractTableNames } from "../workbook/contractTables";
import { POLICY_TABLE } from "../workbook/schema";
import type { RawCell } from "../workbook/ports";
import { CREDIT_REVIEW_ID_COLUMN, CREDIT_REVIEW_TABLE } from "../workbook/reviewLayout";
import type { ExcelRun } from "./excelHost";
import { ExcelWorkbookSource } from "./excelWorkbookSource";

export type PolicyCell = string | number | boolean;
export type PolicyRow = readonly [setting: string, value: PolicyCell];

const policyCell = (raw: RawCell): PolicyCell => {
  const cell = faultAsText(raw);
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : cell === null || cell === undefined ? "" : cell;
};

/** The CreditPolicy table's Setting/Value rows, blank rows left out; empty when the workbook has none. */
export async function readPolicyRows(run: ExcelRun): Promise<PolicyRow[]> {
  const table = await new ContractTableSource(new ExcelWorkbookSource(run)).readTable(POLICY_TABLE);
  if (!table) return [];
  return table.rows
    .filter((row) => row.some((c) => c !== null && c !== undefined && c !== ""))
    .map((row): PolicyRow => [String(policyCell(row[0])), policyCell(row[1])]);
}

/**
 * Replaces the CreditPolicy table's rows with `rows` under the header `Setting | Value` (or the given header):
 * the Excel table if there is one (resized), else the sheet of that name, else a new sheet with a new table. The
 * Chinese name (信用政策) counts as the table's name too, so a Chinese workbook keeps its policy where it is.
 * At most three syncs, whatever the number of rows. Setting names are written as text.
 */
export async function writePolicyRows(
  run: ExcelRun,
  rows: readonly PolicyRow[],
  header: readonly [string, string] = ["Setting", "Value"],
): Promise<void> {
  const values: PolicyCell[][] = [[header[0], header[1]], ...rows.map(([s, v]) => [s, v])];
  const formats = values.map((row, r) => [r === 0 ? "General" : "@", typeof row[1] === "number" ? "General" : "@"]);
  await run(async (context) => {
    const candidates = contractTableNames(POLICY_TABLE).map((name) => {
      const found = {
        table: context.workbook.tables.getItemOrNullObject(name),
        sheet: context.workbook.worksheets.getItemOrNullObject(name),
      };
      found.table.load("name");
      found.sheet.load("name");
      return found;
    });
    await context.sync();
    const table = candidates.find((c) => !c.table.isNullObject)?.table ?? candidates[0].table;
    const sheet = candidates.find((c) => !c.sheet.isNullObject)?.sheet ?? candidates[0].sheet;

    if (!table.isNullObject) {
      const old = table.getRange();
      old.load("rowIndex,columnIndex,rowCount");
      const host = table.worksheet;
      await context.sync();
      host.getRangeByIndexes(old.rowIndex + 1, old.columnIndex, Math.max(1, old.rowCount - 1), 2).clear();
      const target = host.getRangeByIndexes(old.rowIndex, old.columnIndex, values.length, 2);
      target.numberFormat = formats;
      target.values = values;
      table.resize(target);
      await context.sync();
      return;
    }
    if (!sheet.isNullObject) {
      const used = sheet.getUsedRangeOrNullObject();
      used.load("address");
      await context.sync();
      if (!used.isNullObject) used.clear();
    }
    const target = (sheet.isNullObject ? context.workbook.worksheets.add(POLICY_TABLE) : sheet).getRangeByIndexes(
      0,
      0,
      values.length,
      2,
    );
    target.numberFormat = formats;
    target.values = values;
    const created = context.workbook.tables.add(target, true);
    created.name = POLICY_TABLE;
    await context.sync();
  });
}

/** Shows one of the review's sheets to the user. */
export async function activateSheet(run: ExcelRun, name: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

/**
 * Selects a customer's row of the Credit Review table, so an alert in the pane leads to the line behind it.
 * Reads only the id column. Returns false when the review table or the customer is not there (no review yet).
 */
export async function selectCustomerRow(run: ExcelRun, customerId: string): Promise<boolean> {
  return run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(CREDIT_REVIEW_TABLE);
    table.load("name");
    await context.sync();
    if (table.isNullObject) return false;
    const whole = table.getRange();
    whole.load("rowIndex,columnIndex,rowCount,columnCount");
    const sheet = table.worksheet;
    await context.sync();
    const idColumn = whole.columnIndex + CREDIT_REVIEW_ID_COLUMN;
    const ids = sheet.getRangeByIndexes(whole.rowIndex + 1, idColumn, Math.max(1, whole.rowCount - 1), 1);
    ids.load("values");
    await context.sync();
    const index = ids.values.findIndex((row) => String(row[0]) === customerId);
    if (index < 0) return false;
    sheet.getRangeByIndexes(whole.rowIndex + 1 + index, whole.columnIndex, 1, whole.columnCount).select();
    await context.sync();
    return true;
  });
}

/**
 * Filters the Credit Review table to these customers (an AutoFilter on its customer id column) and shows its sheet,
 * so a number opened in the pane shows the lines behind it in the workbook; no customers clears the filter. Two
 * syncs whatever the number of customers. Returns false when there is no review table yet.
 */
export async function filterCustomerRows(run: ExcelRun, customerIds: readonly string[]): Promise<boolean> {
  return run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(CREDIT_REVIEW_TABLE);
    table.load("name");
    await context.sync();
    if (table.isNullObject) return false;
    if (customerIds.length === 0) table.clearFilters();
    else {
      table.worksheet.activate();
      table.columns.getItemAt(CREDIT_REVIEW_ID_COLUMN).filter.applyValuesFilter([...customerIds]);
    }
    await context.sync();
    return true;
  });
}
