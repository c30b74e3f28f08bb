/** Pane bootstrap: render at once; PaneRoot detects the Office host and supplies the workbook behind the pane. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { PaneRoot } from "./components/PaneRoot";

const container = document.getElementById("container");
if (container) createRoot(container).render(<PaneRoot />);
