/**
 * Loaded only on pages the gate judged Arabic: extracts the page, runs the core, and hands the analysis to
 * the background (the only writer of the database). Then it highlights what it found (when the reader has
 * highlights on) and answers the popup's "jump to this quote". Everything is caught: the page must not see
 * our errors, and a failed analysis simply leaves nothing stored.
 */
import * as v from "valibot";
import browser, { type Runtime } from "webextension-polyfill";
import { analyzePage } from "../src/core/analyze.ts";
import { extractPage } from "../src/extract/index.ts";
import { send } from "../src/messaging/client.ts";
import { type ContentMessageName, type ContentProtocol, err, ok, type Result } from "../src/messaging/protocol.ts";
import { contentRequestSchemas } from "../src/messaging/schemas.ts";
import { PageHighlights } from "./highlight.ts";

const HIGHLIGHTS_KEY = "highlights"; // src/background/highlights.ts

let highlights: PageHighlights | null = null;

async function followHighlightSetting(): Promise<void> {
  const stored = await browser.storage.local.get(HIGHLIGHTS_KEY);
  if (stored[HIGHLIGHTS_KEY] !== false) highlights?.show();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== "local" || !(HIGHLIGHTS_KEY in changes)) return;
    if (changes[HIGHLIGHTS_KEY].newValue === false) highlights?.hide();
    else highlights?.show();
  });
}

/**
 * Messages from the extension's own pages (tabs.sendMessage). The page's scripts cannot reach this
 * listener, but the sender is still checked and the payload validated like any input.
 */
function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
  const envelope = message as { type?: unknown; payload?: unknown } | null;
  if (!envelope || typeof envelope.type !== "string" || !(envelope.type in contentRequestSchemas)) return undefined;
  if (sender.id !== browser.runtime.id || !(sender.url ?? "").startsWith(browser.runtime.getURL(""))) {
    return Promise.resolve(err("forbidden", "not from this extension's pages"));
  }
  const name = envelope.type as ContentMessageName;
  const parsed = v.safeParse(contentRequestSchemas[name], envelope.payload);
  if (!parsed.success) return Promise.resolve(err("invalid", `${name}: ${parsed.issues[0].message}`));
  const payload = parsed.output as ContentProtocol[typeof name]["request"];
  const found = highlights?.jumpTo(payload.text) ?? false;
  return Promise.resolve(ok({ found }));
}

export async function analyzeThisPage(): Promise<void> {
  try {
    const analysis = analyzePage(extractPage(document, location.href));
    // Persian or Urdu pages pass the cheap gate (same script); the core's language check has the last word.
    if (!analysis.isNewsArticle) return;
    highlights = new PageHighlights(document, analysis);
    browser.runtime.onMessage.addListener(onMessage);
    await send("content→background:saveAnalysis", { analysis });
    await followHighlightSetting();
  } catch {
    // Swallowed on purpose: see above.
  }
}
