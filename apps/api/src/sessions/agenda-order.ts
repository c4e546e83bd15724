import { type SessionTiming, timingSortKey } from '@ncasc/shared';
import type { ConferenceEntity } from '../conferences/conference.entity';
import type { SessionEntity } from './session.entity';

type Timed = Pick<SessionEntity, 'timePrecision' | 'day' | 'dayPart' | 'startsAt' | 'endsAt'>;

/**
 * Timings and sort keys of rows shared between requests (frozen: see SharedRows), worked out once for
 * all of them; a row that can still change is worked out each time.
 */
const timings = new WeakMap<object, SessionTiming>();
const sortKeys = new WeakMap<object, Map<string | undefined, string>>();

/** A stored session's time as the shared helpers read it (instants as ISO strings). Not to be changed. */
export function timingOf(s: Timed): SessionTiming {
  const kept = timings.get(s);
  if (kept) return kept;
  const timing: SessionTiming = {
    timePrecision: s.timePrecision,
    day: s.day,
    dayPart: s.dayPart,
    startsAt: s.startsAt?.toISOString() ?? null,
    endsAt: s.endsAt?.toISOString() ?? null,
  };
  if (Object.isFrozen(s)) timings.set(s, Object.freeze(timing));
  return timing;
}

function sortKeyOf(s: Timed & Pick<SessionEntity, 'sequence'>, timeZone: string | undefined): string {
  let byZone = sortKeys.get(s);
  const kept = byZone?.get(timeZone);
  if (kept !== undefined) return kept;
  const key = timingSortKey(timingOf(s), s.sequence, timeZone);
  if (Object.isFrozen(s)) {
    if (!byZone) sortKeys.set(s, (byZone = new Map<string | undefined, string>()));
    byZone.set(timeZone, key);
  }
  return key;
}

/** Orders sessions as the agenda reads: by day, then time (day parts among clock times), then source order. */
export function sortAgenda<T extends Timed & Pick<SessionEntity, 'sequence' | 'title'>>(
  sessions: T[],
  timeZone?: string,
): T[] {
  const keyed = sessions.map((s) => ({ s, key: sortKeyOf(s, timeZone) }));
  keyed.sort((a, b) => a.key.localeCompare(b.key) || a.s.title.localeCompare(b.s.title));
  return keyed.map((k) => k.s);
}

/**
 * Sessions of several conferences as a record across the years: oldest conference first (by year,
 * then start date), each conference's sessions in agenda order.
 */
export function sortAcrossConferences<
  T extends Timed & Pick<SessionEntity, 'sequence' | 'title' | 'conferenceId'>,
>(
  sessions: T[],
  conferences: Pick<ConferenceEntity, 'id' | 'year' | 'startsOn' | 'slug' | 'timezone'>[],
): T[] {
  const byId = new Map(conferences.map((c) => [c.id, c]));
  const key = (id: string) => {
    const c = byId.get(id);
    return c ? `${c.year}|${c.startsOn ?? ''}|${c.slug}` : '';
  };
  const groups = new Map<string, T[]>();
  for (const s of sessions) groups.set(s.conferenceId, [...(groups.get(s.conferenceId) ?? []), s]);
  return [...groups.entries()]
    .sort(([a], [b]) => key(a).localeCompare(key(b)))
    .flatMap(([id, list]) => sortAgenda(list, byId.get(id)?.timezone));
}
