/**
 * The always-loaded content script: on every http(s) page it checks a bounded sample of the visible text
 * (pageSample: three windows read with TreeWalkers, never the whole body's text, so a 10 MB page costs
 * what a small one does) and, only when it looks Arabic, imports the analyzer. On other pages it does nothing more,
 * so it must stay tiny (only the gate check is bundled here) and must never let an error reach the page.
 */
import { looksArabic } from "../src/core/language/gate.ts";
import { pageSample } from "./sample.ts";

function start(): void {
  try {
    if (!looksArabic(pageSample(document))) return;
    import("./analyzer.ts").then(
      (analyzer) => analyzer.analyzeThisPage(),
      () => {}, // the extension was reloaded or removed under the page: nothing to do
    );
  } catch {
    // Never disturb the page.
  }
}

start();
