import { render } from "preact";

performance.mark("isnad:script-start");

import { App, type View } from "./App.tsx";
import "./popup.css";

// popup/index.html?tab=<id> shows that tab's page (used by "open in a tab" and by the end-to-end tests);
// without it the popup follows the active tab. &view=related|library opens another view first.
const params = new URLSearchParams(location.search);
const param = params.get("tab");
const fixedTabId = param !== null && /^\d+$/.test(param) ? Number(param) : null;
const view = params.get("view");
const initialView: View = view === "related" || view === "library" ? view : "page";
const root = document.getElementById("app");
if (root) render(<App fixedTabId={fixedTabId} inTab={fixedTabId !== null} initialView={initialView} />, root);
