import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { crx } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
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

export default defineConfig({
  plugins: [preact(), crx({ manifest }), firefoxBuild()],
  build: {
    outDir: dist,
    emptyOutDir: true,
    // Extension code is loaded from disk: readable output costs little and helps reviewers (and stores).
    minify: true,
    sourcemap: false,
    // No <link rel=modulepreload> tags: in a content script they would be written into the news page.
    modulePreload: false,
    target: "chrome120",
  },
  // The dev server is not used (npm start builds and loads dist/); keep it local if someone runs it.
  server: { host: "127.0.0.1", strictPort: true, port: 5173, hmr: { host: "127.0.0.1" } },
});
