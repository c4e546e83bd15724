import { DayPart, TimePrecision } from './enums';
import { formatter } from './formatters';
import {
  CONFERENCE_TIME_ZONE,
  formatLocalTime,
  localDate,
  localMinutes,
  timeZoneAbbreviation,
} from './time-zone';

/**
 * The hours (local time) each day part covers, as [from, to) minutes after midnight. Used to place
 * exact-time sessions in a day part (for the agenda and for clashes with DAY_PART sessions).
 */
export const DAY_PART_WINDOWS: Record<DayPart, [number, number]> = {
  [DayPart.MORNING]: [0, 12 * 60],
  [DayPart.AFTERNOON]: [12 * 60, 17 * 60],
  [DayPart.EVENING]: [17 * 60, 24 * 60],
};

export const DAY_PART_ORDER: DayPart[] = [DayPart.MORNING, DayPart.AFTERNOON, DayPart.EVENING];

export const DAY_PART_LABELS: Record<DayPart, string> = {
  [DayPart.MORNING]: 'morning',
  [DayPart.AFTERNOON]: 'afternoon',
  [DayPart.EVENING]: 'evening',
};

/** A calendar date (YYYY-MM-DD) as a Date at noon UTC, so that formatting never slips a day. */
function dateAtNoon(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return new Date(`${date}T12:00:00Z`);
}

/** "Wednesday" */
export function weekdayName(date: string): string {
  return formatter('UTC', 'weekday', { weekday: 'long' }).format(dateAtNoon(date));
}

/** "Wednesday 14 November 2018" (or without the year). */
export function formatDate(date: string, withYear = true): string {
  const f = withYear
    ? formatter('UTC', 'date-year', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    : formatter('UTC', 'date', { weekday: 'long', day: 'numeric', month: 'long' });
  return f.format(dateAtNoon(date)).replace(',', '');
}

/** "Wed 14 Nov": a day tab's label. */
export function formatShortDate(date: string): string {
  return formatter('UTC', 'short-date', { weekday: 'short', day: 'numeric', month: 'short' })
    .format(dateAtNoon(date))
    .replace(',', '');
}

/** "14–16 November 2018", "30 June – 2 July 2022", "2 November 2022". */
export function formatDateRange(startsOn: string | null, endsOn: string | null): string {
  if (!startsOn) return 'Dates not known';
  const end = endsOn ?? startsOn;
  const s = dateAtNoon(startsOn);
  const e = dateAtNoon(end);
  const dm = formatter('UTC', 'day-month', { day: 'numeric', month: 'long' });
  const d = formatter('UTC', 'day', { day: 'numeric' });
  const year = end.slice(0, 4);
  if (startsOn === end) return `${dm.format(s)} ${year}`;
  if (startsOn.slice(0, 7) === end.slice(0, 7)) return `${d.format(s)}–${dm.format(e)} ${year}`;
  if (startsOn.slice(0, 4) === year) return `${dm.format(s)} – ${dm.format(e)} ${year}`;
  return `${dm.format(s)} ${startsOn.slice(0, 4)} – ${dm.format(e)} ${year}`;
}

export function dayPartOfMinutes(minutes: number): DayPart {
  for (const part of DAY_PART_ORDER) {
    const [from, to] = DAY_PART_WINDOWS[part];
    if (minutes >= from && minutes < to) return part;
  }
  return DayPart.EVENING;
}

/** What the agenda needs to know about a session's time. */
export interface SessionTiming {
  timePrecision: TimePrecision;
  day?: string | null;
  dayPart?: DayPart | null;
  startsAt?: string | null;
  endsAt?: string | null;
}

/**
 * The session's time in words, never more precise than the source:
 * EXACT → "Wednesday 14 November 2018, 09:30–10:15 GMT"; DAY_PART → "Thursday morning";
 * DAY → "Thursday 15 November 2018"; UNKNOWN → "Time not given".
 */
export function describeTiming(s: SessionTiming, timeZone = CONFERENCE_TIME_ZONE): string {
  switch (s.timePrecision) {
    case TimePrecision.EXACT: {
      if (!s.startsAt) return 'Time not given';
      const day = formatDate(localDate(s.startsAt, timeZone));
      const from = formatLocalTime(s.startsAt, timeZone);
      const to = s.endsAt ? `–${formatLocalTime(s.endsAt, timeZone)}` : '';
      return `${day}, ${from}${to} ${timeZoneAbbreviation(s.startsAt, timeZone)}`;
    }
    case TimePrecision.DAY_PART:
      if (!s.day) return 'Time not given';
      return s.dayPart ? `${weekdayName(s.day)} ${DAY_PART_LABELS[s.dayPart]}` : formatDate(s.day);
    case TimePrecision.DAY:
      return s.day ? formatDate(s.day) : 'Time not given';
    case TimePrecision.UNKNOWN:
      return s.day ? formatDate(s.day) : 'Time not given';
  }
}

/** The local day a session falls on, or null when the sources do not give it. */
export function sessionDay(s: SessionTiming, timeZone = CONFERENCE_TIME_ZONE): string | null {
  if (s.timePrecision === TimePrecision.EXACT && s.startsAt) return localDate(s.startsAt, timeZone);
  return s.day ?? null;
}

/** The day part a session falls in: its own for DAY_PART, derived from the clock time for EXACT. */
export function sessionDayPart(s: SessionTiming, timeZone = CONFERENCE_TIME_ZONE): DayPart | null {
  if (s.timePrecision === TimePrecision.EXACT && s.startsAt)
    return dayPartOfMinutes(localMinutes(s.startsAt, timeZone));
  if (s.timePrecision === TimePrecision.DAY_PART) return s.dayPart ?? null;
  return null;
}

/**
 * A sort key that orders the agenda as a delegate reads it: by day; within a day, a day part's sessions
 * at the start of that part among the clock times, then those whose time of day is not given; sessions
 * with no day last. Ties keep the order the source tells them in.
 */
export function timingSortKey(s: SessionTiming, sequence = 0, timeZone = CONFERENCE_TIME_ZONE): string {
  const day = sessionDay(s, timeZone) ?? '9999-99-99';
  let minutes: number;
  // a DAY_PART block (+0) before the exact sessions of its part (+1); sessions with only a day last
  if (s.timePrecision === TimePrecision.EXACT && s.startsAt) minutes = localMinutes(s.startsAt, timeZone) + 1;
  else if (s.timePrecision === TimePrecision.DAY_PART && s.dayPart) minutes = DAY_PART_WINDOWS[s.dayPart][0];
  else minutes = 24 * 60 + 1;
  return `${day}|${String(minutes).padStart(4, '0')}|${String(sequence).padStart(6, '0')}`;
}
