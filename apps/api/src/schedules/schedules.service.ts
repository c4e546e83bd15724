import { Injectable } from '@nestjs/common';
import { SessionStatus } from '@ncasc/shared';
import { DataSource } from 'typeorm';
import { inTransaction, write } from '../common/database/transactions';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import type { ProgrammeReader } from '../sessions/published/published-programme.service';
import type { PublishedConference, PublishedSession } from '../sessions/published/published-programme';
import { findClashes } from './clashes';
import { ScheduleChangesSeenEntity } from './schedule-changes-seen.entity';
import { StarEntity } from './star.entity';

export interface Schedule {
  programme: PublishedConference;
  sessions: PublishedSession[];
  /** Worked out on first ask: a query that does not ask for clashes does not pay for them. */
  clashes: () => { day: string; sessions: PublishedSession[] }[];
  days: { day: string | null; count: number }[];
}

/** A delegate's stars: every read and write is filtered by the delegate's id in the statement itself. */
@Injectable()
export class SchedulesService {
  constructor(private readonly ds: DataSource) {}

  private async session(programme: ProgrammeReader, sessionId: string): Promise<PublishedSession> {
    const session = await programme.session(sessionId);
    if (!session || session.removed) throw new NotFoundError('Session', 'sessionId');
    return session;
  }

  /** Idempotent; a cancelled session cannot be starred. */
  async star(userId: string, sessionId: string, programme: ProgrammeReader): Promise<PublishedSession> {
    const session = await this.session(programme, sessionId);
    if (session.row.status === SessionStatus.CANCELLED) {
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

  /**
   * Records that the user has seen the changes up to `version` of the conference's programme. Never
   * moves back: a version already seen stays seen.
   */
  async markChangesSeen(userId: string, conferenceId: string, version: number): Promise<void> {
    await inTransaction(this.ds, async (m) => {
      const repo = m.getRepository(ScheduleChangesSeenEntity);
      const seen = await repo.findOneBy({ userId, conferenceId });
      if (seen && seen.seenVersion >= version) return;
      await repo.save(repo.create({ userId, conferenceId, seenVersion: version }));
    });
  }

  /** Idempotent. */
  async unstar(userId: string, sessionId: string, programme: ProgrammeReader): Promise<PublishedSession> {
    const session = await this.session(programme, sessionId);
    await write(this.ds, (m) => m.delete(StarEntity, { userId, sessionId }));
    return session;
  }

  /** The caller's starred sessions of one conference (ids of their stars, read by owner), clashes, daily counts. */
  async schedule(
    starredIds: readonly string[],
    conferenceSlug: string,
    programme: ProgrammeReader,
  ): Promise<Schedule | null> {
    const conference = await programme.conferenceBySlug(conferenceSlug);
    if (!conference) return null;
    // the starred sessions of this conference that are still in its programme, in agenda order
    const sessions = starredIds
      .flatMap((id) => {
        const s = conference.byId.get(id);
        return s && !s.removed ? [s] : [];
      })
      .sort((a, b) => a.position - b.position);
    const counts = new Map<string | null, number>();
    for (const s of sessions) {
      if (s.row.status === SessionStatus.CANCELLED) continue;
      counts.set(s.day, (counts.get(s.day) ?? 0) + 1);
    }
    let clashes: { day: string; sessions: PublishedSession[] }[] | undefined;
    return {
      programme: conference,
      sessions,
      clashes: () =>
        (clashes ??= findClashes(
          sessions.map((s) => s.row),
          conference.row.timezone,
        ).map((c) => ({
          day: c.day,
          sessions: c.sessions.map((r) => conference.byId.get(r.id)!),
        }))),
      days: [...counts.entries()].map(([day, count]) => ({ day, count })),
    };
  }
}
