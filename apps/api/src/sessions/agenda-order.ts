import { type SessionTiming, sessionDay, timingSortKey } from '@ncasc/shared';
import type { ConferenceEntity } from '../conferences/conference.entity';
import type { SessionEntity } from './session.entity';

/** What a session's time is made of. */
export type Timed = Pick<SessionEntity, 'timePrecision' | 'day' | 'dayPart' | 'startsAt' | 'endsAt'>;

/** A stored session's time as the shared helpers read it (instants as ISO strings). */
export function timingOf(s: Timed): SessionTiming {
  return {
    timePrecision: s.timePrecision,
    day: s.day,
    dayPart: s.dayPart,
    startsAt: s.startsAt?.toISOString() ?? null,
    endsAt: s.endsAt?.toISOString() ?? null,
  };
}

/** The key the agenda sorts by: day, then time (day parts among clock times), then source order. */
export function agendaSortKey(s: Timed & Pick<SessionEntity, 'sequence'>, timeZone?: string): string {
  return timingSortKey(timingOf(s), s.sequence, timeZone);
}

/** The local day a session falls on in a time zone, or null when the sources do not give it. */
export function dayOf(s: Timed, timeZone: string): string | null {
  return sessionDay(timingOf(s), timeZone);
}

/** Orders sessions as the agenda reads: by day, then time (day parts among clock times), then source order. */
export function sortAgenda<T extends Timed & Pick<SessionEntity, 'sequence' | 'title'>>(
  sessions: T[],
  timeZone?: string,
): T[] {
  const keyed = sessions.map((s) => ({ s, key: agendaSortKey(s, timeZone) }));
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
