// Data access in schedules: stars are read with EntityReader SQL through these loaders, always
// filtered by their owner's id; starring and unstarring write through the TypeORM repository.
import DataLoader from 'dataloader';
import { BATCH, type PublicReader } from '../common/dataloaders/public-reader';
import { EntityReader } from '../common/database/entity-reader';
import { StarEntity } from './star.entity';

export interface StarLoaders {
  starred: DataLoader<string, boolean>;
  /** The ids of every session the user starred, in no order (sessions taken out of the programme too). */
  starredIds: () => Promise<string[]>;
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
      };
      this.users.set(userId, loaders);
    }
    return loaders;
  }
}
