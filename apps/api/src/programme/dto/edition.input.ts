import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ConferenceSeries } from '../../common/graphql-enums';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsConferenceSlug, NoNulCharacters, Trimmed } from '../../common/validation/text';

/** May be left out, but not set to null (the field has no "empty" value). */
const OptionalNotNull = (): PropertyDecorator => ValidateIf((_, value) => value !== undefined);

/** The details createConference and updateConference share; a field left out stays as it is. */
@InputType({ description: 'A conference’s details; a field left out stays as it is' })
export class ConferenceDetailsInput {
  @Field({ nullable: true, description: 'Its name, 1–200 characters; null is refused' })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The first day (YYYY-MM-DD)' })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day, not before startsOn' })
  @IsOptional()
  endsOn?: string | null;

  @Field({ nullable: true, description: 'IANA time zone, e.g. Europe/London; null is refused' })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @MaxLength(60)
  timezone?: string;

  @Field(() => String, { nullable: true, description: 'The city it is held in; null clears it' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(120)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'The venue; null clears it' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(200)
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. #NCASC27' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(60)
  hashtag?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The bodies that run it, by name; a new name creates the organisation; null is refused',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  organisers?: string[];
}

@InputType({ description: 'A new edition: series and year are required, the details may follow later' })
export class CreateConferenceInput extends ConferenceDetailsInput {
  @Field(() => ConferenceSeries, { description: 'Which series it belongs to' })
  @IsEnum(ConferenceSeries)
  series!: ConferenceSeries;

  @Field(() => Int, { description: 'With the series, gives the slug: NCASC and 2027 → ncasc-2027' })
  @IsInt()
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year!: number;

  @Field({ nullable: true, description: 'Defaults to the series’ name and the year' })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  declare name?: string;

  @Field({ nullable: true, description: 'A conference whose rooms and themes the new edition starts with' })
  @IsOptional()
  @IsConferenceSlug()
  copyFrom?: string;
}

@ArgsType()
export class UpdateConferenceArgs {
  @Field({ description: 'The conference’s slug, e.g. ncasc-2018' })
  @IsConferenceSlug()
  slug!: string;

  @Field(() => ConferenceDetailsInput, { description: 'What to change' })
  @ValidateNested()
  @Type(() => ConferenceDetailsInput)
  input!: ConferenceDetailsInput;
}

@InputType({ description: 'Changes to a room; a field left out stays as it is' })
export class UpdateRoomInput {
  @Field({ nullable: true, description: 'Its new name, 1–120 characters; null is refused' })
  @OptionalNotNull()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120)
  name?: string;

  @Field(() => Int, { nullable: true, description: 'How many it seats (a positive number); null clears it' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be a positive number' })
  @Max(100000)
  capacity?: number | null;
}

@InputType({ description: 'A new room: conference and name are required' })
export class CreateRoomInput extends UpdateRoomInput {
  @Field({ description: 'The conference it belongs to' })
  @IsConferenceSlug()
  conferenceSlug!: string;

  @Field({ description: 'Its name, 1–120 characters' })
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120)
  declare name: string;
}

@ArgsType()
export class RoomIdArg {
  @Field(() => ID, { description: 'The room’s id' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

@ArgsType()
export class UpdateRoomArgs extends RoomIdArg {
  @Field(() => UpdateRoomInput, { description: 'What to change' })
  @ValidateNested()
  @Type(() => UpdateRoomInput)
  input!: UpdateRoomInput;
}
