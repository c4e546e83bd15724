// Data access in conferences: reads of a request through these loaders (EntityReader SQL); listing
// and finding by slug outside a request through the TypeORM repository (ConferencesService).
import type { PublicReader } from '../common/dataloaders/public-reader';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ConferenceEntity } from './conference.entity';
import { RoomEntity } from './room.entity';

/** Conferences, their rooms and organisers, for one request. */
export function conferencesLoaders(reader: PublicReader) {
  return {
    byId: reader.byId(ConferenceEntity, 'conference'),
    bySlug: reader.byId(ConferenceEntity, 'conferenceBySlug', {
      column: 'slug',
      of: (c) => c.slug,
    }),
    room: reader.byId(RoomEntity, 'room'),

    /** Rooms the programme uses (a room only a removed or renamed-away session had is not listed). */
    roomsInUse: reader.grouped(
      RoomEntity,
      'conference_id',
      (r) => r.conferenceId,
      ` AND EXISTS (SELECT 1 FROM sessions s WHERE s.room_id = t.id AND s.removed_at IS NULL)
         ORDER BY t.name`,
    ),

    organisers: reader.linked(
      OrganisationEntity,
      'conference_organisers',
      'conference_id',
      'organisation_id',
    ),
  };
}
export type ConferencesLoaders = ReturnType<typeof conferencesLoaders>;
