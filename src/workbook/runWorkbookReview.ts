/**
 * One portfolio review of a workbook, through any host's ports: read the tables, check them, review, write the
 * review's sheets. The pane and the CLI both run this; stages are reported so the pane can show progress.
 */
import type { SerialDate } from "../core/dates";
import type { Locale } from "../core/messages";
import { runReview } from "../core/portfolio/review";
import type { Review } from "../core/portfolio/reviewTypes";
import {
  isOpenItemsLedger,
  MAPPABLE_SCHEMAS,
  MappedWorkbookSource,
  missingColumns,
  needsDecision,
  resolveColumns,
  staleMappingError,
  type StaleMapping,
  type ColumnMappings,
  type MissingColumns,
  type TableResolution,
} from "./columnMapping";
import { CONTRACT_TABLE_NAMES, ContractTableSource, contractTableNames } from "./contractTables";
import { historyForRerun } from "./historyRerun";
import type { DataIssue } from "./dataIssues";
import type { ReviewWorkbookLayout, WorkbookLayout } from "./layout";
import type { RawTable, ReviewSink, WorkbookSource } from "./ports";
import { readReviewInput, type ReviewInput } from "./reviewInput";
import { reviewLayout } from "./reviewLayout";
import { reviewSummary, type ReviewSummary } from "./reviewSummary";
import { CUSTOMERS_SCHEMA, HISTORY_SCHEMA, INVOICES_SCHEMA } from "./schema";
import { scorecardValueIssues } from "./scorecardFactors";
import { ceiOpeningIssues } from "./ceiOpening";

/** read: the tables come in; check: rows are checked; score: customers scored, limited and aged; write: sheets go out. */
export const REVIEW_STAGES = ["read", "check", "score", "write"] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

export interface ReviewOutcome {
  readonly input: ReviewInput;
  readonly review: Review;
  readonly issues: readonly DataIssue[];
  readonly layout: ReviewWorkbookLayout;
  readonly summary: ReviewSummary;
  /** The language the review's sheets were written in. */
  readonly locale: Locale;
  /** Which of the user's columns were read for each figure column of Customers and Invoices. */
  readonly columns: readonly TableResolution[];
  /** True when Invoices had no open amount, paid amount or paid date: every invoice counted as open in full. */
  readonly openItems: boolean;
}

export type ReviewRunResult =
  | { readonly kind: "reviewed"; readonly outcome: ReviewOutcome }
  /**
   * The user has to decide about columns first (see columnMapping.ts): a required column was not found by its header
   * (`missing`), or, when the run asks (`confirmColumns`), a column is only hinted at or the ledger has no payment
   * data. `tables` shows every figure column as found, mapped, ambiguous or missing; the user maps, then runs again.
   */
  | {
      readonly kind: "needsMapping";
      readonly missing: readonly MissingColumns[];
      readonly tables: readonly TableResolution[];
      /** Invoices has no open amount, paid amount or paid date column: the user confirms it lists open items only. */
      readonly openItems: boolean;
      /** Mappings (remembered from an earlier run) whose header the table no longer has: they were not applied. */
      readonly stale: readonly StaleMapping[];
    };

export interface ReviewRunOptions {
  readonly asOf: SerialDate;
  /**
   * Language of the review's sheets (names, titles, labels), when the user picked one (the pane's language switch,
   * the CLI's `--lang`). Without it the sheets follow the workbook: Chinese when its Customers table is (see
   * workbookLocale), else `defaultLocale`.
   */
  readonly locale?: Locale;
  /** The sheets' language when neither the user nor the workbook says (the pane's language; English by default). */
  readonly defaultLocale?: Locale;
  readonly mappings?: ColumnMappings;
  /** The user confirmed that Invoices lists open items only (the CLI's `--open-items`, the pane's check box). */
  readonly openItems?: boolean;
  /**
   * Ask before reviewing (the pane): a column only hinted at, or a ledger without payment data that is not confirmed
   * as open items, returns `needsMapping`. Without it (the CLI) they become data issues and the review goes on.
   */
  readonly confirmColumns?: boolean;
  /** With `confirmColumns`: return `needsMapping` even when nothing needs a decision (the pane's Check columns). */
  readonly showColumns?: boolean;
  /**
   * Whether the sink writes into the workbook the source reads (the pane always; the CLI when `--out` is its input).
   * Only then does a same-date re-run replace that date's ReviewHistory rows; a new output file just gets this
   * review's rows. Default true.
   */
  readonly sinkIsSource?: boolean;
  /** Called as each stage starts; awaited, so a pane can paint between stages. */
  readonly onStage?: (stage: ReviewStage) => void | Promise<void>;
}

/**
 * The contract's tables as read from a workbook, raw (before any header search, mapping or check), each under the name
 * it was found by (`Customers` or `客户`, …). Plain data: a pane hands it to a worker to review.
 */
export type ReviewTables = Map<string, RawTable>;

/**
 * Reads the tables a review reads (Customers, Invoices, CreditPolicy, Scorecard, ReviewHistory), each under the first
 * of its names the workbook has (English first, as ContractTableSource looks them up), and nothing else.
 * @example const tables = await readReviewTables(new ExcelWorkbookSource(run)); // then computeWorkbookReview(tables, …)
 */
export async function readReviewTables(source: WorkbookSource): Promise<ReviewTables> {
  const tables: ReviewTables = new Map();
  for (const contract of Object.keys(CONTRACT_TABLE_NAMES)) {
    for (const name of contractTableNames(contract)) {
      const table = await source.readTable(name);
      if (!table) continue;
      tables.set(name, table);
      break;
    }
  }
  return tables;
}

/** Remembers every table read, so checking the headers first costs no second header search or mapping. */
class ReadOnceSource implements WorkbookSource {
  /** Its inner source finds the contract's tables under either language's name. */
  readonly contractNames = true;
  private readonly tables = new Map<string, Promise<RawTable | undefined>>();
  constructor(private readonly inner: WorkbookSource) {}
  readTable(name: string): Promise<RawTable | undefined> {
    let table = this.tables.get(name);
    if (!table) {
      table = this.inner.readTable(name);
      this.tables.set(name, table);
    }
    return table;
  }

  forget(names: readonly string[]): void {
    for (const name of names) this.tables.delete(name);
  }
}

/**
 * The tables read, as a source: a name it does not hold reads as no table, as the workbook would. `forget` lets go of
 * tables no one reads again (a million-row Invoices table), so the review runs on a smaller heap.
 */
class ReadTablesSource implements WorkbookSource {
  constructor(private readonly tables: ReviewTables) {}
  async readTable(name: string): Promise<RawTable | undefined> {
    return this.tables.get(name);
  }

  forget(contracts: readonly string[]): void {
    for (const contract of contracts) for (const name of contractTableNames(contract)) this.tables.delete(name);
  }
}

/**
 * The stale mappings that no table used: `--map "Customer ID=Kunde"` names no table, so it is tried on both; it is
 * stale only when neither table has the header.
 */
function unresolvedMappings(stale: readonly StaleMapping[], found: ReadonlySet<string>): StaleMapping[] {
  const usedIn = (table: string, s: StaleMapping) =>
    found.has(table) && !stale.some((o) => o.table === table && o.column === s.column && o.header === s.header);
  return stale.filter((s) => !s.alsoIn.some((table) => usedIn(table, s)));
}

/** Lets the host paint (the pane's progress bar) before the next stage's synchronous work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A review computed, not yet written: with the sheets to write when they were asked for (`sheets: true`). */
export type ReviewComputation =
  | Exclude<ReviewRunResult, { readonly kind: "reviewed" }>
  | { readonly kind: "reviewed"; readonly outcome: ReviewOutcome; readonly sheets?: WorkbookLayout };

/** What computing a review needs besides the run's options: whether to draw the sheets a sink will write. */
export interface ReviewComputeOptions extends ReviewRunOptions {
  /** Draw the sheets to write (stage `write` starts as they are drawn); a re-run's ReviewHistory rows replaced. */
  readonly sheets?: boolean;
}

/**
 * The review from the tables read (see readReviewTables): pure computation, no workbook touched, so a pane runs it
 * off its main thread. Reports stages `check`, `score` and, when drawing the sheets, `write`. `tables` is consumed:
 * Customers and Invoices are let go once read.
 */
export async function computeWorkbookReview(
  tables: ReviewTables,
  options: ReviewComputeOptions,
): Promise<ReviewComputation> {
  const stage = async (name: ReviewStage) => {
    await options.onStage?.(name);
    await nextTask();
  };
  const raw = new ReadTablesSource(tables);
  const mapped = new MappedWorkbookSource(new ContractTableSource(raw), options.mappings ?? {});
  const read = new ReadOnceSource(mapped);
  const missing: MissingColumns[] = [];
  const resolved: TableResolution[] = [];
  for (const schema of MAPPABLE_SCHEMAS) {
    const table = await read.readTable(schema.name);
    if (!table) continue;
    const gap = missingColumns(table, schema);
    if (gap) missing.push(gap);
    resolved.push(resolveColumns(table, schema, options.mappings?.[schema.name]));
  }
  // A mapping to a header that is not there: the pane offers the columns again, the command line stops.
  const stale = unresolvedMappings(mapped.stale, mapped.found);
  const [firstStale] = stale;
  if (firstStale && !options.confirmColumns) throw staleMappingError(firstStale);
  const invoices = resolved.find((t) => t.table === INVOICES_SCHEMA.name);
  const openItems = invoices !== undefined && isOpenItemsLedger(invoices);
  const confirmed = options.openItems === true;
  const ask = options.confirmColumns && (options.showColumns || needsDecision(resolved, confirmed));
  if (missing.length > 0 || stale.length > 0 || ask) {
    return { kind: "needsMapping", missing, tables: resolved, openItems, stale };
  }

  await stage("check");
  const checked = await readReviewInput(read, options.asOf, { openItems: confirmed, mappings: options.mappings });
  // Read once already (cached): its sheet and headers name the customers whose values fall outside the bins.
  const customers = checked.scorecard && (await read.readTable(CUSTOMERS_SCHEMA.name));
  const readOnce = MAPPABLE_SCHEMAS.map((schema) => schema.name);
  read.forget(readOnce);
  raw.forget(readOnce);
  await stage("score");
  const review = runReview(checked.portfolio, checked.policy, options.asOf, checked.scorecard);
  // Values outside every scorecard bin are found as customers are scored: they join the issues read.
  const valueIssues = checked.scorecard && customers ? scorecardValueIssues(review, checked.scorecard, customers) : [];
  // CEI's opening receivables: the ledger's figure against ReviewHistory's (read once already: cached).
  const ceiIssues = ceiOpeningIssues(review, await read.readTable(HISTORY_SCHEMA.name));
  const reviewIssues = [...valueIssues, ...ceiIssues];
  const input: ReviewInput =
    reviewIssues.length === 0 ? checked : { ...checked, issues: checked.issues.concat(reviewIssues) };
  const locale = options.locale ?? input.locale ?? options.defaultLocale ?? "en";
  // Drawn when something writes or asks for it: a million-row review's layout costs most of a second.
  let drawn: ReviewWorkbookLayout | undefined;
  const layout = () => (drawn ??= reviewLayout(review, input.issues, locale));
  let sheets: WorkbookLayout | undefined;
  if (options.sheets) {
    await stage("write");
    // A re-run on a date ReviewHistory already holds replaces that date's rows (read once already: cached).
    const sameWorkbook = options.sinkIsSource ?? true;
    sheets = sameWorkbook
      ? historyForRerun(layout(), await read.readTable(HISTORY_SCHEMA.name), options.asOf)
      : layout();
  }
  const summary = reviewSummary(review, input.issues, input.counts, input.files);
  const outcome: ReviewOutcome = {
    input,
    review,
    issues: input.issues,
    get layout() {
      return layout();
    },
    summary,
    locale,
    columns: resolved,
    openItems,
  };
  return { kind: "reviewed", outcome, sheets };
}

/**
 * Reviews the workbook behind `source` and, when a sink is given, writes the review's sheets to it (all or
 * nothing: the sink's promise): readReviewTables, computeWorkbookReview and the sink's write, in turn. Missing
 * required columns come back as `needsMapping` instead of an error, so the pane can ask; every other problem with
 * the input throws a CreditError whose message says what to fix.
 * @example const result = await runWorkbookReview(source, sink, { asOf: serialFromIso("2026-06-30")! });
 */
export async function runWorkbookReview(
  source: WorkbookSource,
  sink: ReviewSink | undefined,
  options: ReviewRunOptions,
): Promise<ReviewRunResult> {
  await options.onStage?.("read");
  await nextTask();
  const computed = await computeWorkbookReview(await readReviewTables(source), {
    ...options,
    sheets: sink !== undefined,
  });
  if (computed.kind !== "reviewed") return computed;
  if (sink && computed.sheets) await sink.write(computed.sheets);
  return { kind: "reviewed", outcome: computed.outcome };
}
