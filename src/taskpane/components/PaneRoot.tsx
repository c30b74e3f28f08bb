/**
 * Decides where the pane runs and gives App the matching PaneHost: inside Excel the open workbook, in a plain
 * browser an .xlsx in memory (the sample portfolio until the user opens another file: the Chinese edition of the
 * sample when the pane starts in Chinese).
 */
import * as React from "react";
import { SAMPLE_AS_OF } from "../../sample/samplePortfolio";
import { localeFromLanguage, type Locale } from "../../core/messages";
import { CUSTOMERS_SCHEMA, INVOICES_SCHEMA } from "../../workbook/schema";
import { ExcelPaneHost } from "../excelPaneHost";
import { detectHost, type HostInfo } from "../host";
import type { PaneHost } from "../paneHost";
import { App } from "./App";
import { WorkbookFilePicker, type FileState } from "./WorkbookFilePicker";

/** The sample workbook in each language: same figures, sheet names and headers in that language. */
const SAMPLE_NAMES: Readonly<Record<Locale, string>> = {
  en: "sample-portfolio.xlsx",
  "zh-CN": "sample-portfolio.zh-CN.xlsx",
};

/** Opens .xlsx bytes in browser mode; ExcelJS and the file adapter load only here, as a chunk of their own. */
async function openInBrowser(
  bytes: ArrayBuffer,
  name: string,
  sample: boolean,
): Promise<{ host: PaneHost & { close(): void }; file: FileState }> {
  const { BrowserPaneHost } = await import(/* webpackChunkName: "browser-host" */ "../browserHost");
  const host = await BrowserPaneHost.open(bytes, name, sample ? SAMPLE_AS_OF : undefined);
  try {
    // Counted in the review worker: the tables' rows stay there (40,000 invoices cost the main thread 0.4 s to receive).
    const [[customers, invoices], tables] = await Promise.all([
      host.countRows([CUSTOMERS_SCHEMA.name, INVOICES_SCHEMA.name]),
      host.listTables(),
    ]);
    return { host, file: { status: "loaded", name, customers, invoices, tables: tables.length, sample } };
  } catch (error) {
    host.close();
    throw error;
  }
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function PaneRoot(): React.JSX.Element {
  const [host, setHost] = React.useState<HostInfo | undefined>(undefined);
  const [paneHost, setPaneHost] = React.useState<PaneHost | undefined>(undefined);
  const [file, setFile] = React.useState<FileState>(() => ({
    status: "loading",
    name: SAMPLE_NAMES[localeFromLanguage(navigator.language)],
  }));

  // The last file asked for wins: an earlier open that finishes later is let go, never shown.
  const latest = React.useRef(0);
  const shown = React.useRef<{ close?: () => void } | undefined>(undefined);
  const load = React.useCallback(async (read: () => Promise<ArrayBuffer>, name: string, sample: boolean) => {
    const ticket = ++latest.current;
    setFile({ status: "loading", name });
    try {
      const opened = await openInBrowser(await read(), name, sample);
      if (ticket !== latest.current) return opened.host.close();
      shown.current?.close?.();
      shown.current = opened.host;
      setPaneHost(opened.host);
      setFile(opened.file);
    } catch (error) {
      if (ticket === latest.current) setFile({ status: "failed", name, reason: reason(error) });
    }
  }, []);

  React.useEffect(() => {
    let cancelled = false;
    const started = (info: HostInfo) => {
      if (cancelled) return;
      setHost(info);
      if (info.kind === "excel") {
        setPaneHost(new ExcelPaneHost((batch) => Excel.run(batch), Office.context?.document?.settings));
        return;
      }
      const sample = SAMPLE_NAMES[localeFromLanguage(info.language)];
      const url = `assets/${sample}`;
      void load(
        async () => {
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          return response.arrayBuffer();
        },
        sample,
        true,
      );
    };
    detectHost().then(started, () =>
      started({ kind: "browser", reason: "officeJsMissing", language: navigator.language }),
    );
    return () => {
      cancelled = true;
    };
  }, [load]);

  const picker =
    host?.kind === "browser" ? (
      <WorkbookFilePicker file={file} onOpen={(f) => void load(() => f.arrayBuffer(), f.name, false)} />
    ) : undefined;
  return <App host={host} paneHost={paneHost} sourcePicker={picker} />;
}
