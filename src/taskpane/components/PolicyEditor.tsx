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
import { POLICY_SETTINGS } from "../../core/policy";
import { useFieldAboveSaveBar } from "../hooks/useFieldAboveSaveBar";
import { usePolicyDraft, type PolicyDraft } from "../hooks/usePolicyDraft";
import { format, useStrings, type PaneStrings } from "../i18n";
import type { PaneHost } from "../paneHost";
import { groupBySection, sectionOf, type PolicySection } from "../policyValues";
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

/** The search over the settings' names and meanings, and how many it finds. */
function PolicySearchBar({ draft }: { readonly draft: PolicyDraft }): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const { query, found, search } = draft;
  const searching = query.trim() !== "";
  return (
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
  );
}

/** A section's title with how many of its settings differ from the default and how many are invalid. */
function PolicySectionHeader(props: {
  readonly section: PolicySection;
  readonly draft: PolicyDraft;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const { section, draft } = props;
  const count = (keys: ReadonlySet<string>) =>
    POLICY_SETTINGS.filter((s) => keys.has(s.key) && sectionOf(s) === section).length;
  const changed = count(draft.changed);
  const invalid = count(draft.invalid);
  return (
    <AccordionHeader as="h3" expandIconPosition="end">
      <span className={styles.header}>
        <span>{sectionTitle(section, strings)}</span>
        {changed > 0 && (
          <Badge appearance="tint" color="warning" size="small">
            {format(strings.policySectionChanged, { count: changed })}
          </Badge>
        )}
        {invalid > 0 && (
          <Badge appearance="filled" color="danger" size="small">
            {format(strings.policySectionInvalid, { count: invalid })}
          </Badge>
        )}
      </span>
    </AccordionHeader>
  );
}

/** One collapsible section per part of the policy holding a setting the search finds. */
function PolicySections({ draft }: { readonly draft: PolicyDraft }): React.JSX.Element {
  const styles = useStyles();
  return (
    <Accordion
      multiple
      collapsible
      openItems={draft.open}
      onToggle={(_, d) => draft.setOpen(d.openItems as PolicySection[])}
    >
      {groupBySection(draft.found).map(([section, settings]) => (
        <AccordionItem key={section} value={section} data-testid={`policy-section-${section}`}>
          <PolicySectionHeader section={section} draft={draft} />
          <AccordionPanel className={styles.panel}>
            {settings.map((s) => (
              <PolicySettingField
                key={s.key}
                setting={s}
                text={draft.values[s.key]}
                changed={draft.changed.has(s.key)}
                invalid={draft.invalid.has(s.key)}
                onChange={(text) => draft.edit(s.key, text)}
              />
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

/** The sticky bar: why the table could not be read, the last save's message, Save, Discard and the counts. */
function PolicySaveBar(props: {
  readonly draft: PolicyDraft;
  readonly barRef: React.Ref<HTMLDivElement>;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const { loadFailure, status, saving, edited, changed, invalid, discard } = props.draft;
  return (
    <div ref={props.barRef} className={styles.bar} data-testid="policy-actions">
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
        <Button disabled={!edited || saving} onClick={discard}>
          {strings.policyDiscard}
        </Button>
        <Caption1 data-testid="policy-changed-count">
          {format(strings.policyChangedCount, { count: changed.size })}
        </Caption1>
      </div>
      {invalid.size > 0 && <Caption1>{strings.policyInvalid}</Caption1>}
    </div>
  );
}

export interface PolicyEditorProps {
  readonly host: PaneHost;
  /** Whether the Policy tab is the one shown (the editor stays mounted while another tab is). */
  readonly active?: boolean;
}

export function PolicyEditor({ host, active = true }: PolicyEditorProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const { draft, focusInvalid } = usePolicyDraft(host, active);
  const { formRef, barRef, keepInView } = useFieldAboveSaveBar(draft !== undefined, focusInvalid);
  if (!draft) return <Spinner size="small" />;
  return (
    <form
      ref={formRef}
      className={styles.root}
      onSubmit={(e) => (e.preventDefault(), void draft.save())}
      onFocus={keepInView}
      data-testid="policy-editor"
    >
      <Subtitle2 as="h2">{strings.policyTitle}</Subtitle2>
      <Text>{strings.policyBody}</Text>
      <PolicySearchBar draft={draft} />
      <PolicySections draft={draft} />
      <div>
        <Button appearance="secondary" onClick={draft.reset}>
          {strings.policyReset}
        </Button>
      </div>
      <PolicySaveBar draft={draft} barRef={barRef} />
    </form>
  );
}
