/**
 * Bounded fuzzing of extract + core (the long run is `npm run fuzz`): real pages mutated by deletions,
 * duplications, truncated tags, deep nesting, attribute garbage, injected scripts and entity soup, plus
 * random tag soup, each analyzed as `isnad analyze` does. No case may throw, break an offset, or take
 * longer than the per-page budget (generous here: the machine running `npm test` is loaded).
 */
import { describe, expect, it } from "vitest";
import { analyzeHtml } from "../../src/cli/commands/analyze.ts";
import { parseDocument } from "../../src/cli/loadPage.ts";
import { flattenDeepNesting, MAX_NESTING } from "../../src/cli/nesting.ts";
import { ensureSkeleton } from "../../src/cli/skeleton.ts";
import { fuzzCase, MUTATORS, rng, runCase, seedPages } from "../fuzz/pages.ts";

const SEED = 20260829;
const CASES = 90;
const BUDGET_MS = 4000;

describe("fuzzing extract + core with mutated real pages", () => {
  const seeds = seedPages();

  it("has real pages to mutate", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(10);
  });

  it(`${CASES} mutated pages: no crash, no broken offset, none over ${BUDGET_MS} ms`, () => {
    const problems: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const c = fuzzCase(seeds, SEED, i);
      const r = runCase(c.html);
      if (r.error) problems.push(`${c.label}: ${r.error}`);
      else if (r.ms > BUDGET_MS) problems.push(`${c.label}: ${Math.round(r.ms)} ms`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("every mutator changes a page and is reproducible from its seed", () => {
    const page = seeds[0]?.html ?? "";
    for (const [name, mutate] of Object.entries(MUTATORS)) {
      const a = mutate(page, rng(7), page);
      expect(a, name).not.toBe(page);
      expect(mutate(page, rng(7), page), name).toBe(a);
    }
  });

  it("an unmutated page still gives its quotes (the harness analyzes for real)", () => {
    const seed = seeds.find((s) => s.name === "okaz-001");
    expect(seed).toBeDefined();
    expect(runCase(seed?.html ?? "").error).toBeNull();
    expect(analyzeHtml(seed?.html ?? "", null).articles[0]?.quotes.length).toBeGreaterThan(5);
  });
});

describe("deep nesting is flattened before parsing", () => {
  const article = "<h1>عنوان</h1><p>قال الوزير إن «الوضع مستقر» في المنطقة.</p>";

  it("keeps ordinary pages as they are", () => {
    for (const s of seedPages()) expect(flattenDeepNesting(s.html)).toBe(s.html);
  });

  it("caps 100,000 nested <div> at the browser's depth and keeps the text", () => {
    const html = `<html><body>${"<div>".repeat(100_000)}${article}${"</div>".repeat(100_000)}</body></html>`;
    const flat = flattenDeepNesting(html);
    expect(flat.length).toBeLessThan(html.length);
    // <html> and <body> take two of the levels.
    expect(flat.split("<div>").length - 1).toBe(MAX_NESTING - 2);
    expect(flat).toContain("قال الوزير إن «الوضع مستقر»");
    const t0 = performance.now();
    const doc = parseDocument(html);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(doc.body.textContent).toContain("قال الوزير");
  });

  it("does not count tags inside scripts, comments or implied-end elements", () => {
    const script = `<script>${"<div>".repeat(2000)}</script>`;
    const comment = `<!--${"<div>".repeat(2000)}-->`;
    const paragraphs = "<p>نص".repeat(2000);
    for (const html of [script, comment, paragraphs])
      expect(flattenDeepNesting(`<body>${html}</body>`)).toBe(`<body>${html}</body>`);
  });

  it("gives a document a root even when the page has no element", () => {
    for (const html of ["", "نص فقط", "<!-- never closed <p>قال"]) {
      const doc = parseDocument(html);
      expect(doc.documentElement).not.toBeNull();
      expect(() => doc.body.textContent).not.toThrow();
    }
  });
});

describe("pages without <html> or <body> get the ones a browser implies", () => {
  it.each([
    ["a fragment", "<p>قال الوزير إن الوضع مستقر</p>", "قال الوزير"],
    ["text only", "قال الوزير إن الوضع مستقر", "قال الوزير"],
    ["no <html>", "<!doctype html><head><title>خبر</title></head><body><p>قال الوزير</p></body>", "قال الوزير"],
    ["no <body>", "<html><head><title>خبر</title></head><p>قال الوزير</p></html>", "قال الوزير"],
    [
      "neither, head elements first",
      "<!DOCTYPE html><meta charset=utf-8><title>خبر</title><script>var a='<p>';</script><p>قال الوزير</p>",
      "قال الوزير",
    ],
  ])("%s: the text is in the body", (_name, html, text) => {
    const doc = parseDocument(html);
    expect(doc.body.textContent).toContain(text);
    expect(doc.body.textContent).not.toContain("var a");
  });

  it("leaves pages that have both tags as they are", () => {
    for (const s of seedPages()) expect(ensureSkeleton(s.html), s.name).toBe(s.html);
    const page = "<html><head></head><body><p>x</p></body></html>";
    expect(ensureSkeleton(page)).toBe(page);
  });

  it("keeps the title in the head when the page has no <body> tag", () => {
    const doc = parseDocument("<!doctype html><html><head><title>خبر عاجل</title></head><p>قال الوزير</p></html>");
    expect(doc.title).toBe("خبر عاجل");
  });

  it("is linear on 200,000 unclosed tags", () => {
    const t0 = performance.now();
    ensureSkeleton("<a".repeat(200_000));
    ensureSkeleton(`<title>${"<a".repeat(200_000)}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
