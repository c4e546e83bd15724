import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { BASE_UPDATED_AT_DESCRIPTION } from './save-note.input';

@ArgsType()
export class DeleteNoteArgs {
  @Field(() => ID, { description: 'The session whose note to delete' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => Date, { nullable: true, description: BASE_UPDATED_AT_DESCRIPTION })
  @IsOptional()
  @IsDate({ message: 'baseUpdatedAt must be a date and time' })
  baseUpdatedAt?: Date | null;
}
