import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsConferenceSlug } from '../../common/validation/text';

@ArgsType()
export class SessionIdArgs {
  @Field(() => ID, { description: 'The session' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;
}

@ArgsType()
export class ConferenceSlugArgs {
  @Field({ description: 'The conference’s slug, e.g. ncasc-2018' })
  @IsConferenceSlug()
  conferenceSlug!: string;
}
