import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** One tab: its id, its label, and what it shows. */
export interface Tab {
  id: string;
  label: string;
  content: () => ComponentChildren;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern): the selected tab is in the tab order, arrow keys move
 * between tabs (right/left swapped for right-to-left), Home and End go to the ends.
 */
export function Tabs({ tabs, selected, onSelect, label }: { tabs: Tab[]; selected: string; onSelect: (id: string) => void; label: string }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent): void => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number> = { ArrowLeft: 1, ArrowRight: -1, Home: -index, End: tabs.length - 1 - index };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = tabs[(index + move + tabs.length) % tabs.length];
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${next.id}`)?.focus();
  };
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button key={tab.id} id={`tab-${tab.id}`} type="button" role="tab" aria-selected={tab.id === current.id} aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1} onClick={() => onSelect(tab.id)}>
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0}>{current.content()}</div>
    </div>
  );
}
