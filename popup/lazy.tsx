import type { ComponentType, JSX } from "preact";
import { useEffect, useState } from "preact/hooks";

/** A component whose code is loaded when it is first shown (or earlier, through preload). */
export interface LazyComponent<P> {
  (props: P): JSX.Element | null;
  preload(): Promise<ComponentType<P>>;
}

/**
 * Code the popup's first render does not need (the related and library views, the forms, Dexie) stays
 * out of its first load: each part is fetched when first shown, or preloaded once the page is on screen.
 * Renders nothing until loaded.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return loading;
  };
  const Lazy = (props: P) => {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!loaded) preload().then(() => setReady(true));
    }, []);
    const View = loaded;
    return View ? <View {...props} /> : null;
  };
  Lazy.preload = preload;
  return Lazy;
}
