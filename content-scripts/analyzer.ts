/**
 * Loaded only on pages the gate judged Arabic: extracts the page, runs the core, and hands the analysis to
 * the background (the only writer of the database). Everything is caught: the page must not see our
 * errors, and a failed analysis simply leaves nothing stored.
 */
import { analyzePage } from "../src/core/analyze.ts";
import { extractPage } from "../src/extract/index.ts";
import { send } from "../src/messaging/client.ts";

export async function analyzeThisPage(): Promise<void> {
  try {
    const analysis = analyzePage(extractPage(document, location.href));
    // Persian or Urdu pages pass the cheap gate (same script); the core's language check has the last word.
    if (!analysis.isNewsArticle) return;
    await send("content→background:saveAnalysis", { analysis });
  } catch {
    // Swallowed on purpose: see above.
  }
}
