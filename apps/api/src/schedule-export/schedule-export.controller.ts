import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { CONFERENCE_SLUG_PATTERN } from '@ncasc/shared';
import type { Request, Response } from 'express';
import { sendPublicFile } from '../common/http/public-file';
import { allowAnyOrigin } from '../common/http/public-cors';
import { type ScheduleFormat, ScheduleExportService } from './schedule-export.service';

const CONTENT_TYPES: Record<ScheduleFormat, string> = {
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * Machine-readable programmes for schedule apps (Giggity, EventFahrplan, ConfClerk…) and c3voc tooling:
 * GET /schedule/:slug.xml (frab/pentabarf schedule XML) and GET /schedule/:slug.json (c3voc schedule
 * JSON). Sessions with no day in the programme cannot be placed and are left out; neither format has a
 * conference-level field for that note, so the count goes in the X-Sessions-Left-Out header. Kept per
 * programme version and compressed once per encoding.
 */
@Controller('schedule')
export class ScheduleExportController {
  constructor(private readonly exports: ScheduleExportService) {}

  @Get(':file')
  async schedule(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    // public data for schedule viewers on other sites
    allowAnyOrigin(res);
    const m = /^(.+)\.(xml|json)$/.exec(file);
    const format = m?.[2] as ScheduleFormat | undefined;
    const built =
      m && format && CONFERENCE_SLUG_PATTERN.test(m[1]) ? await this.exports.export(m[1], format) : null;
    await sendPublicFile(req, res, built, format ? CONTENT_TYPES[format] : 'text/plain');
  }
}
