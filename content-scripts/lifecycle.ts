/**
 * The content script's life in a page it does not own: step generators run in idle-time slices (so a
 * huge page never freezes), one AbortController per analysis, and detecting that the extension was
 * reloaded or removed under the page ("Extension context invalidated"), after which nothing of ours may
 * run again.
 */
import type { Steps } from "../src/core/stepper.ts";

/** True once the extension's context is gone; every entry point checks it first. */
let invalidated = false;

/** The message Chromium throws (or rejects with) once the extension was reloaded, updated or removed. */
export const CONTEXT_INVALIDATED = /Extension context invalidated|context invalidated/i;

/**
 * Whether the extension can still be reached. `runtime.id` turns undefined (or its getter throws) once
 * the context is invalidated; the answer is latched, because that state never comes back.
 */
export function contextAlive(runtime: () => { id?: string } | undefined): boolean {
  if (invalidated) return false;
  try {
    if (!runtime()?.id) invalidated = true;
  } catch {
    invalidated = true;
  }
  return !invalidated;
}

/** Latches the invalidated state when `error` (a thrown value or a Result message) says so. */
export function noteError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error ?? "");
  if (CONTEXT_INVALIDATED.test(message)) invalidated = true;
  return invalidated;
}

/** For tests: back to a live context. */
export function resetLifecycle(): void {
  invalidated = false;
}

/**
 * Longest run of our steps in one task, in ms. The 50 ms "long task" line is what a reader feels; 6 ms
 * leaves room for one step that overruns (a step is bounded in work, not in time: about a millisecond on
 * a fast machine, some tens on a loaded one while the code is still cold) and for the page's own work in
 * the same frame.
 */
export const SLICE_MS = 6;
/** Shortest slice worth starting when an idle period is nearly spent (or timed out). */
const MIN_SLICE_MS = 3;
/** An idle callback waits at most this long for the page to go idle (a busy page still gets analyzed). */
const IDLE_TIMEOUT_MS = 1000;

interface IdleDeadlineLike {
  timeRemaining(): number;
  didTimeout: boolean;
}

/**
 * Waits for the next slice and says how long it may run: the browser's idle time (requestIdleCallback,
 * Chromium and Firefox) capped at SLICE_MS, else a macrotask and SLICE_MS (an engine without idle
 * callbacks). Rejects with the signal's reason when the analysis was aborted meanwhile.
 */
export function nextSlice(signal?: AbortSignal): Promise<number> {
  const idle = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  return new Promise<number>((resolve, reject) => {
    const go = (budget: number) => {
      if (signal?.aborted) reject(signal.reason);
      else resolve(budget);
    };
    if (typeof idle === "function") {
      idle(
        (deadline: IdleDeadlineLike) =>
          go(deadline.didTimeout ? SLICE_MS : Math.max(MIN_SLICE_MS, Math.min(SLICE_MS, deadline.timeRemaining()))),
        { timeout: IDLE_TIMEOUT_MS },
      );
    } else setTimeout(() => go(SLICE_MS), 0);
  });
}

/** Statistics of one drive() run, for tests and measurements. */
export interface DriveStats {
  slices: number;
  steps: number;
  /** Longest slice, in ms. */
  longestMs: number;
}

/**
 * Runs `steps` to the end in time-boxed slices: each slice takes steps until its budget (nextSlice) is
 * spent, then gives the page its turn. Stops with the signal's reason once aborted (at the next slice:
 * a step is never interrupted). `stats`, when given, is filled as it goes.
 */
export async function drive<T>(
  steps: Steps<T>,
  signal?: AbortSignal,
  options: { now?: () => number; next?: (signal?: AbortSignal) => Promise<number>; stats?: DriveStats } = {},
): Promise<T> {
  const now = options.now ?? (() => performance.now());
  const next = options.next ?? nextSlice;
  for (;;) {
    const budget = await next(signal);
    const start = now();
    if (options.stats) options.stats.slices++;
    try {
      for (;;) {
        const r = steps.next();
        if (options.stats) options.stats.steps++;
        if (r.done) return r.value;
        if (now() - start >= budget) break;
      }
    } finally {
      if (options.stats) options.stats.longestMs = Math.max(options.stats.longestMs, now() - start);
    }
  }
}

/**
 * Calls `onChange(href)` when the page's address changes without a load (history.pushState,
 * replaceState with a new URL, popstate, hash-less SPA routing). The isolated world cannot patch the
 * page's history functions, so this listens to the Navigation API where present and also polls the
 * address once a second (a string comparison: negligible), debounced so a burst of route changes
 * gives one call. Returns a function that stops watching.
 */
export function watchAddress(
  onChange: (href: string) => void,
  options: { everyMs?: number; debounceMs?: number; href?: () => string } = {},
): () => void {
  const read = options.href ?? (() => location.href);
  let last = read();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    try {
      const now = read();
      if (now === last) return;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          onChange(last);
        } catch {
          // Never disturb the page.
        }
      }, options.debounceMs ?? 300);
    } catch {
      // Never disturb the page.
    }
  };
  const poll = setInterval(check, options.everyMs ?? 1000);
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener?.("navigatesuccess", check);
  // Optional: not every context that runs this (a worker, a test) has window events.
  globalThis.addEventListener?.("popstate", check);
  return () => {
    clearInterval(poll);
    clearTimeout(timer);
    nav?.removeEventListener?.("navigatesuccess", check);
    globalThis.removeEventListener?.("popstate", check);
  };
}
