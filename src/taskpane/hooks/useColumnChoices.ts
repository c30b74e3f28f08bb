/** The column choices a review reads with (mappings, open items), starting from the ones remembered with the workbook. */
import * as React from "react";
import type { ColumnChoices } from "../../workbook/columnMapping";
import type { PaneHost } from "../paneHost";

const NO_CHOICES: ColumnChoices = { mappings: {}, openItems: false };

/**
 * The choices and `remember`, which makes new ones current and keeps them with the workbook (see
 * PaneHost.readColumnChoices) so the next review reads the same columns; a failed save is let go.
 */
export function useColumnChoices(host: PaneHost) {
  const [choices, setChoices] = React.useState<ColumnChoices>(NO_CHOICES);
  React.useEffect(() => {
    let live = true;
    void host.readColumnChoices().then((remembered) => live && setChoices(remembered ?? NO_CHOICES));
    return () => {
      live = false;
    };
  }, [host]);
  const remember = (next: ColumnChoices) => {
    setChoices(next);
    void host.writeColumnChoices(next).catch(() => undefined);
  };
  return { choices, remember };
}
