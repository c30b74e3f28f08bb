/** How a CSV file was read (encoding, separator, decimal mark), as the summary, the JSON and messages show it. */
import type { RawTable, TextFileReading } from "./ports";

/**
 * A separator as messages show it: quoted, and the tab by name.
 * @example separatorName("\t") // "tab"
 */
export function separatorName(separator: string): string {
  return separator === "\t" ? "tab" : `"${separator}"`;
}

/** One input file in the JSON summary's `input.files`: which table it held and how it was read. */
export interface InputFileSummary extends TextFileReading {
  readonly table: string;
}

/**
 * The input files of the tables read from text files, in the order given; tables from a workbook have none.
 * @example inputFiles([customers, invoices]) // [{ table: "Customers", file: "customers.csv", encoding: "GB18030", separator: ",", decimalComma: false }, …]
 */
export function inputFiles(tables: readonly (RawTable | undefined)[]): InputFileSummary[] {
  const files: InputFileSummary[] = [];
  for (const table of tables) if (table?.textFile) files.push({ table: table.name, ...table.textFile });
  return files;
}
