import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { crx } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import type { ChunkingContext, CodeSplittingGroup } from "rolldown";
import { defineConfig, type Plugin } from "vite";
import manifest from "./manifest.json" with { type: "json" };

const root = import.meta.dirname;
const dist = resolve(root, "dist");
const distFirefox = resolve(root, "dist-firefox");

/** The add-on id Firefox knows Isnad by (needed for storage and for signing). */
export const GECKO_ID = "isnad@isnad.local";

/**
 * After the Chromium build, writes dist-firefox/: the same files with the manifest Firefox needs.
 * Firefox has no MV3 background service worker, so the worker's module is also given as
 * background.scripts (crxjs drops that key); gecko settings declare that no data is collected.
 */
function firefoxBuild(): Plugin {
  return {
    name: "isnad:firefox-build",
    apply: "build",
    closeBundle: {
      sequential: true,
      order: "post",
      handler() {
        rmSync(distFirefox, { recursive: true, force: true });
        cpSync(dist, distFirefox, { recursive: true });
        const file = resolve(distFirefox, "manifest.json");
        const built = JSON.parse(readFileSync(file, "utf8"));
        built.background = { scripts: [built.background.service_worker], type: "module" };
        built.browser_specific_settings = {
          gecko: {
            id: GECKO_ID,
            strict_min_version: "142.0",
            data_collection_permissions: { required: ["none"] },
          },
        };
        // Chromium-only key; Firefox warns about it.
        for (const war of built.web_accessible_resources ?? []) delete war.use_dynamic_url;
        writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
      },
    },
  };
}

/**
 * The message catalogs (public/_locales/<lang>/messages.json) as the popup's code imports them
 * (popup/strings.ts): without the "description" notes written for translators, about a sixth of the
 * popup's first script. The files the browser reads (copied from public/) keep them.
 */
function catalogsWithoutNotes(): Plugin {
  return {
    name: "isnad:catalogs-without-notes",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id)) return null;
      const catalog = JSON.parse(code) as Record<string, { description?: string }>;
      for (const entry of Object.values(catalog)) delete entry.description;
      return { code: JSON.stringify(catalog), map: null };
    },
  };
}

/**
 * The popup's stylesheet written into popup/index.html as a <style> element: one file fewer to fetch
 * before the popup's first frame, and that frame already has its colours (the extension pages' content
 * security policy restricts scripts, not styles). The stylesheet file is dropped when nothing else
 * refers to it.
 */
function inlinePopupStyles(): Plugin {
  return {
    name: "isnad:inline-popup-styles",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const html = bundle["popup/index.html"];
      if (html?.type !== "asset") return;
      let source = String(html.source);
      for (const [fileName, file] of Object.entries(bundle)) {
        if (file.type !== "asset" || !fileName.endsWith(".css")) continue;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${fileName.replace(/[.$]/g, "\\$&")}"[^>]*>`);
        if (!link.test(source)) continue;
        source = source.replace(link, () => `<style>${String(file.source).trim()}</style>`);
        const elsewhere = Object.entries(bundle).some(
          ([name, other]) =>
            name !== "popup/index.html" &&
            (other.type === "chunk" ? other.code : String(other.source)).includes(fileName),
        );
        if (!elsewhere) delete bundle[fileName];
      }
      html.source = source;
    },
  };
}

/**
 * The popup's first load in one chunk: every module the popup's page script reaches through static
 * imports, when only the popup reaches it. Left to the bundler, these modules are spread over a dozen
 * small chunks (any module a lazy view also uses gets one of its own), found one level of imports at a
 * time; opening the popup then waits for several rounds of fetches. Modules the service worker or
 * a content script also loads stay out of it, so those never load the popup's code.
 *
 * Except popup/early.ts and its one import, popup/ext.ts: a chunk of their own, which the built page
 * lists before the popup's chunk (that chunk imports it), so it runs first, as soon as it has arrived,
 * without waiting for the popup's chunk to arrive and be compiled. It asks the browser for the popup's
 * tab and its stored page, which the toolbar popup then has before the browser shows it (early.ts).
 */
function popupFirstLoad(): CodeSplittingGroup {
  const ENTRIES = new Set([resolve(root, "popup/index.html"), resolve(root, "popup/main.tsx")]);
  // The early chunk: the module and its one import, nothing else (early.ts says why).
  const EARLY = new Set([resolve(root, "popup/early.ts"), resolve(root, "popup/ext.ts")]);
  const POPUP = `${resolve(root, "popup")}/`;
  const WORKER = resolve(root, "src/background/index.ts");
  const rootsOf = new Map<string, Set<string>>();
  /** The modules without static importers (entries, lazy chunks) from which `id` is statically reached. */
  const roots = (id: string, ctx: ChunkingContext): Set<string> => {
    const known = rootsOf.get(id);
    if (known) return known;
    const found = new Set<string>();
    const seen = new Set<string>([id]);
    const queue = [id];
    while (queue.length) {
      const at = queue.pop() as string;
      const importers = ctx.getModuleInfo(at)?.importers ?? [];
      if (!importers.length) found.add(at);
      for (const from of importers) {
        if (seen.has(from)) continue;
        seen.add(from);
        queue.push(from);
      }
    }
    rootsOf.set(id, found);
    return found;
  };
  return {
    debugName: "popup first load",
    name: (id, ctx) => {
      if (EARLY.has(id)) return "popup-early";
      const from = [...roots(id, ctx)];
      if (!from.some((r) => ENTRIES.has(r))) return null;
      if (from.every((r) => r.startsWith(POPUP))) return "popup";
      // Modules the service worker also loads (the message client, record ids, setting names): one chunk.
      return from.every((r) => r.startsWith(POPUP) || r === WORKER) ? "popup-worker" : null;
    },
    includeDependenciesRecursively: false,
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest }), catalogsWithoutNotes(), inlinePopupStyles(), firefoxBuild()],
  build: {
    outDir: dist,
    emptyOutDir: true,
    // Extension code is loaded from disk: readable output costs little and helps reviewers (and stores).
    minify: true,
    sourcemap: false,
    // No <link rel=modulepreload> tags: in a content script they would be written into the news page.
    modulePreload: false,
    target: "chrome120",
    // allow-extension: required by the popup group (includeDependenciesRecursively false); entries keep
    // their exports, chunks may gain some.
    rolldownOptions: {
      preserveEntrySignatures: "allow-extension",
      output: { codeSplitting: { groups: [popupFirstLoad()] } },
    },
  },
  // The dev server is not used (npm start builds and loads dist/); keep it local if someone runs it.
  server: { host: "127.0.0.1", strictPort: true, port: 5173, hmr: { host: "127.0.0.1" } },
});
