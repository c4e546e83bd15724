// Data access in sessions: every read is EntityReader SQL through these loaders (and the session by id
// in SessionsService); the publication rule "removed sessions are out" is written here.
import { groupBy } from '@ncasc/shared';
import DataLoader from 'dataloader';
import { BATCH, type PublicReader } from '../common/dataloaders/public-reader';
import { EntityReader } from '../common/database/entity-reader';
import { type ConferencesLoaders, conferencesLoaders } from '../conferences/conferences.loaders';
import { type OrganisationsLoaders, organisationsLoaders } from '../organisations/organisations.loaders';
import { type SpeakersLoaders, speakersLoaders } from '../speakers/speakers.loaders';
import { type TracksLoaders, tracksLoaders } from '../tracks/tracks.loaders';
import { SessionSpeakerEntity } from './session-speaker.entity';
import { SessionEntity } from './session.entity';

/** Sessions taken out of the programme are not part of it. */
const NOT_REMOVED = 't.removed_at IS NULL';

/** Sessions and who takes part in them, for one request. */
export function sessionsLoaders(reader: PublicReader) {
  return {
    /** By id, removed ones too (a starred or noted session stays readable). */
    byId: reader.byId(SessionEntity, 'session'),

    /** A conference's programme: its sessions not removed, in no order. */
    byConference: reader.grouped(
      SessionEntity,
      'conference_id',
      (s) => s.conferenceId,
      ` AND ${NOT_REMOVED}`,
    ),

    /** Speakers of each session, in billing order. */
    participants: new DataLoader<string, SessionSpeakerEntity[]>(async (ids) => {
      const read = async (sessionIds: string[]) => {
        const rows = EntityReader.of(reader.ds, SessionSpeakerEntity);
        const found = await rows.select(`WHERE ${rows.inList('t.session_id')} ORDER BY t.position`, [
          rows.inListParam(sessionIds),
        ]);
        const groups = groupBy(found, (r) => r.sessionId);
        return new Map(sessionIds.map((id) => [id, groups.get(id) ?? []]));
      };
      return (await reader.sharedOr('participantsBySession', ids, read)).map((list) => list ?? []);
    }, BATCH),

    /** Every session a speaker took part in, across all conferences. */
    participations: reader.grouped(SessionSpeakerEntity, 'speaker_id', (r) => r.speakerId),

    /** A theme's sessions not removed, at every conference, in no order. */
    ofTrack: (trackId: string): Promise<SessionEntity[]> =>
      EntityReader.of(reader.ds, SessionEntity).select(
        `JOIN session_tracks st ON st.session_id = t.id WHERE st.track_id = ? AND ${NOT_REMOVED}`,
        [trackId],
      ),
  };
}
export type SessionsLoaders = ReturnType<typeof sessionsLoaders>;

/** The loaders of the published programme: what every public read needs, for one request. */
export interface ProgrammeLoaders {
  reader: PublicReader;
  organisations: OrganisationsLoaders;
  conferences: ConferencesLoaders;
  tracks: TracksLoaders;
  speakers: SpeakersLoaders;
  sessions: SessionsLoaders;
}

export function programmeLoaders(reader: PublicReader): ProgrammeLoaders {
  return {
    reader,
    organisations: organisationsLoaders(reader),
    conferences: conferencesLoaders(reader),
    tracks: tracksLoaders(reader),
    speakers: speakersLoaders(reader),
    sessions: sessionsLoaders(reader),
  };
}
