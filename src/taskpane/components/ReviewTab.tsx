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
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { isoFromSerial, serialFromIso, todaySerial } from "../../core/dates";
import type { ColumnChoices } from "../../workbook/columnMapping";
import { decisionsCsv } from "../../workbook/decisionsFile";
import { reviewSheetName } from "../../workbook/reviewLayout";
import type { ReviewStage } from "../../workbook/runWorkbookReview";
import { format, useLocale, useStrings, type Locale, type PaneStrings } from "../i18n";
import { csvBlob, useObjectUrl } from "../download";
import { useReviewRun } from "../hooks/useReviewRun";
import type { PaneHost } from "../paneHost";
import { AlertsList } from "./AlertsList";
import { ColumnMappingStep } from "./ColumnMappingStep";
import { CustomerDetail } from "./CustomerDetail";
import { DataIssuesPanel } from "./DataIssuesPanel";
import { openItemsByCustomer } from "../../workbook/openItems";
import { KpiSummary } from "./KpiSummary";
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

const NO_CHOICES: ColumnChoices = { mappings: {}, openItems: false };

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
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [asOfText, setAsOfText] = React.useState(() => isoFromSerial(host.suggestedAsOf ?? todaySerial()));
  const asOf = serialFromIso(asOfText);
  const { state, run } = useReviewRun(host, sheetLocale, locale);
  const [choices, setChoices] = React.useState<ColumnChoices>(NO_CHOICES);
  const [selected, setSelected] = React.useState<string | undefined>(undefined);
  // The column choices remembered with the workbook (see PaneHost.readColumnChoices).
  React.useEffect(() => {
    let live = true;
    void host.readColumnChoices().then((remembered) => live && setChoices(remembered ?? NO_CHOICES));
    return () => {
      live = false;
    };
  }, [host]);

  const running = state.status === "running";
  const start = (withChoices: ColumnChoices = choices, showColumns = false) => {
    if (asOf === undefined) return;
    setSelected(undefined);
    void run(asOf, withChoices, showColumns);
  };
  const outcome = state.status === "done" ? state.outcome : undefined;
  const openItems = React.useMemo(
    () => outcome && openItemsByCustomer(outcome.openInvoices, outcome.review.asOf),
    [outcome],
  );
  // After a run, focus moves to the results' first line, so the keyboard and a screen reader land on them.
  const doneRef = React.useRef<HTMLSpanElement>(null);
  React.useEffect(() => {
    if (outcome) doneRef.current?.focus();
  }, [outcome]);
  const file = host.reviewFile?.();
  // One URL per file, freed when the next run replaces it (not one per redraw).
  const reviewUrl = useObjectUrl(() => file, [file]);
  const decisionsUrl = useObjectUrl(() => (outcome ? csvBlob(decisionsCsv(outcome.review)) : undefined), [outcome]);

  return (
    <div className={styles.root}>
      {sourcePicker}
      <ScoringModelNotice host={host} />
      <div className={styles.runRow}>
        <Field
          label={strings.asOfLabel}
          hint={strings.asOfHelp}
          validationState={asOf === undefined ? "error" : "none"}
          validationMessage={asOf === undefined ? strings.asOfInvalid : undefined}
        >
          <Input
            className={styles.asOf}
            type="date"
            value={asOfText}
            onChange={(_, d) => setAsOfText(d.value)}
            data-testid="as-of"
          />
        </Field>
        <Button
          appearance="primary"
          disabled={running || asOf === undefined}
          onClick={() => start()}
          data-testid="run-review"
        >
          {running ? strings.running : state.status === "done" ? strings.runAgain : strings.runReview}
        </Button>
        <Button
          appearance="secondary"
          disabled={running || asOf === undefined}
          onClick={() => start(choices, true)}
          data-testid="check-columns"
        >
          {strings.mappingShow}
        </Button>
      </div>

      {state.status === "running" && (
        <Field validationMessage={stageLabel(state.stage, strings)} validationState="none">
          <ProgressBar
            value={state.progress}
            thickness="large"
            aria-label={stageLabel(state.stage, strings)}
            data-testid="progress"
          />
        </Field>
      )}

      {state.status === "failed" && (
        <MessageBar intent="error" data-testid="run-error">
          <MessageBarBody>
            <MessageBarTitle>{strings.runFailed}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.status === "needsMapping" && (
        <ColumnMappingStep
          key={JSON.stringify(state.tables)}
          tables={state.tables}
          openItems={state.openItems}
          stale={state.stale}
          initial={choices}
          onApply={(next) => {
            setChoices(next);
            // Kept with the workbook so the next review reads the same columns; a failed save does not stop this one.
            void host.writeColumnChoices(next).catch(() => undefined);
            start(next);
          }}
        />
      )}

      {outcome && state.status === "done" && (
        <>
          <Text role="status" data-testid="run-done" ref={doneRef} tabIndex={-1}>
            {format(strings.stageDone, { seconds: state.seconds.toFixed(1) })}
          </Text>
          <div className={styles.runRow}>
            {reviewUrl && (
              <Button as="a" href={reviewUrl} download="review.xlsx" appearance="secondary">
                {strings.downloadReview}
              </Button>
            )}
            {decisionsUrl && (
              <Button
                as="a"
                href={decisionsUrl}
                download="decisions.csv"
                appearance="secondary"
                title={strings.downloadDecisionsHint}
                data-testid="download-decisions"
              >
                {strings.downloadDecisions}
              </Button>
            )}
          </div>
          <KpiSummary outcome={outcome} host={host} />
          <AlertsList
            review={outcome.review}
            selected={selected}
            onSelect={(id) => {
              setSelected(id);
              // In Excel the customer's row in the Credit Review sheet is selected too.
              if (id !== undefined) void host.showCustomer?.(id).catch(() => undefined);
            }}
            renderCard={(id) => {
              const line = outcome.review.customers.find((c) => c.customer.id === id);
              return (
                line && (
                  <CustomerDetail
                    line={line}
                    bucketLimits={outcome.review.bucketLimits}
                    openItems={openItems?.get(id) ?? []}
                    onShowInSheet={host.showCustomer ? () => void host.showCustomer?.(id) : undefined}
                  />
                )
              );
            }}
          />
          <DataIssuesPanel
            issues={outcome.issues}
            onOpenSheet={
              host.showSheet ? () => void host.showSheet?.(reviewSheetName("dataIssues", outcome.locale)) : undefined
            }
          />
        </>
      )}
    </div>
  );
}
