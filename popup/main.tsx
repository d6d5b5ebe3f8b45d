import { render } from "preact";
import { App, type View } from "./App.tsx";
import { firstReadWithin } from "./boot.ts";
import { fixedTabId } from "./early.ts";
import "./popup.css";

// early.ts ran before this chunk (it is the page's first script): it marked the script's start and asked
// for what the first render shows. &view=related|library opens another view first (?tab=<id>: early.ts).
const view = new URLSearchParams(location.search).get("view");
const initialView: View = view === "related" || view === "library" ? view : "page";
const root = document.getElementById("app");
// The page's analysis is read before the first render (a few milliseconds), so the first paint shows it.
const initial = await firstReadWithin(400);
performance.mark("isnad:first-read");
if (root)
  render(<App fixedTabId={fixedTabId} inTab={fixedTabId !== null} initialView={initialView} initial={initial} />, root);
