import { DAY_PART_WINDOWS, localDate, localMinutes, SessionStatus, TimePrecision } from '@ncasc/shared';
import type { Timed } from '../sessions/agenda-order';
import type { SessionEntity } from '../sessions/session.entity';

/** How long a session with a start but no end is taken to last, for clashes only. */
export const ASSUMED_LENGTH_MINUTES = 60;

interface Span {
  day: string;
  from: number;
  to: number;
}

/**
 * The stretch of its day a session may occupy: its clock times (EXACT); the whole day part (DAY_PART:
 * "Thursday morning" may be any time that morning, so it clashes with whatever else is starred that
 * morning, clock-timed or not). Sessions with only a day, or no day, have no span: no clash can be shown.
 */
function spanOf(s: Timed, timeZone: string): Span | null {
  if (s.timePrecision === TimePrecision.EXACT && s.startsAt) {
    const day = localDate(s.startsAt, timeZone);
    const from = localMinutes(s.startsAt, timeZone);
    let to = from + ASSUMED_LENGTH_MINUTES;
    if (s.endsAt) to = localDate(s.endsAt, timeZone) === day ? localMinutes(s.endsAt, timeZone) : 24 * 60;
    return { day, from, to: Math.max(to, from + 1) };
  }
  if (s.timePrecision === TimePrecision.DAY_PART && s.day && s.dayPart) {
    const [from, to] = DAY_PART_WINDOWS[s.dayPart];
    return { day: s.day, from, to };
  }
  return null;
}

/**
 * Groups of starred sessions that overlap in time: each group is a largest set of sessions all running
 * at one moment (so A–B and B–C overlapping, but not A–C, are two clashes, not one). Cancelled sessions
 * clash with nothing.
 */
export function findClashes<
  T extends Pick<
    SessionEntity,
    'id' | 'status' | 'timePrecision' | 'day' | 'dayPart' | 'startsAt' | 'endsAt'
  >,
>(sessions: T[], timeZone: string): { day: string; sessions: T[] }[] {
  const spans = sessions
    .filter((s) => s.status !== SessionStatus.CANCELLED)
    .map((s) => ({ s, span: spanOf(s, timeZone) }))
    .filter((x): x is { s: T; span: Span } => x.span !== null);
  const groups: { day: string; ids: Set<string>; sessions: T[] }[] = [];
  for (const { span: at } of spans) {
    // everything running at the moment this session starts
    const running = spans.filter(
      (x) => x.span.day === at.day && x.span.from <= at.from && at.from < x.span.to,
    );
    if (running.length < 2) continue;
    const ids = new Set(running.map((x) => x.s.id));
    if (groups.some((g) => [...ids].every((id) => g.ids.has(id)))) continue;
    for (let i = groups.length - 1; i >= 0; i--)
      if ([...groups[i].ids].every((id) => ids.has(id))) groups.splice(i, 1);
    groups.push({ day: at.day, ids, sessions: running.map((x) => x.s) });
  }
  return groups.map((g) => ({ day: g.day, sessions: g.sessions }));
}
