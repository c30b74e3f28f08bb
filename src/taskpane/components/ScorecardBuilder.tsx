/**
 * The Scorecard tab: pick a table of past customers and its good/bad column, build a points scorecard, see how well
 * it separates goods from bads, and get the Scorecard and Scorecard Report sheets written into the workbook.
 */
import * as React from "react";
import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ScorecardStage } from "../../workbook/runScorecardBuild";
import { useScorecardBuild, type ScorecardBuildState } from "../hooks/useScorecardBuild";
import { useScorecardForm } from "../hooks/useScorecardForm";
import { format, useLocale, useStrings, type PaneStrings } from "../i18n";
import type { PaneHost } from "../paneHost";
import { ScorecardForm } from "./ScorecardForm";
import { ScorecardOutcomeView } from "./ScorecardOutcome";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

function stageLabel(stage: ScorecardStage, table: string, strings: PaneStrings): string {
  if (stage === "read") return format(strings.scorecardStageRead, { table });
  return stage === "build" ? strings.scorecardStageBuild : strings.scorecardStageWrite;
}

/** A build under way (its stage, on the table read) or failed (why). */
function ScorecardRunStatus(props: {
  readonly state: ScorecardBuildState;
  readonly table: string;
}): React.JSX.Element | null {
  const strings = useStrings();
  const { state } = props;
  if (state.status === "running")
    return (
      <Field validationMessage={stageLabel(state.stage, props.table, strings)} validationState="none">
        <ProgressBar
          value={state.progress}
          thickness="large"
          aria-label={stageLabel(state.stage, props.table, strings)}
          data-testid="scorecard-progress"
        />
      </Field>
    );
  if (state.status !== "failed") return null;
  return (
    <MessageBar intent="error" data-testid="scorecard-error">
      <MessageBarBody>
        <MessageBarTitle>{strings.scorecardFailed}</MessageBarTitle>
        {state.message}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface ScorecardBuilderProps {
  readonly host: PaneHost;
  /** Browser mode: the file picker, above the form. */
  readonly sourcePicker?: React.ReactNode;
}

export function ScorecardBuilder({ host, sourcePicker }: ScorecardBuilderProps): React.JSX.Element {
  const locale = useLocale();
  const styles = useStyles();
  const { state, build, writeAnyway } = useScorecardBuild(host, locale);
  const form = useScorecardForm(host);
  const start = () => {
    if (form.request) void build(form.request);
  };
  const outcome = state.status === "done" ? state.outcome : undefined;
  const file = outcome ? host.reviewFile?.() : undefined;
  const fileUrl = React.useMemo(() => (file ? URL.createObjectURL(file) : undefined), [file]);
  React.useEffect(() => () => (fileUrl ? URL.revokeObjectURL(fileUrl) : undefined), [fileUrl]);

  return (
    <div className={styles.root}>
      {sourcePicker}
      <ScorecardForm form={form} running={state.status === "running"} built={state.status === "done"} onBuild={start} />
      <ScorecardRunStatus state={state} table={form.tableName ?? ""} />
      {state.status === "done" && (
        <ScorecardOutcomeView
          host={host}
          outcome={state.outcome}
          seconds={state.seconds}
          fileUrl={fileUrl}
          onWriteAnyway={() => void writeAnyway()}
        />
      )}
    </div>
  );
}
