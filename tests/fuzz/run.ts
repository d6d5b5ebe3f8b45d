/**
 * The long fuzz run of extract + core: `npm run fuzz -- [--cases N] [--seed S] [--budget MS] [--quiet]`.
 *
 * Mutated and random pages (tests/fuzz/pages.ts) go through what `isnad analyze` runs. A case that throws
 * or breaks an invariant is a crash; one slower than --budget ms (default 2000) is a hang. The cases run
 * in a child process watched by this one: a case that never returns (an endless loop) is killed after
 * --kill ms (default 60000), recorded as a hang, and the run goes on from the next case. One line per
 * problem; the last line is a JSON summary. Exit status 1 when anything crashed or hung.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { fuzzCase, runCase, seedPages } from "./pages.ts";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i === -1 ? undefined : Number(process.argv[i + 1]);
  return v !== undefined && Number.isFinite(v) ? v : fallback;
}

const cases = option("cases", 500);
const seed = option("seed", 1);
const budget = option("budget", 2000);
const killAfter = option("kill", 60_000);
const quiet = process.argv.includes("--quiet");
/** Time a child may take to start before it is taken for stuck. */
const STARTUP_MS = 60_000;

/** Child: runs cases [from, to) and prints one JSON line per case before and after it. */
function child(from: number, to: number): void {
  const seeds = seedPages();
  for (let i = from; i < to; i++) {
    const c = fuzzCase(seeds, seed, i);
    process.stdout.write(`${JSON.stringify({ start: i, label: c.label, bytes: c.html.length })}\n`);
    const r = runCase(c.html);
    process.stdout.write(`${JSON.stringify({ done: i, ms: Math.round(r.ms), error: r.error })}\n`);
  }
}

interface Problem {
  index: number;
  label: string;
  kind: "crash" | "hang";
  detail: string;
}

/** Parent: runs children until every case is done, restarting after a killed one. */
async function parent(): Promise<number> {
  const started = performance.now();
  const problems: Problem[] = [];
  let slowest = { index: -1, label: "", ms: 0 };
  let done = 0;
  let next = 0;
  while (next < cases) {
    const proc = spawn(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        "--child",
        String(next),
        String(cases),
        "--seed",
        String(seed),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let current = { index: next, label: "", bytes: 0 };
    let timer: NodeJS.Timeout | undefined;
    let killed = false;
    let lastDone = next - 1;
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        killed = true;
        proc.kill("SIGKILL");
      }, ms);
    };
    // Loading the child (tsx, the seed pages) is not part of any case: it gets its own allowance.
    arm(Math.max(killAfter, STARTUP_MS));
    const lines = createInterface({ input: proc.stdout });
    lines.on("line", (line) => {
      const m = JSON.parse(line) as {
        start?: number;
        label?: string;
        bytes?: number;
        done?: number;
        ms?: number;
        error?: string | null;
      };
      if (m.start !== undefined) {
        current = { index: m.start, label: m.label ?? "", bytes: m.bytes ?? 0 };
        arm(killAfter);
        return;
      }
      const ms = m.ms ?? 0;
      // Between cases nothing runs that could hang; the next start line arms the watchdog again.
      clearTimeout(timer);
      lastDone = m.done ?? lastDone;
      done++;
      next = (m.done ?? next) + 1;
      if (ms > slowest.ms) slowest = { index: current.index, label: current.label, ms };
      if (m.error) problems.push({ index: current.index, label: current.label, kind: "crash", detail: m.error });
      else if (ms > budget)
        problems.push({ index: current.index, label: current.label, kind: "hang", detail: `${ms} ms` });
      const last = problems[problems.length - 1];
      if (last && last.index === current.index)
        console.log(`${last.kind} case ${last.index} ${last.label}: ${last.detail}`);
      else if (!quiet && done % 100 === 0) console.log(`${done}/${cases} cases`);
    });
    const code = await new Promise<number | null>((resolve) => proc.on("close", resolve));
    clearTimeout(timer);
    if (lastDone < current.index && (killed || code !== 0)) {
      // The child died inside a case: an endless case when killed, a crash of the process otherwise.
      const kind = killed ? "hang" : "crash";
      const detail = killed ? `no result after ${killAfter} ms` : `process exited with ${code}`;
      problems.push({ index: current.index, label: current.label, kind, detail });
      console.log(`${kind} case ${current.index} ${current.label}: ${detail}`);
      done++;
      next = current.index + 1;
    }
  }
  const summary = {
    cases: done,
    seed,
    budgetMs: budget,
    crashes: problems.filter((p) => p.kind === "crash").length,
    hangs: problems.filter((p) => p.kind === "hang").length,
    slowest,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  console.log(JSON.stringify(summary));
  return problems.length ? 1 : 0;
}

const childAt = process.argv.indexOf("--child");
if (childAt !== -1) child(Number(process.argv[childAt + 1]), Number(process.argv[childAt + 2]));
else process.exitCode = await parent();
