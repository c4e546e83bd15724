import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SpeakerInput, TrackInput } from './reference.input';
import { UpdateSessionInput } from './session-edit.input';
import { IsConferenceSlug, NoNulCharacters } from '../../common/validation/text';
import { AfterArgs } from '../../common/graphql/paging';

@ArgsType()
export class SessionIdArg {
  @Field(() => ID, { description: 'Its id (a UUID)' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

@ArgsType()
export class PublishArgs {
  @Field({ description: 'The conference whose draft to publish' })
  @IsConferenceSlug()
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
  @Field(() => UpdateSessionInput, { description: 'What to change; a field left out stays as it is' })
  @ValidateNested()
  @Type(() => UpdateSessionInput)
  input!: UpdateSessionInput;
}

@ArgsType()
export class UpdateSpeakerArgs extends SessionIdArg {
  @Field(() => SpeakerInput, { description: 'What to change; a field left out stays as it is' })
  @ValidateNested()
  @Type(() => SpeakerInput)
  input!: SpeakerInput;
}

@ArgsType()
export class UpdateTrackArgs {
  @Field({ description: 'The theme’s slug, e.g. mental-health' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be a theme slug such as mental-health' })
  slug!: string;

  @Field(() => TrackInput, { description: 'Its new name' })
  @ValidateNested()
  @Type(() => TrackInput)
  input!: TrackInput;
}

export const MAX_PROGRAMME_VERSIONS = 100;

/** Every publish adds a version, so the list grows without end: it is paged from the newest. */
@ArgsType()
export class ProgrammeVersionsArgs extends AfterArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many, newest first: 1–${MAX_PROGRAMME_VERSIONS}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PROGRAMME_VERSIONS)
  first!: number;
}
