import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsConferenceSlug } from '../../common/validation/text';
import { ImportFormat, MAX_IMPORT_CHARACTERS } from './imported-session';

registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'CSV or XLSX (base64) sheet, frab/pentabarf schedule XML, or c3voc schedule JSON',
  valuesMap: {
    CSV: { description: 'A CSV sheet (columns in the organisers’ guide)' },
    XLSX: { description: 'An Excel workbook, base64-encoded; its first sheet as for CSV' },
    FRAB_XML: { description: 'A frab/pentabarf schedule.xml' },
    SCHEDULE_JSON: { description: 'A c3voc schedule.json' },
  },
});

@InputType({
  description: 'A programme file to import into a draft: conference, format and content are required',
})
export class ImportProgrammeInput {
  @Field({ description: 'The conference whose draft the file goes into' })
  @IsConferenceSlug()
  conferenceSlug!: string;

  @Field(() => ImportFormat, { description: 'The file’s format' })
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

@ObjectType('ImportedSession', { description: 'One session an import adds, updates or removes' })
export class ImportedSessionModel {
  @Field({ description: 'The file’s id or guid, or the title and day' }) key!: string;
  @Field({ description: 'Its title' }) title!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Its day; null when the file gives none' })
  day!: string | null;
  @Field(() => [String], { description: 'For an update: what changes, in words' }) changes!: string[];
}

@ObjectType('ImportProblem', {
  description: 'Something in the file that could not be read; nothing is applied while there are any',
})
export class ImportProblemModel {
  @Field(() => Int, { nullable: true, description: 'The sheet row (1 is the header)' }) row?: number | null;
  @Field(() => String, { nullable: true, description: 'The sheet column' }) column?: string | null;
  @Field(() => String, { nullable: true, description: 'The schedule event (its guid, id or title)' })
  event?: string | null;
  @Field({ description: 'What is wrong, in words' }) message!: string;
}

@ObjectType('ImportReport', { description: 'What an import did, or with dryRun would do, to the draft' })
export class ImportReportModel {
  @Field({ description: 'True when the changes went into the draft (no problems, not a dry run)' })
  applied!: boolean;
  @Field(() => [ImportedSessionModel], { description: 'Sessions new to the draft' })
  added!: ImportedSessionModel[];
  @Field(() => [ImportedSessionModel], { description: 'Sessions of the draft the file changes' })
  updated!: ImportedSessionModel[];
  @Field(() => [ImportedSessionModel], { description: 'Sessions of the draft the file no longer has' })
  removed!: ImportedSessionModel[];
  @Field(() => Int, { description: 'How many sessions stay as they are' }) unchanged!: number;
  @Field(() => [ImportProblemModel], { description: 'What could not be read' })
  problems!: ImportProblemModel[];
}
