import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
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

@ArgsType()
export class MarkScheduleChangesSeenArgs extends ConferenceSlugArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'The latest version you were shown (the default: the latest published); changes after it stay listed',
  })
  @IsOptional()
  @IsInt({ message: 'upToVersion must be a whole number' })
  @Min(1, { message: 'upToVersion must be 1 or more' })
  upToVersion?: number | null;
}
