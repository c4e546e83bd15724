import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsConferenceSlug, NoNulCharacters, NotBlank, Trimmed } from '../../common/validation/text';
import { MentionKind } from '../roundup-mention.entity';

/** The longest write-up body we take (a long post is about 20,000 characters). */
const MAX_BODY_LENGTH = 100_000;

registerEnumType(MentionKind, { name: 'MentionKind', description: 'What a mention links to' });

/** The optional facts of a write-up, shared by creating and editing. */
@InputType({ isAbstract: true })
class RoundupFacts {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(200)
  author?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it appeared, e.g. "ADCS blog"' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(200)
  publication?: string | null;
}

@InputType()
export class CreateRoundupInput extends RoundupFacts {
  @Field()
  @IsConferenceSlug()
  conferenceSlug!: string;

  @Field()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(300)
  title!: string;

  @Field({ description: 'Markdown' })
  @IsString()
  @NoNulCharacters()
  @NotBlank()
  @MaxLength(MAX_BODY_LENGTH)
  body!: string;
}

@InputType({
  description: 'Fields left out are unchanged; author, publishedOn and publication set to null are cleared',
})
export class UpdateRoundupInput extends RoundupFacts {
  @Field(() => String, { nullable: true, description: 'Left out or null: unchanged' })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown; left out or null: unchanged' })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString()
  @NoNulCharacters()
  @NotBlank()
  @MaxLength(MAX_BODY_LENGTH)
  body?: string | null;
}

@ArgsType()
export class UpdateRoundupArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => UpdateRoundupInput)
  @ValidateNested()
  @Type(() => UpdateRoundupInput)
  input!: UpdateRoundupInput;
}

@InputType()
export class ImportRoundupInput {
  @Field()
  @IsConferenceSlug()
  conferenceSlug!: string;

  @Field({ description: 'The post as plain text: title on the first line, then paragraphs' })
  @IsString()
  @MaxLength(MAX_BODY_LENGTH)
  text!: string;
}

@InputType()
export class MentionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'roundupId must be a UUID' })
  roundupId!: string;

  @Field(() => MentionKind)
  @IsEnum(MentionKind)
  kind!: MentionKind;

  @Field(() => ID, { description: 'The speaker or session' })
  @IsUUID('all', { message: 'targetId must be a UUID' })
  targetId!: string;
}

@ArgsType()
export class PreviewRoundupArgs {
  @Field()
  @IsConferenceSlug()
  conferenceSlug!: string;

  @Field({ description: 'Markdown' })
  @IsString()
  @NoNulCharacters()
  @NotBlank()
  @MaxLength(MAX_BODY_LENGTH)
  body!: string;
}

@ArgsType()
export class IncludeDraftsArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'STAFF/ORGANISER: drafts too' })
  @IsOptional()
  @IsBoolean()
  includeDrafts!: boolean;
}
