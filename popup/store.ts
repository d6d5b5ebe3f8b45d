/**
 * Where the popup's views read from. The first render shows what boot.ts read (the background's copy in
 * storage.session, else IndexedDB directly: quickRead.ts); live.ts (Dexie and the storage code) is
 * loaded after it, and from then on every read is a liveQuery that follows the database. All give the
 * same values, so the switch shows no change.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { StoredSettings } from "../src/storage/pages.ts";
import type { PageArticle } from "./page.ts";

/** The reads the views make, by either reader. */
export interface Reads {
  page(url: string): Promise<PageArticle[]>;
  settings(): Promise<StoredSettings>;
}

/** IndexedDB read directly, for a read made before the live reader is loaded (quickRead.ts, loaded then). */
const quickReads: Reads = {
  page: (url) => import("./quickRead.ts").then((m) => m.quickPage(url)),
  settings: () => import("./quickRead.ts").then((m) => m.quickSettings()),
};

type Live = typeof import("./live.ts");

let live: Live | null = null;
let loading: Promise<Live> | null = null;
const waiting = new Set<(module: Live) => void>();

/** Loads the live reader (once); the views reading through useStored switch to it. */
export function loadLive(): Promise<Live> {
  loading ??= import("./live.ts").then((module) => {
    live = module;
    for (const notify of waiting) notify(module);
    waiting.clear();
    return module;
  });
  return loading;
}

/** The live reader once loaded, else null (re-renders when it arrives). */
export function useLive(): Live | null {
  const [module, setModule] = useState(live);
  useEffect(() => {
    if (module) return;
    const notify = (loaded: Live) => setModule(() => loaded);
    // Loaded between the render and this effect.
    if (live) return notify(live);
    waiting.add(notify);
    return () => {
      waiting.delete(notify);
    };
  }, []);
  return module;
}

/**
 * The value of a read: once from IndexedDB directly until the live reader is loaded, then followed
 * with liveQuery. undefined until the first result; the last value stays while a new one is read.
 * The caller lists the read's inputs in `deps`, as with useEffect. `initial`: the value already read
 * for the first `deps` (boot.ts), not read again before the live reader takes over.
 */
export function useStored<T>(read: (from: Reads) => Promise<T>, deps: unknown[], initial?: T): T | undefined {
  const module = useLive();
  const [value, setValue] = useState<T | undefined>(initial);
  const seeded = useRef(initial !== undefined);
  useEffect(() => {
    const fresh = seeded.current;
    seeded.current = false;
    if (!module) {
      if (fresh) return;
      let current = true;
      read(quickReads).then(
        (result) => {
          if (current) setValue(() => result);
        },
        // The direct read failed (a database being upgraded, an unexpected shape): Dexie answers.
        () => loadLive(),
      );
      return () => {
        current = false;
      };
    }
    const subscription = module
      .liveQuery(() => read(module.reads))
      .subscribe({
        next: (result) => setValue(() => result),
        error: () => setValue(undefined),
      });
    return () => subscription.unsubscribe();
  }, [module, ...deps]);
  return value;
}
