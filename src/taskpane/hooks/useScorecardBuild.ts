/** Builds a scorecard from the pane: stages for the progress bar, the outcome, or the error to show. */
import * as React from "react";
import { CreditError } from "../../core/errors";
import { formatMessage, type Locale } from "../../core/messages";
import { ReviewWriteError } from "../../excel/excelReviewSink";
import {
  SCORECARD_STAGES,
  runScorecardBuild,
  type ScorecardOutcome,
  type ScorecardRunOptions,
  type ScorecardStage,
} from "../../workbook/runScorecardBuild";
import type { PaneHost } from "../paneHost";

export type ScorecardBuildState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly stage: ScorecardStage; readonly progress: number }
  | { readonly status: "done"; readonly outcome: ScorecardOutcome; readonly seconds: number }
  | { readonly status: "failed"; readonly message: string };

export type ScorecardRequest = Omit<ScorecardRunOptions, "locale" | "onStage">;

/** The message of a failure in the user's language: engine and write errors carry a message code. */
function failureText(error: unknown, locale: Locale): string {
  if (error instanceof CreditError || error instanceof ReviewWriteError)
    return formatMessage(error.code, error.params, locale);
  return error instanceof Error ? error.message : String(error);
}

/** The build as a state machine the pane renders; `build` never throws, a failure becomes a `failed` state. */
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
          onStage: (stage) =>
            setState({ status: "running", stage, progress: SCORECARD_STAGES.indexOf(stage) / SCORECARD_STAGES.length }),
        });
        setState({ status: "done", outcome, seconds: (performance.now() - started) / 1000 });
        return true;
      } catch (error) {
        setState({ status: "failed", message: failureText(error, locale) });
        return false;
      }
    },
    [host, locale],
  );
  return { state, build };
}
