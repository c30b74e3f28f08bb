/** Browser mode: which .xlsx the review runs on (the sample at first), and a button to open another. */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format, useStrings } from "../i18n";

export type FileState =
  | { readonly status: "loading"; readonly name: string }
  | {
      readonly status: "loaded";
      readonly name: string;
      readonly customers: number;
      readonly invoices: number;
      /** Tables and sheets with data: what a file without Customers and Invoices (training data) is described by. */
      readonly tables: number;
      readonly sample: boolean;
    }
  | { readonly status: "failed"; readonly name: string; readonly reason: string };

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere", flexGrow: 1, minWidth: 0 },
  hidden: { display: "none" },
});

export interface WorkbookFilePickerProps {
  readonly file: FileState;
  readonly onOpen: (file: File) => void;
}

export function WorkbookFilePicker({ file, onOpen }: WorkbookFilePickerProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <Field label={strings.fileLabel}>
      <div className={styles.row}>
        {file.status === "loading" && <Spinner size="tiny" label={format(strings.fileLoading, { name: file.name })} />}
        {file.status === "loaded" && (
          <Text className={styles.name} data-testid="file-loaded">
            {file.customers === 0 && file.invoices === 0 && !file.sample
              ? format(strings.fileLoadedOther, { name: file.name, tables: file.tables })
              : format(strings.fileLoaded, {
                  name: file.sample ? format(strings.fileSample, { name: file.name }) : file.name,
                  customers: file.customers,
                  invoices: file.invoices,
                })}
          </Text>
        )}
        <Button onClick={() => input.current?.click()} disabled={file.status === "loading"} data-testid="file-open">
          {strings.fileOpen}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) onOpen(chosen);
            e.target.value = "";
          }}
        />
      </div>
      {file.status === "failed" && (
        <MessageBar intent="error" data-testid="file-error">
          <MessageBarBody>{format(strings.fileLoadFailed, { name: file.name, reason: file.reason })}</MessageBarBody>
        </MessageBar>
      )}
    </Field>
  );
}
