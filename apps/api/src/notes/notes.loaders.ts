// Data access in notes: a request reads notes with EntityReader SQL through these loaders, always
// filtered by their owner's id; NotesService writes through the TypeORM repository.
import DataLoader from 'dataloader';
import { BATCH, type PublicReader } from '../common/dataloaders/public-reader';
import { EntityReader } from '../common/database/entity-reader';
import { NoteEntity } from './note.entity';

export interface NoteLoaders {
  note: DataLoader<string, NoteEntity | null>;
}

/** One user's notes, for one request. */
export class NotesLoaders {
  constructor(private readonly reader: PublicReader) {}

  private readonly users = new Map<string, NoteLoaders>();

  /** Lookups of one user's notes; every query filters by that user's id. */
  forUser(userId: string): NoteLoaders {
    let loaders = this.users.get(userId);
    if (!loaders) {
      loaders = {
        note: new DataLoader<string, NoteEntity | null>(async (sessionIds) => {
          const reader = EntityReader.of(this.reader.ds, NoteEntity);
          const rows = await reader.select(`WHERE t.user_id = ? AND ${reader.inList('t.session_id')}`, [
            userId,
            reader.inListParam(sessionIds),
          ]);
          const bySession = new Map(rows.map((r) => [r.sessionId, r]));
          return sessionIds.map((id) => bySession.get(id) ?? null);
        }, BATCH),
      };
      this.users.set(userId, loaders);
    }
    return loaders;
  }
}
