#!/usr/bin/env node
// The `isnad` command. The CLI is written in TypeScript and shares src/core and src/extract with the
// extension; tsx loads it without a build step, so `npx isnad` works right after `npm ci`.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
