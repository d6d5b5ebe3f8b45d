/**
 * `isnad analyze` on inputs that are not pages, or not sane ones: missing, a directory, a FIFO, binary
 * data, empty, gigantic (50 MB), 100,000 levels of <div>. Each gives either a one-line error on stderr or a
 * normal result, in bounded time; the other inputs of the batch are still analyzed; the exit status is 1
 * when an input could not be read and 0 otherwise (../shared/spec/ANALYSIS.md). Most cases call runAnalyze
 * in-process; a few spawn the real command to check what a user sees.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runAnalyze } from "../../src/cli/commands/analyze.ts";
import { decodeHtml, looksBinary, MAX_PAGE_BYTES } from "../../src/cli/loadPage.ts";
import type { PageAnalysis } from "../../src/core/types.ts";

const CLI = fileURLToPath(new URL("../../src/cli/isnad.mjs", import.meta.url));
const GOOD_PAGE = fileURLToPath(new URL("../fixtures/pages/okaz-001/source.html", import.meta.url));

let dir: string;
const path = (name: string) => join(dir, name);

const ARTICLE =
  "<h1>وزير الخارجية: المنطقة تمر بمرحلة حساسة</h1>" +
  "<p>قال وزير الخارجية في مؤتمر صحفي اليوم إن «المنطقة تمر بمرحلة حساسة تتطلب الحكمة وضبط النفس».</p>" +
  "<p>وأضاف الوزير أن الحكومة ستواصل اتصالاتها مع الأطراف كافة، مشيرا إلى أن 25 شخصا قتلوا في الهجمات الأخيرة.</p>" +
  "<p>وأوضح المتحدث باسم الوزارة أن «الاجتماع المقبل سيعقد في العاصمة الأسبوع المقبل بحضور الوفود».</p>" +
  "<p>وأكد رئيس الوزراء في بيان أن الحكومة خصصت 300 مليون دولار لإعادة إعمار المناطق المتضررة.</p>";
/** A page as news sites write them: a head with a title and the article type, the article in the body. */
const page = (body: string) =>
  `<html lang="ar"><head><meta charset="utf-8"><title>وزير الخارجية: المنطقة تمر بمرحلة حساسة</title>` +
  `<meta property="og:type" content="article"></head><body>${body}</body></html>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "isnad-cli-"));
  writeFileSync(path("empty.html"), "");
  writeFileSync(path("random.bin"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)));
  // The first bytes of a real PNG: signature, IHDR chunk.
  writeFileSync(
    path("image.png"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
  );
  writeFileSync(
    path("nested.html"),
    page(`${"<div>".repeat(100_000)}<article>${ARTICLE}</article>${"</div>".repeat(100_000)}`),
  );
  writeFileSync(
    path("article.html"),
    `<html lang="ar"><head><meta charset="utf-8"></head><body><article>${ARTICLE}</article></body></html>`,
  );
  // A page saved as "Unicode" by old Windows tools: UTF-16 with a byte order mark.
  writeFileSync(
    path("utf16.html"),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(ARTICLE).replace(' charset="utf-8"', ""), "utf16le")]),
  );
  mkdirSync(path("a-directory"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `isnad analyze ARGS` in-process, collecting what it writes. */
async function analyze(...args: string[]): Promise<{ status: number; out: string; err: string; ms: number }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err += String(s);
    return true;
  });
  const t0 = performance.now();
  try {
    const status = await runAnalyze(args);
    return { status, out, err, ms: performance.now() - t0 };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const lines = (s: string) => s.split("\n").filter(Boolean);

afterEach(() => vi.restoreAllMocks());

describe("isnad analyze: inputs that cannot be read", () => {
  it.each([
    ["missing.html", "no such file"],
    ["a-directory", "is a directory"],
    ["empty.html/x", "not a directory"],
    ["random.bin", "binary data"],
    ["image.png", "binary data"],
  ])("%s: one line on stderr naming the input, exit 1, nothing on stdout", async (name, reason) => {
    const r = await analyze(path(name));
    expect(r.status).toBe(1);
    expect(r.out).toBe("");
    expect(lines(r.err)).toHaveLength(1);
    expect(r.err).toContain(path(name));
    expect(r.err).toContain(reason);
  });

  it("a FIFO is refused at once instead of waiting for a writer forever", async () => {
    execFileSync("mkfifo", [path("pipe")]);
    const r = await analyze(path("pipe"));
    expect(r.status).toBe(1);
    expect(r.err).toContain("not a regular file");
    expect(r.ms).toBeLessThan(2000);
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission", async () => {
    writeFileSync(path("secret.html"), ARTICLE);
    chmodSync(path("secret.html"), 0o000);
    const r = await analyze(path("secret.html"));
    expect(r.status).toBe(1);
    expect(r.err).toContain("permission denied");
  });

  it("the other inputs of the batch are still analyzed, one JSON line each, in order", async () => {
    const r = await analyze(path("article.html"), path("missing.html"), path("image.png"), GOOD_PAGE, "--jsonl");
    expect(r.status).toBe(1);
    const results = lines(r.out).map((l) => JSON.parse(l) as PageAnalysis);
    expect(results.map((a) => a.input)).toEqual([path("article.html"), GOOD_PAGE]);
    expect(results.every((a) => a.isNewsArticle)).toBe(true);
    expect(lines(r.err)).toHaveLength(2);
  });
});

describe("isnad analyze: odd inputs that still give a normal result", () => {
  it("an empty file is read: not Arabic news, exit 0", async () => {
    const r = await analyze(path("empty.html"));
    expect(r.status).toBe(0);
    expect(r.err).toBe("");
    expect(JSON.parse(r.out)).toMatchObject({ isNewsArticle: false, articles: [] });
  });

  it("100,000 levels of <div> are flattened and the article under them is analyzed, quickly", async () => {
    const r = await analyze(path("nested.html"));
    expect(r.status).toBe(0);
    expect(r.ms).toBeLessThan(10_000);
    const a = JSON.parse(r.out) as PageAnalysis;
    expect(a.articles[0]?.quotes.some((q) => q.text.includes("المنطقة تمر بمرحلة حساسة"))).toBe(true);
  });

  it("a UTF-16 page with a byte order mark is decoded, not taken for binary", async () => {
    expect(looksBinary(readFileSync(path("utf16.html")))).toBe(false);
    expect(decodeHtml(readFileSync(path("utf16.html")))).toContain("وزير الخارجية");
    const r = await analyze(path("utf16.html"));
    expect(r.status).toBe(0);
    expect((JSON.parse(r.out) as PageAnalysis).language.isArabic).toBe(true);
  });

  it("binary detection leaves real pages alone", () => {
    expect(looksBinary(readFileSync(GOOD_PAGE))).toBe(false);
    expect(looksBinary(new TextEncoder().encode("<p>قال</p>"))).toBe(false);
  });
});

describe("the real command", () => {
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [CLI, "analyze", ...args], {
      input,
      encoding: "utf8",
      timeout: 90_000,
      maxBuffer: 256 * 1024 * 1024,
    });

  it("a 50 MB page: its first MB are analyzed with a one-line warning, exit 0, in bounded time", () => {
    const para =
      "<p>وقال وزير الخارجية في مؤتمر صحفي إن «الوضع مستقر» وأضاف أن 25 شخصا قتلوا في الهجوم يوم الأحد.</p>\n";
    const big = path("big.html");
    const body = para.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(para)));
    writeFileSync(
      big,
      `<html lang="ar"><head><meta charset="utf-8"></head><body><article><h1>خبر</h1>${body}</article></body></html>`,
    );
    try {
      const t0 = performance.now();
      const r = run([big]);
      const ms = performance.now() - t0;
      expect(r.status).toBe(0);
      expect(ms).toBeLessThan(60_000);
      expect(lines(r.stderr)).toEqual([
        `isnad analyze: ${big}: 50.0 MB, only the first ${(MAX_PAGE_BYTES / 1024 / 1024).toFixed(1)} MB analyzed`,
      ]);
      const a = JSON.parse(r.stdout) as PageAnalysis;
      expect(a.articles[0]?.truncated).toBe(true);
      expect(a.articles[0]?.quotes.length).toBeGreaterThan(100);
    } finally {
      rmSync(big, { force: true });
    }
  }, 90_000);

  it("a batch with unreadable inputs: exit 1, a line per bad input, the good ones printed", () => {
    const r = run([path("a-directory"), path("article.html"), path("random.bin"), "--jsonl"]);
    expect(r.status).toBe(1);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(lines(r.stderr)).toEqual([
      `isnad analyze: cannot read ${path("a-directory")}: is a directory`,
      `isnad analyze: cannot read ${path("random.bin")}: not an HTML or text file (binary data)`,
    ]);
  }, 60_000);

  it("deep nesting on standard input gives a normal result", () => {
    const r = run(["-"], page(`${"<span>".repeat(100_000)}<article>${ARTICLE}</article>`));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect((JSON.parse(r.stdout) as PageAnalysis).isNewsArticle).toBe(true);
  }, 60_000);
});
