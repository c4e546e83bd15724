import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { NoNulCharacters, Trimmed } from '../../common/validation/text';

const NN = 'left out, it stays as it is; null is refused';

@InputType({
  description:
    'Corrections to a speaker (updateSpeaker): every field may be left out, and then stays as it is. ' +
    'Also the input of the deprecated createSpeaker, which refuses it without a name (use addSpeaker)',
})
export class SpeakerInput {
  @Field({ nullable: true, description: `Their name, without honorifics; ${NN}` })
  @ValidateIf((_, v) => v !== undefined)
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;
  @Field(() => String, { nullable: true, description: 'Their role or job title; null clears it' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(300)
  role?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Organisation name; a new name creates it; null clears it',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(200)
  organisation?: string | null;
}

@InputType({
  description: 'A new speaker (addSpeaker): the name is required, role and organisation may be left out',
})
export class CreateSpeakerInput extends SpeakerInput {
  @Field({ description: 'Their name, without honorifics, 1–200 characters' })
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  declare name: string;
}

@InputType({ description: 'A theme’s name (required)' })
export class TrackInput {
  @Field({ description: 'The name, 1–80 characters; the slug is made from it on creation' })
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(80)
  name!: string;
}
