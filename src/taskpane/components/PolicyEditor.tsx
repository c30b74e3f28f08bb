/**
 * The credit policy as a form: a search, one collapsible section per part of the policy, every setting with its
 * default, a mark and a reset where it differs from it, shares as percentages, and a check as you type.
 * Saving writes the CreditPolicy table (nothing else); the next review uses it. The Save bar sticks to the
 * bottom of the pane, and the field being edited is always scrolled above it.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatMessage } from "../../core/messages";
import { defaultPolicy, parsePolicy, POLICY_SETTINGS, type CreditPolicy } from "../../core/policy";
import { format, useLocale, useStrings, type PaneStrings } from "../i18n";
import type { PaneHost, PolicyRow } from "../paneHost";
import {
  cellForFieldText,
  differsFromDefault,
  fieldText,
  groupBySection,
  isInvalidFieldText,
  matchesSetting,
  sectionOf,
  type PolicySection,
} from "../policyValues";
import { PolicySettingField } from "./PolicySettingField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  search: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  searchBox: { width: "100%", maxWidth: "100%", boxSizing: "border-box" },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Room kept between the field being edited and the Save bar, in CSS pixels. */
const GAP = 12;

type Values = Record<string, string>;

const textsOf = (policy: CreditPolicy): Values =>
  Object.fromEntries(POLICY_SETTINGS.map((s) => [s.key, fieldText(s, s.get(policy))]));

function sectionTitle(section: PolicySection, strings: PaneStrings): string {
  const titles: Record<PolicySection, string> = {
    grades: strings.policySectionGrades,
    model: strings.policySectionModel,
    limits: strings.policySectionLimits,
    temporary: strings.policySectionTemporary,
    approval: strings.policySectionApproval,
    provisions: strings.policySectionProvisions,
    collection: strings.policySectionCollection,
    warnings: strings.policySectionWarnings,
    decisions: strings.policySectionDecisions,
    blacklist: strings.policySectionBlacklist,
    disputes: strings.policySectionDisputes,
    pd: strings.policySectionPd,
    data: strings.policySectionData,
    other: strings.policySectionOther,
  };
  return titles[section];
}

/** The sections holding any of these settings' keys. */
const sectionsOf = (keys: Iterable<string>): PolicySection[] => {
  const wanted = new Set(keys);
  return [...new Set(POLICY_SETTINGS.filter((s) => wanted.has(s.key)).map(sectionOf))];
};

/**
 * Scrolls the window so that the focused setting (its label, field and messages) sits above the sticky Save bar;
 * a no-op when focus is elsewhere or the bar is not over it.
 */
function keepFocusAboveBar(form: HTMLElement | null, bar: HTMLElement | null): void {
  const focused = document.activeElement;
  if (!form || !bar || !(focused instanceof HTMLElement) || !form.contains(focused) || bar.contains(focused)) return;
  const box = (focused.closest("[data-setting]") ?? focused).getBoundingClientRect();
  const limit = bar.getBoundingClientRect().top - GAP;
  if (box.bottom > limit) window.scrollBy(0, Math.min(box.bottom - limit, box.top - GAP));
}

export interface PolicyEditorProps {
  readonly host: PaneHost;
  /** Whether the Policy tab is the one shown (the editor stays mounted while another tab is). */
  readonly active?: boolean;
}

export function PolicyEditor({ host, active = true }: PolicyEditorProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const formRef = React.useRef<HTMLFormElement>(null);
  const barRef = React.useRef<HTMLDivElement>(null);
  const [values, setValues] = React.useState<Values | undefined>(undefined);
  const [saved, setSaved] = React.useState<Values>({});
  const [open, setOpen] = React.useState<PolicySection[]>([]);
  const [query, setQuery] = React.useState("");
  const [status, setStatus] = React.useState<{ intent: "success" | "error"; text: string } | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [focusInvalid, setFocusInvalid] = React.useState(0);
  /** Why the table could not be read (formatted at render, so a language switch keeps the edits). */
  const [loadFailure, setLoadFailure] = React.useState<string | undefined>(undefined);
  // The tab stays mounted: each time it is shown again with nothing unsaved, the table is read afresh, so a sheet
  // edited by hand meanwhile is what Save starts from (never an old copy written over it).
  const [reads, setReads] = React.useState(0);
  const unsaved = React.useRef(false);
  const shownBefore = React.useRef(false);
  React.useEffect(() => {
    if (!active) return;
    if (shownBefore.current && !unsaved.current) setReads((n) => n + 1);
    shownBefore.current = true;
  }, [active]);

  React.useEffect(() => {
    let live = true;
    const loaded = (texts: Values) => {
      setLoadFailure(undefined);
      setValues(texts);
      setSaved(texts);
      const changed = sectionsOf(POLICY_SETTINGS.filter((s) => differsFromDefault(s, texts[s.key])).map((s) => s.key));
      setOpen(changed.length > 0 ? changed : [sectionOf(POLICY_SETTINGS[0])]);
    };
    host.readPolicy().then(
      (rows) => live && loaded(textsOf(parsePolicy(rows).policy)),
      (error: unknown) => {
        if (!live) return;
        loaded(textsOf(defaultPolicy));
        setLoadFailure(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
  }, [host, reads]);

  // After every change (a message under the field, a taller bar) the field being edited stays above the bar.
  React.useLayoutEffect(() => keepFocusAboveBar(formRef.current, barRef.current));
  // And when the form's size changes after a render (a web font arriving, a message settling), which moves the field.
  const ready = values !== undefined;
  React.useEffect(() => {
    const form = formRef.current;
    if (!ready || !form || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(() => keepFocusAboveBar(formRef.current, barRef.current));
    observer.observe(form);
    return () => observer.disconnect();
  }, [ready]);
  React.useEffect(() => {
    if (focusInvalid > 0) formRef.current?.querySelector<HTMLInputElement>("input[data-invalid]")?.focus();
  }, [focusInvalid]);

  unsaved.current = values !== undefined && POLICY_SETTINGS.some((s) => values[s.key] !== saved[s.key]);
  if (!values) return <Spinner size="small" />;

  const invalid = new Set(POLICY_SETTINGS.filter((s) => isInvalidFieldText(s, values[s.key])).map((s) => s.key));
  const changed = new Set(POLICY_SETTINGS.filter((s) => differsFromDefault(s, values[s.key])).map((s) => s.key));
  const edited = POLICY_SETTINGS.some((s) => values[s.key] !== saved[s.key]);
  const found = POLICY_SETTINGS.filter((s) => matchesSetting(s, query, locale));
  const searching = query.trim() !== "";

  /** A field's new text; the last save's message no longer describes the form. */
  const edit = (key: string, text: string) => {
    setValues((now) => ({ ...(now ?? {}), [key]: text }));
    setStatus(undefined);
  };

  const search = (text: string) => {
    setQuery(text);
    const hits = POLICY_SETTINGS.filter((s) => matchesSetting(s, text, locale)).map((s) => s.key);
    if (text.trim() !== "") setOpen((now) => [...new Set([...now, ...sectionsOf(hits)])]);
  };

  const save = async () => {
    if (invalid.size > 0) {
      setStatus({ intent: "error", text: strings.policyInvalid });
      setQuery("");
      setOpen((now) => [...new Set([...now, ...sectionsOf(invalid)])]);
      setFocusInvalid((n) => n + 1);
      return;
    }
    const rows: PolicyRow[] = POLICY_SETTINGS.filter((s) => values[s.key].trim() !== "").map((s) => [
      locale === "zh-CN" ? s.zh : s.key,
      cellForFieldText(s.kind, values[s.key]),
    ]);
    const rules = parsePolicy(rows).problems;
    if (rules.length > 0) {
      setStatus({ intent: "error", text: rules.map((p) => formatMessage(p.code, p.params, locale)).join(" ") });
      return;
    }
    setSaving(true);
    try {
      await host.writePolicy(rows);
      // The fields show what was saved as the sheet will read it ("12.5%" typed shows as 12.5).
      const written = textsOf(parsePolicy(rows).policy);
      setValues(written);
      setSaved(written);
      setStatus({ intent: "success", text: format(strings.policySaved, { count: rows.length }) });
    } catch (error) {
      setStatus({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  const count = (keys: Set<string>, section: PolicySection) =>
    POLICY_SETTINGS.filter((s) => keys.has(s.key) && sectionOf(s) === section).length;

  return (
    <form
      ref={formRef}
      className={styles.root}
      onSubmit={(e) => (e.preventDefault(), void save())}
      onFocus={() => {
        keepFocusAboveBar(formRef.current, barRef.current);
        requestAnimationFrame(() => keepFocusAboveBar(formRef.current, barRef.current));
      }}
      data-testid="policy-editor"
    >
      <Subtitle2 as="h2">{strings.policyTitle}</Subtitle2>
      <Text>{strings.policyBody}</Text>
      <div className={styles.search} role="search">
        <SearchBox
          className={styles.searchBox}
          aria-label={strings.policySearchLabel}
          placeholder={strings.policySearchPlaceholder}
          value={query}
          // Fluent's clear button, kept only when there is something to clear: on an empty box it overflows it.
          dismiss={searching ? undefined : null}
          onChange={(_, d) => search(d.value)}
          data-testid="policy-search"
        />
        <Caption1 aria-live="polite" data-testid="policy-search-count">
          {!searching
            ? ""
            : found.length === 0
              ? format(strings.policySearchNone, { query: query.trim() })
              : format(strings.policySearchCount, { count: found.length, total: POLICY_SETTINGS.length })}
        </Caption1>
      </div>
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as PolicySection[])}>
        {groupBySection(found).map(([section, settings]) => (
          <AccordionItem key={section} value={section} data-testid={`policy-section-${section}`}>
            <AccordionHeader as="h3" expandIconPosition="end">
              <span className={styles.header}>
                <span>{sectionTitle(section, strings)}</span>
                {count(changed, section) > 0 && (
                  <Badge appearance="tint" color="warning" size="small">
                    {format(strings.policySectionChanged, { count: count(changed, section) })}
                  </Badge>
                )}
                {count(invalid, section) > 0 && (
                  <Badge appearance="filled" color="danger" size="small">
                    {format(strings.policySectionInvalid, { count: count(invalid, section) })}
                  </Badge>
                )}
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {settings.map((s) => (
                <PolicySettingField
                  key={s.key}
                  setting={s}
                  text={values[s.key]}
                  changed={changed.has(s.key)}
                  invalid={invalid.has(s.key)}
                  onChange={(text) => edit(s.key, text)}
                />
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <div>
        <Button appearance="secondary" onClick={() => (setValues(textsOf(defaultPolicy)), setStatus(undefined))}>
          {strings.policyReset}
        </Button>
      </div>
      <div ref={barRef} className={styles.bar} data-testid="policy-actions">
        {loadFailure !== undefined && (
          <MessageBar intent="error" data-testid="policy-load-failed">
            <MessageBarBody>{format(strings.policyLoadFailed, { reason: loadFailure })}</MessageBarBody>
          </MessageBar>
        )}
        {status && (
          <MessageBar intent={status.intent} data-testid="policy-status">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {strings.policySave}
          </Button>
          <Button disabled={!edited || saving} onClick={() => (setValues(saved), setStatus(undefined))}>
            {strings.policyDiscard}
          </Button>
          <Caption1 data-testid="policy-changed-count">
            {format(strings.policyChangedCount, { count: changed.size })}
          </Caption1>
        </div>
        {invalid.size > 0 && <Caption1>{strings.policyInvalid}</Caption1>}
      </div>
    </form>
  );
}
