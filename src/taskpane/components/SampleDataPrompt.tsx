/** In an empty workbook: explains which tables the review reads, and offers to insert the sample portfolio. */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { todaySerial } from "../../core/dates";
import { useLocale, useStrings } from "../i18n";
import type { PaneHost } from "../paneHost";

type Status = "checking" | "hasInput" | "empty" | "inserting" | "inserted" | { readonly failed: string };

export function SampleDataPrompt({ host }: { readonly host: PaneHost }): React.JSX.Element | null {
  const strings = useStrings();
  const locale = useLocale();
  const [status, setStatus] = React.useState<Status>("checking");

  React.useEffect(() => {
    let live = true;
    host.hasReviewInput().then(
      (has) => live && setStatus(has ? "hasInput" : "empty"),
      () => live && setStatus("empty"),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const insert = async () => {
    setStatus("inserting");
    try {
      await host.insertSampleData(todaySerial(), locale);
      setStatus("inserted");
    } catch (error) {
      setStatus({ failed: error instanceof Error ? error.message : String(error) });
    }
  };

  if (status === "checking" || status === "hasInput") return null;
  if (status === "inserted") {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{strings.sampleInserted}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={typeof status === "object" ? "error" : "info"} layout="multiline" data-testid="sample-prompt">
      <MessageBarBody>
        <MessageBarTitle>{strings.emptyWorkbookTitle}</MessageBarTitle>
        {typeof status === "object" ? status.failed : strings.emptyWorkbookBody}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={status === "inserting"} onClick={() => void insert()}>
          {status === "inserting" ? strings.insertingSample : strings.insertSample}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
