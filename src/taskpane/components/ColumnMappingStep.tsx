/**
 * Before a review the pane can trust: every column that changes a figure, found / mapped / to check / not found, and
 * the user's column for each. Shown when a column is missing or only hinted at, when the ledger has no payment data,
 * or when the user asks to check the columns.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type {
  ColumnChoices,
  ColumnMappings,
  ColumnResolution,
  StaleMapping,
  TableResolution,
} from "../../workbook/columnMapping";
import { MAPPABLE_SCHEMAS } from "../../workbook/columnMapping";
import { contractTableName } from "../../workbook/contractTables";
import { localHeader } from "../../workbook/schema";
import { format, useLocale, useStrings, type PaneStrings } from "../i18n";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  label: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export interface ColumnMappingStepProps {
  readonly tables: readonly TableResolution[];
  /** The ledger has no payment column as read (before any choice made here). */
  readonly openItems: boolean;
  readonly stale: readonly StaleMapping[];
  /** The choices the run used (remembered with the workbook). */
  readonly initial: ColumnChoices;
  readonly onApply: (choices: ColumnChoices) => void;
}

/** Per table, per canonical header: the user's header, "" for no column, undefined while undecided. */
type Selection = Record<string, Record<string, string | undefined>>;

const PAYMENT_COLUMNS = ["openAmount", "paidAmount", "paidDate"];

function initialSelection(tables: readonly TableResolution[]): Selection {
  const selection: Selection = {};
  for (const t of tables) {
    selection[t.table] = {};
    for (const c of t.columns) {
      const decided = c.source ?? (c.status === "missing" && !c.required ? "" : undefined);
      selection[t.table][c.header] = decided;
    }
  }
  return selection;
}

/** The mappings the selection asks for: every column read from another header than the one found by name. */
function mappingsOf(tables: readonly TableResolution[], selection: Selection): ColumnMappings {
  const mappings: Record<string, Record<string, string>> = {};
  for (const t of tables) {
    for (const c of t.columns) {
      const chosen = selection[t.table]?.[c.header];
      if (chosen === undefined || (c.status === "found" && chosen === c.source)) continue;
      // "No column" is worth remembering only where a header hinted at the column (declined, so not asked again).
      if (chosen === "" && c.status !== "ambiguous" && c.candidates.length === 0) continue;
      (mappings[t.table] ??= {})[c.header] = chosen;
    }
  }
  return mappings;
}

function statusBadge(c: ColumnResolution, strings: PaneStrings): React.JSX.Element {
  const [color, text] = {
    found: ["success", strings.mappingFound],
    mapped: ["brand", strings.mappingMapped],
    ambiguous: ["warning", strings.mappingAmbiguous],
    missing: [c.required ? "danger" : "informative", strings.mappingMissing],
  }[c.status] as ["success" | "brand" | "warning" | "danger" | "informative", string];
  return (
    <Badge appearance="tint" color={color} size="small">
      {text}
    </Badge>
  );
}

export function ColumnMappingStep({
  tables,
  openItems,
  stale,
  initial,
  onApply,
}: ColumnMappingStepProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [selection, setSelection] = React.useState<Selection>(() => initialSelection(tables));
  const [openItemsConfirmed, setOpenItemsConfirmed] = React.useState(initial.openItems);
  const choose = (table: string, header: string, value: string | undefined) =>
    setSelection((prev) => ({ ...prev, [table]: { ...prev[table], [header]: value } }));

  const invoices = tables.find((t) => t.table === "Invoices");
  const paymentChosen =
    invoices?.columns.some((c) => PAYMENT_COLUMNS.includes(c.key) && Boolean(selection.Invoices?.[c.header])) ?? true;
  const askOpenItems = openItems && !paymentChosen;
  const undecided = tables.some((t) => t.columns.some((c) => selection[t.table]?.[c.header] === undefined));
  const complete = !undecided && (!askOpenItems || openItemsConfirmed);
  const columnName = (t: TableResolution, c: ColumnResolution) => {
    const spec = MAPPABLE_SCHEMAS.find((s) => s.name === t.table)?.columns.find((s) => s.key === c.key);
    return spec ? localHeader(spec, locale) : c.header;
  };

  return (
    <Card className={styles.card} data-testid="column-mapping">
      <Subtitle2 as="h2">{strings.mappingTitle}</Subtitle2>
      <Text size={200}>{strings.mappingIntro}</Text>
      {stale.map((s) => (
        <MessageBar key={`${s.table}-${s.column}`} intent="warning">
          <MessageBarBody>
            {format(strings.mappingStale, {
              header: s.header,
              column: s.column,
              table: contractTableName(s.table, locale),
            })}
          </MessageBarBody>
        </MessageBar>
      ))}
      {tables.map((t) => (
        <React.Fragment key={t.table}>
          <Subtitle2 as="h3">
            {format(strings.mappingTable, { table: contractTableName(t.table, locale), sheet: t.sheet })}
          </Subtitle2>
          {t.columns.map((c) => {
            const name = columnName(t, c);
            const chosen = selection[t.table]?.[c.header];
            const candidates = c.candidates.join("”, “");
            const hint =
              c.status === "ambiguous"
                ? format(strings.mappingHint, { candidates, column: name })
                : c.status === "found" && c.candidates.length > 0
                  ? format(strings.mappingAlso, { candidates: `“${candidates}”` })
                  : c.required && chosen === undefined
                    ? format(strings.mappingRequired, { column: name })
                    : undefined;
            return (
              <Field
                key={c.key}
                label={
                  <span className={styles.label}>
                    {name} {statusBadge(c, strings)}
                  </span>
                }
                hint={hint}
                validationState={chosen === undefined ? "warning" : "none"}
                data-testid={`map-${t.table}-${c.key}`}
              >
                <Select
                  value={chosen ?? "\u0000"}
                  onChange={(_, d) => choose(t.table, c.header, d.value === "\u0000" ? undefined : d.value)}
                  aria-label={name}
                >
                  {chosen === undefined && <option value={"\u0000"}>{strings.mappingNone}</option>}
                  {!c.required && c.status !== "found" && <option value="">{strings.mappingNotRead}</option>}
                  {t.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
        </React.Fragment>
      ))}
      {askOpenItems && (
        <Field hint={format(strings.mappingOpenItems, { table: contractTableName("Invoices", locale) })}>
          <Checkbox
            checked={openItemsConfirmed}
            onChange={(_, d) => setOpenItemsConfirmed(d.checked === true)}
            label={strings.mappingOpenItemsConfirm}
            data-testid="confirm-open-items"
          />
        </Field>
      )}
      <Button
        appearance="primary"
        disabled={!complete}
        onClick={() =>
          onApply({ mappings: mappingsOf(tables, selection), openItems: askOpenItems && openItemsConfirmed })
        }
        data-testid="apply-mapping"
      >
        {strings.mappingApply}
      </Button>
    </Card>
  );
}
