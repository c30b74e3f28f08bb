/** Everything a review reads from a workbook (any host's WorkbookSource): portfolio, policy, scorecard, data issues. */
import { faultAsText } from "../core/cells";
import type { SerialDate } from "../core/dates";
import { valueError } from "../core/errors";
import { CreditError } from "../core/errors";
import { defaultPolicy, parsePolicy, type CreditPolicy } from "../core/policy";
import { parseScorecard, type Scorecard } from "../core/scoring/scorecard";
import { DEFAULT_PAYMENT_TERMS } from "../core/portfolio/customerAssessment";
import type { Portfolio } from "../core/portfolio/model";
import type { Locale } from "../core/messages";
import { columnIssues, resolveColumns, type ColumnMappings } from "./columnMapping";
import { withContractNames, workbookLocale } from "./contractTables";
import type { DataIssue } from "./dataIssues";
import { cellWithDecimalPoint } from "./decimalComma";
import { headerRowIssue } from "./headerRow";
import type { RawCell, RawTable, WorkbookSource } from "./ports";
import { portfolioFromTables, type PortfolioRead } from "./portfolioFromTables";
import { resolveScorecardFactors } from "./scorecardFactors";
import { inputFiles, type InputFileSummary } from "./textFileReading";
import { CUSTOMERS_SCHEMA, HISTORY_SCHEMA, INVOICES_SCHEMA, POLICY_TABLE, SCORECARD_TABLE } from "./schema";

export interface ReviewInputOptions {
  /** The user confirmed that Invoices lists open items only: no data issue says so (the CLI's `--open-items`). */
  readonly openItems?: boolean;
  /** The column mappings the tables were read with: a hint the user declined is not reported as unread. */
  readonly mappings?: ColumnMappings;
}

export interface ReviewInput {
  readonly portfolio: Portfolio;
  readonly policy: CreditPolicy;
  /** The Scorecard table, when the workbook has a usable one: it replaces the built-in model. */
  readonly scorecard?: Scorecard;
  /** Data issues of every table read, policy problems included, in reading order. */
  readonly issues: readonly DataIssue[];
  readonly counts: PortfolioRead["counts"];
  readonly currency?: string;
  /** The workbook's language when it is written in Chinese (see workbookLocale); undefined for the English default. */
  readonly locale?: Locale;
  /** The CSV files read and how (encoding, separator, decimal mark); empty for a workbook. */
  readonly files: readonly InputFileSummary[];
}

/** A table's rows for a parser that knows only decimal points: a decimal-comma file's numbers made numbers. */
function rowsWithDecimalPoints(table: RawTable): readonly (readonly RawCell[])[] {
  return table.textFile?.decimalComma ? table.rows.map((row) => row.map(cellWithDecimalPoint)) : table.rows;
}

/**
 * Reads the contract's tables through a WorkbookSource and checks them: Customers and Invoices (required),
 * CreditPolicy (optional: missing settings take the defaults, bad ones keep the default and are reported),
 * Scorecard (optional: a table that cannot be read is reported and the built-in model is used; a factor that names
 * no Customers column, or a column the table lacks, is reported once), ReviewHistory
 * (optional). Each is found under its English or its Chinese name (客户, 发票, 信用政策, 评分卡, 评审历史).
 * @throws CreditError when Invoices is missing, a required column is missing, or currencies are mixed
 * @example const input = await readReviewInput(await FileWorkbookSource.open("book.xlsx"), 46203);
 */
export async function readReviewInput(
  workbook: WorkbookSource,
  asOf: SerialDate,
  options: ReviewInputOptions = {},
): Promise<ReviewInput> {
  const source = withContractNames(workbook);
  // Without a Customers table the customers are made from the invoices (see portfolioFromTables); Invoices is a must.
  const customers = await source.readTable(CUSTOMERS_SCHEMA.name);
  const invoices = await source.readTable(INVOICES_SCHEMA.name);
  if (!invoices) throw valueError("errorTableMissing", { table: INVOICES_SCHEMA.name });
  const history = await source.readTable(HISTORY_SCHEMA.name);
  const policyTable = await source.readTable(POLICY_TABLE);

  const issues: DataIssue[] = [];
  for (const table of [customers, invoices, history]) if (table?.titleRows) issues.push(headerRowIssue(table));
  // Column decisions taken without asking (a hinted header not read, a list of open items) stand on the header rows.
  const mapping = (name: string) => options.mappings?.[name];
  const resolved = [
    customers && resolveColumns(customers, CUSTOMERS_SCHEMA, mapping(CUSTOMERS_SCHEMA.name)),
    resolveColumns(invoices, INVOICES_SCHEMA, mapping(INVOICES_SCHEMA.name)),
  ];
  const headerRows = {
    [CUSTOMERS_SCHEMA.name]: (customers?.firstDataRow ?? 2) - 1,
    [INVOICES_SCHEMA.name]: invoices.firstDataRow - 1,
  };
  for (const issue of columnIssues(
    resolved.filter((t) => t !== undefined),
    headerRows,
    options.openItems === true,
  ))
    issues.push(issue);
  let policy: CreditPolicy | undefined;
  if (policyTable) {
    // The header row goes in too: parsePolicy skips a `Setting | Value` header and reads a headerless table whole.
    const parsed = parsePolicy(
      [policyTable.headers, ...rowsWithDecimalPoints(policyTable).map((row) => row.map(faultAsText))],
      policyTable.firstDataRow - 1,
    );
    policy = parsed.policy;
    for (const p of parsed.problems) {
      issues.push({
        sheet: policyTable.sheet,
        row: p.row ?? policyTable.firstDataRow - 1,
        column: p.setting ?? "",
        value: String(p.params.value ?? ""),
        action: "repaired",
        code: p.code,
        params: p.params,
      });
    }
  }
  let scorecard: Scorecard | undefined;
  const scorecardTable = await source.readTable(SCORECARD_TABLE);
  if (scorecardTable && (scorecardTable.rows.length > 0 || scorecardTable.headers.some((h) => h !== ""))) {
    try {
      const cells = (row: readonly RawCell[]) =>
        row.map(faultAsText).map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c));
      const parsed = parseScorecard([scorecardTable.headers, ...rowsWithDecimalPoints(scorecardTable).map(cells)]);
      // Without a Customers table every Customers column is absent, and each factor that needs one says so.
      const customerColumns = customers ?? {
        name: CUSTOMERS_SCHEMA.name,
        sheet: invoices.sheet,
        headers: [],
        rows: [],
        firstDataRow: 2,
      };
      const resolved = resolveScorecardFactors(parsed, customerColumns, scorecardTable);
      scorecard = resolved.scorecard;
      for (const issue of resolved.issues) issues.push(issue);
    } catch (error) {
      if (!(error instanceof CreditError)) throw error;
      issues.push({
        sheet: scorecardTable.sheet,
        // parseScorecard counts the header as row 1.
        row:
          typeof error.params.row === "number"
            ? error.params.row + scorecardTable.firstDataRow - 2
            : scorecardTable.firstDataRow - 1,
        column: "",
        value: "",
        action: "rejected",
        code: error.code,
        params: error.params,
      });
    }
  }
  const read = portfolioFromTables(
    { customers, invoices, history },
    { asOf, defaultPaymentTerms: DEFAULT_PAYMENT_TERMS },
  );
  // One by one: spreading a million issues into push's arguments overflows the stack.
  for (const issue of read.issues) issues.push(issue);
  return {
    portfolio: read.portfolio,
    policy: policy ?? defaultPolicy,
    scorecard,
    issues,
    counts: read.counts,
    currency: read.currency,
    locale: workbookLocale(customers ?? invoices),
    files: inputFiles([customers, invoices, policyTable, scorecardTable, history]),
  };
}
