/**
 * `isnad claims` (../shared/spec/ANALYSIS.md): one sentence a line on standard input → one JSON line each,
 * {"text","score","reasons"}, in input order. Blank lines give a line with score 0 so outputs stay aligned
 * with inputs. Scores of 0.5 and above mean check-worthy.
 */
import { scoreSentence } from "../../core/claims/index.ts";

/** Scores each line of `input`; returns the output lines (without trailing newline). */
export function claimsLines(input: string): string[] {
  const lines = input.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines.map((text) => {
    const { score, reasons } = text.trim() ? scoreSentence(text) : { score: 0, reasons: [] };
    return JSON.stringify({ text, score, reasons });
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Runs the command; `read` is injectable so tests can call it without a process. */
export async function runClaims(
  args: string[],
  read: () => Promise<string> = readStdin,
  write: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  if (args.length) {
    process.stderr.write(`isnad claims: no arguments expected (reads standard input), got ${args.join(" ")}\n`);
    return 2;
  }
  const out = claimsLines(await read());
  if (out.length) write(`${out.join("\n")}\n`);
  return 0;
}
