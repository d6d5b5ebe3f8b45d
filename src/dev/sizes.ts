/**
 * Prints the gzipped sizes of what the browser loads, from the built dist/: the content-script gate (on
 * every page), the analyzer (on Arabic pages only), the popup, and the service worker — each with the
 * chunks it imports. Run after `npm run build`: `npx tsx src/dev/sizes.ts`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { DIST } from "./browser.ts";

const STATIC_IMPORT = /\bimport\s*(?:[\w{},*\s$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
/** `import("./x.js")` — a chunk loaded later but always, when the importer runs to its end. */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/**
 * A chunk and, transitively, the chunks it imports statically (what loading it costs). With `dynamic`,
 * the chunks it imports with `import()` count too: the analyzer loads the core that way on every Arabic
 * page, so leaving it out would understate what an Arabic page costs.
 */
function closure(entry: string, seen = new Set<string>(), dynamic = false): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), "utf8");
  const dir = entry.slice(0, entry.lastIndexOf("/") + 1);
  const patterns = dynamic ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT];
  for (const pattern of patterns) {
    for (const m of code.matchAll(pattern)) {
      const target = m[1].startsWith("/") ? m[1].slice(1) : new URL(m[1], `file:///${dir}`).pathname.slice(1);
      closure(target, seen, dynamic);
    }
  }
  return seen;
}

export function gz(files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(DIST, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** The files of each part of the built extension, each with the chunks it loads. Needs a built dist/. */
export function bundleParts(): { gate: string[]; analyzer: string[]; popup: string[]; worker: string[] } {
  const manifest = JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8"));
  const loader: string = manifest.content_scripts[0].js[0];
  const gateChunk = readFileSync(join(DIST, loader), "utf8").match(/getURL\(["']([^"']+)["']\)/)?.[1];
  if (!gateChunk) throw new Error("cannot find the gate chunk in the content-script loader");
  const gate = closure(gateChunk);
  const analyzerChunk = readFileSync(join(DIST, gateChunk), "utf8").match(
    /import\(["'`]\.\/([^"'`]*analyzer[^"'`]*\.js)["'`]\)/,
  )?.[1];
  if (!analyzerChunk) throw new Error("cannot find the analyzer chunk imported by the gate");
  const dir = gateChunk.slice(0, gateChunk.lastIndexOf("/") + 1);
  const analyzer = [...closure(`${dir}${analyzerChunk}`, new Set(), true)].filter((f) => !gate.has(f));
  const popupHtml = readFileSync(join(DIST, "popup/index.html"), "utf8");
  const popup = new Set<string>(["popup/index.html"]);
  for (const m of popupHtml.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) {
    if (m[1].endsWith(".js")) for (const f of closure(m[1])) popup.add(f);
    else popup.add(m[1]);
  }
  return {
    gate: [loader, ...gate],
    analyzer,
    popup: [...popup],
    worker: [...closure(manifest.background.service_worker)],
  };
}

function main(): void {
  if (!existsSync(join(DIST, "manifest.json"))) {
    console.error("no dist/: run npm run build first");
    process.exit(1);
  }
  const parts = bundleParts();
  const rows: [string, string[]][] = [
    ["gate (every http(s) page)", parts.gate],
    ["analyzer (Arabic pages, lazy)", parts.analyzer],
    ["popup", parts.popup],
    ["service worker", parts.worker],
  ];
  console.log("gzipped sizes of dist/ (gzip -9), each with the chunks it loads:");
  for (const [name, list] of rows) {
    const { raw, gzip } = gz(list);
    console.log(
      `  ${name.padEnd(32)} ${(gzip / 1024).toFixed(2).padStart(7)} KiB gz  ${(raw / 1024).toFixed(1).padStart(7)} KiB raw  (${list.length} files)`,
    );
  }
}

// Run as a script (`npm run sizes`); imported (by the popup bench), only the functions are used.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
