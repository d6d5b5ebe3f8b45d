import { render } from "preact";
import { App } from "./App.tsx";
import "./popup.css";

// popup/index.html?tab=<id> shows that tab's page (used by "open in a tab" and by the end-to-end tests);
// without it the popup follows the active tab.
const param = new URLSearchParams(location.search).get("tab");
const fixedTabId = param !== null && /^\d+$/.test(param) ? Number(param) : null;
const root = document.getElementById("app");
if (root) render(<App fixedTabId={fixedTabId} inTab={fixedTabId !== null} />, root);
