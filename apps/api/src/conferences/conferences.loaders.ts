// Data access in conferences: reads of a request through these loaders (EntityReader SQL); listing
// and finding by slug through the TypeORM repository (ConferencesService). A conference's programme
// (rooms, organisers, sessions) is read with it, in sessions/published.
import type { PublicReader } from '../common/dataloaders/public-reader';
import { ConferenceEntity } from './conference.entity';

/** Conferences by id, for one request. */
export function conferencesLoaders(reader: PublicReader) {
  return {
    byId: reader.byId(ConferenceEntity),
  };
}
export type ConferencesLoaders = ReturnType<typeof conferencesLoaders>;
