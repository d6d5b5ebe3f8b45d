import { defineConfig } from "vitest/config";

// Unit, golden and component tests run in Node; end-to-end tests (real Chromium) have their own config.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/golden/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
