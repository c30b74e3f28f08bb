/**
 * One portfolio review of a workbook, through any host's ports: read the tables, check them, review, write the
 * review's sheets. The pane and the CLI both run this; stages are reported so the pane can show progress.
 */
import type { SerialDate } from "../core/dates";
import type { Locale } from "../core/messages";
import { runReview } from "../core/portfolio/review";
import type { Review } from "../core/portfolio/reviewTypes";
import { MAPPABLE_SCHEMAS, MappedWorkbookSource, missingColumns, type ColumnMappings, type MissingColumns } from "./columnMapping";
import { ContractTableSource } from "./contractTables";
import { historyForRerun } from "./historyRerun";
import type { DataIssue } from "./dataIssues";
import type { ReviewWorkbookLayout } from "./layout";
import type { RawTable, ReviewSink, WorkbookSource } from "./ports";
import { readReviewInput, type ReviewInput } from "./reviewInput";
import { reviewLayout } from "./reviewLayout";
import { reviewSummary, type ReviewSummary } from "./reviewSummary";
import { HISTORY_SCHEMA } from "./schema";

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
}

export type ReviewRunResult =
  | { readonly kind: "reviewed"; readonly outcome: ReviewOutcome }
  /** A required column was not found by its header: the user picks it (see columnMapping.ts), then runs again. */
  | { readonly kind: "needsMapping"; readonly missing: readonly MissingColumns[] };

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
  const tables = new ReadOnceSource(new MappedWorkbookSource(new ContractTableSource(source), options.mappings ?? {}));
  const missing: MissingColumns[] = [];
  for (const schema of MAPPABLE_SCHEMAS) {
    const table = await tables.readTable(schema.name);
    const gap = table && missingColumns(table, schema);
    if (gap) missing.push(gap);
  }
  if (missing.length > 0) return { kind: "needsMapping", missing };

  await stage("check");
  const input = await readReviewInput(tables, options.asOf);
  tables.forget(MAPPABLE_SCHEMAS.map((schema) => schema.name));
  await stage("score");
  const review = runReview(input.portfolio, input.policy, options.asOf, input.scorecard);
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
    },
  };
}
