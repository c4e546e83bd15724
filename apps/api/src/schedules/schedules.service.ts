import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { SessionStatus } from '@ncasc/shared';
import { DataSource, type Repository } from 'typeorm';
import { write } from '../common/database/transactions';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import type { ConferenceEntity } from '../conferences/conference.entity';
import { dayOf, sortAgenda } from '../sessions/agenda-order';
import { SessionEntity } from '../sessions/session.entity';
import type { ProgrammeLoaders } from '../sessions/sessions.loaders';
import type { SchedulesLoaders } from './schedules.loaders';
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
    private readonly ds: DataSource,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
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
    await write(this.ds, (m) =>
      m.createQueryBuilder().insert().into(StarEntity).values({ userId, sessionId }).orIgnore().execute(),
    );
    return session;
  }

  /** Idempotent. */
  async unstar(userId: string, sessionId: string): Promise<SessionEntity> {
    const session = await this.session(sessionId);
    await write(this.ds, (m) => m.delete(StarEntity, { userId, sessionId }));
    return session;
  }

  /** The caller's starred sessions of one conference (their stars read by owner), their clashes and daily counts. */
  async schedule(
    userId: string,
    conferenceSlug: string,
    loaders: Pick<ProgrammeLoaders, 'conferences'> & { schedules: SchedulesLoaders },
  ): Promise<Schedule | null> {
    const conference = await loaders.conferences.bySlug.load(conferenceSlug);
    if (!conference) return null;
    const starred = (await loaders.schedules.forUser(userId).starredSessions()).filter(
      (s) => s.conferenceId === conference.id && !s.removedAt,
    );
    const sessions = sortAgenda(starred, conference.timezone);
    const counts = new Map<string | null, number>();
    for (const s of sessions) {
      if (s.status === SessionStatus.CANCELLED) continue;
      const day = dayOf(s, conference.timezone);
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
