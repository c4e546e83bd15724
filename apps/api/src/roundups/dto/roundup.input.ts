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

registerEnumType(MentionKind, {
  name: 'MentionKind',
  description: 'What a mention links to',
  valuesMap: { SESSION: { description: 'A session' }, SPEAKER: { description: 'A speaker' } },
});

/** The optional facts of a write-up, shared by creating and editing. */
@InputType({ isAbstract: true })
class RoundupFacts {
  @Field(() => String, { nullable: true, description: 'Who wrote it' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(200)
  author?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was published (YYYY-MM-DD)' })
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

@InputType({ description: 'A new draft write-up: conference, title and body are required' })
export class CreateRoundupInput extends RoundupFacts {
  @Field({ description: 'The conference it writes up' })
  @IsConferenceSlug()
  conferenceSlug!: string;

  @Field({ description: 'Its title, 1–300 characters' })
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
  @Field(() => ID, { description: 'The write-up' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => UpdateRoundupInput, { description: 'What to change' })
  @ValidateNested()
  @Type(() => UpdateRoundupInput)
  input!: UpdateRoundupInput;
}

@InputType({ description: 'A post to import as a draft write-up: both fields are required' })
export class ImportRoundupInput {
  @Field({ description: 'The conference it writes up' })
  @IsConferenceSlug()
  conferenceSlug!: string;

  @Field({ description: 'The post as plain text: title on the first line, then paragraphs' })
  @IsString()
  @MaxLength(MAX_BODY_LENGTH)
  text!: string;
}

@InputType({
  description: 'One mention of a session or speaker in a write-up: all three fields are required',
})
export class MentionInput {
  @Field(() => ID, { description: 'The write-up' })
  @IsUUID('all', { message: 'roundupId must be a UUID' })
  roundupId!: string;

  @Field(() => MentionKind, { description: 'Whether targetId is a session or a speaker' })
  @IsEnum(MentionKind)
  kind!: MentionKind;

  @Field(() => ID, { description: 'The speaker or session' })
  @IsUUID('all', { message: 'targetId must be a UUID' })
  targetId!: string;
}

@ArgsType()
export class PreviewRoundupArgs {
  @Field({ description: 'The conference whose sessions and speakers the text is matched against' })
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
