/** Asks which of the user's columns holds each required column the review could not find by its header. */
import * as React from "react";
import { Button, Card, Field, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnMappings, MissingColumns } from "../../workbook/columnMapping";
import { fill, useStrings } from "../i18n";

const useStyles = makeStyles({ card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface ColumnMappingStepProps {
  readonly missing: readonly MissingColumns[];
  readonly onApply: (mappings: ColumnMappings) => void;
}

export function ColumnMappingStep({ missing, onApply }: ColumnMappingStepProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [choice, setChoice] = React.useState<Record<string, Record<string, string>>>({});
  const complete = missing.every((t) => t.missing.every((c) => choice[t.table]?.[c]));
  return (
    <Card className={styles.card} data-testid="column-mapping">
      <Subtitle2 as="h2">{strings.mappingTitle}</Subtitle2>
      {missing.map((table) =>
        table.missing.map((column) => (
          <Field key={`${table.table}-${column}`} label={fill(strings.mappingPick, { column })}>
            <Text size={200}>{fill(strings.mappingBody, { table: `${table.table} (${table.sheet})`, column })}</Text>
            <Select
              value={choice[table.table]?.[column] ?? ""}
              onChange={(_, d) => setChoice((prev) => ({ ...prev, [table.table]: { ...prev[table.table], [column]: d.value } }))}
            >
              <option value="">{strings.mappingNone}</option>
              {table.headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          </Field>
        )),
      )}
      <Button appearance="primary" disabled={!complete} onClick={() => onApply(choice)}>
        {strings.mappingApply}
      </Button>
    </Card>
  );
}
