/**
 * The browser's extension API for the popup's first load, without webextension-polyfill: Firefox's
 * `browser`, else Chromium's `chrome`, whose MV3 methods return promises when given no callback. The
 * few calls made before the first paint (storage, tabs.query, i18n, runtime.getURL) behave the same in
 * both, so the polyfill (and the message client that uses it) load after the first paint instead.
 * undefined outside an extension page (component tests).
 */
import type { Browser } from "webextension-polyfill";

export function ext(): Browser | undefined {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome?.runtime?.id ? scope.chrome : undefined;
}
