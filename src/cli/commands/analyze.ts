/**
 * `isnad analyze` (../shared/spec/ANALYSIS.md): files, URLs or stdin → PageAnalysis JSON. Exit 0 when
 * every input was read; 1 with a one-line message per unreadable input, the others still analyzed.
 */
import { analyzePage } from "../../core/analyze.ts";
import type { PageAnalysis } from "../../core/types.ts";
import { extractPage } from "../../extract/index.ts";
import { loadPage, parseDocument } from "../loadPage.ts";

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

/** Extract + core over one HTML string; the same code the content script runs on the live DOM. */
export function analyzeHtml(html: string, url: string | null): PageAnalysis {
  const t0 = performance.now();
  const doc = parseDocument(html);
  const analysis = analyzePage(extractPage(doc, url));
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
    try {
      const page = await loadPage(input, options.url);
      analysis = analyzeHtml(page.html, page.url);
    } catch (error) {
      status = 1;
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`isnad analyze: cannot read ${input}: ${reason.split("\n")[0]}\n`);
      continue;
    }
    if (batch) analysis = { input, ...analysis };
    process.stdout.write(options.jsonl ? `${JSON.stringify(analysis)}\n` : `${JSON.stringify(analysis, null, 2)}\n`);
  }
  return status;
}
