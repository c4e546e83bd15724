import { Injectable } from '@nestjs/common';
import { slugify } from '@ncasc/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { newId } from '../common/database/columns';
import { inTransaction } from '../common/database/transactions';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { organisationIdFor } from './programme-rows';

/** An organisation's id by name, creating it if new; undefined (leave as is) and null (none) pass through. */
export async function optionalOrganisationId(
  m: EntityManager,
  name: string | null | undefined,
): Promise<string | null | undefined> {
  if (name === undefined) return undefined;
  if (!name) return null;
  return organisationIdFor(m, name);
}

/**
 * Speakers and themes are shared by every conference and year, so their edits apply at once rather
 * than through a conference's draft (a speaker's sessions still change only when published).
 */
@Injectable()
export class ReferenceDataService {
  constructor(private readonly ds: DataSource) {}

  async createSpeaker(input: {
    name?: string;
    role?: string | null;
    organisation?: string | null;
  }): Promise<SpeakerEntity> {
    const name = input.name;
    if (!name) throw new InvalidInputError('name', 'name must not be empty');
    // the organisation and the speaker together, or neither
    return inTransaction(this.ds, async (m) =>
      m.save(SpeakerEntity, {
        id: newId(),
        name,
        honorifics: null,
        role: input.role ?? null,
        organisationId: (await optionalOrganisationId(m, input.organisation)) ?? null,
        sourceRoundupId: null,
      }),
    );
  }

  async updateSpeaker(
    id: string,
    input: { name?: string; role?: string | null; organisation?: string | null },
  ): Promise<SpeakerEntity> {
    return inTransaction(this.ds, async (m) => {
      const speaker = await m.findOneBy(SpeakerEntity, { id });
      if (!speaker) throw new NotFoundError('Speaker', 'id');
      if (input.name !== undefined) speaker.name = input.name;
      if (input.role !== undefined) speaker.role = input.role;
      const organisationId = await optionalOrganisationId(m, input.organisation);
      if (organisationId !== undefined) speaker.organisationId = organisationId;
      return m.save(speaker);
    });
  }

  async createTrack(name: string): Promise<TrackEntity> {
    const slug = slugify(name);
    if (!slug) throw new InvalidInputError('name', 'name needs letters or digits');
    if (slug.length > 80)
      throw new InvalidInputError('name', 'name is too long for a theme address (at most 80 characters)');
    return inTransaction(this.ds, async (m) => {
      if (await m.existsBy(TrackEntity, { slug }))
        throw new InvalidInputError('name', `a theme “${slug}” already exists`);
      return m.save(TrackEntity, { id: newId(), slug, name });
    });
  }

  /** Renames a theme; its slug (the public address of its page) stays. */
  async renameTrack(slug: string, name: string): Promise<TrackEntity> {
    return inTransaction(this.ds, async (m) => {
      const track = await m.findOneBy(TrackEntity, { slug });
      if (!track) throw new NotFoundError('Theme', 'slug');
      track.name = name;
      return m.save(track);
    });
  }
}
