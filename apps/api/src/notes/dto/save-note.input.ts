import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NoNulCharacters } from '../../common/validation/text';

export const MAX_NOTE_LENGTH = 50_000;

/** Shared wording of the optional version check of saveNote and deleteNote. */
export const BASE_UPDATED_AT_DESCRIPTION =
  'The `updatedAt` of the version of the note this change was made to, or null when it was made where ' +
  'there was no note. When given and the note is no longer that version (changed, made or deleted ' +
  'elsewhere), nothing is changed and the answer is a CONFLICT error carrying the note as it now is ' +
  '(`extensions.currentBody` and `extensions.currentUpdatedAt`, both absent when there is none). Left ' +
  'out, the change is made whatever the note is (last write wins).';

@InputType({ description: 'Your note on a session: the session and the text are required' })
export class SaveNoteInput {
  @Field(() => ID, { description: 'The session the note is on' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field({ description: 'Markdown, up to 50,000 characters' })
  @IsString()
  @NoNulCharacters()
  @MaxLength(MAX_NOTE_LENGTH, {
    message: `body must be at most ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters`,
  })
  body!: string;

  // undefined (left out) and null (written where there was no note) mean different things
  @Field(() => Date, { nullable: true, description: BASE_UPDATED_AT_DESCRIPTION })
  @IsOptional()
  @IsDate({ message: 'baseUpdatedAt must be a date and time' })
  baseUpdatedAt?: Date | null;
}
