/**
 * The Scorecard tab's form as state: the workbook's tables a scorecard can learn from, the table, outcome column and
 * excluded columns picked, the points scaling and seed as typed, and the build request once every field is acceptable.
 */
import * as React from "react";
import { DEFAULT_SCORECARD_SEED } from "../../core/modelling/scorecardBuilder";
import type { PdScaling } from "../../core/policy/creditPolicy";
import { DEFAULT_PD_SCALING } from "../../core/scoring/pdScaling";
import type { WorkbookTableInfo } from "../../workbook/ports";
import { outcomeColumn, trainingTables } from "../../workbook/runScorecardBuild";
import type { PaneHost } from "../paneHost";
import type { ScorecardRequest } from "./useScorecardBuild";

export type TablesState =
  | { readonly status: "loading" }
  | { readonly status: "loaded"; readonly tables: readonly WorkbookTableInfo[] }
  | { readonly status: "failed"; readonly reason: string };

/** The fields typed as text: the three numbers of the points scaling and the seed of the train/test split. */
export type ScalingField = "basePoints" | "baseOdds" | "pdo" | "seed";
export type ScalingTexts = Readonly<Record<ScalingField, string>>;

const DEFAULT_TEXTS: ScalingTexts = {
  basePoints: String(DEFAULT_PD_SCALING.basePoints),
  baseOdds: String(DEFAULT_PD_SCALING.baseOdds),
  pdo: String(DEFAULT_PD_SCALING.pdo),
  seed: String(DEFAULT_SCORECARD_SEED),
};

/** The scaling and seed as typed, checked. */
export interface ScalingCheck {
  /** The points scaling, when its three numbers are all acceptable. */
  readonly scaling: PdScaling | undefined;
  /** The seed, when it is a whole number. */
  readonly seed: number | undefined;
  /** The fields whose text is not acceptable. */
  readonly invalid: Readonly<Record<ScalingField, boolean>>;
}

/** A number typed in a field, or undefined when it is not one (commas as thousands separators are allowed). */
function parseNumber(text: string): number | undefined {
  const cleaned = text.replace(/[,\s]/g, "");
  if (cleaned === "") return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

const positive = (n: number | undefined): n is number => n !== undefined && n > 0;

/**
 * The rule for the typed fields: base points any number, base odds and points to double the odds above zero, the
 * seed a whole number.
 */
export function checkScaling(texts: ScalingTexts): ScalingCheck {
  const basePoints = parseNumber(texts.basePoints);
  const baseOdds = parseNumber(texts.baseOdds);
  const pdo = parseNumber(texts.pdo);
  const seed = parseNumber(texts.seed);
  const whole = seed !== undefined && Number.isInteger(seed);
  return {
    scaling:
      basePoints !== undefined && positive(baseOdds) && positive(pdo) ? { basePoints, baseOdds, pdo } : undefined,
    seed: whole ? seed : undefined,
    invalid: { basePoints: basePoints === undefined, baseOdds: !positive(baseOdds), pdo: !positive(pdo), seed: !whole },
  };
}

/** The default data: the first table with a column that names an outcome, else the first listed. */
function defaultTable(tables: readonly WorkbookTableInfo[]): WorkbookTableInfo | undefined {
  return tables.find((t) => outcomeColumn(t.headers) !== undefined) ?? tables[0];
}

/** The workbook's tables a scorecard can learn from: listed when the tab opens, and again on `refresh`. */
export function useTrainingTables(host: PaneHost) {
  const [tables, setTables] = React.useState<TablesState>({ status: "loading" });
  const refresh = React.useCallback(async () => {
    setTables({ status: "loading" });
    try {
      const listed = trainingTables(await host.listTables());
      setTables({ status: "loaded", tables: listed });
    } catch (error) {
      setTables({ status: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
  }, [host]);
  React.useEffect(() => {
    void refresh();
  }, [refresh]);
  return { tables, refresh };
}

/**
 * The table picked and its columns: the outcome (good/bad) column, by default the one whose header names an outcome,
 * and the columns left out of the model (never the outcome). A fresh list keeps the chosen table if it is still
 * there, else picks the default one.
 */
export function useScorecardColumns(tables: TablesState) {
  const [tableName, setTableName] = React.useState<string | undefined>(undefined);
  const [target, setTarget] = React.useState<string | undefined>(undefined);
  const [excluded, setExcluded] = React.useState<string[]>([]);
  const choose = React.useCallback((info: WorkbookTableInfo | undefined) => {
    setTableName(info?.name);
    setTarget(info ? outcomeColumn(info.headers) : undefined);
    setExcluded([]);
  }, []);
  React.useEffect(() => {
    if (tables.status !== "loaded" || tables.tables.some((t) => t.name === tableName)) return;
    choose(defaultTable(tables.tables));
  }, [tables, tableName, choose]);
  const pickTarget = (column: string | undefined) => {
    setTarget(column);
    setExcluded((current) => current.filter((c) => c !== column));
  };
  const listed = tables.status === "loaded" ? tables.tables : [];
  const table = listed.find((t) => t.name === tableName);
  const columns = [...new Set((table?.headers ?? []).filter((h) => h.trim() !== ""))];
  return { listed, table, tableName, choose, columns, target, pickTarget, excluded, setExcluded };
}

/** The whole form: the tables, the columns picked, the typed fields and their check, and the request they make. */
export function useScorecardForm(host: PaneHost) {
  const { tables, refresh } = useTrainingTables(host);
  const columns = useScorecardColumns(tables);
  const [texts, setTexts] = React.useState<ScalingTexts>(DEFAULT_TEXTS);
  const setText = (field: ScalingField, text: string) => setTexts((now) => ({ ...now, [field]: text }));
  const check = checkScaling(texts);
  const { table, target, excluded } = columns;
  const request: ScorecardRequest | undefined =
    table !== undefined && target !== undefined && check.scaling !== undefined && check.seed !== undefined
      ? { table: table.name, target, exclude: excluded, scaling: check.scaling, seed: check.seed }
      : undefined;
  return { tables, refresh, ...columns, texts, setText, check, request };
}

export type ScorecardForm = ReturnType<typeof useScorecardForm>;
