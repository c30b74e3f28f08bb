/** The pane's root: theme, language, header, and the host status; the review UI hangs below it. */
import * as React from "react";
import { FluentProvider, makeStyles, tokens, webLightTheme, Title3, Caption1 } from "@fluentui/react-components";
import { LocaleContext, localeFromLanguage, paneStrings, type Locale } from "../i18n";
import type { HostInfo } from "../host";
import { HostStatus } from "./HostStatus";
import { LanguageSwitch } from "./LanguageSwitch";
import { QuickDso } from "./QuickDso";

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  headerText: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: "640px",
  },
});

export interface AppProps {
  /** Undefined while Office is still being detected. */
  readonly host: HostInfo | undefined;
}

export function App({ host }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [chosen, setChosen] = React.useState<Locale | undefined>(undefined);
  const locale: Locale = chosen ?? localeFromLanguage(host?.language ?? navigator.language);
  const strings = paneStrings(locale);

  return (
    <LocaleContext.Provider value={locale}>
      <FluentProvider theme={webLightTheme} className={styles.root} lang={locale}>
        <header className={styles.header}>
          <img src="assets/icon-32.png" width={32} height={32} alt="" />
          <div className={styles.headerText}>
            <Title3 as="h1">{strings.appTitle}</Title3>
            <Caption1>{strings.appTagline}</Caption1>
          </div>
          <LanguageSwitch locale={locale} onChange={setChosen} />
        </header>
        <main className={styles.main}>
          <HostStatus host={host} />
          <QuickDso />
        </main>
      </FluentProvider>
    </LocaleContext.Provider>
  );
}
