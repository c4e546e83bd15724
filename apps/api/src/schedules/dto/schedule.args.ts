import { ArgsType, Field, ID } from '@nestjs/graphql';
import { CONFERENCE_SLUG_PATTERN } from '@ncasc/shared';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';

@ArgsType()
export class SessionIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;
}

@ArgsType()
export class ConferenceSlugArgs {
  @Field()
  @IsString()
  @Matches(CONFERENCE_SLUG_PATTERN, {
    message: 'conferenceSlug must be ncasc-YYYY or adcs-YYYY, e.g. ncasc-2018',
  })
  conferenceSlug!: string;
}

@ArgsType()
export class OptionalConferenceSlugArgs {
  @Field({ nullable: true, description: 'Only this conference' })
  @IsOptional()
  @IsString()
  @Matches(CONFERENCE_SLUG_PATTERN, {
    message: 'conferenceSlug must be ncasc-YYYY or adcs-YYYY, e.g. ncasc-2018',
  })
  conferenceSlug?: string;
}
