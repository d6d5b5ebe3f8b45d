/** The benchmark's and end-to-end tests' browser helpers that need no browser (src/dev/browser.ts). */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { unpackedExtensionId } from "../../src/dev/browser.ts";

describe("unpackedExtensionId", () => {
  // Ids Chromium 156 gave these directories when they were loaded with --load-extension.
  it.each([["/tmp/probe/distA", "kakmdiaaoomkhllggcdfbfpgefadpgpi"]])("%s → %s", (dir, id) => {
    expect(unpackedExtensionId(dir)).toBe(id);
  });

  it("is 32 letters a–p, another for another directory, the same for the same directory written otherwise", () => {
    const id = unpackedExtensionId("/tmp/probe/distA");
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(unpackedExtensionId("/tmp/probe/distB")).not.toBe(id);
    expect(unpackedExtensionId("/tmp/probe/other/../distA")).toBe(id);
    expect(unpackedExtensionId("dist")).toBe(unpackedExtensionId(resolve("dist")));
  });
});
