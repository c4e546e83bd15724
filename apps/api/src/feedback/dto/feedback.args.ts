import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@ArgsType()
export class SessionIdArgs {
  @Field(() => ID, { description: 'The session' })
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId!: string;
}

@ArgsType()
export class FeedbackHiddenArgs {
  @Field(() => ID, { description: 'The feedback (FeedbackComment.id)' })
  @IsUUID('all', { message: 'id must be a feedback id' })
  id!: string;

  @Field({ description: 'true hides the comment, false shows it again' })
  @IsBoolean()
  hidden!: boolean;
}
