import DataLoader from 'dataloader';
import type { DataSource, EntityTarget } from 'typeorm';
import { EntityReader } from '../database/entity-reader';
import { BATCH } from './public-reader';

/**
 * One user's rows of a private table keyed by session (a note, a rating), batched into one statement
 * per request; the statement filters by the owner's id (`user_id`), so no other user's row can be read.
 */
export function ownedBySession<T extends { sessionId: string }>(
  ds: DataSource,
  entity: EntityTarget<T>,
  userId: string,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (sessionIds) => {
    const reader = EntityReader.of(ds, entity);
    const rows = await reader.select(`WHERE t.user_id = ? AND ${reader.inList('t.session_id')}`, [
      userId,
      reader.inListParam(sessionIds),
    ]);
    const bySession = new Map(rows.map((r) => [r.sessionId, r]));
    return sessionIds.map((id) => bySession.get(id) ?? null);
  }, BATCH);
}

/** Per-user loaders for one request, made when first wanted. */
export class PerUser<L> {
  private readonly users = new Map<string, L>();
  constructor(private readonly make: (userId: string) => L) {}

  forUser(userId: string): L {
    let loaders = this.users.get(userId);
    if (!loaders) this.users.set(userId, (loaders = this.make(userId)));
    return loaders;
  }
}
