/**
 * The built extension in real Chromium: an Arabic news page is analyzed and stored in the extension's
 * IndexedDB, the popup for its tab shows it, and English or Persian pages leave no trace and no error.
 * The expected analysis is computed here by the same core through the CLI path (linkedom), so the test
 * follows the analyzer as it improves instead of hard-coding counts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeHtml } from "../../src/cli/commands/analyze.ts";
import {
  CHROMIUM_MISSING,
  findChromium,
  type LoadedExtension,
  launchWithExtension,
  popupUrl,
  SAMPLE_PAGES,
  type StaticServer,
  serveDirectory,
  storedArticles,
  tabIdForUrl,
  waitFor,
} from "../../src/dev/browser.ts";

const SEED = "seed-elwatan-russia-gaza.html";

let ext: LoadedExtension;
let server: StaticServer;
/** Errors logged by the extension (its pages, its worker, its content scripts in web pages). */
const extensionErrors: string[] = [];

function fromExtension(message: ConsoleMessage): boolean {
  const where = message.location().url;
  return where.startsWith("chrome-extension://") || /chrome-extension:\/\/|isnad/i.test(message.text());
}

function watch(page: Page): void {
  page.on("console", (m) => {
    if (m.type() === "error" && fromExtension(m)) extensionErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => {
    if (/chrome-extension:\/\//.test(e.stack ?? "")) extensionErrors.push(`${page.url()}: ${e.message}`);
  });
}

async function openPage(file: string): Promise<{ page: Page; url: string }> {
  const page = await ext.context.newPage();
  watch(page);
  const url = `${server.origin}/${file}`;
  await page.goto(url, { waitUntil: "domcontentloaded" });
  return { page, url };
}

beforeAll(async () => {
  const chromium = findChromium();
  // Never a silent skip: without a browser the end-to-end tier fails and says how to get one.
  if (!chromium) throw new Error(CHROMIUM_MISSING);
  server = await serveDirectory(SAMPLE_PAGES);
  ext = await launchWithExtension({ executablePath: chromium });
  ext.worker.on("console", (m) => {
    if (m.type() === "error") extensionErrors.push(`service worker: ${m.text()}`);
  });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe("Isnad in Chromium", () => {
  it("stores an Arabic news page and shows it in the popup for its tab", async () => {
    const html = readFileSync(join(SAMPLE_PAGES, SEED), "utf8");
    const { url } = await openPage(SEED);
    const expected = analyzeHtml(html, url);
    expect(expected.isNewsArticle).toBe(true);

    // (a) the page's record, with its title, in the extension's IndexedDB
    const records = await waitFor(async () => {
      const found = await storedArticles(ext.worker, url);
      return found.length ? found : null;
    });
    expect(records?.map((r) => r.title)).toEqual(expected.articles.map((a) => a.title));
    expect(records?.map((r) => r.quoteCount)).toEqual(expected.articles.map((a) => a.quotes.length));

    // (b) the popup for that tab shows the title and the quotes the analyzer finds
    const tabId = await tabIdForUrl(ext.worker, url);
    expect(tabId).toEqual(expect.any(Number));
    // The toolbar badge of that tab counts the page's quotes.
    const badge = await ext.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }
        ).chrome.action.getBadgeText({ tabId: id }),
      tabId as number,
    );
    const quoteTotal = expected.articles.reduce((n, a) => n + a.quotes.length, 0);
    expect(badge).toBe(quoteTotal > 0 ? String(quoteTotal) : "");

    const popup = await ext.context.newPage();
    watch(popup);
    await popup.goto(popupUrl(ext.extensionId, tabId as number));
    await popup.locator(".article .title").first().waitFor();
    expect(await popup.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await popup.locator(".article .title").allTextContents()).toEqual(expected.articles.map((a) => a.title));
    const expectedQuotes = expected.articles.flatMap((a) => a.quotes);
    const shownQuotes = await popup.locator(".quote blockquote").allTextContents();
    expect(shownQuotes).toHaveLength(expectedQuotes.length);
    for (const quote of expectedQuotes) expect(shownQuotes.join("\n")).toContain(quote.text);

    // English is available from the popup, and the choice is kept.
    await popup.locator("button.switch-language").click();
    await expect.poll(() => popup.locator("html").getAttribute("dir")).toBe("ltr");
    await popup.reload();
    await popup.locator(".article .title").first().waitFor();
    expect(await popup.locator("html").getAttribute("lang")).toBe("en");
    await popup.locator("button.switch-language").click();
    await expect.poll(() => popup.locator("html").getAttribute("dir")).toBe("rtl");
    await popup.close();
  });

  it("saving the same page again updates its record instead of adding one", async () => {
    const { page, url } = await openPage(SEED);
    const before = await waitFor(async () => {
      const found = await storedArticles(ext.worker, url);
      return found.length ? found : null;
    });
    await page.reload({ waitUntil: "domcontentloaded" });
    // The reload is analyzed and saved again: wait for the newer save, then compare.
    const firstSave = Math.max(...(before ?? []).map((r) => r.savedAt));
    const after = await waitFor(async () => {
      const found = await storedArticles(ext.worker, url);
      return found.some((r) => r.savedAt > firstSave) ? found : null;
    });
    expect(after?.map((r) => r.id)).toEqual(before?.map((r) => r.id));
    expect(after?.every((r) => r.firstSavedAt <= firstSave)).toBe(true);
    expect((await storedArticles(ext.worker, null)).filter((r) => r.url === url)).toHaveLength(before?.length ?? -1);
    await page.close();
  });

  it("stores nothing for English or Persian pages, and the extension logs no error", async () => {
    const english = await openPage("bbc-en-001.html");
    const persian = await openPage("aryanews-fa-001.html");
    // A positive control opened last: once its record is stored, the two pages before it (same
    // document_idle trigger, lighter work for the gate) have had their turn.
    const control = await openPage("sabq-001.html");
    const stored = await waitFor(async () => {
      const found = await storedArticles(ext.worker, control.url);
      return found.length ? found : null;
    });
    expect(stored).not.toBeNull();
    await control.page.waitForTimeout(500);
    const urls = new Set((await storedArticles(ext.worker, null)).map((r) => r.url));
    expect(urls.has(english.url)).toBe(false);
    expect(urls.has(persian.url)).toBe(false);
    expect(extensionErrors).toEqual([]);
  });
});
