/**
 * The credit policy as the editor holds it: one text per setting, as read from the CreditPolicy table and as edited,
 * checked as typed, filtered by a search, and saved back to the table (nothing else; the next review uses it).
 */
import * as React from "react";
import { formatMessage } from "../../core/messages";
import { defaultPolicy, parsePolicy, POLICY_SETTINGS, type CreditPolicy, type PolicySetting } from "../../core/policy";
import { format, useLocale, useStrings, type Locale } from "../i18n";
import type { PaneHost, PolicyRow } from "../paneHost";
import {
  cellForFieldText,
  differsFromDefault,
  fieldText,
  isInvalidFieldText,
  matchesSetting,
  sectionOf,
  type PolicySection,
} from "../policyValues";

/** Each setting's field text, by key. */
type Values = Record<string, string>;

export interface PolicyStatus {
  readonly intent: "success" | "error";
  readonly text: string;
}

const textsOf = (policy: CreditPolicy): Values =>
  Object.fromEntries(POLICY_SETTINGS.map((s) => [s.key, fieldText(s, s.get(policy))]));

/** The sections holding any of these settings' keys. */
const sectionsOf = (keys: Iterable<string>): PolicySection[] => {
  const wanted = new Set(keys);
  return [...new Set(POLICY_SETTINGS.filter((s) => wanted.has(s.key)).map(sectionOf))];
};

/** The keys of the settings whose text passes `test`. */
const keysWhere = (test: (s: PolicySetting) => boolean): Set<string> =>
  new Set(POLICY_SETTINGS.filter(test).map((s) => s.key));

/** The table's rows for the texts: blank fields left out (the default applies), names in the pane's language. */
function policyRows(values: Values, locale: Locale): PolicyRow[] {
  return POLICY_SETTINGS.filter((s) => values[s.key].trim() !== "").map((s) => [
    locale === "zh-CN" ? s.zh : s.key,
    cellForFieldText(s.kind, values[s.key]),
  ]);
}

/**
 * The table as read: the texts, the last saved ones, why it could not be read (formatted at render, so a language
 * switch keeps the edits; the defaults are shown then) and the sections open, those with a changed setting. The tab
 * stays mounted: each time it is shown again with nothing unsaved, the table is read afresh, so a sheet edited by
 * hand meanwhile is what Save starts from (never an old copy written over it).
 */
function usePolicyTable(host: PaneHost, active: boolean) {
  const [values, setValues] = React.useState<Values | undefined>(undefined);
  const [saved, setSaved] = React.useState<Values>({});
  const [open, setOpen] = React.useState<PolicySection[]>([]);
  const [loadFailure, setLoadFailure] = React.useState<string | undefined>(undefined);
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
  unsaved.current = values !== undefined && POLICY_SETTINGS.some((s) => values[s.key] !== saved[s.key]);
  return { values, setValues, saved, setSaved, open, setOpen, loadFailure };
}

/**
 * The draft, undefined until the table is read: its texts and their checks (invalid, changed from the default,
 * edited since the last save), the search and the settings it finds, the sections open, the last save's message,
 * and the edits. `focusInvalid` grows each time a save is refused for invalid fields.
 */
export function usePolicyDraft(host: PaneHost, active: boolean) {
  const strings = useStrings();
  const locale = useLocale();
  const { values, setValues, saved, setSaved, open, setOpen, loadFailure } = usePolicyTable(host, active);
  const [query, setQuery] = React.useState("");
  const [status, setStatus] = React.useState<PolicyStatus | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [focusInvalid, setFocusInvalid] = React.useState(0);
  if (!values) return { draft: undefined, focusInvalid };

  const invalid = keysWhere((s) => isInvalidFieldText(s, values[s.key]));
  const changed = keysWhere((s) => differsFromDefault(s, values[s.key]));
  const edited = POLICY_SETTINGS.some((s) => values[s.key] !== saved[s.key]);
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
    const rows = policyRows(values, locale);
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
  const replace = (texts: Values) => {
    setValues(texts);
    setStatus(undefined);
  };
  const draft = {
    values,
    invalid,
    changed,
    edited,
    query,
    found: POLICY_SETTINGS.filter((s) => matchesSetting(s, query, locale)),
    open,
    setOpen,
    status,
    saving,
    loadFailure,
    edit,
    search,
    save,
    reset: () => replace(textsOf(defaultPolicy)),
    discard: () => replace(saved),
  };
  return { draft, focusInvalid };
}

export type PolicyDraft = NonNullable<ReturnType<typeof usePolicyDraft>["draft"]>;
