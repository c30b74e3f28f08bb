/** Where the pane is running: inside Excel (with Office's display language) or in a plain browser. */

export type HostInfo =
  | { readonly kind: "excel"; readonly language: string; readonly platform: string }
  | {
      readonly kind: "browser";
      readonly reason: "officeJsMissing" | "noOfficeHost" | "otherOfficeHost";
      readonly language: string;
    };

/** How long to wait for Office.onReady before deciding we are not inside Office. */
const READY_TIMEOUT_MS = 5000;

/**
 * Detects the host. Outside Office, `Office.onReady` resolves with no host (or office.js did not load at all):
 * the pane then runs in browser mode on files instead of failing.
 */
export async function detectHost(browserLanguage: string = navigator.language): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { kind: "browser", reason: "officeJsMissing", language: browserLanguage };
  }
  const info = await Promise.race([
    Office.onReady(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), READY_TIMEOUT_MS)),
  ]);
  if (!info || !info.host) return { kind: "browser", reason: "noOfficeHost", language: browserLanguage };
  if (info.host !== Office.HostType.Excel)
    return { kind: "browser", reason: "otherOfficeHost", language: browserLanguage };
  return {
    kind: "excel",
    language: Office.context?.displayLanguage || browserLanguage,
    platform: String(info.platform ?? ""),
  };
}
