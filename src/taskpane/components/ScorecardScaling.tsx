/** The Scorecard tab's typed fields: the points scaling (base points, base odds, points to double the odds), the seed. */
import * as React from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { ScalingCheck, ScalingField, ScalingTexts, ScorecardForm } from "../hooks/useScorecardForm";
import { format, useStrings } from "../i18n";

const useStyles = makeStyles({
  scaling: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  seedRow: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  seed: { width: "120px" },
  input: { width: "100%", minWidth: 0 },
});

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

/** The three numbers of the points scaling, each with its message, and what they mean once all are acceptable. */
export function ScorecardScalingFields(props: {
  readonly texts: ScalingTexts;
  readonly setText: (field: ScalingField, text: string) => void;
  readonly check: ScalingCheck;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const { texts, setText, check } = props;
  return (
    <>
      <div className={styles.scaling}>
        <NumberField
          label={strings.scorecardBasePoints}
          value={texts.basePoints}
          onChange={(text) => setText("basePoints", text)}
          error={check.invalid.basePoints ? strings.scorecardNumberInvalid : undefined}
          className={styles.input}
        />
        <NumberField
          label={strings.scorecardBaseOdds}
          value={texts.baseOdds}
          onChange={(text) => setText("baseOdds", text)}
          error={check.invalid.baseOdds ? strings.scorecardPositiveInvalid : undefined}
          className={styles.input}
        />
        <NumberField
          label={strings.scorecardPdo}
          value={texts.pdo}
          onChange={(text) => setText("pdo", text)}
          error={check.invalid.pdo ? strings.scorecardPositiveInvalid : undefined}
          className={styles.input}
        />
      </div>
      {check.scaling !== undefined && (
        <Caption1>
          {format(strings.scorecardScalingHint, { points: texts.basePoints, odds: texts.baseOdds, pdo: texts.pdo })}
        </Caption1>
      )}
    </>
  );
}

/** The seed of the train/test split beside the Build button, which waits for every field to be acceptable. */
export function ScorecardSeedRow(props: {
  readonly form: ScorecardForm;
  readonly running: boolean;
  readonly built: boolean;
  readonly onBuild: () => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const { texts, setText, check, request } = props.form;
  return (
    <div className={styles.seedRow}>
      <Field
        label={strings.scorecardSeed}
        validationState={check.invalid.seed ? "error" : "none"}
        validationMessage={check.invalid.seed ? strings.scorecardSeedInvalid : undefined}
      >
        <Input
          className={styles.seed}
          value={texts.seed}
          inputMode="numeric"
          onChange={(_, d) => setText("seed", d.value)}
          data-testid="scorecard-seed"
        />
      </Field>
      <Button
        appearance="primary"
        disabled={props.running || request === undefined}
        onClick={props.onBuild}
        data-testid="build-scorecard"
      >
        {props.running ? strings.scorecardBuilding : props.built ? strings.scorecardRebuild : strings.scorecardBuild}
      </Button>
    </div>
  );
}
