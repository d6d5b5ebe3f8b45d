/**
 * The always-loaded content script: on every http(s) page it checks the text (looksArabic reads a bounded
 * sample of it) and, only when it looks Arabic, imports the analyzer. On other pages it does nothing more,
 * so it must stay tiny (only the gate check is bundled here) and must never let an error reach the page.
 */
import { looksArabic } from "../src/core/language/gate.ts";

function start(): void {
  try {
    const text = document.body?.textContent ?? "";
    if (!looksArabic(text)) return;
    import("./analyzer.ts").then(
      (analyzer) => analyzer.analyzeThisPage(),
      () => {}, // the extension was reloaded or removed under the page: nothing to do
    );
  } catch {
    // Never disturb the page.
  }
}

start();
