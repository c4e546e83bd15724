import { present } from '../common/loaded';
import type { ConferenceEntity } from '../conferences/conference.entity';
import type { SessionSpeakerEntity } from './session-speaker.entity';
import type { SessionEntity } from './session.entity';
import { dayOf, sortAcrossConferences, sortAgenda } from './agenda-order';
import type { ProgrammeLoaders } from './sessions.loaders';

export interface SessionFilter {
  day?: string;
  type?: string;
  track?: string;
}

/** A conference's agenda, filtered and in agenda order. */
export async function conferenceAgenda(
  conference: ConferenceEntity,
  filter: SessionFilter,
  loaders: Pick<ProgrammeLoaders, 'sessions' | 'tracks'>,
): Promise<SessionEntity[]> {
  let sessions = await loaders.sessions.byConference.load(conference.id);
  if (filter.day) sessions = sessions.filter((s) => dayOf(s, conference.timezone) === filter.day);
  if (filter.type) sessions = sessions.filter((s) => s.type === filter.type);
  if (filter.track) {
    const tracks = await loaders.tracks.bySession.loadMany(sessions.map((s) => s.id));
    sessions = sessions.filter((_, i) => {
      const t = tracks[i];
      return Array.isArray(t) && t.some((track) => track.slug === filter.track);
    });
  }
  return sortAgenda(sessions, conference.timezone);
}

/**
 * A speaker's appearances across every conference, oldest conference first and in agenda order
 * within each: the record of what they said, year by year.
 */
export async function appearancesOf(
  speakerId: string,
  loaders: Pick<ProgrammeLoaders, 'sessions' | 'conferences'>,
): Promise<SessionSpeakerEntity[]> {
  const participations = await loaders.sessions.participations.load(speakerId);
  const sessions = present(
    await loaders.sessions.byId.loadMany(participations.map((p) => p.sessionId)),
  ).filter((s) => !s.removedAt);
  const conferences = present(
    await loaders.conferences.byId.loadMany([...new Set(sessions.map((s) => s.conferenceId))]),
  );
  const ordered = sortAcrossConferences(sessions, conferences);
  const bySession = new Map(participations.map((p) => [p.sessionId, p]));
  return ordered.map((s) => bySession.get(s.id)!);
}

/** The theme's sessions across every conference, oldest conference first, agenda order within each. */
export async function sessionsAcrossYears(
  trackId: string,
  loaders: Pick<ProgrammeLoaders, 'sessions' | 'conferences'>,
): Promise<SessionEntity[]> {
  const sessions = await loaders.sessions.ofTrack(trackId);
  const conferences = present(
    await loaders.conferences.byId.loadMany([...new Set(sessions.map((s) => s.conferenceId))]),
  );
  return sortAcrossConferences(sessions, conferences);
}
