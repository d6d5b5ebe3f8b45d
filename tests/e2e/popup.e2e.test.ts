/**
 * The popup and the in-page highlights in real Chromium, on the seed page: the popup shows the speakers
 * with their titles and quotes; a saved quote and a flag survive closing and reopening the popup; the
 * page's quotes are highlighted with the CSS Custom Highlight API while its DOM stays byte-for-byte the
 * same; the views work from the keyboard. Screenshots of every view, in Arabic and English, light and
 * dark, go to out/screenshots/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM_MISSING,
  findChromium,
  type LoadedExtension,
  launchWithExtension,
  openActionPopup,
  popupUrl,
  ROOT,
  type StaticServer,
  serveDirectory,
  storedArticles,
  tabIdForUrl,
  waitFor,
} from "../../src/dev/browser.ts";

const FIXTURES = join(ROOT, "tests/fixtures");
const SEED = "sample-pages/seed-elwatan-russia-gaza.html";
const SHOTS = join(ROOT, "out/screenshots");

let ext: LoadedExtension;
let server: StaticServer;
let seed: Page;
let seedUrl: string;
let tabId: number;

/** Letters only: the page and Article.text agree on letters, not on spacing. */
const letters = (s: string) => s.replace(/[\s\u200b-\u200f\u061c\ufeff]/g, "");

async function openStored(path: string): Promise<{ page: Page; url: string; tabId: number }> {
  const page = await ext.context.newPage();
  const url = `${server.origin}/${path}`;
  // The page's DOM as served, before any extension code could run, for the before/after comparison.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
    });
  });
  await page.goto(url, { waitUntil: "domcontentloaded" });
  const stored = await waitFor(async () => {
    const found = await storedArticles(ext.worker, url);
    return found.length ? found : null;
  });
  if (!stored) throw new Error(`${path} was not stored`);
  const id = await waitFor(() => tabIdForUrl(ext.worker, url));
  return { page, url, tabId: id as number };
}

async function openPopup(view = "page"): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`${popupUrl(ext.extensionId, tabId)}&view=${view}`);
  return popup;
}

/** Sends a protocol message from an extension page (the popup), as the popup's own code does. */
async function sendFrom(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ([t, p]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  );
}

/** The highlight ranges in the page, by name (CSS.highlights is shared by the page and the content script). */
async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) out[name] = [...highlight].map((r) => r.toString());
    return out;
  });
}

beforeAll(async () => {
  const chromium = findChromium();
  if (!chromium) throw new Error(CHROMIUM_MISSING);
  server = await serveDirectory(FIXTURES);
  ext = await launchWithExtension({ executablePath: chromium });
  // Other coverage in the library first, so the related view has something to compare with.
  for (const other of ["gold/gaza-field.html", "gold/gulf-diplomacy.html", "sample-pages/youm7-001.html"]) {
    (await openStored(other)).page.close();
  }
  ({ page: seed, url: seedUrl, tabId } = await openStored(SEED));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe("popup", () => {
  it("shows both speakers of the first article with their titles and quotes", async () => {
    const popup = await openPopup();
    await popup.locator(".article .speaker").first().waitFor();
    expect(await popup.locator("html").getAttribute("dir")).toBe("rtl");
    const first = popup.locator(".article").first();
    const speakers = await first.locator(".speaker").evaluateAll((sections) =>
      sections.map((s) => ({
        name: s.querySelector(".speaker-name")?.textContent ?? "",
        title: s.querySelector(".speaker-title")?.textContent ?? null,
        quotes: s.querySelectorAll(".quote").length,
      })),
    );
    const peskov = speakers.find((s) => s.name === "ديمتري بيسكوف");
    const lavrov = speakers.find((s) => s.name === "سيرجي لافروف");
    expect(peskov?.title).toBe("المتحدث الرسمي باسم الكرملين");
    expect(lavrov?.title).toBe("وزير الخارجية الروسي");
    expect(peskov?.quotes).toBeGreaterThan(0);
    expect(lavrov?.quotes).toBeGreaterThan(0);
    // Each speaker's count badge matches the quotes listed under them.
    const counts = await first.locator(".speaker .count").allTextContents();
    expect(counts.length).toBe(speakers.length);
    await popup.close();
  });

  it("paints the page's analysis first, never a loading line (read before the first render)", async () => {
    const popup = await openPopup();
    // A page the browser does not show is not painted and gets no paint entry (after the earlier tests'
    // pages the popup can open behind one): bring it to the front and wait for its first paint.
    await popup.bringToFront();
    await popup.waitForFunction(() => performance.getEntriesByName("isnad:page-rendered").length > 0);
    await popup.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
    const at = await popup.evaluate(() => ({
      read: performance.getEntriesByName("isnad:first-read")[0]?.startTime ?? Number.NaN,
      firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
      quotes: document.querySelectorAll(".article .quote").length,
      loading: document.querySelectorAll(".status").length,
    }));
    expect(at.quotes).toBeGreaterThan(0);
    expect(at.loading).toBe(0);
    // Nothing was painted before the page's rows were read: the first contentful paint shows them.
    expect(at.firstPaint).toBeGreaterThanOrEqual(at.read);
    await popup.close();
  });

  it("opens as the toolbar popup on the active tab's page, its early script running first", async () => {
    // As the reader opens it: no ?tab=, the popup asks the browser for the active tab of its window.
    const toolbar = await openActionPopup(ext, seed, 300);
    const shown = await toolbar.evaluate<{ speakers: string[]; first: string }>(`new Promise((done) => {
      let tries = 0;
      const poll = async () => {
        const speakers = [...document.querySelectorAll(".article .speaker-name")].map((e) => e.textContent);
        if (!speakers.length && ++tries < 200) return setTimeout(poll, 25);
        // The page's first script, as the browser fetched it.
        const first = await (await fetch(document.querySelector("script[src]").src)).text();
        done({ speakers, first });
      };
      poll();
    })`);
    await toolbar.close();
    expect(shown.speakers).toContain("ديمتري بيسكوف");
    expect(shown.speakers).toContain("سيرجي لافروف");
    // The early chunk (popup/early.ts, vite.config.ts): it asks for the tab's page and imports nothing, so
    // it runs without waiting for the popup's main chunk.
    expect(shown.first).toContain("isnad:script-start");
    expect(shown.first).not.toMatch(/from\s*["'`]|\bimport\s*[({"'`]/);
  });

  it("keeps a saved quote and a flag across closing and reopening the popup", async () => {
    let popup = await openPopup();
    const quote = popup.locator(".article .quote").first();
    await quote.waitFor();
    const quoteId = await quote.getAttribute("data-quote-id");
    await quote.locator(".act-save").click();
    await quote.locator("form.save-form input").fill("روسيا، غزة");
    await quote.locator("form.save-form textarea").fill("للمتابعة مع المصدر");
    await quote.locator("form.save-form button[type=submit]").click();
    await expect.poll(() => quote.locator(".act-save.on").count()).toBe(1);

    const claim = popup.locator(".article .claim").first();
    const claimId = await claim.getAttribute("data-claim-id");
    await claim.locator(".act-flag").click();
    await claim.locator("form.flag-form select").selectOption("misleading");
    await claim.locator("form.flag-form textarea").fill("الرقم غير دقيق");
    await claim.locator("form.flag-form input[type=url]").fill("https://factcheck.example/1");
    await claim.locator("form.flag-form button[type=submit]").click();
    await expect.poll(() => claim.locator(".act-flag.on").count()).toBe(1);
    await popup.close();

    popup = await openPopup();
    const again = popup.locator(`.quote[data-quote-id="${quoteId}"]`);
    await again.waitFor();
    expect(await again.locator(".act-save").textContent()).toBe("محفوظ — تعديل");
    expect(await again.locator(".user-tag").allTextContents()).toEqual(["روسيا", "غزة"]);
    const flagged = popup.locator(`.claim[data-claim-id="${claimId}"]`);
    expect(await flagged.locator(".act-flag").textContent()).toBe("مضلل");
    expect(await flagged.locator(".flag-summary").textContent()).toContain("الرقم غير دقيق");

    // The library lists both, and finds the quote by a word of its note.
    await popup.getByRole("tab", { name: "المكتبة" }).click();
    await popup.locator(".saved-quote").first().waitFor();
    expect(await popup.locator(`.saved-quote[data-quote-id="${quoteId}"]`).count()).toBe(1);
    expect(await popup.locator(".flag .verdict").allTextContents()).toContain("مضلل");
    await popup.locator(".filters input[type=search]").fill("المتابعة");
    await expect.poll(() => popup.locator(".saved-quote").count()).toBe(1);
    await popup.locator(".filters input[type=search]").fill("كلمةغيرموجودة");
    await expect.poll(() => popup.locator(".saved-quote").count()).toBe(0);
    await popup.close();
  });

  it("is usable from the keyboard: arrow keys move between the tabs (right to left in Arabic)", async () => {
    const popup = await openPopup();
    const pageTab = popup.getByRole("tab", { name: "هذه الصفحة" });
    await pageTab.focus();
    await popup.keyboard.press("ArrowLeft");
    await expect.poll(() => popup.getByRole("tab", { selected: true }).textContent()).toBe("تغطيات ذات صلة");
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tab");
    await popup.keyboard.press("ArrowLeft");
    await expect.poll(() => popup.getByRole("tab", { selected: true }).textContent()).toBe("المكتبة");
    await popup.keyboard.press("Home");
    await expect.poll(() => popup.getByRole("tab", { selected: true }).textContent()).toBe("هذه الصفحة");
    // Tab from the tab list reaches the panel, then the first action, all without a mouse.
    await popup.keyboard.press("Tab");
    await popup.keyboard.press("Tab");
    const focused = await popup.evaluate(() => document.activeElement?.tagName);
    expect(focused).toBe("BUTTON");
    await popup.close();
  });
});

describe("in-page highlights", () => {
  it("covers the quote texts and leaves the page's DOM as it was", async () => {
    const popup = await openPopup();
    await popup.locator(".article .quote").first().waitFor();
    const quotes = await popup.locator(".article .quote blockquote").allTextContents();
    const highlighted = await waitFor(async () => {
      const found = await highlightTexts(seed);
      return Object.keys(found).some((n) => n.startsWith("isnad-speaker-")) ? found : null;
    });
    expect(highlighted).not.toBeNull();
    const ranges = Object.entries(highlighted ?? {})
      .filter(([name]) => name.startsWith("isnad-speaker-"))
      .flatMap(([, texts]) => texts.map(letters));
    // Every quote shown in the popup is highlighted on the page, range for range.
    for (const shown of quotes) expect(ranges).toContain(letters(shown.replace(/^«|»$/g, "")));
    mkdirSync(SHOTS, { recursive: true });
    await seed.setViewportSize({ width: 900, height: 900 });
    await seed.locator("p").filter({ hasText: "بيسكوف" }).first().scrollIntoViewIfNeeded();
    await seed.screenshot({ path: join(SHOTS, "page-highlights.png") });
    // Peskov and Lavrov get different colours.
    const names = Object.keys(highlighted ?? {}).filter((n) => n.startsWith("isnad-speaker-"));
    expect(names.length).toBeGreaterThanOrEqual(2);

    // Jump to a quote from the popup: the page flashes it.
    await popup.locator(".article .quote .act-jump").first().click();
    await expect
      .poll(async () => (await highlightTexts(seed))["isnad-flash"]?.map(letters) ?? [])
      .toEqual([letters(quotes[0].replace(/^«|»$/g, ""))]);

    // Off and on again from the popup (every tab follows the setting).
    await popup.locator(".toggle-highlights").click();
    await expect
      .poll(async () => Object.keys(await highlightTexts(seed)).filter((n) => n !== "isnad-flash"))
      .toEqual([]);
    await popup.locator(".toggle-highlights").click();
    await expect.poll(async () => Object.keys(await highlightTexts(seed)).length).toBeGreaterThan(1);

    const [before, after] = await seed.evaluate(() => [
      (window as unknown as { __before: string }).__before,
      document.documentElement.outerHTML,
    ]);
    expect(before.length).toBeGreaterThan(1000);
    expect(after).toBe(before);
    await popup.close();
  });
});

describe("screenshots", () => {
  it("saves each view in Arabic and English, light and dark", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 460, height: 760 });
    await popup.goto(popupUrl(ext.extensionId, tabId));
    const shots: string[] = [];
    const tabName = {
      ar: { page: "هذه الصفحة", related: "تغطيات ذات صلة", library: "المكتبة" },
      en: { page: "This page", related: "Related coverage", library: "Library" },
    };
    for (const lang of ["ar", "en"] as const) {
      await sendFrom(popup, "popup→background:setUiLanguage", { language: lang });
      await popup.goto(popupUrl(ext.extensionId, tabId));
      await expect.poll(() => popup.locator("html").getAttribute("lang")).toBe(lang);
      for (const theme of ["light", "dark"] as const) {
        // The theme follows the system's (prefers-color-scheme) while the reader has not picked one.
        await popup.emulateMedia({ colorScheme: theme });
        for (const view of ["page", "related", "library"] as const) {
          await popup.getByRole("tab", { name: tabName[lang][view] }).click();
          const ready = { page: ".article .quote", related: ".related .status", library: ".saved-quote" }[view];
          await popup.locator(ready).first().waitFor();
          await popup.evaluate(() => window.scrollTo(0, 0));
          const file = join(SHOTS, `popup-${view}-${lang}-${theme}.png`);
          await popup.screenshot({ path: file });
          shots.push(file);
        }
      }
    }
    expect(shots).toHaveLength(12);
    await sendFrom(popup, "popup→background:setUiLanguage", { language: "ar" });
    await popup.close();
  }, 90_000);

  it("stored the seed page under its address", async () => {
    const stored = await storedArticles(ext.worker, seedUrl);
    expect(stored.length).toBeGreaterThan(0);
  });
});
