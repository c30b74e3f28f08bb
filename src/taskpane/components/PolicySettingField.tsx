/**
 * One setting of the policy editor: its name (in the pane's language, the other one in the hint), its value
 * (shares as percentages), a check as you type, and, when the value is not the default, a mark and a reset.
 */
import * as React from "react";
import { Badge, Button, Field, Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { defaultPolicy, type PolicySetting } from "../../core/policy";
import { format, useLocale, useStrings, type PaneStrings } from "../i18n";
import { defaultText, fieldText, isPercentKind, settingNames } from "../policyValues";

const useStyles = makeStyles({
  setting: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  changed: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  input: { width: "100%", maxWidth: "20rem" },
  changedRow: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** What a setting of this kind accepts, for the message under an invalid field (shares in percent). */
function kindHint(kind: PolicySetting["kind"], strings: PaneStrings): string {
  const hints: Record<PolicySetting["kind"], string> = {
    number: strings.policyKindNumber,
    nonNegative: strings.policyKindNonNegative,
    positive: strings.policyKindPositive,
    integer: strings.policyKindInteger,
    fraction: strings.policyKindFractionPercent,
    rate: strings.policyKindRatePercent,
    grade: strings.policyKindGrade,
    gradeList: strings.policyKindGradeList,
    segment: strings.policyKindSegment,
    text: strings.policyKindText,
    action: strings.policyKindAction,
    level: strings.policyKindLevel,
  };
  return hints[kind];
}

export interface PolicySettingFieldProps {
  readonly setting: PolicySetting;
  /** The field's text as typed. */
  readonly text: string;
  readonly changed: boolean;
  readonly invalid: boolean;
  readonly onChange: (text: string) => void;
}

export function PolicySettingField({ setting, text, changed, invalid, onChange }: PolicySettingFieldProps) {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { name, other } = settingNames(setting, locale);
  const percent = isPercentKind(setting.kind);
  const byDefault = defaultText(setting);
  return (
    <div
      className={mergeClasses(styles.setting, changed && styles.changed)}
      data-setting={setting.key}
      data-changed={changed}
    >
      <Field
        label={name}
        hint={format(strings.policyHintNamed, {
          other,
          meaning: locale === "zh-CN" ? setting.meaningZh : setting.meaning,
          value: byDefault,
        })}
        validationState={invalid ? "error" : "none"}
        validationMessage={invalid ? kindHint(setting.kind, strings) : undefined}
      >
        <Input
          className={styles.input}
          value={text}
          inputMode={percent ? "decimal" : undefined}
          contentAfter={percent ? <span aria-hidden="true">%</span> : undefined}
          data-invalid={invalid || undefined}
          onChange={(_, d) => onChange(d.value)}
        />
      </Field>
      {changed && (
        <div className={styles.changedRow}>
          <Badge appearance="tint" color="warning" size="small" data-testid="policy-changed-mark">
            {strings.policyChangedMark}
          </Badge>
          <Button
            size="small"
            appearance="subtle"
            aria-label={format(strings.policyResetOneLabel, { name, value: byDefault })}
            onClick={() => onChange(fieldText(setting, setting.get(defaultPolicy)))}
          >
            {strings.policyResetOne}
          </Button>
        </div>
      )}
    </div>
  );
}
