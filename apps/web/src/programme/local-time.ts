import { CONFERENCE_TIME_ZONE, formatLocalTime, localDate } from '@ncasc/shared';

/** How far (in ms) local wall-clock time in a zone is ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
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
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const first = zoneOffset(naive, timeZone);
  let instant = naive - first;
  // near a clock change the offset at the answer can differ from the one at the guess
  const second = zoneOffset(instant, timeZone);
  if (second !== first) instant = naive - second;
  return new Date(instant).toISOString();
}

/** The local date and HH:MM of an instant in a time zone (for filling the form's fields). */
export function instantToLocal(
  instant: string,
  timeZone = CONFERENCE_TIME_ZONE,
): { date: string; time: string } {
  return { date: localDate(instant, timeZone), time: formatLocalTime(instant, timeZone) };
}
