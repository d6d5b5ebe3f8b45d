/**
 * `isnad analyze` (../shared/spec/ANALYSIS.md): files, URLs or stdin → PageAnalysis JSON. Exit 0 when
 * every input was read; 1 with a one-line message per unreadable input, the others still analyzed.
 */
import { analyzePage } from "../../core/analyze.ts";
import type { PageAnalysis } from "../../core/types.ts";
import { extractPage } from "../../extract/index.ts";
import { loadPage, MAX_PAGE_BYTES, parseDocument } from "../loadPage.ts";

interface AnalyzeOptions {
  inputs: string[];
  url: string | null;
  jsonl: boolean;
}

function parseArgs(args: string[]): AnalyzeOptions | string {
  const options: AnalyzeOptions = { inputs: [], url: null, jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--jsonl") options.jsonl = true;
    else if (a === "--url") {
      const v = args[++i];
      if (!v) return "--url needs a value";
      options.url = v;
    } else if (a.startsWith("--url=")) options.url = a.slice(6);
    else if (a.startsWith("--") && a !== "-") return `unknown option ${a}`;
    else options.inputs.push(a);
  }
  if (!options.inputs.length) return "no input: give a page file, a URL or - for standard input";
  return options;
}

/** Nesting kept when a page overflowed the stack at the normal bound. */
const SHALLOW_NESTING = 64;

/** One line saying why an input could not be read: the system's words without the errno prefix. */
function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  if (code === "ENOTDIR") return "a part of the path is not a directory";
  const reason = error instanceof Error ? error.message : String(error);
  return reason.split("\n")[0] as string;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** A file's size is known; a stream was read only up to the bound. */
const size = (input: string, bytes: number) =>
  input === "-" || /^https?:\/\//i.test(input) ? `over ${mb(MAX_PAGE_BYTES)}` : mb(bytes);

/** Extract + core over one HTML string; the same code the content script runs on the live DOM. */
export function analyzeHtml(html: string, url: string | null): PageAnalysis {
  const t0 = performance.now();
  let input: ReturnType<typeof extractPage>;
  try {
    input = extractPage(parseDocument(html), url);
  } catch (error) {
    // A stack overflow in a recursive walk of a pathological tree: parse again with a shallow tree, which
    // keeps every word of the page and loses only structure.
    if (!(error instanceof RangeError)) throw error;
    input = extractPage(parseDocument(html, SHALLOW_NESTING), url);
  }
  const analysis = analyzePage(input);
  analysis.timings = { totalMs: Math.round((performance.now() - t0) * 100) / 100 };
  return analysis;
}

export async function runAnalyze(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === "string") {
    process.stderr.write(`isnad analyze: ${options}\n`);
    return 2;
  }
  const batch = options.jsonl || options.inputs.length > 1;
  let status = 0;
  for (const input of options.inputs) {
    let analysis: PageAnalysis;
    let page: Awaited<ReturnType<typeof loadPage>>;
    try {
      page = await loadPage(input, options.url);
    } catch (error) {
      status = 1;
      process.stderr.write(`isnad analyze: cannot read ${input}: ${readError(error)}\n`);
      continue;
    }
    if (page.truncatedFrom) {
      process.stderr.write(
        `isnad analyze: ${input}: ${size(input, page.truncatedFrom)}, only the first ${mb(MAX_PAGE_BYTES)} analyzed\n`,
      );
    }
    try {
      analysis = analyzeHtml(page.html, page.url);
    } catch (error) {
      // A bug, not a bad input: said in one line, and the batch goes on. The status is 1 as for an
      // unreadable input, because this input has no result on standard output.
      status = 1;
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      process.stderr.write(`isnad analyze: cannot analyze ${input}: ${reason.split("\n")[0]}\n`);
      continue;
    }
    if (batch) analysis = { input, ...analysis };
    process.stdout.write(options.jsonl ? `${JSON.stringify(analysis)}\n` : `${JSON.stringify(analysis, null, 2)}\n`);
  }
  return status;
}
