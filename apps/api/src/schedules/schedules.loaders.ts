// Data access in schedules: stars are read with EntityReader SQL through these loaders, always
// filtered by their owner's id; starring and unstarring write through the TypeORM repository.
import DataLoader from 'dataloader';
import { BATCH, type PublicReader } from '../common/dataloaders/public-reader';
import { EntityReader } from '../common/database/entity-reader';
import { ScheduleChangesSeenEntity } from './schedule-changes-seen.entity';
import type { StarredAt } from './schedule-changes';
import { StarEntity } from './star.entity';

export interface StarLoaders {
  starred: DataLoader<string, boolean>;
  /** The ids of every session the user starred, in no order (sessions taken out of the programme too). */
  starredIds: () => Promise<string[]>;
  /** The same, each with its session's conference (one statement: a feed spans conferences). */
  starredWithConference: () => Promise<{ id: string; conferenceId: string }[]>;
  /** The user's stars in one conference, each with when it was starred (for the changes they missed). */
  starredSince: (conferenceId: string) => Promise<StarredAt>;
  /** The latest programme version of the conference whose changes the user has seen; null if none. */
  seenVersion: (conferenceId: string) => Promise<number | null>;
}

/** One user's stars, for one request. */
export class SchedulesLoaders {
  constructor(private readonly reader: PublicReader) {}

  private readonly users = new Map<string, StarLoaders>();

  /** Lookups of one user's stars; every query filters by that user's id. */
  forUser(userId: string): StarLoaders {
    let loaders = this.users.get(userId);
    if (!loaders) {
      const ds = this.reader.ds;
      const starred = new DataLoader<string, boolean>(async (sessionIds) => {
        const reader = EntityReader.of(ds, StarEntity);
        const rows = await reader.select(`WHERE t.user_id = ? AND ${reader.inList('t.session_id')}`, [
          userId,
          reader.inListParam(sessionIds),
        ]);
        const ids = new Set(rows.map((r) => r.sessionId));
        return sessionIds.map((id) => ids.has(id));
      }, BATCH);
      loaders = {
        starred,
        starredIds: async () => {
          // the user's stars, filtered by owner in the statement (the sessions themselves come from
          // the published programme, shared by every request)
          const ids = await EntityReader.of(ds, StarEntity).column<string>(
            'session_id',
            'WHERE t.user_id = ?',
            [userId],
          );
          for (const id of ids) starred.prime(id, true);
          return ids;
        },
        starredWithConference: async () => {
          const rows = await EntityReader.of(ds, StarEntity).rows<{ id: string; conference_id: string }>(
            't.session_id AS id, s.conference_id AS conference_id',
            'JOIN sessions s ON s.id = t.session_id WHERE t.user_id = ?',
            [userId],
          );
          return rows.map((r) => ({ id: r.id, conferenceId: r.conference_id }));
        },
        starredSince: async (conferenceId) => {
          const stars = await EntityReader.of(ds, StarEntity).select(
            'JOIN sessions s ON s.id = t.session_id WHERE t.user_id = ? AND s.conference_id = ?',
            [userId, conferenceId],
          );
          return new Map(stars.map((s) => [s.sessionId, s.createdAt]));
        },
        seenVersion: async (conferenceId) => {
          const [seen] = await EntityReader.of(ds, ScheduleChangesSeenEntity).select(
            'WHERE t.user_id = ? AND t.conference_id = ?',
            [userId, conferenceId],
          );
          return seen?.seenVersion ?? null;
        },
      };
      this.users.set(userId, loaders);
    }
    return loaders;
  }
}
