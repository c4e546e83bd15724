import { Injectable } from '@nestjs/common';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { ProgrammeDraftingService } from '../programme-drafting.service';
import { parseCsv } from './csv';
import { parseFrabXml } from './frab-xml';
import { planImport, type ImportPlan } from './import-plan';
import { ImportFormat, type ParsedImport } from './imported-session';
import { parseScheduleJson } from './schedule-json';
import { parseXlsx } from './xlsx';

export interface ImportReport extends Omit<ImportPlan, 'ops'> {
  applied: boolean;
}

/** Reads a programme file and applies it to a conference's draft (see planImport for the matching). */
@Injectable()
export class ProgrammeImportService {
  constructor(private readonly drafting: ProgrammeDraftingService) {}

  parse(format: ImportFormat, content: string, timeZone: string): Promise<ParsedImport> | ParsedImport {
    switch (format) {
      case ImportFormat.CSV:
        return parseCsv(content, timeZone);
      case ImportFormat.XLSX:
        return parseXlsx(content, timeZone);
      case ImportFormat.FRAB_XML:
        return parseFrabXml(content, timeZone);
      case ImportFormat.SCHEDULE_JSON:
        return parseScheduleJson(content, timeZone);
    }
  }

  async importProgramme(input: {
    conferenceSlug: string;
    format: ImportFormat;
    content: string;
    dryRun?: boolean | null;
  }): Promise<ImportReport> {
    const conference = await this.drafting.conference(input.conferenceSlug);
    const zone = (await this.drafting.draftDetails(conference)).timezone;
    const parsed = await this.parse(input.format, input.content, zone);
    return this.drafting.importIntoDraft(
      conference,
      async (sessions, details, m) => {
        const ids = [...new Set(sessions.flatMap((s) => s.speakers.map((p) => p.speakerId)))];
        const speakers = ids.length
          ? await m
              .getRepository(SpeakerEntity)
              .createQueryBuilder('s')
              .select(['s.id', 's.name'])
              .where('s.id IN (:...ids)', { ids })
              .getMany()
          : [];
        const names = new Map(speakers.map((s) => [s.id, s.name]));
        const { ops, ...plan } = planImport(sessions, parsed, details, (id) => names.get(id) ?? '');
        const applied = !input.dryRun && plan.problems.length === 0;
        return { result: { ...plan, applied }, ops: applied ? ops : null };
      },
    );
  }
}
