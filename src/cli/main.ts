/** `isnad` subcommands; each lives in commands/ and returns the process exit status. */
import { runAnalyze } from "./commands/analyze.ts";

const USAGE = `usage:
  isnad analyze PAGE.html [--url URL]        one page → one JSON document
  isnad analyze A.html B.html … --jsonl      many pages → one JSON line each
  isnad analyze https://…                    fetch, then analyze
  isnad analyze -                            read the page from standard input
  isnad claims < sentences.txt               one sentence a line → {"text","score","reasons"} a line
  isnad related --library LIB.jsonl --queries URLS.txt [--top 30]`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "analyze":
      return runAnalyze(rest);
    case "claims": {
      const { runClaims } = await import("./commands/claims.ts");
      return runClaims(rest);
    }
    case "related": {
      const { runRelated } = await import("./commands/related.ts");
      return runRelated(rest);
    }
    case "-h":
    case "--help":
    case "help":
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`isnad: unknown command ${command ? `"${command}"` : "(none)"}\n${USAGE}\n`);
      return 2;
  }
}
