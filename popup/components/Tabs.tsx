import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";

export interface TabSpec<K extends string> {
  key: K;
  label: string;
}

interface Props<K extends string> {
  tabs: TabSpec<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  /** "rtl": ArrowLeft moves forward, as the tabs read right to left. */
  dir: "rtl" | "ltr";
  /** The selected tab's panel; the others are not rendered (they load only when opened). */
  children: ComponentChildren;
}

/**
 * ARIA tabs (WAI-ARIA Authoring Practices, automatic activation): one tab stop for the list, arrow keys
 * move between tabs following the reading direction, Home and End go to the first and last.
 */
export function Tabs<K extends string>({ tabs, selected, onSelect, label, dir, children }: Props<K>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.key === selected),
  );
  const move = (to: number) => {
    const n = (to + tabs.length) % tabs.length;
    onSelect(tabs[n].key);
    refs.current[n]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const forward = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
    const back = dir === "rtl" ? "ArrowRight" : "ArrowLeft";
    if (event.key === forward) move(index + 1);
    else if (event.key === back) move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(tabs.length - 1);
    else return;
    event.preventDefault();
  };
  return (
    <>
      <div class="tablist" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            class={`tab tab-${tab.key}`}
            aria-selected={tab.key === selected}
            aria-controls={`panel-${tab.key}`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        class={`tabpanel panel-${selected}`}
        role="tabpanel"
        id={`panel-${selected}`}
        aria-labelledby={`tab-${selected}`}
      >
        {children}
      </div>
    </>
  );
}
