/**
 * Which model the next review scores with: the built-in one, or the workbook's Scorecard table. Read the way the
 * review reads it (readReviewInput), so the pane's notice and the review give the same answer; and the names under
 * which the pane sets a Scorecard aside when the user goes back to the built-in model.
 */
import { faultAsText } from "../core/cells";
import { serialFromDate, serialFromIso, type SerialDate } from "../core/dates";
import { CreditError } from "../core/errors";
import { parseScorecard } from "../core/scoring/scorecard";
import { ContractTableSource, contractTableNames } from "./contractTables";
import { cellWithDecimalPoint } from "./decimalComma";
import type { RawCell, RawTable, WorkbookSource } from "./ports";
import { SCORECARD_REPORT_TABLES, VALIDATION_COLUMNS } from "./scorecardLayout";
import { normalizeHeader, SCORECARD_TABLE } from "./schema";

export type ScoringModel =
  | {
      readonly kind: "builtIn";
      /** A Scorecard table is there but cannot be read: the review reports why and scores with the built-in model. */
      readonly unreadable?: { readonly sheet: string };
    }
  | {
      readonly kind: "workbook";
      /** The sheet holding the Scorecard table. */
      readonly sheet: string;
      /** Factors of the scorecard. */
      readonly factors: number;
      /** From the builder's report (`Scorecard Report`), when the workbook has one with a Built column. */
      readonly builtOn?: SerialDate;
      /** Test (hold-out) AUC from the builder's report, when there is one. */
      readonly testAuc?: number;
    };

/** A cell as parseScorecard takes it, exactly as readReviewInput hands it over. */
function scorecardCell(table: RawTable) {
  return (raw: RawCell) => {
    const cell = faultAsText(table.textFile?.decimalComma ? cellWithDecimalPoint(raw) : raw);
    return cell instanceof Date ? cell.toISOString().slice(0, 10) : cell;
  };
}

/** A date cell as a serial: Excel gives the serial, a file reader a Date, a text cell an ISO date. */
function serialOf(cell: RawCell): SerialDate | undefined {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (cell instanceof Date) return serialFromDate(cell);
  return typeof cell === "string" ? serialFromIso(cell.trim()) : undefined;
}

/** The test row's AUC and build date from the report's validation table (its second row, the hold-out set). */
async function reportFacts(source: WorkbookSource): Promise<{ builtOn?: SerialDate; testAuc?: number }> {
  const validation = await source.readTable(SCORECARD_REPORT_TABLES.validation);
  const test = validation?.rows[1];
  if (!test) return {};
  const auc = test[VALIDATION_COLUMNS.auc];
  return {
    testAuc: typeof auc === "number" && Number.isFinite(auc) ? auc : undefined,
    builtOn: serialOf(test[VALIDATION_COLUMNS.built] ?? null),
  };
}

/**
 * The model the review will score with. The rule is the review's (readReviewInput): a Scorecard table (or 评分卡, or
 * a sheet of either name) that has rows or a header replaces the built-in model when parseScorecard reads it; one it
 * cannot read leaves the built-in model in place (and the review reports it as a data issue). The build date and
 * test AUC come from the builder's report when it is in the workbook.
 * @example await scoringModel(host.source()) // { kind: "workbook", sheet: "Scorecard", factors: 6, builtOn: 46359, testAuc: 0.77 }
 */
export async function scoringModel(source: WorkbookSource): Promise<ScoringModel> {
  const table = await new ContractTableSource(source).readTable(SCORECARD_TABLE);
  if (!table || !(table.rows.length > 0 || table.headers.some((h) => h !== ""))) return { kind: "builtIn" };
  try {
    const cell = scorecardCell(table);
    const card = parseScorecard([table.headers, ...table.rows.map((row) => row.map(cell))]);
    return { kind: "workbook", sheet: table.sheet, factors: card.factors.length, ...(await reportFacts(source)) };
  } catch (error) {
    if (!(error instanceof CreditError)) throw error;
    return { kind: "builtIn", unreadable: { sheet: table.sheet } };
  }
}

/** True for a table or sheet name the review reads as the Scorecard (Scorecard, 评分卡, in any case or spacing). */
export function isScorecardName(name: string): boolean {
  return contractTableNames(SCORECARD_TABLE).some((n) => normalizeHeader(n) === normalizeHeader(name));
}

/**
 * The name a retired Scorecard table or sheet takes: `Scorecard_retired` for a table (table names have no spaces),
 * `Scorecard (retired)` for a sheet, with 2, 3 … added until the name is free (compared as Excel does, ignoring
 * case). The review no longer finds it under either name, and nothing the user made is lost.
 * @example retiredName("Scorecard", "sheet", ["Scorecard (retired)"]) // "Scorecard (retired 2)"
 */
export function retiredName(name: string, kind: "table" | "sheet", taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLocaleUpperCase()));
  const candidate = (n: number) => {
    const suffix = n === 1 ? "" : ` ${n}`;
    return kind === "table" ? `${name}_retired${suffix.trim()}` : `${name} (retired${suffix})`;
  };
  let n = 1;
  while (used.has(candidate(n).toLocaleUpperCase())) n++;
  return candidate(n);
}

export interface Rename {
  readonly from: string;
  readonly to: string;
}

/** What going back to the built-in model renames: tables first, then sheets. */
export interface RetirePlan {
  readonly tables: readonly Rename[];
  readonly sheets: readonly Rename[];
}

/**
 * Going back to the built-in model: every table and every sheet the review would read as the Scorecard (see
 * isScorecardName) is renamed with `retiredName`, never deleted — the builder's `Scorecard` sheet and its table, a
 * Scorecard table on a sheet of the user's, a plain sheet named 评分卡. Names already in the workbook are avoided.
 * @example retirePlan([{ name: "Scorecard" }], ["Scorecard", "Scorecard Report"]) // { tables: [{ from: "Scorecard", to: "Scorecard_retired" }], sheets: [{ from: "Scorecard", to: "Scorecard (retired)" }] }
 */
export function retirePlan(tables: readonly { readonly name: string }[], sheets: readonly string[]): RetirePlan {
  const renames = (names: readonly string[], kind: "table" | "sheet"): Rename[] => {
    const taken = [...names];
    return names.filter(isScorecardName).map((from) => {
      const to = retiredName(from, kind, taken);
      taken.push(to);
      return { from, to };
    });
  };
  return {
    tables: renames(
      tables.map((t) => t.name),
      "table",
    ),
    sheets: renames(sheets, "sheet"),
  };
}
