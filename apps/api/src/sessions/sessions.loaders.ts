// Data access in sessions: the published programme is read once per version in published/ (EntityReader
// SQL, shared by every request); sessions as stored, drafts' too, by id here. The publication rule
// "removed sessions are out of the programme" is written in published/.
import type { PublicReader } from '../common/dataloaders/public-reader';
import { type ConferencesLoaders, conferencesLoaders } from '../conferences/conferences.loaders';
import { type OrganisationsLoaders, organisationsLoaders } from '../organisations/organisations.loaders';
import { type SpeakersLoaders, speakersLoaders } from '../speakers/speakers.loaders';
import type { ProgrammeReader, PublishedProgramme } from './published/published-programme.service';
import { SessionEntity } from './session.entity';

/** Sessions as stored (organisers' and staff's views), for one request. */
export function sessionsLoaders(reader: PublicReader) {
  return {
    /** By id, removed ones too. */
    byId: reader.byId(SessionEntity),
  };
}
export type SessionsLoaders = ReturnType<typeof sessionsLoaders>;

/** What every read of the programme needs, for one request. */
export interface ProgrammeLoaders {
  reader: PublicReader;
  /** The published programme at the version this request reads (shared by every request). */
  programme: ProgrammeReader;
  organisations: OrganisationsLoaders;
  conferences: ConferencesLoaders;
  speakers: SpeakersLoaders;
  sessions: SessionsLoaders;
}

export function programmeLoaders(reader: PublicReader, published: PublishedProgramme): ProgrammeLoaders {
  const organisations = organisationsLoaders(reader);
  return {
    reader,
    programme: published.reader(reader),
    organisations,
    conferences: conferencesLoaders(reader),
    speakers: speakersLoaders(reader, organisations),
    sessions: sessionsLoaders(reader),
  };
}
