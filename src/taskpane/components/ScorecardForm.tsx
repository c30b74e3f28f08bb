/**
 * The Scorecard tab's form: which table of past customers to learn from (with a refresh of the list), its outcome
 * and excluded columns, the points scaling, the seed and the Build button.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookTableInfo } from "../../workbook/ports";
import { formatNumber } from "../format";
import type { ScorecardForm as ScorecardFormState, TablesState } from "../hooks/useScorecardForm";
import { format, useLocale, useStrings } from "../i18n";
import { ScorecardScalingFields, ScorecardSeedRow } from "./ScorecardScaling";
import { ScorecardTargetPicker } from "./ScorecardTargetPicker";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  refresh: { alignSelf: "flex-start", marginTop: `calc(-1 * ${tokens.spacingVerticalS})` },
  dropdown: { width: "100%", minWidth: 0 },
});

/** The list of tables while it loads, when it cannot be read, or when the workbook has none to learn from. */
function ScorecardTablesStatus({ tables }: { readonly tables: TablesState }): React.JSX.Element | null {
  const strings = useStrings();
  if (tables.status === "loading") return <Spinner size="tiny" label={strings.scorecardTablesLoading} />;
  if (tables.status === "failed")
    return (
      <MessageBar intent="error">
        <MessageBarBody>{format(strings.scorecardTablesFailed, { reason: tables.reason })}</MessageBarBody>
      </MessageBar>
    );
  if (tables.tables.length > 0) return null;
  return (
    <MessageBar intent="info" data-testid="scorecard-no-tables">
      <MessageBarBody>{strings.scorecardNoTables}</MessageBarBody>
    </MessageBar>
  );
}

/** The table (or sheet) of past customers, named with its row count, and the button that lists the tables again. */
function ScorecardTablePicker(props: {
  readonly form: ScorecardFormState;
  readonly running: boolean;
}): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { listed, table, tableName, choose, refresh } = props.form;
  const optionText = (t: WorkbookTableInfo) =>
    format(t.kind === "table" ? strings.scorecardTableOption : strings.scorecardSheetOption, {
      name: t.name,
      rows: formatNumber(t.rows, locale),
    });
  return (
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
        disabled={props.running}
      >
        {strings.scorecardRefresh}
      </Button>
    </>
  );
}

export interface ScorecardFormProps {
  readonly form: ScorecardFormState;
  readonly running: boolean;
  /** A scorecard was built: the button offers to build it again. */
  readonly built: boolean;
  readonly onBuild: () => void;
}

export function ScorecardForm({ form, running, built, onBuild }: ScorecardFormProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.form} aria-labelledby="scorecard-title">
      <Subtitle2 id="scorecard-title" as="h2">
        {strings.scorecardTitle}
      </Subtitle2>
      <Caption1>{strings.scorecardIntro}</Caption1>
      <ScorecardTablesStatus tables={form.tables} />
      {form.listed.length > 0 && (
        <>
          <ScorecardTablePicker form={form} running={running} />
          <ScorecardTargetPicker form={form} />
          <ScorecardScalingFields texts={form.texts} setText={form.setText} check={form.check} />
          <ScorecardSeedRow form={form} running={running} built={built} onBuild={onBuild} />
        </>
      )}
    </section>
  );
}
