/** The Review tab: as-of date, Run portfolio review, progress by stage, then KPIs, alerts and data issues. */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { isoFromSerial, serialFromIso, todaySerial } from "../../core/dates";
import type { ColumnChoices } from "../../workbook/columnMapping";
import type { ReviewStage } from "../../workbook/runWorkbookReview";
import { useLocale, useStrings, type Locale, type PaneStrings } from "../i18n";
import { useColumnChoices } from "../hooks/useColumnChoices";
import { useReviewDownloads } from "../hooks/useReviewDownloads";
import { useReviewRun, type RunState } from "../hooks/useReviewRun";
import type { PaneHost } from "../paneHost";
import { ColumnMappingStep } from "./ColumnMappingStep";
import { ReviewResults } from "./ReviewResults";
import { ScoringModelNotice } from "./ScoringModelNotice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  runRow: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
  asOf: { width: "160px" },
});

function stageLabel(stage: ReviewStage, strings: PaneStrings): string {
  return { read: strings.stageRead, check: strings.stageCheck, score: strings.stageScore, write: strings.stageWrite }[
    stage
  ];
}

/** The as-of date (checked as typed) beside Run portfolio review and Check columns. */
function ReviewRunRow(props: {
  readonly asOfText: string;
  readonly onAsOfText: (text: string) => void;
  /** The date typed is one. */
  readonly valid: boolean;
  readonly state: RunState;
  readonly onRun: () => void;
  readonly onCheckColumns: () => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const running = props.state.status === "running";
  return (
    <div className={styles.runRow}>
      <Field
        label={strings.asOfLabel}
        hint={strings.asOfHelp}
        validationState={props.valid ? "none" : "error"}
        validationMessage={props.valid ? undefined : strings.asOfInvalid}
      >
        <Input
          className={styles.asOf}
          type="date"
          value={props.asOfText}
          onChange={(_, d) => props.onAsOfText(d.value)}
          data-testid="as-of"
        />
      </Field>
      <Button appearance="primary" disabled={running || !props.valid} onClick={props.onRun} data-testid="run-review">
        {running ? strings.running : props.state.status === "done" ? strings.runAgain : strings.runReview}
      </Button>
      <Button
        appearance="secondary"
        disabled={running || !props.valid}
        onClick={props.onCheckColumns}
        data-testid="check-columns"
      >
        {strings.mappingShow}
      </Button>
    </div>
  );
}

/** A review under way (its stage) or failed (why). */
function ReviewRunStatus({ state }: { readonly state: RunState }): React.JSX.Element | null {
  const strings = useStrings();
  if (state.status === "running")
    return (
      <Field validationMessage={stageLabel(state.stage, strings)} validationState="none">
        <ProgressBar
          value={state.progress}
          thickness="large"
          aria-label={stageLabel(state.stage, strings)}
          data-testid="progress"
        />
      </Field>
    );
  if (state.status !== "failed") return null;
  return (
    <MessageBar intent="error" data-testid="run-error">
      <MessageBarBody>
        <MessageBarTitle>{strings.runFailed}</MessageBarTitle>
        {state.message}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface ReviewTabProps {
  readonly host: PaneHost;
  /** Shown above the run button (the browser's file picker). */
  readonly sourcePicker?: React.ReactNode;
  /** Bumped when the source changes, so the last results are cleared. */
  readonly sourceVersion?: number;
  /**
   * The language picked with the pane's switch: the review's sheets are written in it. Without a pick they follow
   * the workbook (Chinese sheets for a Chinese workbook), else the pane's language.
   */
  readonly sheetLocale?: Locale;
}

export function ReviewTab({ host, sourcePicker, sheetLocale }: ReviewTabProps): React.JSX.Element {
  const locale = useLocale();
  const styles = useStyles();
  const [asOfText, setAsOfText] = React.useState(() => isoFromSerial(host.suggestedAsOf ?? todaySerial()));
  const asOf = serialFromIso(asOfText);
  const { state, run } = useReviewRun(host, sheetLocale, locale);
  const { choices, remember } = useColumnChoices(host);
  const [selected, setSelected] = React.useState<string | undefined>(undefined);
  const start = (withChoices: ColumnChoices = choices, showColumns = false) => {
    if (asOf === undefined) return;
    setSelected(undefined);
    void run(asOf, withChoices, showColumns);
  };
  const downloads = useReviewDownloads(host, state.status === "done" ? state.outcome : undefined);
  const select = (id: string | undefined) => {
    setSelected(id);
    // In Excel the customer's row in the Credit Review sheet is selected too.
    if (id !== undefined) void host.showCustomer?.(id).catch(() => undefined);
  };

  return (
    <div className={styles.root}>
      {sourcePicker}
      <ScoringModelNotice host={host} />
      <ReviewRunRow
        asOfText={asOfText}
        onAsOfText={setAsOfText}
        valid={asOf !== undefined}
        state={state}
        onRun={() => start()}
        onCheckColumns={() => start(choices, true)}
      />
      <ReviewRunStatus state={state} />
      {state.status === "needsMapping" && (
        <ColumnMappingStep
          key={JSON.stringify(state.tables)}
          tables={state.tables}
          openItems={state.openItems}
          stale={state.stale}
          initial={choices}
          onApply={(next) => {
            remember(next);
            start(next);
          }}
        />
      )}
      {state.status === "done" && (
        <ReviewResults
          host={host}
          outcome={state.outcome}
          seconds={state.seconds}
          downloads={downloads}
          selected={selected}
          onSelect={select}
        />
      )}
    </div>
  );
}
