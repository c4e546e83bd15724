import { DayPart } from './enums';
import {
  DAY_PART_ORDER,
  formatDate,
  type SessionTiming,
  sessionDay,
  sessionDayPart,
  timingSortKey,
} from './time';
import { CONFERENCE_TIME_ZONE } from './time-zone';

export type AgendaSlot = DayPart | 'TIME_NOT_GIVEN';

export interface AgendaGroup<T> {
  slot: AgendaSlot;
  /** "Morning", "Afternoon", "Evening", "Time of day not given" */
  label: string;
  sessions: T[];
}

export interface AgendaDay<T> {
  /** YYYY-MM-DD, or null for sessions whose day no source gives */
  day: string | null;
  /** "Wednesday 14 November 2018" or "Day not given" */
  label: string;
  groups: AgendaGroup<T>[];
  count: number;
}

const SLOT_LABELS: Record<AgendaSlot, string> = {
  [DayPart.MORNING]: 'Morning',
  [DayPart.AFTERNOON]: 'Afternoon',
  [DayPart.EVENING]: 'Evening',
  TIME_NOT_GIVEN: 'Time of day not given',
};

/**
 * Lays an agenda out as a delegate reads it: every conference day (even an empty one), each split into
 * morning, afternoon and evening (clock-time sessions fall in the part their start is in), then the
 * sessions the sources give only a day for; sessions with no day at all come last.
 */
export function groupAgenda<T extends SessionTiming & { sequence?: number }>(
  sessions: T[],
  conferenceDays: string[] = [],
  timeZone = CONFERENCE_TIME_ZONE,
): AgendaDay<T>[] {
  const sorted = sessions
    .map((s, i) => ({ s, key: timingSortKey(s, s.sequence ?? i, timeZone) }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((x) => x.s);
  const byDay = new Map<string | null, T[]>();
  for (const d of conferenceDays) byDay.set(d, []);
  for (const s of sorted) {
    const day = sessionDay(s, timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const days = [...byDay.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  return days.map((day) => {
    const list = byDay.get(day) ?? [];
    if (day === null) {
      return {
        day,
        label: 'Day not given',
        groups: [{ slot: 'TIME_NOT_GIVEN', label: SLOT_LABELS.TIME_NOT_GIVEN, sessions: list }],
        count: list.length,
      };
    }
    const groups: AgendaGroup<T>[] = [];
    for (const slot of [...DAY_PART_ORDER, 'TIME_NOT_GIVEN'] as AgendaSlot[]) {
      const inSlot = list.filter((s) => (sessionDayPart(s, timeZone) ?? 'TIME_NOT_GIVEN') === slot);
      if (inSlot.length) groups.push({ slot, label: SLOT_LABELS[slot], sessions: inSlot });
    }
    return { day, label: formatDate(day), groups, count: list.length };
  });
}
