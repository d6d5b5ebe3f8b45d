/**
 * The content script's lifecycle helpers (content-scripts/lifecycle.ts): slices yield to the page,
 * aborted work stops at the next slice, an invalidated extension context is detected and latched,
 * address changes are debounced; and the manifest keeps the content script out of frames.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  contextAlive,
  drive,
  nextSlice,
  noteError,
  resetLifecycle,
  SLICE_MS,
  watchAddress,
} from "../../content-scripts/lifecycle.ts";

afterEach(() => {
  resetLifecycle();
  vi.useRealTimers();
});

describe("sliced work", () => {
  /** Steps of `ms` busy milliseconds each, recording their order. */
  function* busySteps(n: number, ms: number, order: string[]): Generator<void, number, void> {
    for (let i = 1; i <= n; i++) {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // busy: a step of real work
      }
      order.push(`step ${i}`);
      yield;
    }
    return n;
  }

  it("gives the event loop a turn between slices (setTimeout where there are no idle callbacks)", async () => {
    const order: string[] = [];
    const done = drive(busySteps(6, 4, order)); // 4 ms steps, SLICE_MS per slice
    setTimeout(() => order.push("page task"), 0);
    expect(order).toEqual([]); // nothing runs synchronously
    expect(await done).toBe(6);
    // The page's task, queued after the work began, ran before the work ended.
    expect(order.indexOf("page task")).toBeGreaterThan(0);
    expect(order.indexOf("page task")).toBeLessThan(order.indexOf("step 6"));
    expect(SLICE_MS).toBeLessThan(50);
  });

  it("nextSlice rejects when the signal was aborted meanwhile, and gives a budget otherwise", async () => {
    const controller = new AbortController();
    const waiting = nextSlice(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
    expect(await nextSlice(new AbortController().signal)).toBe(SLICE_MS);
  });
});

describe("extension context", () => {
  it("is alive while runtime.id is set", () => {
    expect(contextAlive(() => ({ id: "abc" }))).toBe(true);
  });

  it.each([
    ["id undefined", () => ({ id: undefined })],
    ["runtime gone", () => undefined],
    [
      "getter throws",
      () => {
        throw new Error("Extension context invalidated.");
      },
    ],
  ])("is dead when %s, and stays dead", (_name, runtime) => {
    expect(contextAlive(runtime)).toBe(false);
    expect(contextAlive(() => ({ id: "abc" }))).toBe(false);
  });

  it("recognises the invalidation error, and only it", () => {
    expect(noteError(new Error("Could not establish connection. Receiving end does not exist."))).toBe(false);
    expect(noteError("network error")).toBe(false);
    expect(noteError(new DOMException("aborted", "AbortError"))).toBe(false);
    expect(contextAlive(() => ({ id: "abc" }))).toBe(true);
    expect(noteError(new Error("Extension context invalidated."))).toBe(true);
    expect(contextAlive(() => ({ id: "abc" }))).toBe(false);
  });
});

describe("address watching", () => {
  it("reports a burst of address changes once, after the debounce, and stops when told", () => {
    vi.useFakeTimers();
    let href = "https://news.example/a";
    const changes: string[] = [];
    const stop = watchAddress((h) => changes.push(h), { everyMs: 100, debounceMs: 300, href: () => href });
    vi.advanceTimersByTime(500);
    expect(changes).toEqual([]); // no change, no call
    href = "https://news.example/b";
    vi.advanceTimersByTime(100);
    href = "https://news.example/c";
    vi.advanceTimersByTime(100);
    expect(changes).toEqual([]); // still debouncing
    vi.advanceTimersByTime(400);
    expect(changes).toEqual(["https://news.example/c"]);
    stop();
    href = "https://news.example/d";
    vi.advanceTimersByTime(2000);
    expect(changes).toEqual(["https://news.example/c"]);
  });
});

describe("manifest", () => {
  it("runs the content script in top-level pages only (frames are skipped)", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../manifest.json", import.meta.url), "utf8"));
    expect(manifest.content_scripts.length).toBeGreaterThan(0);
    for (const script of manifest.content_scripts) {
      expect(script.all_frames ?? false).toBe(false);
      expect(script.match_about_blank ?? false).toBe(false);
      expect(script.match_origin_as_fallback ?? false).toBe(false);
    }
  });
});
