import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ConferenceSeries } from '../common/graphql-enums';
import type { Loaders } from '../common/dataloaders/loaders';
import { dayOf, sortAgenda } from '../sessions/agenda-order';
import type { SessionEntity } from '../sessions/session.entity';
import { ConferenceEntity } from './conference.entity';

export interface SessionFilter {
  day?: string;
  type?: string;
  track?: string;
}

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

  /** A conference's agenda, filtered and in agenda order. */
  async sessions(
    conference: ConferenceEntity,
    filter: SessionFilter,
    loaders: Loaders,
  ): Promise<SessionEntity[]> {
    let sessions = await loaders.sessionsByConference.load(conference.id);
    if (filter.day) sessions = sessions.filter((s) => dayOf(s, conference.timezone) === filter.day);
    if (filter.type) sessions = sessions.filter((s) => s.type === filter.type);
    if (filter.track) {
      const tracks = await loaders.tracksBySession.loadMany(sessions.map((s) => s.id));
      sessions = sessions.filter((_, i) => {
        const t = tracks[i];
        return Array.isArray(t) && t.some((track) => track.slug === filter.track);
      });
    }
    return sortAgenda(sessions, conference.timezone);
  }
}
