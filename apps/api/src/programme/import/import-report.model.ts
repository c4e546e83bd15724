import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsConferenceSlug } from '../../common/validation/text';
import { ImportFormat, MAX_IMPORT_CHARACTERS } from './imported-session';

registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'CSV or XLSX (base64) sheet, frab/pentabarf schedule XML, or c3voc schedule JSON',
});

@InputType()
export class ImportProgrammeInput {
  @Field()
  @IsConferenceSlug()
  conferenceSlug!: string;

  @Field(() => ImportFormat)
  @IsEnum(ImportFormat, { message: `format must be one of ${Object.values(ImportFormat).join(', ')}` })
  format!: ImportFormat;

  @Field({ description: 'The file: text for CSV, XML and JSON; base64 for XLSX. At most 20 MB.' })
  @IsString()
  @MaxLength(MAX_IMPORT_CHARACTERS, { message: 'content must be at most 20 MB' })
  content!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only report what would change' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean | null;
}

@ObjectType('ImportedSession')
export class ImportedSessionModel {
  @Field({ description: 'The file’s id or guid, or the title and day' }) key!: string;
  @Field() title!: string;
  @Field(() => LocalDateScalar, { nullable: true }) day!: string | null;
  @Field(() => [String], { description: 'For an update: what changes, in words' }) changes!: string[];
}

@ObjectType('ImportProblem')
export class ImportProblemModel {
  @Field(() => Int, { nullable: true, description: 'The sheet row (1 is the header)' }) row?: number | null;
  @Field(() => String, { nullable: true }) column?: string | null;
  @Field(() => String, { nullable: true, description: 'The schedule event (its guid, id or title)' })
  event?: string | null;
  @Field() message!: string;
}

@ObjectType('ImportReport')
export class ImportReportModel {
  @Field({ description: 'True when the changes went into the draft (no problems, not a dry run)' })
  applied!: boolean;
  @Field(() => [ImportedSessionModel]) added!: ImportedSessionModel[];
  @Field(() => [ImportedSessionModel]) updated!: ImportedSessionModel[];
  @Field(() => [ImportedSessionModel]) removed!: ImportedSessionModel[];
  @Field(() => Int) unchanged!: number;
  @Field(() => [ImportProblemModel]) problems!: ImportProblemModel[];
}
