/**
 * The content script's life in a page it does not own: cooperative yielding (so a huge page never
 * freezes), one AbortController per analysis, and detecting that the extension was reloaded or removed
 * under the page ("Extension context invalidated"), after which nothing of ours may run again.
 */

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

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the page's own work (input, rendering) a turn between two slices of ours: scheduler.yield()
 * where the browser has it (the continuation keeps its priority), else a macrotask via setTimeout(0).
 * Rejects with the signal's reason when the analysis was aborted meanwhile, so aborted work stops at
 * the next slice boundary and never reaches sendMessage.
 */
export async function yieldToPage(signal?: AbortSignal): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === "function") await scheduler.yield();
  else await new Promise<void>((resolve) => setTimeout(resolve, 0));
  signal?.throwIfAborted();
}

/** Waits for an idle period (bounded by `timeoutMs`), for work that can wait for the page to settle. */
export function whenIdle(timeoutMs = 2000): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}

/**
 * Runs `work` for each item with a yield before each one (and an abort check), so a page with many
 * articles is analyzed one article per task instead of all in one long task.
 */
export async function sliced<T, R>(items: readonly T[], work: (item: T) => R, signal?: AbortSignal): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) {
    await yieldToPage(signal);
    out.push(work(item));
  }
  return out;
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
