// Data access in notes: a request reads notes with EntityReader SQL through these loaders, always
// filtered by their owner's id; NotesService writes through the TypeORM repository.
import type DataLoader from 'dataloader';
import { ownedBySession, PerUser } from '../common/dataloaders/owned-by-session';
import type { PublicReader } from '../common/dataloaders/public-reader';
import { NoteEntity } from './note.entity';

export interface NoteLoaders {
  note: DataLoader<string, NoteEntity | null>;
}

/** One user's notes, for one request; every query filters by that user's id. */
export class NotesLoaders extends PerUser<NoteLoaders> {
  constructor(reader: PublicReader) {
    super((userId) => ({ note: ownedBySession(reader.ds, NoteEntity, userId) }));
  }
}
