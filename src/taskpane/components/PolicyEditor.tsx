/**
 * The credit policy as a form: every setting with its current value, its default and a check as you type.
 * Saving writes the CreditPolicy table (nothing else); the next review uses it.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatMessage } from "../../core/messages";
import {
  defaultPolicy,
  formatSettingValue,
  parsePolicy,
  POLICY_SETTINGS,
  readSettingValue,
  type PolicySetting,
} from "../../core/policy";
import { fill, useLocale, useStrings, type PaneStrings } from "../i18n";
import type { PaneHost, PolicyRow } from "../paneHost";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: "none",
    padding: 0,
    margin: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    position: "sticky",
    bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

type Values = Record<string, string>;

/** What a setting of this kind accepts, for the message under an invalid field. */
function kindHint(kind: PolicySetting["kind"], strings: PaneStrings): string {
  const hints: Record<PolicySetting["kind"], string> = {
    number: strings.policyKindNumber,
    nonNegative: strings.policyKindNonNegative,
    positive: strings.policyKindPositive,
    integer: strings.policyKindInteger,
    fraction: strings.policyKindFraction,
    rate: strings.policyKindRate,
    grade: strings.policyKindGrade,
    gradeList: strings.policyKindGradeList,
    segment: strings.policyKindSegment,
    text: strings.policyKindText,
    action: strings.policyKindAction,
    level: strings.policyKindLevel,
  };
  return hints[kind];
}

const shown = (s: PolicySetting, policy = defaultPolicy) => formatSettingValue(s.get(policy));

/** The editor's sections: which part of the policy each setting group belongs to. */
type PolicySection = "grades" | "model" | "limits" | "approval" | "provisions" | "collection" | "warnings" | "pd";
const SECTION_OF_GROUP: Record<string, PolicySection> = {
  gradeBands: "grades",
  worstGrade: "grades",
  weights: "model",
  defaultSegment: "model",
  minFactors: "model",
  limits: "limits",
  approvalNames: "approval",
  approval: "approval",
  fastTrackGrades: "approval",
  buckets: "provisions",
  lossRates: "provisions",
  ladder: "collection",
  collectionShift: "collection",
  earlyWarning: "warnings",
  pdScaling: "pd",
  pdByGrade: "pd",
  lgd: "pd",
};

function sectionTitle(section: PolicySection, strings: PaneStrings): string {
  const titles: Record<PolicySection, string> = {
    grades: strings.policySectionGrades,
    model: strings.policySectionModel,
    limits: strings.policySectionLimits,
    approval: strings.policySectionApproval,
    provisions: strings.policySectionProvisions,
    collection: strings.policySectionCollection,
    warnings: strings.policySectionWarnings,
    pd: strings.policySectionPd,
  };
  return titles[section];
}

/** Settings in their table's order, in sections by the part of the policy they belong to. */
function sections(): [PolicySection, PolicySetting[]][] {
  const out = new Map<PolicySection, PolicySetting[]>();
  for (const s of POLICY_SETTINGS) {
    const section = SECTION_OF_GROUP[s.group.split(":")[0]] ?? "model";
    out.set(section, [...(out.get(section) ?? []), s]);
  }
  return [...out.entries()];
}

export function PolicyEditor({ host }: { readonly host: PaneHost }): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [values, setValues] = React.useState<Values | undefined>(undefined);
  const [status, setStatus] = React.useState<{ intent: "success" | "error"; text: string } | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    host.readPolicy().then(
      (rows) => {
        if (!live) return;
        const { policy } = parsePolicy(rows);
        setValues(Object.fromEntries(POLICY_SETTINGS.map((s) => [s.key, shown(s, policy)])));
      },
      (error: unknown) => {
        if (!live) return;
        setValues(Object.fromEntries(POLICY_SETTINGS.map((s) => [s.key, shown(s)])));
        setStatus({
          intent: "error",
          text: fill(strings.policyLoadFailed, { reason: error instanceof Error ? error.message : String(error) }),
        });
      },
    );
    return () => {
      live = false;
    };
  }, [host, strings.policyLoadFailed]);

  if (!values) return <Spinner size="small" />;

  const invalid = new Set(
    POLICY_SETTINGS.filter(
      (s) => values[s.key].trim() !== "" && readSettingValue(s.kind, values[s.key]) === undefined,
    ).map((s) => s.key),
  );

  const save = async () => {
    if (invalid.size > 0) {
      setStatus({ intent: "error", text: strings.policyInvalid });
      return;
    }
    const rows: PolicyRow[] = POLICY_SETTINGS.filter((s) => values[s.key].trim() !== "").map((s) => {
      const text = values[s.key].trim();
      const n = Number(text);
      return [locale === "zh-CN" ? s.zh : s.key, text !== "" && Number.isFinite(n) ? n : text];
    });
    const rules = parsePolicy(rows).problems;
    if (rules.length > 0) {
      setStatus({ intent: "error", text: rules.map((p) => formatMessage(p.code, p.params, locale)).join(" ") });
      return;
    }
    setSaving(true);
    try {
      await host.writePolicy(rows);
      setStatus({ intent: "success", text: fill(strings.policySaved, { count: rows.length }) });
    } catch (error) {
      setStatus({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.root} onSubmit={(e) => (e.preventDefault(), void save())} data-testid="policy-editor">
      <Subtitle2 as="h2">{strings.policyTitle}</Subtitle2>
      <Text>{strings.policyBody}</Text>
      {sections().map(([section, settings]) => (
        <fieldset key={section} className={styles.group} data-testid={`policy-section-${section}`}>
          <legend className={styles.legend}>
            <Subtitle2 as="h3">{sectionTitle(section, strings)}</Subtitle2>
          </legend>
          {settings.map((s) => (
            <Field
              key={s.key}
              label={locale === "zh-CN" ? s.zh : s.key}
              hint={fill(strings.policyHint, {
                meaning: locale === "zh-CN" ? s.meaningZh : s.meaning,
                value: shown(s),
              })}
              validationState={invalid.has(s.key) ? "error" : "none"}
              validationMessage={invalid.has(s.key) ? kindHint(s.kind, strings) : undefined}
            >
              <Input value={values[s.key]} onChange={(_, d) => setValues({ ...values, [s.key]: d.value })} />
            </Field>
          ))}
        </fieldset>
      ))}
      {status && (
        <MessageBar intent={status.intent} data-testid="policy-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {strings.policySave}
        </Button>
        <Button onClick={() => setValues(Object.fromEntries(POLICY_SETTINGS.map((s) => [s.key, shown(s)])))}>
          {strings.policyReset}
        </Button>
        <Caption1>{invalid.size > 0 ? strings.policyInvalid : ""}</Caption1>
      </div>
    </form>
  );
}
