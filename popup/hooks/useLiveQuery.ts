import { liveQuery } from "dexie";
import { useEffect, useState } from "preact/hooks";

/**
 * The value of a Dexie query, re-run whenever the data it read changes (also when the background writes
 * from another context: Dexie propagates changes between same-origin contexts). undefined until the first
 * result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (result) => setValue(() => result),
      error: () => setValue(undefined),
    });
    return () => subscription.unsubscribe();
    // The caller lists the query's inputs in `deps`, as with useEffect.
  }, deps);
  return value;
}
