/** The Scorecard tab's columns: the good/bad outcome the scorecard predicts and the columns left out of the model. */
import * as React from "react";
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { ScorecardForm } from "../hooks/useScorecardForm";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  dropdown: { width: "100%", minWidth: 0 },
});

/** The outcome column (its hint says when none was recognised) and the excluded columns, never the outcome. */
export function ScorecardTargetPicker({ form }: { readonly form: ScorecardForm }): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const { columns, target, pickTarget, excluded, setExcluded } = form;
  return (
    <>
      <Field
        label={strings.scorecardTargetLabel}
        hint={target === undefined ? strings.scorecardTargetNone : strings.scorecardTargetHint}
      >
        <Dropdown
          className={styles.dropdown}
          placeholder={strings.scorecardTargetPlaceholder}
          value={target ?? ""}
          selectedOptions={target ? [target] : []}
          onOptionSelect={(_, d) => pickTarget(d.optionValue)}
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
    </>
  );
}
