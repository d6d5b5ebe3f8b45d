/**
 * Shared by `npm start`, the end-to-end tests and the benchmarks: find Chromium, serve pages on 127.0.0.1,
 * launch Chromium with the built extension loaded (recipe: ../shared/design/TOOLCHAIN.md), and open its
 * toolbar popup.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { articleIdOf } from "../library/records.ts";

/** See launchWithExtension: lets functions compiled by tsx run inside evaluate(). */
const NAME_SHIM = "globalThis.__name ??= (fn) => fn;";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");
export const SAMPLE_PAGES = join(ROOT, "tests/fixtures/sample-pages");

/**
 * The Chromium binary: $CHROMIUM when set (and then only it: a wrong path is reported, not papered over),
 * else Debian's /usr/bin/chromium; null when not found.
 */
export function findChromium(): string | null {
  const wanted = process.env.CHROMIUM || "/usr/bin/chromium";
  return existsSync(wanted) ? wanted : null;
}

export const CHROMIUM_MISSING = [
  "Chromium was not found (looked at $CHROMIUM and /usr/bin/chromium).",
  "Install it with:   sudo apt-get install -y chromium",
  "or point CHROMIUM at a Chromium or Chrome binary:   CHROMIUM=/path/to/chrome npm test",
].join("\n");

const TYPES: Record<string, string> = {
  ".html": "text/html", // no charset: the page's own <meta charset> decides, as on the web
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".json": "application/json",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the files of `dir` on 127.0.0.1 at a free port. */
export async function serveDirectory(dir: string): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Closes the browser and removes its throwaway profile. */
  close(): Promise<void>;
}

/** Starts Chromium with the unpacked extension in `dist` (headless unless told otherwise). */
export async function launchWithExtension(options: {
  executablePath: string;
  dist?: string;
  headless?: boolean;
  /**
   * The browser's interface language (default "ar": Isnad is for Arabic readers, and its popup follows
   * the browser's language until the reader picks one).
   */
  locale?: string;
  /** Other unpacked extensions to load beside it (benchmark anchors); reach them with extensionIn(). */
  alsoLoad?: string[];
}): Promise<LoadedExtension> {
  const locale = options.locale ?? "ar";
  const dist = resolve(options.dist ?? DIST);
  if (!existsSync(join(dist, "manifest.json"))) throw new Error(`no built extension in ${dist}: run npm run build`);
  const extensions = [dist, ...(options.alsoLoad ?? []).map((dir) => resolve(dir))].join(",");
  const profile = mkdtempSync(join(tmpdir(), "isnad-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath,
    headless: options.headless ?? true,
    locale,
    // Chromium on Linux takes its interface language from the environment; --lang is for the others.
    env: { ...process.env, LANGUAGE: locale, LC_ALL: "", LANG: "" },
    args: [
      `--lang=${locale}`,
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // The sample pages reference outside scripts and images; nothing but 127.0.0.1 is reachable, so
      // fail those lookups at once instead of waiting for them to time out.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
  const extensionId = unpackedExtensionId(dist);
  const worker = await workerOf(context, extensionId);
  // tsx (esbuild keepNames) wraps named functions in `__name(fn, "name")`; functions passed to evaluate()
  // carry that call into the browser, where no __name exists. An identity shim makes them run there too.
  await worker.evaluate(NAME_SHIM);
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The id Chromium gives an unpacked extension loaded from `dir`: the first 128 bits of the SHA-256 of its
 * absolute path, written with the letters a–p for the hex digits 0–f.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash("sha256").update(resolve(dir)).digest("hex").slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join("");
}

/** The service worker of the loaded extension `extensionId` (waits for it to start). */
async function workerOf(context: BrowserContext, extensionId: string): Promise<Worker> {
  const isIt = (w: Worker) => new URL(w.url()).host === extensionId;
  return (
    context.serviceWorkers().find(isIt) ??
    (await context.waitForEvent("serviceworker", { predicate: isIt, timeout: 30_000 }))
  );
}

/** Another extension loaded with launchWithExtension's `alsoLoad` (its close() does nothing). */
export async function extensionIn(ext: LoadedExtension, dir: string): Promise<LoadedExtension> {
  const extensionId = unpackedExtensionId(dir);
  const worker = await workerOf(ext.context, extensionId);
  await worker.evaluate(NAME_SHIM);
  return { context: ext.context, worker, extensionId, close: async () => {} };
}

/** The popup page for one tab, opened as an ordinary page. */
export function popupUrl(extensionId: string, tabId: number): string {
  return `chrome-extension://${extensionId}/popup/index.html?tab=${tabId}`;
}

/**
 * The tab id the background recorded for a page URL (storage.session "tab:<id>" → url), or null when
 * the page's analysis was not saved (yet). Read inside the service worker, which owns that record.
 */
export async function tabIdForUrl(worker: Worker, url: string): Promise<number | null> {
  return worker.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    const all = await chrome.storage.session.get(null);
    const entry = Object.entries(all).find(([key, value]) => key.startsWith("tab:") && value === wanted);
    return entry ? Number(entry[0].slice(4)) : null;
  }, url);
}

/** The bit of the extension API the worker-side probes use (no @types/chrome in this project). */
interface ChromeGlobal {
  chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
}

/** The stored article records of a page (url given) or of every page (null), from the extension's IndexedDB. */
export async function storedArticles(
  worker: Worker,
  url: string | null,
): Promise<{ id: string; url: string; title: string; quoteCount: number; savedAt: number; firstSavedAt: number }[]> {
  await worker.evaluate(NAME_SHIM); // the worker may have restarted since launch
  const records = await worker.evaluate(async (wanted) => {
    // Opening a database that does not exist would create it (empty) under Dexie's feet.
    if (!(await indexedDB.databases()).some((d) => d.name === "isnad")) return [];
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open("isnad");
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      if (!db.objectStoreNames.contains("articles")) return [];
      const tx = db.transaction(["articles", "quotes"]);
      const store = tx.objectStore("articles");
      const get = <T>(request: IDBRequest<T>) =>
        new Promise<T>((ok, fail) => {
          request.onsuccess = () => ok(request.result);
          request.onerror = () => fail(request.error);
        });
      // Library records (src/library/records.ts): ISO dates; quotes in their own table.
      const rows = (await get(wanted === null ? store.getAll() : store.index("url").getAll(wanted))) as {
        id: string;
        url: string;
        title: string;
        savedAt: string;
        updatedAt: string;
      }[];
      const quotes = tx.objectStore("quotes").index("articleId");
      return Promise.all(
        rows.map(async (r) => ({
          id: r.id,
          url: r.url,
          title: r.title,
          quoteCount: await get(quotes.count(r.id)),
          savedAt: Date.parse(r.updatedAt),
          firstSavedAt: Date.parse(r.savedAt),
        })),
      );
    } finally {
      db.close();
    }
  }, url);
  if (url === null) return records;
  // Page order: the id of the article at position i of a page derives from the page's URL and i
  // (src/library/records.ts articleIdOf); the index returns records in id order instead.
  const position = new Map<string, number>();
  for (let i = 0; i < records.length + 5; i++) position.set(articleIdOf(url, i, ""), i);
  const at = (r: { id: string }) => position.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  return [...records].sort((a, b) => at(a) - at(b));
}

/** Polls `probe` until it returns a non-null value or `timeoutMs` passes (then null). */
export async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 10_000, everyMs = 100): Promise<T | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The toolbar popup opened by openActionPopup: run expressions in it, close it. */
export interface ActionPopup {
  /** performance.timeOrigin of the popup's document minus the moment openPopup() was called (ms). */
  callToNavigationMs: number;
  /** Evaluates `expression` in the popup (promises awaited); returns its value (JSON-serializable). */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens the extension's real toolbar popup (chrome.action.openPopup(), called in the service worker:
 * Chromium allows it without a user gesture since version 127, headless included) over `page`, which is
 * brought to the front first (the popup opens in the focused window and shows its active tab).
 *
 * Playwright does not attach to the popup (it is no tab), so nothing of Playwright's runs in it while it
 * loads: no init scripts, no utility world. After `settleMs` the popup is reached through the DevTools
 * protocol's Target domain, from a session of `page`; attaching then leaves the timings already taken as
 * they were.
 */
export async function openActionPopup(ext: LoadedExtension, page: Page, settleMs = 1000): Promise<ActionPopup> {
  await page.bringToFront();
  const calledAt = await ext.worker.evaluate(async () => {
    const at = performance.timeOrigin + performance.now();
    await (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup();
    return at;
  });
  await new Promise((r) => setTimeout(r, settleMs));
  const cdp = await ext.context.newCDPSession(page);
  // The toolbar popup's page has no ?tab= (a popup opened as a tab carries its tab's id).
  const toolbarUrl = `chrome-extension://${ext.extensionId}/popup/index.html`;
  let target: { targetId: string; url: string; type: string } | undefined;
  for (let tries = 0; !target && tries < 100; tries++) {
    const { targetInfos } = (await cdp.send("Target.getTargets")) as {
      targetInfos: { targetId: string; url: string; type: string }[];
    };
    target = targetInfos.find((t) => t.type === "page" && t.url === toolbarUrl);
    if (!target) await new Promise((r) => setTimeout(r, 50));
  }
  if (!target) {
    await cdp.detach();
    throw new Error("the toolbar popup did not open");
  }
  const { sessionId } = (await cdp.send("Target.attachToTarget", { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  type Reply = { id?: number; result?: { result?: { value?: unknown } }; error?: unknown };
  let nextId = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on("Target.receivedMessageFromTarget", (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = ++nextId;
    const answered = new Promise<Reply>((ok) => waiting.set(id, ok));
    const params = { expression, returnByValue: true, awaitPromise: true };
    await cdp.send("Target.sendMessageToTarget", {
      sessionId,
      message: JSON.stringify({ id, method: "Runtime.evaluate", params }),
    });
    const reply = await answered;
    waiting.delete(id);
    if (reply.error) throw new Error(`in the popup: ${JSON.stringify(reply.error)}`);
    return reply.result?.result?.value as T;
  };
  const timeOrigin = await evaluate<number>("performance.timeOrigin");
  return {
    callToNavigationMs: timeOrigin - calledAt,
    evaluate,
    close: async () => {
      await cdp.send("Target.closeTarget", { targetId: target.targetId }).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}
