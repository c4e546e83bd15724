import { slugify } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import { newId } from '../../src/common/database/columns';
import { OrganisationEntity } from '../../src/organisations/organisation.entity';
import { SpeakerEntity } from '../../src/speakers/speaker.entity';
import { TrackEntity } from '../../src/tracks/track.entity';
import { next } from './sequence';

/** A speaker; `organisation` is found or created by name, as the organisers' speaker form does. */
export async function createSpeaker(
  ds: DataSource,
  fields: { name?: string; role?: string | null; organisation?: string | null; honorifics?: string[] } = {},
): Promise<SpeakerEntity> {
  let organisationId: string | null = null;
  if (fields.organisation) {
    const organisations = ds.getRepository(OrganisationEntity);
    organisationId =
      (await organisations.findOneBy({ name: fields.organisation }))?.id ??
      (await organisations.save({ id: newId(), name: fields.organisation })).id;
  }
  return ds.getRepository(SpeakerEntity).save({
    id: newId(),
    name: fields.name ?? `Speaker ${next()}`,
    honorifics: fields.honorifics ?? null,
    role: fields.role ?? null,
    organisationId,
    sourceRoundupId: null,
  });
}

/** A theme (a track in the code); its slug is made from the name unless given. */
export function createTheme(ds: DataSource, name: string, slug = slugify(name)): Promise<TrackEntity> {
  return ds.getRepository(TrackEntity).save({ id: newId(), slug, name });
}
