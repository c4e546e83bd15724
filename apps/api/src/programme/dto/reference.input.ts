import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { NoNulCharacters, Trimmed } from '../../common/validation/text';

@InputType()
export class SpeakerInput {
  @Field({ nullable: true })
  @ValidateIf((_, v) => v !== undefined)
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(300)
  role?: string | null;
  @Field(() => String, { nullable: true, description: 'Organisation name; a new name creates it' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(200)
  organisation?: string | null;
}

@InputType()
export class TrackInput {
  @Field()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(80)
  name!: string;
}
