/** The ports the review is read through and written through; each host (Excel, files, browser) implements both. */
import type { WorkbookLayout } from "./layout";
import type { RawColumn } from "./textSpans";
import type { TotalsRow } from "./totalsRows";

/** A raw cell as read from a host: the one cell type (see core/cells.ts), under the name the ports use. */
export type { Cell as RawCell } from "../core/cells";
export { CellFault } from "../core/cells";
import type { Cell as RawCell } from "../core/cells";

/** A table (or a sheet whose first row is the header) as read, before any checking. */
export interface RawTable {
  /** The table name the contract asked for (Customers, Invoices, …). */
  readonly name: string;
  /** The sheet it was found on. */
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly RawCell[])[];
  /** 1-based sheet row of the first data row, so data issues can point at real rows. */
  readonly firstDataRow: number;
  /**
   * Rows read above the header and skipped (titles, blank rows), when the header was found below the first row
   * read (see withHeaderRow); undefined when the header is the first row.
   */
  readonly titleRows?: number;
  /**
   * The same cells by column, when the host read them that way (the CSV reader does for Invoices): a reader of a
   * million rows then builds no row arrays (see `rowReader`). `rows` stays available, built on first use.
   */
  readonly columns?: RawColumns;
  /**
   * 1-based sheet rows inside the table that are the totals rows of Excel tables (a sheet read whole can hold a table
   * with one, whatever the table's name): the reader leaves them out and reports them.
   */
  readonly totalsRows?: readonly TotalsRow[];
  /** How the table's text file was read, when it came from one (a CSV file): its numbers' decimal mark among it. */
  readonly textFile?: TextFileReading;
  /** Numbers in the table count days from 1904-01-01 (a workbook in Excel's 1904 date system): serial + 1,462. */
  readonly date1904?: boolean;
}

/**
 * How a CSV file was read: shown in the summary, and in the error for a missing column (a wrong separator runs all
 * headers into one). `decimalComma`: its numbers are written `1.234,56`, and are read so (see `readNumberIn`).
 */
export interface TextFileReading {
  readonly file: string;
  /** The encoding its bytes were decoded from (see `decodeCsv`): ASCII, UTF-8, UTF-8 with BOM, UTF-16LE/BE, GB18030. */
  readonly encoding: string;
  /** The field separator: `,`, `;`, a tab, `|`, or what a `sep=` line named. */
  readonly separator: string;
  readonly decimalComma: boolean;
}

/**
 * A table's data cells by column: cell i of `cells[c]` is `rows[i][c]`, undefined past the end of a short row. A text
 * column may be held as spans of the file's text (see `TextSpans`); read any column's cells with `cellOf`.
 */
export interface RawColumns {
  readonly rowCount: number;
  readonly cells: readonly RawColumn[];
}

/**
 * A table or sheet of the workbook that could hold data (the scorecard builder's training rows), as listed without
 * reading its rows: `readTable(name)` reads it.
 */
export interface WorkbookTableInfo {
  /** The name `readTable` finds it by: the Excel table's, or the sheet's. */
  readonly name: string;
  readonly kind: "table" | "sheet";
  /** The sheet it is on. */
  readonly sheet: string;
  /** Rows under the header (a totals row is not counted). */
  readonly rows: number;
  readonly headers: readonly string[];
}

/** Where the review's input comes from. */
export interface WorkbookSource {
  /** A table by its contract name: an Excel table of that name, else a sheet of that name; undefined if neither. */
  readTable(name: string): Promise<RawTable | undefined>;
}

/**
 * Where output sheets go (the review's, the scorecard builder's). `write` must be all-or-nothing: a failure leaves
 * the target as it was.
 */
export interface ReviewSink {
  write(layout: WorkbookLayout): Promise<void>;
}
