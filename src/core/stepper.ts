/**
 * The smallest part of the stepped pipeline (src/core/steps.ts): the type of a step generator and the
 * synchronous runner. Apart so that code which only produces steps (src/extract) does not pull the
 * whole core into its bundle: the content script loads the core's chunk only after extraction.
 */

/** A generator of bounded steps: each `next()` does one bounded unit of work; it returns `T` when done. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once (the synchronous result of a step generator). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
