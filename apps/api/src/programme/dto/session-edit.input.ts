import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DayPart, SessionStatus, SessionType, SpeakerRole, TimePrecision } from '../../common/graphql-enums';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsConferenceSlug, NoNulCharacters, Trimmed } from '../../common/validation/text';

/** May be left out, but not set to null (the field has no "empty" value). */
const OptionalNotNull = (): PropertyDecorator => ValidateIf((_, value) => value !== undefined);

@InputType({ description: 'One participant: give speakerId or name (one of the two is required)' })
export class SessionSpeakerInput {
  @Field(() => ID, { nullable: true, description: 'An existing speaker' })
  @IsOptional()
  @IsUUID('all', { message: 'speakerId must be a UUID' })
  speakerId?: string;

  @Field({ nullable: true, description: 'Or a name: a new name creates the speaker' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(200)
  name?: string;

  @Field(() => SpeakerRole, {
    nullable: true,
    description: 'Their part; left out, as before (SPEAKER for a new participant)',
  })
  @IsOptional()
  @IsEnum(SpeakerRole)
  role?: SpeakerRole;
}

@InputType({ description: 'Changes to a draft session; a field left out stays as it is' })
export class UpdateSessionInput {
  @Field({ nullable: true, description: 'Its title, up to 300 characters; null is refused' })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(300)
  title?: string;
  @Field(() => String, { nullable: true, description: 'Its summary, up to 5,000 characters; null clears it' })
  @IsOptional()
  @IsString()
  @NoNulCharacters()
  @MaxLength(5000)
  summary?: string | null;
  @Field(() => SessionType, { nullable: true, description: 'Null when the sources do not state it' })
  @IsOptional()
  @IsEnum(SessionType)
  type?: SessionType | null;
  @Field(() => SessionStatus, {
    nullable: true,
    description: 'SCHEDULED restores a cancelled session; null is refused',
  })
  @OptionalNotNull()
  @IsEnum(SessionStatus)
  status?: SessionStatus;
  @Field(() => TimePrecision, {
    nullable: true,
    description: 'How much of its time is given (which of day, dayPart, startsAt are used); null is refused',
  })
  @OptionalNotNull()
  @IsEnum(TimePrecision)
  timePrecision?: TimePrecision;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Its local day (YYYY-MM-DD), for every precision but UNKNOWN',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day must be YYYY-MM-DD' })
  day?: string | null;
  @Field(() => DayPart, { nullable: true, description: 'Its part of the day, for DAY_PART' })
  @IsOptional()
  @IsEnum(DayPart)
  dayPart?: DayPart | null;
  @Field(() => Date, { nullable: true, description: 'Its start (ISO 8601 instant), for EXACT' })
  @IsOptional()
  @IsDate({ message: 'startsAt must be an ISO 8601 instant' })
  startsAt?: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Its end (ISO 8601 instant), for EXACT; may be left out',
  })
  @IsOptional()
  @IsDate({ message: 'endsAt must be an ISO 8601 instant' })
  endsAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Room name; a new name creates the room' })
  @IsOptional()
  @IsString()
  @NoNulCharacters()
  @MaxLength(120)
  room?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Theme names or slugs (all of them: the list replaces the old one); null is refused',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  tracks?: string[];
  @Field(() => [SessionSpeakerInput], {
    nullable: true,
    description: 'Its participants in billing order (the list replaces the old one); null is refused',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SessionSpeakerInput)
  speakers?: SessionSpeakerInput[];
}

@InputType({ description: 'A new draft session: conference, title and timePrecision are required' })
export class CreateSessionInput extends UpdateSessionInput {
  @Field({ description: 'The conference whose draft it joins' })
  @IsConferenceSlug()
  conferenceSlug!: string;

  @Field({ description: 'Its title, up to 300 characters' })
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(300)
  declare title: string;
  @Field(() => TimePrecision, { description: 'How much of its time is given' })
  @IsEnum(TimePrecision)
  declare timePrecision: TimePrecision;
}

@InputType({ description: 'A room of a draft to rename, by its name: all three fields are required' })
export class RenameRoomInput {
  @Field({ description: 'The conference' })
  @IsConferenceSlug()
  conferenceSlug!: string;
  @Field({ description: 'The room’s name now' }) @IsString() @MaxLength(120) from!: string;
  @Field({ description: 'Its new name' })
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(120)
  to!: string;
}
