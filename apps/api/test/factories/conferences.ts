import { CONFERENCE_TIME_ZONE, ConferenceSeries } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import { newId } from '../../src/common/database/columns';
import { ConferenceEntity } from '../../src/conferences/conference.entity';
import { RoomEntity } from '../../src/conferences/room.entity';
import { ProgrammeVersionEntity } from '../../src/programme/programme-version.entity';
import { next } from './sequence';

/** The facts of two conferences, for specs that want a believable one (their own rows, not the seeded ones). */
export const NCASC_2018 = {
  slug: 'ncasc-2018',
  year: 2018,
  city: 'Manchester',
  startsOn: '2018-11-14',
  endsOn: '2018-11-16',
} as const;
export const ADCS_2018 = {
  slug: 'adcs-2018',
  series: ConferenceSeries.ADCS,
  year: 2018,
  startsOn: '2018-07-04',
  endsOn: '2018-07-06',
} as const;

/**
 * A conference whose programme, like a seeded one, starts as published version 1 (organisers'
 * publishes then make versions 2, 3…).
 */
export async function createConference(
  ds: DataSource,
  fields: Partial<Omit<ConferenceEntity, 'id' | 'organisers' | 'createdAt' | 'updatedAt'>> = {},
): Promise<ConferenceEntity> {
  const n = next();
  const year = fields.year ?? 2018;
  const conference = await ds.getRepository(ConferenceEntity).save({
    id: newId(),
    slug: `conference-${n}`,
    name: `Conference ${n}`,
    series: ConferenceSeries.NCASC,
    year,
    city: null,
    venue: null,
    startsOn: null,
    endsOn: null,
    timezone: CONFERENCE_TIME_ZONE,
    hashtag: null,
    sourceEvidence: null,
    leftEmpty: [],
    publishedAt: new Date(),
    ...fields,
  });
  await ds.getRepository(ProgrammeVersionEntity).insert({
    id: newId(),
    conferenceId: conference.id,
    number: 1,
    publishedAt: new Date(),
    note: null,
    changes: [],
  });
  return conference;
}

export function createRoom(
  ds: DataSource,
  conference: ConferenceEntity,
  name: string,
  capacity: number | null = null,
): Promise<RoomEntity> {
  return ds.getRepository(RoomEntity).save({ id: newId(), conferenceId: conference.id, name, capacity });
}
