import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NoteEntity } from '../note.entity';

@ObjectType('Note', { description: 'Your private note on a session; no one else can read it' })
export class NoteModel {
  @Field(() => ID, { description: 'Its id' }) id!: string;
  sessionId!: string;
  @Field({ description: 'Markdown' }) body!: string;
  @Field(() => Date, { description: 'When it was first saved' }) createdAt!: Date;
  @Field(() => Date, {
    description: 'When it was last saved, to the millisecond (the version to pass as baseUpdatedAt)',
  })
  updatedAt!: Date;
}

export const toNoteModel = (e: NoteEntity): NoteModel => ({
  id: e.id,
  sessionId: e.sessionId,
  body: e.body,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});
