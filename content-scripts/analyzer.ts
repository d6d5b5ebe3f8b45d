/**
 * Loaded only on pages the gate judged Arabic: extracts the page, runs the core, and hands the analysis to
 * the background (the only writer of the database). Then it highlights what it found (when the reader has
 * highlights on) and answers the popup's "jump to this quote". Everything is caught: the page must not see
 * our errors, and a failed analysis simply leaves nothing stored.
 *
 * Robustness (content-scripts/lifecycle.ts): each analysis has its own AbortController, and a new one
 * (a single-page-app navigation) aborts the one before, which then never sends its result. All the work
 * is done in bounded steps (extraction: src/extract extractPageSteps; the core: src/core/steps.ts; the
 * highlights: PageHighlights.prepare) that drive() runs in idle-time slices of about 6 ms, so even a
 * 10 MB page is never blocked by us for longer than a frame. When the extension is reloaded or removed
 * under the page ("Extension context invalidated"), everything stops: address watching, highlights,
 * listeners.
 */
import * as v from "valibot";
import browser, { type Runtime, type Storage } from "webextension-polyfill";
import { looksArabic } from "../src/core/language/gate.ts";
import type { PageAnalysis } from "../src/core/types.ts";
import { extractPageSteps } from "../src/extract/index.ts";
import { send } from "../src/messaging/client.ts";
import { type ContentMessageName, type ContentProtocol, err, ok, type Result } from "../src/messaging/protocol.ts";
import { contentRequestSchemas } from "../src/messaging/schemas.ts";
import { PageHighlights } from "./highlight.ts";
import { contextAlive, drive, nextSlice, noteError, watchAddress } from "./lifecycle.ts";
import { pageSample } from "./sample.ts";

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

/**
 * Extraction, then the core, in idle-time slices (the same result as extractPage + analyzePage). The core
 * (lexicons, the claims model) is a chunk of its own, loaded after extraction: evaluating the whole
 * analyzer at once was one task of some 50 ms on a slow machine, the largest of ours. So there are three
 * tasks of about 20 ms where there was one: the claims model's module (≈ 220 KB of weights; imported first,
 * on its own, so that the bundler gives it a chunk of its own), then the model's lookup maps (built in an
 * idle slice of their own: LinearModel.prepare), then the rest of the core's module.
 */
async function analyzeSliced(signal: AbortSignal): Promise<PageAnalysis> {
  const input = await drive(extractPageSteps(document, location.href), signal);
  const { MODEL } = await import("../src/core/claims/model.ts");
  await nextSlice(signal);
  MODEL.prepare();
  await nextSlice(signal);
  const { analyzePageSteps } = await import("../src/core/steps.ts");
  return drive(analyzePageSteps(input), signal);
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
  highlights = null;
  if (!listening) {
    browser.runtime.onMessage.addListener(onMessage);
    browser.storage.onChanged.addListener(onStorageChanged);
    listening = true;
  }
  // A task of its own for the message: sending copies the whole analysis (about 20 ms of CPU for the
  // 340 KB of a 200,000-character article, measured in Chromium), which on top of the last analysis step
  // in the same task made a long task on a busy machine.
  await nextSlice(signal);
  const sent = await send("content→background:saveAnalysis", { analysis });
  if (!sent.ok && noteError(sent.error.message)) {
    teardown();
    return;
  }
  if (signal.aborted) return;
  // Finding the quotes in the page's text reads all of it: sliced as well, after the save.
  const next = new PageHighlights(document, analysis);
  await drive(next.prepare(), signal);
  if (signal.aborted || !alive()) return;
  highlights = next;
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
  if (looksArabic(pageSample(document))) startAnalysis();
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
