import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type Repository } from 'typeorm';
import type { ConferenceSeries } from '../common/graphql-enums';
import { ConferenceEntity } from './conference.entity';

@Injectable()
export class ConferencesService {
  constructor(
    @InjectRepository(ConferenceEntity) private readonly conferences: Repository<ConferenceEntity>,
  ) {}

  /**
   * Newest first: the conference a delegate is most likely to want is at the top. Unpublished editions
   * only when asked (for organisers).
   */
  list(series?: ConferenceSeries, unpublished = false): Promise<ConferenceEntity[]> {
    return this.conferences.find({
      where: { ...(series ? { series } : {}), ...(unpublished ? {} : { publishedAt: Not(IsNull()) }) },
      order: { year: 'DESC', startsOn: 'DESC', slug: 'ASC' },
    });
  }

  /** A conference by slug; an unpublished edition only when asked (for organisers). */
  findBySlug(slug: string, unpublished = false): Promise<ConferenceEntity | null> {
    return this.conferences.findOneBy(unpublished ? { slug } : { slug, publishedAt: Not(IsNull()) });
  }
}
