/** The pane's root: theme, language, header, host status, and the Review / Policy / Scorecard / Tools tabs. */
import * as React from "react";
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
  Title3,
  Caption1,
  mergeClasses,
} from "@fluentui/react-components";
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
    minWidth: 0,
  },
  // Four tabs fit one line at 320 px in either language; if a longer label ever does not, they wrap, never scroll.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  // A class that sets display would override the hidden attribute; this puts it back.
  hidden: { display: "none" },
});

const TABS = ["review", "policy", "scorecard", "tools"] as const;
type TabName = (typeof TABS)[number];
const TAB_LABEL = { review: "tabReview", policy: "tabPolicy", scorecard: "tabScorecard", tools: "tabTools" } as const;

/** A tab's panel: mounted from the first visit on, hidden while another tab is shown. */
function TabPanel(props: {
  readonly name: TabName;
  readonly tab: TabName;
  readonly visited: ReadonlySet<TabName>;
  readonly children: React.ReactNode;
}): React.JSX.Element | null {
  const styles = useStyles();
  if (!props.visited.has(props.name)) return null;
  const hidden = props.tab !== props.name;
  return (
    <div
      className={mergeClasses(styles.panel, hidden && styles.hidden)}
      role="tabpanel"
      id={`panel-${props.name}`}
      aria-labelledby={`tab-${props.name}`}
      hidden={hidden}
      data-testid={`panel-${props.name}`}
    >
      {props.children}
    </div>
  );
}

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
  const [visited, setVisited] = React.useState<ReadonlySet<TabName>>(() => new Set(["review"]));
  const choose = (next: TabName) => {
    setTab(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  };
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
            <TabList
              className={styles.tabs}
              size="small"
              selectedValue={tab}
              onTabSelect={(_, d) => choose(d.value as TabName)}
            >
              {TABS.map((name) => (
                <Tab key={name} value={name} id={`tab-${name}`} aria-controls={`panel-${name}`}>
                  {strings[TAB_LABEL[name]]}
                </Tab>
              ))}
            </TabList>
            {/* A tab's content stays mounted once opened (hidden when another tab is chosen), so its results and
                unsaved edits survive switching tabs. The browser's file picker shows in the visible tab only. */}
            <TabPanel name="review" tab={tab} visited={visited}>
              {!paneHost && tab === "review" && sourcePicker}
              {paneHost && (
                <>
                  {paneHost.kind === "excel" && <SampleDataPrompt host={paneHost} />}
                  {/* A new PaneHost (another file opened) starts a fresh review: no stale results. */}
                  <ReviewTab
                    key={hostKey(paneHost)}
                    host={paneHost}
                    sourcePicker={tab === "review" ? sourcePicker : undefined}
                    sheetLocale={chosen}
                  />
                </>
              )}
            </TabPanel>
            <TabPanel name="policy" tab={tab} visited={visited}>
              {paneHost && <PolicyEditor key={hostKey(paneHost)} host={paneHost} active={tab === "policy"} />}
            </TabPanel>
            <TabPanel name="scorecard" tab={tab} visited={visited}>
              {!paneHost && tab === "scorecard" && sourcePicker}
              {paneHost && (
                <React.Suspense fallback={<Spinner size="tiny" label={strings.scorecardTablesLoading} />}>
                  <ScorecardBuilder
                    key={hostKey(paneHost)}
                    host={paneHost}
                    sourcePicker={tab === "scorecard" ? sourcePicker : undefined}
                  />
                </React.Suspense>
              )}
            </TabPanel>
            <TabPanel name="tools" tab={tab} visited={visited}>
              <QuickDso />
            </TabPanel>
          </main>
        </div>
      </FluentProvider>
    </LocaleContext.Provider>
  );
}
