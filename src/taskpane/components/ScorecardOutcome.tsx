/**
 * A built scorecard in the Scorecard tab: held back with its concerns and a confirmed Write anyway, or written, with
 * the links to its report; both followed by how well it separates goods from bads.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { scorecardConcernText, type ScorecardConcern, type ScorecardOutcome } from "../../workbook/runScorecardBuild";
import { SCORECARD_SHEETS } from "../../workbook/scorecardLayout";
import { formatNumber } from "../format";
import { format, useLocale, useStrings } from "../i18n";
import type { PaneHost } from "../paneHost";
import { ScorecardResult } from "./ScorecardResult";

const useStyles = makeStyles({
  done: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  concerns: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  confirm: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/** The first line of a built scorecard: how long it took, from how many rows, how many factors it kept. */
function useDoneText(outcome: ScorecardOutcome, seconds: number): string {
  const strings = useStrings();
  const locale = useLocale();
  return format(strings.scorecardDone, {
    seconds: formatNumber(seconds, locale, 1),
    rows: formatNumber(outcome.rows, locale),
    selected: outcome.build.selected.length,
    candidates: outcome.build.variables.length,
  });
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

export interface ScorecardOutcomeViewProps {
  readonly host: PaneHost;
  readonly outcome: ScorecardOutcome;
  readonly seconds: number;
  /** The workbook with the sheets written, to download (browser mode). */
  readonly fileUrl: string | undefined;
  readonly onWriteAnyway: () => void;
}

/** A build held back by its concerns: not written until the user confirms. */
function ScorecardHeldBack({ outcome, seconds, onWriteAnyway }: ScorecardOutcomeViewProps): React.JSX.Element {
  const strings = useStrings();
  const done = useDoneText(outcome, seconds);
  return (
    <>
      <Text role="status" data-testid="scorecard-done">
        {done} {strings.scorecardNotWritten}
      </Text>
      <WriteGuard concerns={outcome.concerns} onWrite={onWriteAnyway} />
      <ScorecardResult build={outcome.build} />
    </>
  );
}

/** A build written into the workbook: its report to open (in Excel) or the workbook to download (in a browser). */
function ScorecardWritten({ host, outcome, seconds, fileUrl }: ScorecardOutcomeViewProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const done = useDoneText(outcome, seconds);
  return (
    <>
      <div className={styles.done}>
        <Text role="status" data-testid="scorecard-done">
          {done}
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
  );
}

/** The built scorecard, written or held back. */
export function ScorecardOutcomeView(props: ScorecardOutcomeViewProps): React.JSX.Element {
  return props.outcome.written ? <ScorecardWritten {...props} /> : <ScorecardHeldBack {...props} />;
}
