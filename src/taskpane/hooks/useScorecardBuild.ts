/**
 * Builds a scorecard from the pane: stages for the progress bar, the outcome, or the error to show. A build with
 * concerns (test AUC below the policy's minimum, one score band) is held back until the user confirms `writeAnyway`.
 */
import * as React from "react";
import { CreditError } from "../../core/errors";
import { formatMessage, type Locale } from "../../core/messages";
import { defaultPolicy, parsePolicy } from "../../core/policy";
import { ReviewWriteError } from "../../excel/excelReviewSink";
import {
  SCORECARD_STAGES,
  runScorecardBuild,
  type ScorecardOutcome,
  type ScorecardRunOptions,
  type ScorecardStage,
} from "../../workbook/runScorecardBuild";
import { announceScoringModelChange } from "../components/ScoringModelNotice";
import type { PaneHost } from "../paneHost";

export type ScorecardBuildState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly stage: ScorecardStage; readonly progress: number }
  | { readonly status: "done"; readonly outcome: ScorecardOutcome; readonly seconds: number }
  | { readonly status: "failed"; readonly message: string };

export type ScorecardRequest = Omit<ScorecardRunOptions, "locale" | "onStage" | "minimumAuc" | "force">;

/** The message of a failure in the user's language: engine and write errors carry a message code. */
function failureText(error: unknown, locale: Locale): string {
  if (error instanceof CreditError || error instanceof ReviewWriteError)
    return formatMessage(error.code, error.params, locale);
  return error instanceof Error ? error.message : String(error);
}

/** The workbook policy's Minimum scorecard AUC (the default when the policy cannot be read). */
async function minimumAuc(host: PaneHost): Promise<number> {
  try {
    return parsePolicy(await host.readPolicy()).policy.minScorecardAuc;
  } catch {
    return defaultPolicy.minScorecardAuc;
  }
}

/**
 * The build as a state machine the pane renders; `build` and `writeAnyway` never throw, a failure becomes a `failed`
 * state. `writeAnyway` writes the held-back outcome's sheets as built (no second build).
 */
export function useScorecardBuild(host: PaneHost | undefined, locale: Locale) {
  const [state, setState] = React.useState<ScorecardBuildState>({ status: "idle" });
  const build = React.useCallback(
    async (request: ScorecardRequest): Promise<boolean> => {
      if (!host) return false;
      const started = performance.now();
      setState({ status: "running", stage: SCORECARD_STAGES[0], progress: 0 });
      try {
        const outcome = await runScorecardBuild(host.source(), host.sink(), {
          ...request,
          locale,
          minimumAuc: await minimumAuc(host),
          onStage: (stage) =>
            setState({ status: "running", stage, progress: SCORECARD_STAGES.indexOf(stage) / SCORECARD_STAGES.length }),
        });
        setState({ status: "done", outcome, seconds: (performance.now() - started) / 1000 });
        if (outcome.written) announceScoringModelChange();
        return true;
      } catch (error) {
        setState({ status: "failed", message: failureText(error, locale) });
        return false;
      }
    },
    [host, locale],
  );
  const writeAnyway = React.useCallback(async (): Promise<boolean> => {
    if (!host || state.status !== "done" || state.outcome.written) return false;
    const { outcome, seconds } = state;
    setState({
      status: "running",
      stage: "write",
      progress: SCORECARD_STAGES.indexOf("write") / SCORECARD_STAGES.length,
    });
    try {
      await host.sink().write(outcome.layout);
      setState({ status: "done", outcome: { ...outcome, written: true }, seconds });
      announceScoringModelChange();
      return true;
    } catch (error) {
      setState({ status: "failed", message: failureText(error, locale) });
      return false;
    }
  }, [host, locale, state]);
  return { state, build, writeAnyway };
}
