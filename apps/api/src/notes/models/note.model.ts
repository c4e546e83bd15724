import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NoteEntity } from '../note.entity';

@ObjectType('Note', { description: 'Your private note on a session; no one else can read it' })
export class NoteModel {
  @Field(() => ID) id!: string;
  sessionId!: string;
  @Field({ description: 'Markdown' }) body!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const toNoteModel = (e: NoteEntity): NoteModel => ({
  id: e.id,
  sessionId: e.sessionId,
  body: e.body,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});
