import type { PublishedConference, PublishedSession } from './published-programme';

export interface SessionFilter {
  day?: string;
  type?: string;
  track?: string;
}

/** A conference's agenda, filtered, in agenda order (the published programme keeps it in that order). */
export function filterAgenda(programme: PublishedConference, filter: SessionFilter): readonly PublishedSession[] {
  const { day, type, track } = filter;
  if (!day && !type && !track) return programme.sessions;
  return programme.sessions.filter(
    (s) =>
      (!day || s.day === day) &&
      (!type || (s.row.type as string) === type) &&
      (!track || s.themes.some((t) => t.slug === track)),
  );
}
