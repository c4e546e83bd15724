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

  /** Each day from startsOn to endsOn, or none when the sources do not give the dates. */
  days(c: Pick<ConferenceEntity, 'startsOn' | 'endsOn'>): string[] {
    if (!c.startsOn) return [];
    const days: string[] = [];
    const end = c.endsOn ?? c.startsOn;
    for (
      let d = new Date(`${c.startsOn}T12:00:00Z`);
      d.toISOString().slice(0, 10) <= end && days.length < 31;
      d.setUTCDate(d.getUTCDate() + 1)
    ) {
      days.push(d.toISOString().slice(0, 10));
    }
    return days;
  }
}
