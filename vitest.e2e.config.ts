import { defineConfig } from "vitest/config";

// End-to-end tests: the built extension (dist/) in real headless Chromium. Run after `npm run build`.
// One file, one browser shared by its tests (starting Chromium costs about 1.5 s).
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
