import { formatter } from './formatters';

/**
 * Time-zone arithmetic for the API and the web client alike: an instant read on a zone's clock, and a
 * zone's wall-clock time turned back into an instant. Only `Intl` (no date library, so nothing enters
 * the web bundle), and never the process's own zone: the answers are the same whatever `TZ` says.
 */

export const CONFERENCE_TIME_ZONE = 'Europe/London';

const MINUTE = 60_000;

/** An instant as read on a clock in a time zone. */
export interface WallClock {
  /** YYYY-MM-DD */
  readonly date: string;
  /** "09:30" */
  readonly clock: string;
  /** Minutes after local midnight. */
  readonly minutes: number;
  /** How far the zone's clock is ahead of UTC at that instant, in minutes (60 in BST, -240 in EDT). */
  readonly offset: number;
}

/**
 * Instants already read, per zone, by time: a programme has a few hundred distinct start and end times,
 * read many times over for every agenda, schedule and calendar. Bounded; a zone's are emptied when full.
 */
const read = new Map<string, Map<number, WallClock>>();
const READ_KEPT = 20_000;
/** Zone names are asked for far less often (a session's wording), so they are read apart and kept apart. */
const zoneNamesRead = new Map<string, Map<number, string>>();

function timeOf(instant: string | Date): number {
  return typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
}

function kept<T>(cache: Map<string, Map<number, T>>, timeZone: string): Map<number, T> {
  let zone = cache.get(timeZone);
  if (!zone) {
    zone = new Map();
    cache.set(timeZone, zone);
  }
  if (zone.size >= READ_KEPT) zone.clear();
  return zone;
}

/** The wall-clock date, time and UTC offset of an instant in an IANA time zone. */
export function wallClock(instant: string | Date, timeZone = CONFERENCE_TIME_ZONE): WallClock {
  const time = timeOf(instant);
  const known = read.get(timeZone)?.get(time);
  if (known) return known;
  // an invalid instant throws a RangeError here, as Intl does
  const parts = formatter(timeZone, 'parts', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(time));
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  const hour = get('hour');
  const minute = get('minute');
  const minutes = Number(hour) * 60 + Number(minute);
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE;
  const clock: WallClock = {
    date,
    clock: `${hour}:${minute}`,
    minutes,
    offset: Math.round((wall - Math.floor(time / MINUTE) * MINUTE) / MINUTE),
  };
  kept(read, timeZone).set(time, clock);
  return clock;
}

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: string | Date, timeZone = CONFERENCE_TIME_ZONE): string {
  return wallClock(instant, timeZone).date;
}

/** Minutes after local midnight of an instant in a time zone. */
export function localMinutes(instant: string | Date, timeZone = CONFERENCE_TIME_ZONE): number {
  return wallClock(instant, timeZone).minutes;
}

/** "09:30" in the conference's time zone. */
export function formatLocalTime(instant: string | Date, timeZone = CONFERENCE_TIME_ZONE): string {
  return wallClock(instant, timeZone).clock;
}

/** The zone's offset from UTC at an instant, in minutes (60 in BST, 0 in GMT). */
export function utcOffsetMinutes(instant: string | Date, timeZone = CONFERENCE_TIME_ZONE): number {
  return wallClock(instant, timeZone).offset;
}

/** The zone's short name at an instant ("GMT", "BST", "CET"…), as Intl gives it. */
function zoneName(instant: string | Date, timeZone: string): string {
  const time = timeOf(instant);
  const known = zoneNamesRead.get(timeZone)?.get(time);
  if (known !== undefined) return known;
  const name =
    formatter(timeZone, 'zone', { timeZoneName: 'short' })
      .formatToParts(new Date(time))
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  kept(zoneNamesRead, timeZone).set(time, name);
  return name;
}

/** "GMT" or "BST" for London; the short zone name the delegate's booklet would print. */
export function timeZoneAbbreviation(instant: string | Date, timeZone = CONFERENCE_TIME_ZONE): string {
  const name = zoneName(instant, timeZone);
  if (timeZone === 'Europe/London') return name === 'GMT' ? 'GMT' : 'BST';
  return name;
}

/**
 * The instant (ms) a wall-clock time (ms as if it were UTC) names in a zone. The offset is read at a first
 * guess and again at the answer, because near a clock change the two can differ. A time the clocks skip
 * or repeat gets one of its two readings: in London (and east of UTC) the later one, a spring-gap 01:30
 * becoming 02:30 BST and an autumn 01:30 read as GMT; west of UTC (New York) the earlier one.
 */
function instantOfWall(wall: number, timeZone: string): number {
  const guess = wall - utcOffsetMinutes(new Date(wall), timeZone) * MINUTE;
  return wall - utcOffsetMinutes(new Date(guess), timeZone) * MINUTE;
}

/** The instant a local wall-clock time (minutes after midnight of a day, YYYY-MM-DD) names in a zone. */
export function zonedInstant(day: string, minutes: number, timeZone = CONFERENCE_TIME_ZONE): Date {
  return new Date(instantOfWall(Date.parse(`${day}T00:00:00Z`) + minutes * MINUTE, timeZone));
}

/**
 * The UTC instant (ISO string) of a local date (YYYY-MM-DD) and time (HH:MM) in a time zone, e.g.
 * 2018-11-15 14:00 in Europe/London (GMT) → 2018-11-15T14:00:00.000Z, and 2019-07-03 14:00 (BST) →
 * 2019-07-03T13:00:00.000Z. Null when either is missing or malformed.
 */
export function localToInstant(date: string, time: string, timeZone = CONFERENCE_TIME_ZONE): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  return new Date(instantOfWall(wall, timeZone)).toISOString();
}

/** The local date and HH:MM of an instant in a time zone (for filling a form's fields). */
export function instantToLocal(
  instant: string,
  timeZone = CONFERENCE_TIME_ZONE,
): { date: string; time: string } {
  const at = wallClock(instant, timeZone);
  return { date: at.date, time: at.clock };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 local time with the zone's offset: "2017-10-12T14:00:00+01:00". */
export function formatZoned(instant: Date, timeZone = CONFERENCE_TIME_ZONE): string {
  const at = wallClock(instant, timeZone);
  const sign = at.offset < 0 ? '-' : '+';
  const offset = Math.abs(at.offset);
  const seconds = pad(Math.floor(instant.getTime() / 1000) % 60);
  return `${at.date}T${at.clock}:${seconds}${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}
