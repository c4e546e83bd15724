import { ArgsType, Field, ID } from '@nestjs/graphql';
import { CONFERENCE_SLUG_PATTERN } from '@ncasc/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { SpeakerInput, TrackInput } from './reference.input';
import { UpdateSessionInput } from './session-edit.input';
import { NoNulCharacters } from '../../common/validation/text';

@ArgsType()
export class SessionIdArg {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

@ArgsType()
export class PublishArgs {
  @Field()
  @IsString()
  @Matches(CONFERENCE_SLUG_PATTERN, { message: 'conferenceSlug must be ncasc-YYYY or adcs-YYYY' })
  conferenceSlug!: string;

  @Field(() => String, { nullable: true, description: 'What changed and why, for delegates' })
  @IsOptional()
  @IsString()
  @NoNulCharacters()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Publish despite the warnings listed by draftProgramme',
  })
  @IsOptional()
  @IsBoolean()
  acceptWarnings?: boolean | null;
}

@ArgsType()
export class UpdateSessionArgs extends SessionIdArg {
  @Field(() => UpdateSessionInput)
  @ValidateNested()
  @Type(() => UpdateSessionInput)
  input!: UpdateSessionInput;
}

@ArgsType()
export class UpdateSpeakerArgs extends SessionIdArg {
  @Field(() => SpeakerInput)
  @ValidateNested()
  @Type(() => SpeakerInput)
  input!: SpeakerInput;
}

@ArgsType()
export class UpdateTrackArgs {
  @Field()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be a theme slug such as mental-health' })
  slug!: string;

  @Field(() => TrackInput)
  @ValidateNested()
  @Type(() => TrackInput)
  input!: TrackInput;
}
