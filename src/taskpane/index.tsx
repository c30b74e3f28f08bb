/** Pane bootstrap: render at once, then detect the Office host and re-render with it. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { detectHost, type HostInfo } from "./host";

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  const render = (host: HostInfo | undefined) => root.render(<App host={host} />);
  render(undefined);
  void detectHost().then(render, () => render({ kind: "browser", reason: "officeJsMissing", language: navigator.language }));
}
