/** English / 中文 switch; by default the pane follows Office's display language. */
import * as React from "react";
import { Dropdown, Option, makeStyles } from "@fluentui/react-components";
import { useStrings, type Locale } from "../i18n";

const useStyles = makeStyles({ dropdown: { minWidth: "96px" } });

export function LanguageSwitch({
  locale,
  onChange,
}: {
  readonly locale: Locale;
  readonly onChange: (l: Locale) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const labels: Record<Locale, string> = { en: strings.languageEnglish, "zh-CN": strings.languageChinese };
  return (
    <Dropdown
      className={styles.dropdown}
      aria-label={strings.languageLabel}
      value={labels[locale]}
      selectedOptions={[locale]}
      onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue as Locale)}
    >
      <Option value="en">{labels.en}</Option>
      <Option value="zh-CN">{labels["zh-CN"]}</Option>
    </Dropdown>
  );
}
