import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { NoNulCharacters } from '../../common/validation/text';

export const MAX_NOTE_LENGTH = 50_000;

@InputType()
export class SaveNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field({ description: 'Markdown, up to 50,000 characters' })
  @IsString()
  @NoNulCharacters()
  @MaxLength(MAX_NOTE_LENGTH, {
    message: `body must be at most ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters`,
  })
  body!: string;
}
