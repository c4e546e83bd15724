import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ConferenceSeries } from '../common/graphql-enums';
import { ConferenceEntity } from './conference.entity';

@Injectable()
export class ConferencesService {
  constructor(
    @InjectRepository(ConferenceEntity) private readonly conferences: Repository<ConferenceEntity>,
  ) {}

  /** Newest first: the conference a delegate is most likely to want is at the top. */
  list(series?: ConferenceSeries): Promise<ConferenceEntity[]> {
    return this.conferences.find({
      where: series ? { series } : {},
      order: { year: 'DESC', startsOn: 'DESC', slug: 'ASC' },
    });
  }

  findBySlug(slug: string): Promise<ConferenceEntity | null> {
    return this.conferences.findOneBy({ slug });
  }
}
