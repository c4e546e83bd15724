import {
  DAY_PART_LABELS,
  DAY_PART_WINDOWS,
  SessionStatus,
  type SessionTiming,
  TimePrecision,
  formatLocalTime,
  localDate,
  localMinutes,
  sessionDay,
  timeZoneAbbreviation,
} from '@ncasc/shared';

/** A clock-time session with no end is taken to last an hour (as clashes do). */
const DEFAULT_MINUTES = 60;

export interface NowAndNext<T> {
  /** Today in the conference's zone (YYYY-MM-DD) */
  day: string;
  /** "10:30 GMT", the moment in the conference's zone */
  at: string;
  /** "GMT" */
  zone: string;
  /** Sessions under way: clock-time ones running now, and today's "this morning" ones in the morning */
  now: T[];
  /** The sessions starting soonest after now today, or null when nothing else starts today */
  next: { when: string; sessions: T[] } | null;
}

type Timed = SessionTiming & { status: SessionStatus };

/** Where a session sits in its day, in minutes after local midnight: [from, to). */
function stretch(s: Timed, timeZone: string): [number, number] | null {
  if (s.timePrecision === TimePrecision.EXACT && s.startsAt) {
    const from = localMinutes(s.startsAt, timeZone);
    const end = s.endsAt ? Date.parse(s.endsAt) : Date.parse(s.startsAt) + DEFAULT_MINUTES * 60_000;
    // an end past midnight runs to the end of the day
    const to =
      localDate(new Date(end), timeZone) === localDate(s.startsAt, timeZone)
        ? localMinutes(new Date(end), timeZone)
        : 24 * 60;
    return [from, Math.max(to, from + 1)];
  }
  if (s.timePrecision === TimePrecision.DAY_PART && s.dayPart) return DAY_PART_WINDOWS[s.dayPart];
  return null;
}

/**
 * "Now and next" at an instant, read in the conference's zone: null unless that instant falls on one of
 * the conference days. Sessions with only a day (or cancelled) are in neither list: the programme does
 * not say when they run.
 */
export function nowAndNext<T extends Timed>(
  sessions: readonly T[],
  conferenceDays: readonly string[],
  instant: Date,
  timeZone: string,
): NowAndNext<T> | null {
  const day = localDate(instant, timeZone);
  if (!conferenceDays.includes(day)) return null;
  const minutes = localMinutes(instant, timeZone);
  const now: T[] = [];
  let soonest = Infinity;
  let next: T[] = [];
  for (const s of sessions) {
    if (s.status === SessionStatus.CANCELLED || sessionDay(s, timeZone) !== day) continue;
    const at = stretch(s, timeZone);
    if (!at) continue;
    const [from, to] = at;
    if (from <= minutes && minutes < to) now.push(s);
    else if (from > minutes) {
      if (from < soonest) {
        soonest = from;
        next = [s];
      } else if (from === soonest) next.push(s);
    }
  }
  return {
    day,
    at: `${formatLocalTime(instant, timeZone)} ${timeZoneAbbreviation(instant, timeZone)}`,
    zone: timeZoneAbbreviation(instant, timeZone),
    now,
    next: next.length ? { when: startsWhen(next[0], timeZone), sessions: next } : null,
  };
}

/** "at 14:00 GMT" for a clock time, "this afternoon" for a part of the day. */
function startsWhen(s: Timed, timeZone: string): string {
  if (s.timePrecision === TimePrecision.EXACT && s.startsAt)
    return `at ${formatLocalTime(s.startsAt, timeZone)} ${timeZoneAbbreviation(s.startsAt, timeZone)}`;
  return s.dayPart ? `this ${DAY_PART_LABELS[s.dayPart]}` : 'later today';
}
