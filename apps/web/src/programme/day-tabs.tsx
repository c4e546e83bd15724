import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface DayTab {
  value: string;
  label: ComponentChildren;
}

/** The tab to move to for a key (automatic activation, wrapping round), or null to leave the key be. */
export function tabAfterKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export const tabId = (value: string) => `day-tab-${value}`;
export const PANEL_ID = 'day-panel';

/**
 * The agenda's days as a WAI-ARIA tab list: one tab stop (the chosen tab), the arrow keys, Home and
 * End move between tabs and show each at once. The panel is `PANEL_ID`, labelled by the chosen tab.
 */
export function DayTabs({
  tabs,
  selected,
  onSelect,
  vertical = false,
}: {
  tabs: DayTab[];
  selected: string;
  onSelect: (value: string) => void;
  /** Laid out as a column (beside the agenda on a wide screen) */
  vertical?: boolean;
}) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const to = tabAfterKey(e.key, index, tabs.length);
    if (to === null) return;
    e.preventDefault();
    onSelect(tabs[to].value);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <div class="day-nav">
      <div
        role="tablist"
        aria-label="Days"
        aria-orientation={vertical ? 'vertical' : undefined}
        class="day-tabs"
        ref={list}
      >
        {tabs.map((t, i) => {
          const on = t.value === selected;
          return (
            <button
              key={t.value}
              type="button"
              role="tab"
              id={tabId(t.value)}
              class="day-tab"
              aria-selected={on}
              aria-controls={PANEL_ID}
              tabIndex={on ? 0 : -1}
              onClick={() => onSelect(t.value)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {t.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
