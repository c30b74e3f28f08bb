/**
 * Which of the user's columns the review reads for each contract column, and how the user changes that. Headers are
 * recognised by their names (schema.ts: English, Chinese and the headers ERP exports use); a header that only hints at
 * a column (`Amount Due`) is never read on its own word; the pane asks about it and the command line reports it. A
 * mapping renames the user's header to the canonical one as the table is read; the user's sheet is never changed.
 */
import { valueError, type CreditError } from "../core/errors";
import type { DataIssue } from "./dataIssues";
import type { RawTable, TextFileReading, WorkbookSource } from "./ports";
import {
  CUSTOMERS_SCHEMA,
  INVOICES_SCHEMA,
  mapColumns,
  normalizeHeader,
  type ColumnSpec,
  type TableSchema,
} from "./schema";
import { separatorName } from "./textFileReading";

/** Required columns a table lacks, and the headers it does have to choose from. */
export interface MissingColumns {
  readonly table: string;
  readonly sheet: string;
  /** Canonical headers of the required columns that no header matched. */
  readonly missing: readonly string[];
  /** The table's own headers (non-blank), as the user sees them. */
  readonly headers: readonly string[];
  /** How the table's CSV file was read, when it came from one: named in the error (see `columnMissingError`). */
  readonly textFile?: TextFileReading;
}

/**
 * For each table: canonical header → the user's header that holds it. An empty header records the user's decision that
 * no column holds it (a hinted header declined), so the pane does not ask again.
 */
export type ColumnMappings = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** What the user decided about a workbook's columns; the pane remembers it with the workbook. */
export interface ColumnChoices {
  readonly mappings: ColumnMappings;
  /** Invoices lists open items only (no payment data), as the user confirmed. */
  readonly openItems: boolean;
}

/** The schemas whose columns the user can map: the review cannot do without them. */
export const MAPPABLE_SCHEMAS: readonly TableSchema[] = [CUSTOMERS_SCHEMA, INVOICES_SCHEMA];

/**
 * How a contract column was found: `found` by its name, `mapped` by the user, `ambiguous` when only a header that
 * may or may not hold it is there (a hint), `missing` when nothing names it.
 */
export type ColumnStatus = "found" | "mapped" | "ambiguous" | "missing";

export interface ColumnResolution {
  /** The schema key (`openAmount`). */
  readonly key: string;
  /** The canonical header (`Open Amount`). */
  readonly header: string;
  readonly required: boolean;
  readonly status: ColumnStatus;
  /** The user's header that is read for it (found or mapped). */
  readonly source?: string;
  /** Ambiguous: the headers that may hold it. Found: other headers that name it too, which are not read. */
  readonly candidates: readonly string[];
}

/** Every figure column of one table, as the review will read it. */
export interface TableResolution {
  readonly table: string;
  readonly sheet: string;
  /** The table's own headers (non-blank), as the user sees them. */
  readonly headers: readonly string[];
  readonly columns: readonly ColumnResolution[];
}

/** Required columns missing from a table, or undefined when every required column is there. */
export function missingColumns(table: RawTable, schema: TableSchema): MissingColumns | undefined {
  const { missing } = mapColumns(schema, table.headers);
  if (missing.length === 0) return undefined;
  return {
    table: schema.name,
    sheet: table.sheet,
    missing: missing.map((c) => c.header),
    headers: userHeaders(table),
    ...(table.textFile ? { textFile: table.textFile } : {}),
  };
}

/**
 * The error for a required column a table lacks. For a CSV file it also names how the file was read: a wrong
 * separator leaves one header holding all the others, which the user can only tell from the separator and encoding.
 * @example columnMissingError(invoices.textFile, { table: "Invoices", column: "Amount", headers: "Invoice ID;Amount" })
 */
export function columnMissingError(
  textFile: TextFileReading | undefined,
  params: { readonly table: string; readonly column: string; readonly headers: string },
): CreditError {
  if (!textFile) return valueError("errorColumnMissing", params);
  const { file, encoding, separator } = textFile;
  return valueError("errorColumnMissingInFile", { ...params, file, encoding, separator: separatorName(separator) });
}

function userHeaders(table: RawTable): string[] {
  return table.headers.map((h) => String(h ?? "").trim()).filter((h) => h !== "");
}

/** Headers of the table that equal one of the column's hints and that no column reads. */
function hintedHeaders(column: ColumnSpec, headers: readonly string[], read: ReadonlySet<number>): string[] {
  const hints = new Set((column.hints ?? []).map(normalizeHeader));
  return headers.filter((h, i) => !read.has(i) && hints.has(normalizeHeader(h))).map((h) => h.trim());
}

/**
 * Every figure column of a table (schema `figure`), as the review will read it. `table` is the table as read, with any
 * user mapping already applied (`withMappedHeaders`); `mapping` is that mapping, to tell `mapped` from `found`.
 * @example resolveColumns(invoices, INVOICES_SCHEMA).columns.find((c) => c.key === "openAmount")?.status // "ambiguous"
 */
export function resolveColumns(
  table: RawTable,
  schema: TableSchema,
  mapping: Readonly<Record<string, string>> = {},
): TableResolution {
  const { map } = mapColumns(schema, table.headers);
  const read = new Set(Object.values<number>(map).filter((i) => i >= 0));
  const columns = schema.columns
    .filter((c) => c.figure)
    .map((column): ColumnResolution => {
      // Every schema column has an entry (−1 when not found).
      const at = map[column.key] ?? -1;
      const required = column.required === true;
      if (at < 0) {
        const candidates = hintedHeaders(column, table.headers, read);
        // A hint the user declined (mapped to no column) is not asked about again.
        const asked = candidates.length > 0 && mapping[column.header] !== "";
        return {
          key: column.key,
          header: column.header,
          required,
          status: asked ? "ambiguous" : "missing",
          candidates,
        };
      }
      // Mapped: the user named a header for it (not "no column") and that header is what is read.
      const mapped =
        Boolean(mapping[column.header]?.trim()) &&
        normalizeHeader(table.headers[at]) === normalizeHeader(column.header);
      const others = otherNames(column, table.headers, at, read);
      return {
        key: column.key,
        header: column.header,
        required,
        status: mapped ? "mapped" : "found",
        source: mapped ? mapping[column.header] : table.headers[at],
        candidates: others,
      };
    });
  return { table: schema.name, sheet: table.sheet, headers: userHeaders(table), columns };
}

/** Headers besides the one read that name the column too (a ledger with both `Balance` and `Outstanding`). */
function otherNames(column: ColumnSpec, headers: readonly string[], at: number, read: ReadonlySet<number>): string[] {
  const names = new Set([column.header, column.key, ...column.synonyms].map(normalizeHeader));
  return headers.filter((h, i) => i !== at && !read.has(i) && names.has(normalizeHeader(h))).map((h) => h.trim());
}

/**
 * True when the Invoices table says nothing of payments: no open amount, paid amount or paid date column. Every
 * invoice then counts as open in full: the ledger is read as a list of open items, which the review must say.
 */
export function isOpenItemsLedger(invoices: TableResolution): boolean {
  const has = (key: string) =>
    invoices.columns.some((c) => c.key === key && (c.status === "found" || c.status === "mapped"));
  return !has("openAmount") && !has("paidAmount") && !has("paidDate");
}

/**
 * What the user has to decide before a review the pane can trust: a required column missing or only hinted at, an
 * optional figure column only hinted at, or a ledger without payment data that is not confirmed as open items.
 */
export function needsDecision(tables: readonly TableResolution[], openItemsConfirmed: boolean): boolean {
  const undecided = tables.some((t) =>
    t.columns.some((c) => c.status === "ambiguous" || (c.required && c.status === "missing")),
  );
  const invoices = tables.find((t) => t.table === INVOICES_SCHEMA.name);
  return undecided || (invoices !== undefined && !openItemsConfirmed && isOpenItemsLedger(invoices));
}

/**
 * The data issues a review without anyone to ask (the command line) carries for its column decisions: each hinted
 * header it did not read, and a ledger read as open items unless the user confirmed that it is one (`--open-items`).
 * They stand on the header row, so they sort before the rows' issues.
 */
export function columnIssues(
  tables: readonly TableResolution[],
  headerRows: Readonly<Record<string, number>>,
  openItemsConfirmed: boolean,
): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const t of tables) {
    const row = headerRows[t.table] ?? 1;
    for (const c of t.columns) {
      for (const value of c.status === "ambiguous" ? c.candidates : []) {
        issues.push({
          sheet: t.sheet,
          row,
          column: c.header,
          value,
          action: "repaired",
          code: "issueColumnHint",
          params: { column: c.header, value },
        });
      }
    }
    if (t.table === INVOICES_SCHEMA.name && !openItemsConfirmed && isOpenItemsLedger(t)) {
      issues.push({
        sheet: t.sheet,
        row,
        column: "",
        value: "",
        action: "repaired",
        code: "issueOpenItemsLedger",
        params: {},
      });
    }
  }
  return issues;
}

/**
 * The table with the mapped headers renamed to their canonical names. A header that already had a mapped column's
 * canonical name loses it (the user's pick wins). A mapping to a header the table does not have is left out here:
 * see {@link staleMappings}.
 * @example withMappedHeaders(invoices, { "Due Date": "Net due" }).headers // [..., "Due Date", ...]
 */
export function withMappedHeaders(table: RawTable, mapping: Readonly<Record<string, string>> | undefined): RawTable {
  // Only a mapping whose header the table has renames anything (a stale one must not displace the column it names).
  const present = new Set(table.headers.map(normalizeHeader));
  const chosen = Object.entries(mapping ?? {}).filter(
    ([, user]) => user.trim() !== "" && present.has(normalizeHeader(user)),
  );
  if (chosen.length === 0) return table;
  const byUserHeader = new Map(chosen.map(([canonical, user]) => [normalizeHeader(user), canonical]));
  const displaced = new Set(chosen.map(([canonical]) => normalizeHeader(canonical)));
  const headers = table.headers.map((h) => {
    const canonical = byUserHeader.get(normalizeHeader(h));
    if (canonical !== undefined) return canonical;
    return displaced.has(normalizeHeader(h)) ? `${h} (not read)` : h;
  });
  return { ...table, headers };
}

/** A mapping that names a header the table does not have (a typo, or a column since renamed in the workbook). */
export interface StaleMapping {
  readonly table: string;
  readonly column: string;
  readonly header: string;
  readonly headers: readonly string[];
  /** The other tables given the same mapping (a `--map` that names no table goes to each table with the column). */
  readonly alsoIn: readonly string[];
}

/** The mappings of `table`'s in `mappings` whose header is not in the table as read. */
export function staleMappings(table: RawTable, mappings: ColumnMappings): StaleMapping[] {
  const present = new Set(table.headers.map(normalizeHeader));
  return Object.entries(mappings[table.name] ?? {})
    .filter(([, user]) => user.trim() !== "" && !present.has(normalizeHeader(user)))
    .map(([column, header]) => {
      const alsoIn = Object.keys(mappings).filter(
        (other) => other !== table.name && mappings[other]?.[column] === header,
      );
      return { table: table.name, column, header, headers: userHeaders(table), alsoIn };
    });
}

/** The error for a stale mapping where no one can be asked: a mapping that silently did nothing would leave a figure wrong. */
export function staleMappingError(stale: StaleMapping): Error {
  return valueError("errorMappedHeaderMissing", {
    table: stale.table,
    column: stale.column,
    header: stale.header,
    headers: stale.headers.join(", "),
  });
}

/** A source that applies the user's column mappings to the tables it reads, and notes the ones that found no header. */
export class MappedWorkbookSource implements WorkbookSource {
  /** Mappings that named a header the table did not have, per table read. */
  readonly stale: StaleMapping[] = [];
  /** The tables it found and applied mappings to. */
  readonly found = new Set<string>();

  constructor(
    private readonly inner: WorkbookSource,
    private readonly mappings: ColumnMappings,
  ) {}

  async readTable(name: string): Promise<RawTable | undefined> {
    const table = await this.inner.readTable(name);
    if (!table) return table;
    this.found.add(name);
    this.stale.push(...staleMappings(table, this.mappings));
    return withMappedHeaders(table, this.mappings[name]);
  }
}

/**
 * Column choices as remembered with a workbook (a JSON value in its settings), checked: anything that is not a
 * table → column → header map of text, with an openItems flag, is dropped rather than trusted.
 */
export function parseColumnChoices(value: unknown): ColumnChoices | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { mappings, openItems } = value as { mappings?: unknown; openItems?: unknown };
  if (typeof mappings !== "object" || mappings === null) return undefined;
  const tables = MAPPABLE_SCHEMAS.map((s) => s.name);
  const result: Record<string, Record<string, string>> = {};
  for (const [table, mapping] of Object.entries(mappings)) {
    if (!tables.includes(table) || typeof mapping !== "object" || mapping === null) continue;
    const pairs = Object.entries(mapping).filter((pair): pair is [string, string] => typeof pair[1] === "string");
    result[table] = Object.fromEntries(pairs);
  }
  return { mappings: result, openItems: openItems === true };
}

/** One `column = header` pair as the user wrote it, with the table when named (`Invoices.Open Amount=未收金额`). */
export interface MappingPair {
  readonly table?: string;
  readonly column: string;
  readonly header: string;
}

const TABLE_NAMES: Readonly<Record<string, string>> = {
  customers: CUSTOMERS_SCHEMA.name,
  客户: CUSTOMERS_SCHEMA.name,
  invoices: INVOICES_SCHEMA.name,
  发票: INVOICES_SCHEMA.name,
};

/** How a mapping is written, for messages: the column names are the contract's English ones in every language. */
const MAPPING_EXAMPLE = `"Open Amount=未收金额", "Invoices.Due Date=Net due date"`;

/**
 * Splits `Open Amount=未收金额` or `Invoices.Open Amount=未收金额` into a pair (at the first `=`; the table before the
 * first `.` when it names one).
 * @throws CreditError when there is no `=` or either side is blank
 */
export function parseMappingPair(text: string): MappingPair {
  const eq = text.indexOf("=");
  const left = eq < 0 ? "" : text.slice(0, eq).trim();
  const header = eq < 0 ? "" : text.slice(eq + 1).trim();
  if (left === "" || header === "") throw valueError("errorMappingPair", { value: text, example: MAPPING_EXAMPLE });
  const dot = left.indexOf(".");
  const table = dot > 0 ? TABLE_NAMES[normalizeHeader(left.slice(0, dot))] : undefined;
  return table ? { table, column: left.slice(dot + 1).trim(), header } : { column: left, header };
}

/**
 * The mappings the pairs ask for. A column is named by its canonical header or key (any case); without a table it
 * applies to each table that has the column (`Customer ID`: both).
 * @throws CreditError naming the column and the ones there are, when a pair names no contract column
 * @example mappingsFromPairs([{ column: "open amount", header: "未收金额" }]) // { Invoices: { "Open Amount": "未收金额" } }
 */
export function mappingsFromPairs(pairs: readonly MappingPair[]): ColumnMappings {
  const result: Record<string, Record<string, string>> = {};
  for (const pair of pairs) {
    const wanted = normalizeHeader(pair.column);
    let matched = false;
    for (const schema of MAPPABLE_SCHEMAS) {
      if (pair.table !== undefined && pair.table !== schema.name) continue;
      const column = schema.columns.find(
        (c) => normalizeHeader(c.header) === wanted || normalizeHeader(c.key) === wanted,
      );
      if (!column) continue;
      (result[schema.name] ??= {})[column.header] = pair.header;
      matched = true;
    }
    if (!matched) {
      const options = [...new Set(MAPPABLE_SCHEMAS.flatMap((s) => s.columns.map((c) => c.header)))].join(", ");
      throw valueError("errorMappingUnknownColumn", { column: pair.column, options });
    }
  }
  return result;
}
