/** `isnad` subcommands; each lives in commands/ and returns the process exit status. */
import { runAnalyze } from "./commands/analyze.ts";

const USAGE = `usage:
  isnad analyze PAGE.html [--url URL]        one page → one JSON document
  isnad analyze A.html B.html … --jsonl      many pages → one JSON line each
  isnad analyze https://…                    fetch, then analyze
  isnad analyze -                            read the page from standard input
  isnad claims < sentences.txt               one sentence a line → {"text","score","reasons"} a line
  isnad related --library LIB.jsonl --queries URLS.txt [--top 30]`;

/**
 * Runs one command. An unexpected exception (a bug) becomes one line on stderr and status 70 (EX_SOFTWARE)
 * rather than a stack trace; a reader that stops early (`isnad analyze … | head`) ends the run quietly.
 */
export async function main(argv: string[]): Promise<number> {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    return await dispatch(argv);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`isnad: internal error: ${reason.split("\n")[0]}\n`);
    return 70;
  }
}

async function dispatch(argv: string[]): Promise<number> {
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
