import { type SessionTiming, sessionDay, timingSortKey } from '@ncasc/shared';
import type { ConferenceEntity } from '../conferences/conference.entity';
import type { SessionEntity } from './session.entity';
import { type CursorKey, decodeCursor, encodeCursor } from '../common/graphql/paging';

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
export function sortAgenda<T extends Timed & Pick<SessionEntity, 'sequence' | 'title' | 'id'>>(
  sessions: T[],
  timeZone?: string,
): T[] {
  const keyed = sessions.map((s) => ({ s, key: agendaSortKey(s, timeZone) }));
  keyed.sort((a, b) => byAgendaKey(a.key, a.s, b.key, b.s));
  return keyed.map((k) => k.s);
}

/** Agenda order of two sessions with their sort keys: the key, then the title, then the id (never a tie). */
export function byAgendaKey(
  keyA: string,
  a: Pick<SessionEntity, 'title' | 'id'>,
  keyB: string,
  b: Pick<SessionEntity, 'title' | 'id'>,
): number {
  return keyA.localeCompare(keyB) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

type OrderedConference = Pick<ConferenceEntity, 'year' | 'startsOn' | 'slug'>;

/** Conferences as a record across the years reads them: by year, then start date. */
export function conferenceOrderKey(c: OrderedConference): string {
  return `${c.year}|${c.startsOn ?? ''}|${c.slug}`;
}

/**
 * A session's place in every list of sessions (a conference's agenda, a speaker's or a theme's record,
 * your notes): its conference's place across the years, then its agenda order.
 */
export function sessionOrderKey(
  s: Timed & Pick<SessionEntity, 'sequence' | 'title' | 'id'>,
  c: OrderedConference & { timezone?: string },
): CursorKey {
  return [c.year, c.startsOn ?? '', c.slug, agendaSortKey(s, c.timezone), s.title, s.id];
}

/** The year of the conference a session cursor points into (keyset paging by year in SQL starts there). */
export const cursorYear = (key: CursorKey): number => key[0] as number;

const SESSION_CURSOR = 'session';
export const sessionCursor = (key: CursorKey): string => encodeCursor(SESSION_CURSOR, key);
export const decodeSessionCursor = (cursor: string): CursorKey =>
  decodeCursor(SESSION_CURSOR, cursor, ['number', 'string', 'string', 'string', 'string', 'string']);

/**
 * Sessions of several conferences as a record across the years: oldest conference first (by year,
 * then start date), each conference's sessions in agenda order.
 */
export function sortAcrossConferences<
  T extends Timed & Pick<SessionEntity, 'sequence' | 'title' | 'conferenceId' | 'id'>,
>(
  sessions: T[],
  conferences: Pick<ConferenceEntity, 'id' | 'year' | 'startsOn' | 'slug' | 'timezone'>[],
): T[] {
  const byId = new Map(conferences.map((c) => [c.id, c]));
  const key = (id: string) => {
    const c = byId.get(id);
    return c ? conferenceOrderKey(c) : '';
  };
  const groups = new Map<string, T[]>();
  for (const s of sessions) groups.set(s.conferenceId, [...(groups.get(s.conferenceId) ?? []), s]);
  return [...groups.entries()]
    .sort(([a], [b]) => key(a).localeCompare(key(b)))
    .flatMap(([id, list]) => sortAgenda(list, byId.get(id)?.timezone));
}
