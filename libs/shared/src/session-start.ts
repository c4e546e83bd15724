import { DayPart, TimePrecision } from './enums';
import { DAY_PART_WINDOWS } from './time';
import { localToInstant } from './time-zone';

interface Timing {
  timePrecision: TimePrecision;
  /** An instant (the API's rows) or its ISO text (GraphQL answers). */
  startsAt?: Date | string | null;
  day?: string | null;
  dayPart?: DayPart | null;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The earliest moment a session can be said to have begun (from when delegates may rate it), never more precise than its source: its
 * clock time; the start of its part of the day (morning 00:00, afternoon 12:00, evening 17:00, local);
 * the start of its day; else the start of the conference's first day. Null when nothing is known.
 */
export function sessionBegins(
  s: Timing,
  conference: { startsOn: string | null; timezone: string },
): Date | null {
  const at = (day: string | null, minutes: number) => {
    const iso = day ? localToInstant(day, clock(minutes), conference.timezone) : null;
    return iso ? new Date(iso) : null;
  };
  if (s.timePrecision === TimePrecision.EXACT && s.startsAt) return new Date(s.startsAt);
  if (s.day && s.dayPart) return at(s.day, DAY_PART_WINDOWS[s.dayPart][0]);
  if (s.day) return at(s.day, 0);
  return at(conference.startsOn, 0);
}

/**
 * When a delegate is reminded of a starred session known only by its part of the day: when that part
 * of a conference day usually starts (the morning's plenaries at 08:30, not its window's midnight; the
 * afternoon at 12:00, the evening at 17:00), on the conference's clock. Null for any other session.
 */
export const DAY_PART_REMINDER_MINUTES: Record<DayPart, number> = {
  [DayPart.MORNING]: 8 * 60 + 30,
  [DayPart.AFTERNOON]: DAY_PART_WINDOWS[DayPart.AFTERNOON][0],
  [DayPart.EVENING]: DAY_PART_WINDOWS[DayPart.EVENING][0],
};

export function dayPartReminderAt(s: Timing, conference: { timezone: string }): Date | null {
  if (s.timePrecision === TimePrecision.EXACT || !s.day || !s.dayPart) return null;
  const iso = localToInstant(s.day, clock(DAY_PART_REMINDER_MINUTES[s.dayPart]), conference.timezone);
  return iso ? new Date(iso) : null;
}
