import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { slugify } from '@ncasc/shared';
import type { Repository } from 'typeorm';
import { newId } from '../common/database/columns';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';

/**
 * Speakers and themes are shared by every conference and year, so their edits apply at once rather
 * than through a conference's draft (a speaker's sessions still change only when published).
 */
@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectRepository(SpeakerEntity) private readonly speakers: Repository<SpeakerEntity>,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(TrackEntity) private readonly tracks: Repository<TrackEntity>,
  ) {}

  private async organisationId(name: string | null | undefined): Promise<string | null | undefined> {
    if (name === undefined) return undefined;
    if (!name) return null;
    const found = await this.organisations.findOneBy({ name });
    return found?.id ?? (await this.organisations.save({ id: newId(), name })).id;
  }

  async createSpeaker(input: {
    name?: string;
    role?: string | null;
    organisation?: string | null;
  }): Promise<SpeakerEntity> {
    if (!input.name) throw new InvalidInputError('name', 'name must not be empty');
    return this.speakers.save({
      id: newId(),
      name: input.name,
      honorifics: null,
      role: input.role ?? null,
      organisationId: (await this.organisationId(input.organisation)) ?? null,
      sourceRoundupId: null,
    });
  }

  async updateSpeaker(
    id: string,
    input: { name?: string; role?: string | null; organisation?: string | null },
  ): Promise<SpeakerEntity> {
    const speaker = await this.speakers.findOneBy({ id });
    if (!speaker) throw new NotFoundError('Speaker', 'id');
    if (input.name !== undefined) speaker.name = input.name;
    if (input.role !== undefined) speaker.role = input.role;
    const organisationId = await this.organisationId(input.organisation);
    if (organisationId !== undefined) speaker.organisationId = organisationId;
    return this.speakers.save(speaker);
  }

  async createTrack(name: string): Promise<TrackEntity> {
    const slug = slugify(name);
    if (!slug) throw new InvalidInputError('name', 'name needs letters or digits');
    if (slug.length > 80)
      throw new InvalidInputError('name', 'name is too long for a theme address (at most 80 characters)');
    if (await this.tracks.existsBy({ slug }))
      throw new InvalidInputError('name', `a theme “${slug}” already exists`);
    return this.tracks.save({ id: newId(), slug, name });
  }

  /** Renames a theme; its slug (the public address of its page) stays. */
  async renameTrack(slug: string, name: string): Promise<TrackEntity> {
    const track = await this.tracks.findOneBy({ slug });
    if (!track) throw new NotFoundError('Theme', 'slug');
    track.name = name;
    return this.tracks.save(track);
  }
}
