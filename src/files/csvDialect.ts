/** Which separator a CSV file uses: an Excel `sep=` first line, else the one that splits its header line best. */
import { separatorName } from "../workbook/textFileReading";
import { UnreadableInputError } from "./xlsxWorkbookSource";

/** The separators a header line is tried with, in the order a tie is listed. */
export const CSV_SEPARATORS = [",", ";", "\t", "|"] as const;

/** Where a CSV file's header is and what separates its fields. */
export interface CsvDialect {
  readonly separator: string;
  /** Where the header line starts in the text: after a `sep=` line, else 0. */
  readonly headerAt: number;
  /** The header's 1-based line in the file. */
  readonly headerLine: number;
}

/** Excel's first line naming the separator, `sep=;` (optionally quoted), and the line break after it. */
const SEP_LINE = /^\ufeff?"?sep=([^"\r\n])"?[ \t]*(?:\r\n|\n|\r|$)/i;

/** How far a header line is looked at: a quote left open in it must not make each candidate walk a whole ledger. */
const HEADER_LIMIT = 65536;

/** The header line's fields split by `separator` outside double quotes (quotes dropped), up to the first line break. */
export function headerFields(text: string, from: number, separator: string): string[] {
  const fields: string[] = [];
  let field = "",
    quoted = false;
  const end = Math.min(text.length, from + HEADER_LIMIT);
  for (let k = from; k < end; k++) {
    const ch = text[k];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === separator) {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/**
 * The file's dialect. A first line `sep=;` (which Excel writes and honours) names the separator, and the header is
 * the next line. Otherwise each candidate (comma, semicolon, tab, pipe) splits the header line outside quotes; the
 * one under which most fields are headers the table's contract knows wins (`knownHeaders` counts them), then the
 * one giving most fields. A header with none of them is one column, comma-separated. Two candidates that do equally
 * well on both counts are not guessed between.
 * @throws UnreadableInputError when two separators split the header equally well; a `sep=` line settles it
 * @example csvDialect("sep=;\nCustomer ID;Credit Limit\n", "customers.csv") // { separator: ";", headerAt: 6, headerLine: 2 }
 */
export function csvDialect(
  text: string,
  file: string,
  knownHeaders: (fields: readonly string[]) => number = () => 0,
): CsvDialect {
  const sepLine = SEP_LINE.exec(text);
  if (sepLine) return { separator: sepLine[1], headerAt: sepLine[0].length, headerLine: 2 };
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const scored = CSV_SEPARATORS.map((separator) => {
    const fields = headerFields(text, from, separator);
    return { separator, fields: fields.length, known: fields.length > 1 ? knownHeaders(fields) : 0 };
  })
    .filter((s) => s.fields > 1)
    .sort((a, b) => b.known - a.known || b.fields - a.fields);
  if (scored.length === 0) return { separator: ",", headerAt: 0, headerLine: 1 };
  const [best, next] = scored;
  if (next && next.known === best.known && next.fields === best.fields) {
    throw new UnreadableInputError(
      `${file}: the header line splits into ${best.fields} fields by ${separatorName(best.separator)} and by ${separatorName(next.separator)} alike, ` +
        `so the separator cannot be told. Add a first line sep=${best.separator === "\t" ? "<tab>" : best.separator} (or the separator the file uses), as Excel does, and run again.`,
    );
  }
  return { separator: best.separator, headerAt: 0, headerLine: 1 };
}
