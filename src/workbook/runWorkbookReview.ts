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
import { ContractTableSource } from "./contractTables";
import { historyForRerun } from "./historyRerun";
import type { DataIssue } from "./dataIssues";
import type { ReviewWorkbookLayout } from "./layout";
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

/** Remembers every table read, so checking the headers first costs no second read of the workbook. */
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

  /** Lets go of tables no one reads again (a million-row Invoices table), so the review runs on a smaller heap. */
  forget(names: readonly string[]): void {
    for (const name of names) this.tables.delete(name);
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

/**
 * Reviews the workbook behind `source` and, when a sink is given, writes the review's sheets to it (all or
 * nothing: the sink's promise). Missing required columns come back as `needsMapping` instead of an error, so the
 * pane can ask; every other problem with the input throws a CreditError whose message says what to fix.
 * @example const result = await runWorkbookReview(source, sink, { asOf: serialFromIso("2026-06-30")! });
 */
export async function runWorkbookReview(
  source: WorkbookSource,
  sink: ReviewSink | undefined,
  options: ReviewRunOptions,
): Promise<ReviewRunResult> {
  const stage = async (name: ReviewStage) => {
    await options.onStage?.(name);
    await nextTask();
  };
  await stage("read");
  const mapped = new MappedWorkbookSource(new ContractTableSource(source), options.mappings ?? {});
  const tables = new ReadOnceSource(mapped);
  const missing: MissingColumns[] = [];
  const resolved: TableResolution[] = [];
  for (const schema of MAPPABLE_SCHEMAS) {
    const table = await tables.readTable(schema.name);
    if (!table) continue;
    const gap = missingColumns(table, schema);
    if (gap) missing.push(gap);
    resolved.push(resolveColumns(table, schema, options.mappings?.[schema.name]));
  }
  // A mapping to a header that is not there: the pane offers the columns again, the command line stops.
  const stale = unresolvedMappings(mapped.stale, mapped.found);
  if (stale.length > 0 && !options.confirmColumns) throw staleMappingError(stale[0]);
  const invoices = resolved.find((t) => t.table === INVOICES_SCHEMA.name);
  const openItems = invoices !== undefined && isOpenItemsLedger(invoices);
  const confirmed = options.openItems === true;
  const ask = options.confirmColumns && (options.showColumns || needsDecision(resolved, confirmed));
  if (missing.length > 0 || stale.length > 0 || ask) {
    return { kind: "needsMapping", missing, tables: resolved, openItems, stale };
  }

  await stage("check");
  const read = await readReviewInput(tables, options.asOf, { openItems: confirmed, mappings: options.mappings });
  // Read once already (cached): its sheet and headers name the customers whose values fall outside the bins.
  const customers = read.scorecard && (await tables.readTable(CUSTOMERS_SCHEMA.name));
  tables.forget(MAPPABLE_SCHEMAS.map((schema) => schema.name));
  await stage("score");
  const review = runReview(read.portfolio, read.policy, options.asOf, read.scorecard);
  // Values outside every scorecard bin are found as customers are scored: they join the issues read.
  const valueIssues = read.scorecard && customers ? scorecardValueIssues(review, read.scorecard, customers) : [];
  // CEI's opening receivables: the ledger's figure against ReviewHistory's (read once already: cached).
  const ceiIssues = ceiOpeningIssues(review, await tables.readTable(HISTORY_SCHEMA.name));
  const reviewIssues = [...valueIssues, ...ceiIssues];
  const input: ReviewInput = reviewIssues.length === 0 ? read : { ...read, issues: read.issues.concat(reviewIssues) };
  const locale = options.locale ?? input.locale ?? options.defaultLocale ?? "en";
  // Drawn when something writes or asks for it: a million-row review's layout costs most of a second.
  let drawn: ReviewWorkbookLayout | undefined;
  const layout = () => (drawn ??= reviewLayout(review, input.issues, locale));
  if (sink) {
    await stage("write");
    // A re-run on a date ReviewHistory already holds replaces that date's rows (read once already: cached).
    const sameWorkbook = options.sinkIsSource ?? true;
    await sink.write(sameWorkbook ? historyForRerun(layout(), await tables.readTable(HISTORY_SCHEMA.name), options.asOf) : layout());
  }
  const summary = reviewSummary(review, input.issues, input.counts, input.files);
  return {
    kind: "reviewed",
    outcome: {
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
    },
  };
}
