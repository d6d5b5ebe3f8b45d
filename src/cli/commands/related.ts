/**
 * `isnad related --library LIB.jsonl --queries URLS.txt [--top 30] [--timings]` (../shared/spec/ANALYSIS.md):
 * analyzes every article record of the library with the core, builds the related-coverage index the
 * extension's library uses (src/related), and prints one JSON line per query URL:
 * {query, related: [{url, score, why: {sharedSpeakers, sharedQuotes, similarity}}]}.
 * `--timings` reports analysis and query times on standard error.
 */
import { readFileSync } from "node:fs";
import { analyzeArticle } from "../../core/analyze.ts";
import type { ArticleInput } from "../../core/types.ts";
import { RelatedIndex } from "../../related/index.ts";

/** One line of a library file, in the form of the SaudiNewsNet corpus. */
export interface ArticleRecord {
  url: string;
  title?: string;
  content?: string;
  source?: string;
  date_extracted?: string;
  author?: string;
}

// SaudiNewsNet source ids → the outlets' names as they write them.
const OUTLETS: Record<string, string> = {
  aawsat: "الشرق الأوسط",
  aleqtisadiya: "الاقتصادية",
  aljazirah: "الجزيرة",
  almadina: "المدينة",
  alriyadh: "الرياض",
  alwatan: "الوطن",
  alyaum: "اليوم",
  okaz: "عكاظ",
  sabq: "سبق",
  alweeam: "الوئام",
};

/** A library record as the extractor would have handed it to the core. */
export function recordToInput(r: ArticleRecord): ArticleInput {
  const paragraphs = (r.content ?? "")
    .split(/\n|\s{3,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const date = r.date_extracted?.trim();
  return {
    title: (r.title ?? "").trim(),
    outlet: r.source ? (OUTLETS[r.source] ?? r.source) : null,
    byline: r.author?.trim() || null,
    publishedAt: date ? date.replace(" ", "T") : null,
    keywords: [],
    blocks: paragraphs.map((text) => ({ kind: "paragraph" as const, text })),
    relatedLinks: [],
  };
}

interface RelatedOptions {
  library: string;
  queries: string;
  top: number;
  timings: boolean;
}

function parseArgs(args: string[]): RelatedOptions | string {
  let library = "";
  let queries = "";
  let top = 30;
  let timings = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--library") library = args[++i] ?? "";
    else if (a === "--queries") queries = args[++i] ?? "";
    else if (a === "--top") {
      top = Number(args[++i]);
      if (!Number.isInteger(top) || top < 1) return "--top needs a positive whole number";
    } else if (a === "--timings") timings = true;
    else return `unknown argument ${a}`;
  }
  if (!library) return "--library LIB.jsonl is required";
  if (!queries) return "--queries URLS.txt is required";
  return { library, queries, top, timings };
}

export async function runRelated(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === "string") {
    process.stderr.write(`isnad related: ${options}\n`);
    return 2;
  }
  let libraryText: string;
  let queryText: string;
  try {
    libraryText = readFileSync(options.library, "utf8");
    queryText = readFileSync(options.queries, "utf8");
  } catch (error) {
    process.stderr.write(`isnad related: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
    return 1;
  }

  const index = new RelatedIndex();
  let analyzeMs = 0;
  let count = 0;
  let status = 0;
  const t0 = performance.now();
  for (const [n, line] of libraryText.split("\n").entries()) {
    if (!line.trim()) continue;
    let record: ArticleRecord;
    try {
      record = JSON.parse(line);
      if (typeof record.url !== "string") throw new Error("no url");
    } catch (error) {
      status = 1;
      process.stderr.write(
        `isnad related: ${options.library}:${n + 1}: ${error instanceof Error ? error.message : error}\n`,
      );
      continue;
    }
    const ta = performance.now();
    const article = analyzeArticle(recordToInput(record));
    analyzeMs += performance.now() - ta;
    index.add({ id: record.url, url: record.url, article });
    count++;
  }
  const buildMs = performance.now() - t0;

  const queryMs: number[] = [];
  const out: string[] = [];
  for (const query of queryText.split("\n").map((l) => l.trim())) {
    if (!query) continue;
    const tq = performance.now();
    const related = index.query(query, { top: options.top });
    queryMs.push(performance.now() - tq);
    out.push(
      JSON.stringify({
        query,
        related: related.map((r) => ({
          url: r.url ?? r.id,
          score: r.score,
          why: {
            sharedSpeakers: r.why.sharedSpeakers,
            sharedQuotes: r.why.sharedQuotes.map((q) => ({ text: q.text, otherText: q.otherText })),
            similarity: r.why.similarity,
            relation: r.why.relation,
          },
        })),
      }),
    );
  }
  process.stdout.write(out.length ? `${out.join("\n")}\n` : "");
  if (options.timings) {
    const sorted = [...queryMs].sort((a, b) => a - b);
    const p50 = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
    process.stderr.write(
      `isnad related: ${count} articles, analyze ${(analyzeMs / Math.max(count, 1)).toFixed(2)} ms/article, ` +
        `build ${(buildMs / 1000).toFixed(2)} s, ${queryMs.length} queries, p50 ${p50.toFixed(2)} ms\n`,
    );
  }
  return status;
}
