/**
 * Loaded only on pages the gate judged Arabic: extracts the page, runs the core, and hands the analysis to
 * the background (the only writer of the database). Then it highlights what it found (when the reader has
 * highlights on) and answers the popup's "jump to this quote". Everything is caught: the page must not see
 * our errors, and a failed analysis simply leaves nothing stored.
 *
 * Robustness (content-scripts/lifecycle.ts): each analysis has its own AbortController, and a new one
 * (a single-page-app navigation) aborts the one before, which then never sends its result. The work is
 * cut into slices with yields between them (extraction, then one article at a time) so a huge page never
 * blocks the page for the whole analysis. When the extension is reloaded or removed under the page
 * ("Extension context invalidated"), everything stops: address watching, highlights, listeners.
 */
import * as v from "valibot";
import browser, { type Runtime, type Storage } from "webextension-polyfill";
import { analyzeArticle, analyzePage } from "../src/core/analyze.ts";
import { looksArabic } from "../src/core/language/gate.ts";
import type { PageAnalysis } from "../src/core/types.ts";
import { extractPage } from "../src/extract/index.ts";
import { send } from "../src/messaging/client.ts";
import { type ContentMessageName, type ContentProtocol, err, ok, type Result } from "../src/messaging/protocol.ts";
import { contentRequestSchemas } from "../src/messaging/schemas.ts";
import { PageHighlights } from "./highlight.ts";
import { contextAlive, noteError, sliced, watchAddress, whenIdle, yieldToPage } from "./lifecycle.ts";

const HIGHLIGHTS_KEY = "highlights"; // src/background/highlights.ts

let highlights: PageHighlights | null = null;
let highlightsOn: boolean | null = null;
let current: AbortController | null = null;
let stopWatching: (() => void) | null = null;
let listening = false;

const alive = () => contextAlive(() => browser.runtime);

function onStorageChanged(changes: Record<string, Storage.StorageChange>, area: string): void {
  try {
    if (area !== "local" || !(HIGHLIGHTS_KEY in changes)) return;
    highlightsOn = changes[HIGHLIGHTS_KEY].newValue !== false;
    if (!alive()) {
      teardown();
      return;
    }
    if (highlightsOn) highlights?.show();
    else highlights?.hide();
  } catch {
    // Never disturb the page.
  }
}

/**
 * Messages from the extension's own pages (tabs.sendMessage). The page's scripts cannot reach this
 * listener, but the sender is still checked and the payload validated like any input.
 */
function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
  try {
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
  } catch (error) {
    if (noteError(error)) teardown();
    return Promise.resolve(err("failed", "content script error"));
  }
}

/** The extension is gone: stop everything of ours and leave the page as it was. */
function teardown(): void {
  try {
    current?.abort();
    current = null;
    stopWatching?.();
    stopWatching = null;
    highlights?.hide();
    highlights = null;
  } catch {
    // Never disturb the page.
  }
  try {
    if (listening) {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorageChanged);
    }
  } catch {
    // The API objects may be gone with the context.
  }
  listening = false;
}

/** The core over the extracted page, one article per slice (same result as analyzePage in one go). */
async function analyzeSliced(signal: AbortSignal): Promise<PageAnalysis> {
  await whenIdle();
  await yieldToPage(signal);
  const input = extractPage(document, location.href);
  await yieldToPage(signal);
  const t0 = Date.now();
  // Language and the headline quotes of the page's links (cheap, bounded); the articles follow.
  const page = analyzePage({ ...input, articles: [] });
  const articles = page.language.isArabic ? await sliced(input.articles, analyzeArticle, signal) : [];
  return { ...page, isNewsArticle: articles.length > 0, articles, timings: { totalMs: Date.now() - t0 } };
}

async function followHighlightSetting(signal: AbortSignal): Promise<void> {
  if (highlightsOn === null) {
    const stored = await browser.storage.local.get(HIGHLIGHTS_KEY);
    highlightsOn = stored[HIGHLIGHTS_KEY] !== false;
  }
  if (signal.aborted) return;
  if (highlightsOn) highlights?.show();
}

async function run(signal: AbortSignal): Promise<void> {
  const analysis = await analyzeSliced(signal);
  // Persian or Urdu pages pass the cheap gate (same script); the core's language check has the last word.
  if (signal.aborted || !analysis.isNewsArticle || !alive()) return;
  highlights?.hide();
  highlights = new PageHighlights(document, analysis);
  if (!listening) {
    browser.runtime.onMessage.addListener(onMessage);
    browser.storage.onChanged.addListener(onStorageChanged);
    listening = true;
  }
  const sent = await send("content→background:saveAnalysis", { analysis });
  if (!sent.ok && noteError(sent.error.message)) {
    teardown();
    return;
  }
  if (signal.aborted) return;
  await followHighlightSetting(signal);
}

/** Starts a new analysis of the page as it is now, aborting the one before (if still running). */
function startAnalysis(): void {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  run(controller.signal).catch((error) => {
    // Aborts are expected; an invalidated context ends everything; anything else is swallowed on purpose.
    if (noteError(error)) teardown();
  });
}

/** A single-page-app route change: analyze the new page, if it still looks Arabic. */
function onAddressChange(): void {
  if (!alive()) {
    teardown();
    return;
  }
  highlights?.hide();
  highlights = null;
  if (looksArabic(document.body?.textContent ?? "")) startAnalysis();
  else current?.abort();
}

export async function analyzeThisPage(): Promise<void> {
  try {
    if (!alive()) return;
    // The once-a-second address check doubles as the liveness check: when the extension is reloaded or
    // removed, our highlights go within a second, not only at the next event that reaches us.
    stopWatching ??= watchAddress(onAddressChange, {
      href: () => {
        if (!alive()) teardown();
        return location.href;
      },
    });
    startAnalysis();
  } catch (error) {
    if (noteError(error)) teardown();
  }
}
