/** Entry of the bundle the library bench evaluates in the extension's service worker (see library.ts). */
import { type BenchMaterial, runSize } from "./libraryCore.ts";

let material: BenchMaterial | null = null;

(globalThis as unknown as { isnadBench: unknown }).isnadBench = {
  setMaterial(m: BenchMaterial) {
    material = m;
    return m.bases.length;
  },
  run(n: number) {
    if (!material) throw new Error("no material");
    return runSize(
      material,
      n,
      "chromium",
      (line) => console.log(line),
      async () => {
        const estimate = await navigator.storage.estimate();
        return estimate.usage ?? 0;
      },
    );
  },
};
