/** The pane's root: theme, language, header, host status, and the Review / Policy / Scorecard / Tools tabs. */
import * as React from "react";
import { FluentProvider, Spinner, Tab, TabList, makeStyles, tokens, webLightTheme, Title3, Caption1 } from "@fluentui/react-components";
import { LocaleContext, localeFromLanguage, paneStrings, type Locale } from "../i18n";
import type { HostInfo } from "../host";
import type { PaneHost } from "../paneHost";
import { HostStatus } from "./HostStatus";
import { LanguageSwitch } from "./LanguageSwitch";
import { PolicyEditor } from "./PolicyEditor";
import { QuickDso } from "./QuickDso";
import { ReviewTab } from "./ReviewTab";
import { SampleDataPrompt } from "./SampleDataPrompt";

/** The scorecard builder (the modelling engine and its tables) loads as a chunk of its own, when its tab opens. */
const ScorecardBuilder = React.lazy(() =>
  import(/* webpackChunkName: "scorecard" */ "./ScorecardBuilder").then((m) => ({ default: m.ScorecardBuilder })),
);

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

type TabName = "review" | "policy" | "scorecard" | "tools";

export interface AppProps {
  /** Undefined while Office is still being detected. */
  readonly host: HostInfo | undefined;
  /** Undefined until the host is known (and, in a browser, until the sample workbook is loaded). */
  readonly paneHost: PaneHost | undefined;
  /** Browser mode: the file picker shown above the run button. */
  readonly sourcePicker?: React.ReactNode;
}

const hostKeys = new WeakMap<PaneHost, number>();
let lastHostKey = 0;
/** A stable key per PaneHost object. */
function hostKey(host: PaneHost): number {
  let key = hostKeys.get(host);
  if (key === undefined) {
    key = ++lastHostKey;
    hostKeys.set(host, key);
  }
  return key;
}

export function App({ host, paneHost, sourcePicker }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [chosen, setChosen] = React.useState<Locale | undefined>(undefined);
  const [tab, setTab] = React.useState<TabName>("review");
  const locale: Locale = chosen ?? localeFromLanguage(host?.language ?? navigator.language);
  const strings = paneStrings(locale);

  return (
    <LocaleContext.Provider value={locale}>
      {/* The page styles go on a div of their own: Fluent copies the provider's classes onto its popup layer,
          which would then cover the whole pane (min-height 100vh) and swallow clicks on dropdowns. */}
      <FluentProvider theme={webLightTheme} lang={locale}>
        <div className={styles.root}>
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
            <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)}>
              <Tab value="review">{strings.tabReview}</Tab>
              <Tab value="policy">{strings.tabPolicy}</Tab>
              <Tab value="scorecard">{strings.tabScorecard}</Tab>
              <Tab value="tools">{strings.tabTools}</Tab>
            </TabList>
            {tab === "review" && !paneHost && sourcePicker}
            {tab === "review" && paneHost && (
              <>
                {paneHost.kind === "excel" && <SampleDataPrompt host={paneHost} />}
                {/* A new PaneHost (another file opened) starts a fresh review: no stale results. */}
                <ReviewTab key={hostKey(paneHost)} host={paneHost} sourcePicker={sourcePicker} sheetLocale={chosen} />
              </>
            )}
            {tab === "policy" && paneHost && <PolicyEditor host={paneHost} />}
            {tab === "scorecard" && !paneHost && sourcePicker}
            {tab === "scorecard" && paneHost && (
            <React.Suspense fallback={<Spinner size="tiny" label={strings.scorecardTablesLoading} />}>
              <ScorecardBuilder key={hostKey(paneHost)} host={paneHost} sourcePicker={sourcePicker} />
            </React.Suspense>
          )}
            {tab === "tools" && <QuickDso />}
          </main>
        </div>
      </FluentProvider>
    </LocaleContext.Provider>
  );
}
