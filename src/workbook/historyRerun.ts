/**
 * A re-run of the review on a date ReviewHistory already holds: that date's rows are replaced, not appended twice. A
 * history written before some of the review's columns existed gets them added, so they are not appended headerless.
 */
import { at } from "../core/arrays";
import { serialFromDate, type SerialDate } from "../core/dates";
import { faultAsText, readDate } from "../core/cells";
import type { LayoutValue, ReviewWorkbookLayout, SheetLayout, WorkbookLayout } from "./layout";
import type { RawCell, RawTable } from "./ports";
import { HISTORY_SCHEMA, mapColumns } from "./schema";

function layoutCell(value: RawCell): LayoutValue {
  if (value === undefined) return null;
  if (value instanceof Date) return serialFromDate(value) ?? null;
  return faultAsText(value);
}

/** A table name from a sheet name: letters, digits and underscores, not starting with a digit (as Excel requires). */
function tableNameFor(sheet: string): string {
  return sheet.replace(/[^\p{L}\p{N}_]/gu, "_").replace(/^(?=[\p{N}])/u, "_");
}

/**
 * What the sink writes for a review on `asOf`, given the ReviewHistory it read. Usually the layout itself: this
 * review's rows are appended. When the history already has rows dated `asOf` (the review was run before on the same
 * date), those rows are replaced instead: the history sheet is rewritten whole as one more of the review's own
 * sheets — its other rows as they were (other columns kept), then this review's rows under the sheet's headers — so
 * that ReviewHistory keeps one row per customer and review date. Writing it as an output sheet keeps the write all
 * or nothing in every sink (the sheet is swapped in like the others). It costs a rewrite of the history, and only
 * on a same-date re-run. Only a history the review keeps itself is rewritten: on its own sheet (ReviewHistory or
 * 评审历史), headers in the first row; a ReviewHistory table the user keeps elsewhere is appended to as always (the
 * review counts one row per customer and date, the later one, so a duplicate there changes no figure).
 * A history of its own that lacks a column this review writes (one from before `Blacklist Status` and `Action`) is
 * rewritten the same way on any date, with the missing columns added at its end (blank in its earlier rows): the
 * rows appended to it later then line up under the headers they belong to.
 * @example await sink.write(historyForRerun(layout, await source.readTable("ReviewHistory"), asOf));
 */
export function historyForRerun(
  layout: ReviewWorkbookLayout,
  history: RawTable | undefined,
  asOf: SerialDate,
): WorkbookLayout {
  if (!history) return layout;
  const append = layout.historyAppend;
  const ownSheet = [append.sheetName, ...(append.aliases ?? [])].some(
    (n) => n.toLowerCase() === history.sheet.toLowerCase(),
  );
  if (!ownSheet || history.firstDataRow !== 2) return layout;
  const { map } = mapColumns(HISTORY_SCHEMA, history.headers);
  const dateColumn = map.reviewDate;
  if (dateColumn < 0) return layout;
  const sameDate = (row: readonly RawCell[]) => {
    const date = readDate(row[dateColumn]);
    return date.kind === "date" && date.serial === asOf;
  };
  const { map: newMap } = mapColumns(
    HISTORY_SCHEMA,
    append.columns.map((c) => c.header),
  );
  // This review's columns the sheet has none for, by their place in this review's rows.
  const added = HISTORY_SCHEMA.columns.filter((c) => map[c.key] < 0 && newMap[c.key] >= 0).map((c) => newMap[c.key]);
  if (added.length === 0 && !history.rows.some(sameDate)) return layout;

  // For each existing column, the column of this review's rows that feeds it (-1: a column of the user's, left blank).
  const sourceOf = [
    ...history.headers.map((_, j) => {
      const column = HISTORY_SCHEMA.columns.find((c) => map[c.key] === j);
      return column ? newMap[column.key] : -1;
    }),
    ...added,
  ];
  const headers = [...history.headers, ...added.map((s) => at(append.columns, s).header)];
  const width = headers.length;
  const kept = history.rows
    .filter((row) => !sameDate(row))
    .map((row) => Array.from({ length: width }, (_, j) => layoutCell(row[j])));
  const appended = append.rows.map((row) => sourceOf.map((s) => (s >= 0 ? at(row, s) : null)));
  const sheet: SheetLayout = {
    name: history.sheet,
    tables: [
      {
        name: tableNameFor(history.sheet),
        startRow: 0,
        columns: headers.map((header, j) => ({
          header: header === "" ? `Column${j + 1}` : header,
          numberFormat: append.columns[sourceOf[j] ?? -1]?.numberFormat,
        })),
        rows: [...kept, ...appended],
      },
    ],
    freezeRows: 1,
    print: append.print,
  };
  return { sheets: [...layout.sheets, sheet] };
}
