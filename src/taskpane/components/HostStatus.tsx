/** Says where the pane runs: connected to Excel, or in a plain browser and why. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { format, useStrings } from "../i18n";
import type { HostInfo } from "../host";

export function HostStatus({ host }: { readonly host: HostInfo | undefined }): React.JSX.Element {
  const strings = useStrings();
  if (!host) return <Spinner size="tiny" label={strings.hostDetecting} />;
  if (host.kind === "excel") {
    return (
      <MessageBar intent="success" data-testid="host-status">
        <MessageBarBody>{format(strings.hostExcel, { platform: host.platform })}</MessageBarBody>
      </MessageBar>
    );
  }
  const reason = {
    officeJsMissing: strings.hostOfficeJsMissing,
    noOfficeHost: strings.hostNoOfficeHost,
    otherOfficeHost: strings.hostOtherOfficeHost,
  }[host.reason];
  return (
    <MessageBar intent="info" data-testid="host-status">
      <MessageBarBody>
        <MessageBarTitle>{strings.hostBrowserTitle}</MessageBarTitle>
        {reason}
      </MessageBarBody>
    </MessageBar>
  );
}
