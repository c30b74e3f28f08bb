/**
 * The Review tab's word on which model scores: the built-in one, or the workbook's Scorecard with its build date and
 * test AUC, and the way back to the built-in model (the Scorecard renamed, after a confirmation). It reads the
 * workbook as the review does (scoringModel), so what it says is what the next review uses.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isoFromSerial } from "../../core/dates";
import { scoringModel, type RetirePlan, type ScoringModel } from "../../workbook/scoringModel";
import { formatNumber } from "../format";
import { format, useLocale, useStrings, type PaneStrings } from "../i18n";
import type { PaneHost } from "../paneHost";

const SCORING_MODEL_CHANGED = "credit-desk:scoring-model-changed";

/** Tells every mounted notice that the workbook's Scorecard changed (written or retired), so it reads it again. */
export function announceScoringModelChange(): void {
  window.dispatchEvent(new Event(SCORING_MODEL_CHANGED));
}

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

type NoticeState =
  | { readonly status: "reading" }
  | { readonly status: "read"; readonly model: ScoringModel }
  | { readonly status: "failed"; readonly reason: string };

/** The model in a sentence. */
function modelText(model: ScoringModel, strings: PaneStrings, locale: "en" | "zh-CN"): string {
  if (model.kind === "builtIn")
    return model.unreadable
      ? format(strings.scoringModelUnreadable, { sheet: model.unreadable.sheet })
      : strings.scoringModelBuiltIn;
  if (model.builtOn === undefined || model.testAuc === undefined)
    return format(strings.scoringModelWorkbookNoReport, { sheet: model.sheet, factors: model.factors });
  return format(strings.scoringModelWorkbook, {
    sheet: model.sheet,
    date: isoFromSerial(model.builtOn),
    auc: formatNumber(model.testAuc, locale, 3),
  });
}

const renamed = (plan: RetirePlan) => [...plan.tables, ...plan.sheets].map((r) => `${r.from} → ${r.to}`).join(", ");

export function ScoringModelNotice({ host }: { readonly host: PaneHost }): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [state, setState] = React.useState<NoticeState>({ status: "reading" });
  const [asking, setAsking] = React.useState(false);
  const [done, setDone] = React.useState<string | undefined>(undefined);
  // The button pressed goes away (to the confirmation, then to the result): focus follows, never to the page body.
  const confirmRef = React.useRef<HTMLDivElement>(null);
  const doneRef = React.useRef<HTMLSpanElement>(null);
  React.useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  // (The result shows once the notice has re-read the model: then it is focused.)
  React.useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done, state]);

  const read = React.useCallback(async () => {
    try {
      setState({ status: "read", model: await scoringModel(host.source()) });
    } catch (error) {
      setState({ status: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
  }, [host]);

  React.useEffect(() => {
    void read();
    const again = () => void read();
    window.addEventListener(SCORING_MODEL_CHANGED, again);
    return () => window.removeEventListener(SCORING_MODEL_CHANGED, again);
  }, [read]);

  const retire = async () => {
    setAsking(false);
    try {
      const plan = await host.retireScorecard();
      setDone(format(strings.scoringModelRetired, { names: renamed(plan) }));
      announceScoringModelChange();
    } catch (error) {
      setState({ status: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
  };

  if (state.status === "reading") return <Spinner size="extra-tiny" label={strings.scoringModelChecking} />;
  if (state.status === "failed")
    return (
      <MessageBar intent="error" data-testid="scoring-model">
        <MessageBarBody>{format(strings.scoringModelFailed, { reason: state.reason })}</MessageBarBody>
      </MessageBar>
    );
  const { model } = state;
  const custom = model.kind === "workbook";
  return (
    <MessageBar
      intent={custom || model.unreadable ? "warning" : "info"}
      layout="multiline"
      data-testid="scoring-model"
      data-model={model.kind}
    >
      <MessageBarBody>
        <Text block data-testid="scoring-model-text">
          {modelText(model, strings, locale)}
        </Text>
        {done && !custom && (
          <Text block role="status" ref={doneRef} tabIndex={-1}>
            {done}
          </Text>
        )}
        {custom && !asking && (
          <div className={styles.actions}>
            <Button size="small" onClick={() => setAsking(true)} data-testid="scoring-model-use-built-in">
              {strings.scoringModelUseBuiltIn}
            </Button>
          </div>
        )}
        {custom && asking && (
          <div role="group" aria-label={strings.scoringModelUseBuiltIn} ref={confirmRef} tabIndex={-1}>
            <Text block weight="semibold">
              {strings.scoringModelConfirm}
            </Text>
            <div className={styles.actions}>
              <Button
                appearance="primary"
                size="small"
                onClick={() => void retire()}
                data-testid="scoring-model-retire"
              >
                {strings.scoringModelConfirmYes}
              </Button>
              <Button size="small" onClick={() => setAsking(false)}>
                {strings.scoringModelConfirmNo}
              </Button>
            </div>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
