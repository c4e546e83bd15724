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

@InputType()
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

  @Field(() => SpeakerRole, { nullable: true })
  @IsOptional()
  @IsEnum(SpeakerRole)
  role?: SpeakerRole;
}

@InputType()
export class UpdateSessionInput {
  @Field({ nullable: true })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(300)
  title?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @NoNulCharacters()
  @MaxLength(5000)
  summary?: string | null;
  @Field(() => SessionType, { nullable: true, description: 'Null when the sources do not state it' })
  @IsOptional()
  @IsEnum(SessionType)
  type?: SessionType | null;
  @Field(() => SessionStatus, { nullable: true, description: 'SCHEDULED restores a cancelled session' })
  @OptionalNotNull()
  @IsEnum(SessionStatus)
  status?: SessionStatus;
  @Field(() => TimePrecision, { nullable: true })
  @OptionalNotNull()
  @IsEnum(TimePrecision)
  timePrecision?: TimePrecision;
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day must be YYYY-MM-DD' })
  day?: string | null;
  @Field(() => DayPart, { nullable: true }) @IsOptional() @IsEnum(DayPart) dayPart?: DayPart | null;
  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'startsAt must be an ISO 8601 instant' })
  startsAt?: Date | null;
  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'endsAt must be an ISO 8601 instant' })
  endsAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Room name; a new name creates the room' })
  @IsOptional()
  @IsString()
  @NoNulCharacters()
  @MaxLength(120)
  room?: string | null;
  @Field(() => [String], { nullable: true, description: 'Theme names or slugs' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  tracks?: string[];
  @Field(() => [SessionSpeakerInput], { nullable: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SessionSpeakerInput)
  speakers?: SessionSpeakerInput[];
}

@InputType()
export class CreateSessionInput extends UpdateSessionInput {
  @Field()
  @IsConferenceSlug()
  conferenceSlug!: string;

  @Field() @Trimmed() @IsString() @NoNulCharacters() @MaxLength(300) declare title: string;
  @Field(() => TimePrecision) @IsEnum(TimePrecision) declare timePrecision: TimePrecision;
}

@InputType()
export class RenameRoomInput {
  @Field()
  @IsConferenceSlug()
  conferenceSlug!: string;
  @Field() @IsString() @MaxLength(120) from!: string;
  @Field() @Trimmed() @IsString() @NoNulCharacters() @MaxLength(120) to!: string;
}
