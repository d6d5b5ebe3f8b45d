import "./scriptStart.ts";
import { render } from "preact";
import { App, type View } from "./App.tsx";
import { firstReadWithin } from "./boot.ts";
import "./popup.css";

// popup/index.html?tab=<id> shows that tab's page (used by "open in a tab" and by the end-to-end tests);
// without it the popup follows the active tab. &view=related|library opens another view first.
const params = new URLSearchParams(location.search);
const param = params.get("tab");
const fixedTabId = param !== null && /^\d+$/.test(param) ? Number(param) : null;
const view = params.get("view");
const initialView: View = view === "related" || view === "library" ? view : "page";
const root = document.getElementById("app");
// The page's analysis is read before the first render (a few milliseconds), so the first paint shows it.
const initial = await firstReadWithin(fixedTabId, 400);
performance.mark("isnad:first-read");
if (root)
  render(<App fixedTabId={fixedTabId} inTab={fixedTabId !== null} initialView={initialView} initial={initial} />, root);
