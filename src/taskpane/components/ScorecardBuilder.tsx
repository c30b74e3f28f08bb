/**
 * The Scorecard tab: pick a table of past customers and its good/bad column, build a points scorecard, see how well
 * it separates goods from bads, and get the Scorecard and Scorecard Report sheets written into the workbook.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DEFAULT_SCORECARD_SEED } from "../../core/modelling/scorecardBuilder";
import { DEFAULT_PD_SCALING } from "../../core/scoring/pdScaling";
import type { WorkbookTableInfo } from "../../workbook/ports";
import {
  outcomeColumn,
  scorecardConcernText,
  trainingTables,
  type ScorecardConcern,
  type ScorecardStage,
} from "../../workbook/runScorecardBuild";
import { SCORECARD_SHEETS } from "../../workbook/scorecardLayout";
import { formatNumber } from "../format";
import { useScorecardBuild } from "../hooks/useScorecardBuild";
import { format, useLocale, useStrings, type PaneStrings } from "../i18n";
import type { PaneHost } from "../paneHost";
import { ScorecardResult } from "./ScorecardResult";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  refresh: { alignSelf: "flex-start", marginTop: `calc(-1 * ${tokens.spacingVerticalS})` },
  dropdown: { width: "100%", minWidth: 0 },
  scaling: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  seedRow: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  seed: { width: "120px" },
  input: { width: "100%", minWidth: 0 },
  done: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  concerns: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  confirm: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

type TablesState =
  | { readonly status: "loading" }
  | { readonly status: "loaded"; readonly tables: readonly WorkbookTableInfo[] }
  | { readonly status: "failed"; readonly reason: string };

function stageLabel(stage: ScorecardStage, table: string, strings: PaneStrings): string {
  if (stage === "read") return format(strings.scorecardStageRead, { table });
  return stage === "build" ? strings.scorecardStageBuild : strings.scorecardStageWrite;
}

/** A number typed in a field, or undefined when it is not one (commas as thousands separators are allowed). */
function parseNumber(text: string): number | undefined {
  const cleaned = text.replace(/[,\s]/g, "");
  if (cleaned === "") return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

/** The default data: the first table with a column that names an outcome, else the first listed. */
function defaultTable(tables: readonly WorkbookTableInfo[]): WorkbookTableInfo | undefined {
  return tables.find((t) => outcomeColumn(t.headers) !== undefined) ?? tables[0];
}

/**
 * Why the build was not written, and the confirmation that writes it anyway: a first click asks, a second writes.
 */
function WriteGuard(props: {
  readonly concerns: readonly ScorecardConcern[];
  readonly onWrite: () => void;
}): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [asking, setAsking] = React.useState(false);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="scorecard-guard">
      <MessageBarBody>
        <MessageBarTitle>{strings.scorecardGuardTitle}</MessageBarTitle>
        <ul className={styles.concerns} data-testid="scorecard-concerns">
          {props.concerns.map((c) => (
            <li key={c.kind}>{scorecardConcernText(c, locale)}</li>
          ))}
        </ul>
        <Text block>{strings.scorecardGuardBody}</Text>
        {asking ? (
          <div role="group" aria-label={strings.scorecardWriteAnyway}>
            <Text block weight="semibold" data-testid="scorecard-write-confirm">
              {strings.scorecardWriteConfirm}
            </Text>
            <div className={styles.confirm}>
              <Button appearance="primary" size="small" onClick={props.onWrite} data-testid="scorecard-write-yes">
                {strings.scorecardWriteConfirmYes}
              </Button>
              <Button size="small" onClick={() => setAsking(false)}>
                {strings.scorecardWriteConfirmNo}
              </Button>
            </div>
          </div>
        ) : (
          <Button size="small" onClick={() => setAsking(true)} data-testid="scorecard-write-anyway">
            {strings.scorecardWriteAnyway}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface ScorecardBuilderProps {
  readonly host: PaneHost;
  /** Browser mode: the file picker, above the form. */
  readonly sourcePicker?: React.ReactNode;
}

/** A labelled decimal input with its message when the value is not acceptable. */
function NumberField(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
  readonly className: string;
}): React.JSX.Element {
  return (
    <Field label={props.label} validationState={props.error ? "error" : "none"} validationMessage={props.error}>
      <Input
        className={props.className}
        value={props.value}
        inputMode="decimal"
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}

export function ScorecardBuilder({ host, sourcePicker }: ScorecardBuilderProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { state, build, writeAnyway } = useScorecardBuild(host, locale);

  const [tables, setTables] = React.useState<TablesState>({ status: "loading" });
  const [tableName, setTableName] = React.useState<string | undefined>(undefined);
  const [target, setTarget] = React.useState<string | undefined>(undefined);
  const [excluded, setExcluded] = React.useState<string[]>([]);
  const [basePoints, setBasePoints] = React.useState(String(DEFAULT_PD_SCALING.basePoints));
  const [baseOdds, setBaseOdds] = React.useState(String(DEFAULT_PD_SCALING.baseOdds));
  const [pdo, setPdo] = React.useState(String(DEFAULT_PD_SCALING.pdo));
  const [seedText, setSeedText] = React.useState(String(DEFAULT_SCORECARD_SEED));

  const choose = React.useCallback((info: WorkbookTableInfo | undefined) => {
    setTableName(info?.name);
    setTarget(info ? outcomeColumn(info.headers) : undefined);
    setExcluded([]);
  }, []);

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

  // A fresh list keeps the chosen table if it is still there, else picks the default one.
  React.useEffect(() => {
    if (tables.status !== "loaded" || tables.tables.some((t) => t.name === tableName)) return;
    choose(defaultTable(tables.tables));
  }, [tables, tableName, choose]);

  const listed = tables.status === "loaded" ? tables.tables : [];
  const table = listed.find((t) => t.name === tableName);
  const columns = [...new Set((table?.headers ?? []).filter((h) => h.trim() !== ""))];
  const points = parseNumber(basePoints);
  const odds = parseNumber(baseOdds);
  const doubling = parseNumber(pdo);
  const seed = parseNumber(seedText);
  const oddsValid = odds !== undefined && odds > 0;
  const pdoValid = doubling !== undefined && doubling > 0;
  const seedValid = seed !== undefined && Number.isInteger(seed);
  const running = state.status === "running";
  const ready =
    table !== undefined && target !== undefined && points !== undefined && oddsValid && pdoValid && seedValid;

  const start = () => {
    if (!ready) return;
    void build({
      table: table.name,
      target,
      exclude: excluded,
      scaling: { basePoints: points, baseOdds: odds, pdo: doubling },
      seed,
    });
  };

  const optionText = (t: WorkbookTableInfo) =>
    format(t.kind === "table" ? strings.scorecardTableOption : strings.scorecardSheetOption, {
      name: t.name,
      rows: formatNumber(t.rows, locale),
    });
  const outcome = state.status === "done" ? state.outcome : undefined;
  const file = outcome ? host.reviewFile?.() : undefined;
  const fileUrl = React.useMemo(() => (file ? URL.createObjectURL(file) : undefined), [file]);
  React.useEffect(() => () => (fileUrl ? URL.revokeObjectURL(fileUrl) : undefined), [fileUrl]);

  return (
    <div className={styles.root}>
      {sourcePicker}
      <section className={styles.form} aria-labelledby="scorecard-title">
        <Subtitle2 id="scorecard-title" as="h2">
          {strings.scorecardTitle}
        </Subtitle2>
        <Caption1>{strings.scorecardIntro}</Caption1>

        {tables.status === "loading" && <Spinner size="tiny" label={strings.scorecardTablesLoading} />}
        {tables.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{format(strings.scorecardTablesFailed, { reason: tables.reason })}</MessageBarBody>
          </MessageBar>
        )}
        {tables.status === "loaded" && listed.length === 0 && (
          <MessageBar intent="info" data-testid="scorecard-no-tables">
            <MessageBarBody>{strings.scorecardNoTables}</MessageBarBody>
          </MessageBar>
        )}

        {listed.length > 0 && (
          <>
            <Field label={strings.scorecardTableLabel} hint={strings.scorecardTableHint}>
              <Dropdown
                className={styles.dropdown}
                value={table ? optionText(table) : ""}
                selectedOptions={tableName ? [tableName] : []}
                onOptionSelect={(_, d) => choose(listed.find((t) => t.name === d.optionValue))}
                data-testid="scorecard-table"
              >
                {listed.map((t) => (
                  <Option key={t.name} value={t.name} text={optionText(t)}>
                    {optionText(t)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Button
              className={styles.refresh}
              size="small"
              appearance="transparent"
              onClick={() => void refresh()}
              disabled={running}
            >
              {strings.scorecardRefresh}
            </Button>

            <Field
              label={strings.scorecardTargetLabel}
              hint={target === undefined ? strings.scorecardTargetNone : strings.scorecardTargetHint}
            >
              <Dropdown
                className={styles.dropdown}
                placeholder={strings.scorecardTargetPlaceholder}
                value={target ?? ""}
                selectedOptions={target ? [target] : []}
                onOptionSelect={(_, d) => {
                  setTarget(d.optionValue);
                  setExcluded((current) => current.filter((c) => c !== d.optionValue));
                }}
                data-testid="scorecard-target"
              >
                {columns.map((c) => (
                  <Option key={c} value={c}>
                    {c}
                  </Option>
                ))}
              </Dropdown>
            </Field>

            <Field label={strings.scorecardExcludeLabel} hint={strings.scorecardExcludeHint}>
              <Dropdown
                className={styles.dropdown}
                multiselect
                placeholder={strings.scorecardExcludeNone}
                value={excluded.join(", ")}
                selectedOptions={excluded}
                onOptionSelect={(_, d) => setExcluded(d.selectedOptions)}
                data-testid="scorecard-exclude"
              >
                {columns
                  .filter((c) => c !== target)
                  .map((c) => (
                    <Option key={c} value={c}>
                      {c}
                    </Option>
                  ))}
              </Dropdown>
            </Field>

            <div className={styles.scaling}>
              <NumberField
                label={strings.scorecardBasePoints}
                value={basePoints}
                onChange={setBasePoints}
                error={points === undefined ? strings.scorecardNumberInvalid : undefined}
                className={styles.input}
              />
              <NumberField
                label={strings.scorecardBaseOdds}
                value={baseOdds}
                onChange={setBaseOdds}
                error={oddsValid ? undefined : strings.scorecardPositiveInvalid}
                className={styles.input}
              />
              <NumberField
                label={strings.scorecardPdo}
                value={pdo}
                onChange={setPdo}
                error={pdoValid ? undefined : strings.scorecardPositiveInvalid}
                className={styles.input}
              />
            </div>
            {points !== undefined && oddsValid && pdoValid && (
              <Caption1>{format(strings.scorecardScalingHint, { points: basePoints, odds: baseOdds, pdo })}</Caption1>
            )}

            <div className={styles.seedRow}>
              <Field
                label={strings.scorecardSeed}
                validationState={seedValid ? "none" : "error"}
                validationMessage={seedValid ? undefined : strings.scorecardSeedInvalid}
              >
                <Input
                  className={styles.seed}
                  value={seedText}
                  inputMode="numeric"
                  onChange={(_, d) => setSeedText(d.value)}
                  data-testid="scorecard-seed"
                />
              </Field>
              <Button appearance="primary" disabled={running || !ready} onClick={start} data-testid="build-scorecard">
                {running
                  ? strings.scorecardBuilding
                  : state.status === "done"
                    ? strings.scorecardRebuild
                    : strings.scorecardBuild}
              </Button>
            </div>
          </>
        )}
      </section>

      {state.status === "running" && (
        <Field validationMessage={stageLabel(state.stage, tableName ?? "", strings)} validationState="none">
          <ProgressBar
            value={state.progress}
            thickness="large"
            aria-label={stageLabel(state.stage, tableName ?? "", strings)}
            data-testid="scorecard-progress"
          />
        </Field>
      )}

      {state.status === "failed" && (
        <MessageBar intent="error" data-testid="scorecard-error">
          <MessageBarBody>
            <MessageBarTitle>{strings.scorecardFailed}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}

      {outcome && state.status === "done" && !outcome.written && (
        <>
          <Text role="status" data-testid="scorecard-done">
            {format(strings.scorecardDone, {
              seconds: formatNumber(state.seconds, locale, 1),
              rows: formatNumber(outcome.rows, locale),
              selected: outcome.build.selected.length,
              candidates: outcome.build.variables.length,
            })}{" "}
            {strings.scorecardNotWritten}
          </Text>
          <WriteGuard concerns={outcome.concerns} onWrite={() => void writeAnyway()} />
          <ScorecardResult build={outcome.build} />
        </>
      )}

      {outcome && state.status === "done" && outcome.written && (
        <>
          <div className={styles.done}>
            <Text role="status" data-testid="scorecard-done">
              {format(strings.scorecardDone, {
                seconds: formatNumber(state.seconds, locale, 1),
                rows: formatNumber(outcome.rows, locale),
                selected: outcome.build.selected.length,
                candidates: outcome.build.variables.length,
              })}
            </Text>
            <Text>{strings.scorecardWritten}</Text>
            {host.showSheet && (
              <Button size="small" onClick={() => void host.showSheet?.(SCORECARD_SHEETS.report)}>
                {strings.scorecardOpenReport}
              </Button>
            )}
            {fileUrl && (
              <Button as="a" size="small" href={fileUrl} download="scorecard.xlsx" appearance="secondary">
                {strings.scorecardDownload}
              </Button>
            )}
          </div>
          <MessageBar intent="info">
            <MessageBarBody>{strings.scorecardReviewNote}</MessageBarBody>
          </MessageBar>
          <ScorecardResult build={outcome.build} />
        </>
      )}
    </div>
  );
}
