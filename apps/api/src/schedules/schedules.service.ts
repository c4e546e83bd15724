import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { SessionStatus, sessionDay } from '@ncasc/shared';
import type { Repository } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { ConferenceEntity } from '../conferences/conference.entity';
import { sortAgenda, timingOf } from '../sessions/agenda-order';
import { SessionEntity } from '../sessions/session.entity';
import { findClashes } from './clashes';
import { StarEntity } from './star.entity';

export interface Schedule {
  conference: ConferenceEntity;
  sessions: SessionEntity[];
  clashes: { day: string; sessions: SessionEntity[] }[];
  days: { day: string | null; count: number }[];
}

@Injectable()
export class SchedulesService {
  constructor(
    @InjectRepository(StarEntity) private readonly stars: Repository<StarEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(ConferenceEntity) private readonly conferences: Repository<ConferenceEntity>,
  ) {}

  private async session(sessionId: string): Promise<SessionEntity> {
    const session = await this.sessions.findOneBy({ id: sessionId });
    if (!session || session.removedAt) throw new NotFoundError('Session', 'sessionId');
    return session;
  }

  /** Idempotent; a cancelled session cannot be starred. */
  async star(userId: string, sessionId: string): Promise<SessionEntity> {
    const session = await this.session(sessionId);
    if (session.status === SessionStatus.CANCELLED) {
      throw new InvalidInputError(
        'sessionId',
        'This session is cancelled, so it cannot be added to your schedule',
      );
    }
    await this.stars.createQueryBuilder().insert().values({ userId, sessionId }).orIgnore().execute();
    return session;
  }

  /** Idempotent. */
  async unstar(userId: string, sessionId: string): Promise<SessionEntity> {
    const session = await this.session(sessionId);
    await this.stars.delete({ userId, sessionId });
    return session;
  }

  /** The caller's starred sessions of one conference (filtered by owner in the query), their clashes and daily counts. */
  async schedule(userId: string, conferenceSlug: string): Promise<Schedule | null> {
    const conference = await this.conferences.findOneBy({ slug: conferenceSlug });
    if (!conference) return null;
    const starred = await this.sessions
      .createQueryBuilder('s')
      .innerJoin(StarEntity, 'star', 'star.session_id = s.id AND star.user_id = :userId', { userId })
      .where('s.conference_id = :conferenceId', { conferenceId: conference.id })
      .andWhere('s.removed_at IS NULL')
      .getMany();
    const sessions = sortAgenda(starred, conference.timezone);
    const counts = new Map<string | null, number>();
    for (const s of sessions) {
      if (s.status === SessionStatus.CANCELLED) continue;
      const day = sessionDay(timingOf(s), conference.timezone);
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
    return {
      conference,
      sessions,
      clashes: findClashes(sessions, conference.timezone),
      days: [...counts.entries()].map(([day, count]) => ({ day, count })),
    };
  }
}
