/** A small DSO calculator on the engine's `dso`: proves the engine runs in the pane, inside Excel or not. */
import * as React from "react";
import { Card, CardHeader, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { dso } from "../../core/receivables/dso";
import { format, useStrings } from "../i18n";

const useStyles = makeStyles({
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  input: { width: "100%", minWidth: 0 },
  result: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

function parseAmount(text: string): number | undefined {
  const cleaned = text.replace(/[,\s]/g, "");
  if (cleaned === "") return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

export function QuickDso(): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [receivables, setReceivables] = React.useState("1,500,000");
  const [sales, setSales] = React.useState("9,125,000");
  const [days, setDays] = React.useState("365");

  const r = parseAmount(receivables);
  const s = parseAmount(sales);
  const d = parseAmount(days) ?? 365;
  let result: string;
  try {
    result =
      r === undefined || s === undefined
        ? strings.quickDsoNeedNumbers
        : format(strings.quickDsoResult, { days: dso(r, s, d).toFixed(1) });
  } catch (error) {
    result = error instanceof Error ? error.message : String(error);
  }

  return (
    <Card>
      <CardHeader header={<Text weight="semibold">{strings.quickDsoTitle}</Text>} description={strings.quickDsoHelp} />
      <div className={styles.fields}>
        <Field label={strings.quickDsoReceivables}>
          <Input
            className={styles.input}
            value={receivables}
            inputMode="decimal"
            onChange={(_, v) => setReceivables(v.value)}
          />
        </Field>
        <Field label={strings.quickDsoCreditSales}>
          <Input className={styles.input} value={sales} inputMode="decimal" onChange={(_, v) => setSales(v.value)} />
        </Field>
        <Field label={strings.quickDsoDays}>
          <Input className={styles.input} value={days} inputMode="numeric" onChange={(_, v) => setDays(v.value)} />
        </Field>
      </div>
      <Text className={styles.result} role="status" aria-live="polite" data-testid="quick-dso-result">
        {result}
      </Text>
      <Text size={200}>{strings.functionsHint}</Text>
    </Card>
  );
}
