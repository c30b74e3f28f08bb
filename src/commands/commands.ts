/** Ribbon commands (ExecuteFunction buttons), run in the shared runtime. */

/** Opens the CREDIT function reference (docs/functions.md, built as functions.html) in the user's browser. */
function openFunctionReference(event: Office.AddinCommands.Event): void {
  const url = new URL("functions.html", window.location.href).toString();
  try {
    Office.context.ui.openBrowserWindow(url);
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("openFunctionReference", openFunctionReference);
  });
}
