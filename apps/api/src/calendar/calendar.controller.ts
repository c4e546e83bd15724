import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { CONFERENCE_SLUG_PATTERN, SessionType } from '@ncasc/shared';
import type { Request, Response } from 'express';
import { sendConditional } from '../common/http/conditional';
import { sendPublicFile } from '../common/http/public-file';
import { allowAnyOrigin } from '../common/http/public-cors';
import { isLocalDate } from '../common/scalars/local-date.scalar';
import { CalendarService } from './calendar.service';

const CALENDAR = 'text/calendar; charset=utf-8';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Calendar files (RFC 5545). Polled every few minutes by calendar apps: an unchanged calendar answers
 * 304. Public calendars are kept per programme version and compressed once per encoding.
 */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Get('sessions/:file')
  async session(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const id = file.replace(/\.ics$/, '');
    // public: web schedule viewers on other sites may read it
    allowAnyOrigin(res);
    await sendPublicFile(
      req,
      res,
      file.endsWith('.ics') && UUID.test(id) ? await this.calendars.session(id) : null,
      CALENDAR,
    );
  }

  @Get('conferences/:file')
  async conference(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const slug = file.replace(/\.ics$/, '');
    allowAnyOrigin(res);
    const { day, track, type } = query;
    const problem =
      day !== undefined && !isLocalDate(day)
        ? 'day must be a date, YYYY-MM-DD'
        : type !== undefined && !Object.values(SessionType).includes(type as SessionType)
          ? `type must be one of ${Object.values(SessionType).join(', ')}`
          : track !== undefined && (typeof track !== 'string' || !/^[a-z0-9-]{1,80}$/.test(track))
            ? 'track must be a theme slug such as mental-health'
            : null;
    if (problem) {
      res.status(400).type('text/plain').send(`${problem}\n`);
      return;
    }
    const found =
      file.endsWith('.ics') && CONFERENCE_SLUG_PATTERN.test(slug)
        ? await this.calendars.conference(slug, {
            day: day as string | undefined,
            type: type as string | undefined,
            track: track as string | undefined,
          })
        : null;
    await sendPublicFile(req, res, found, CALENDAR);
  }

  @Get('feeds/:file')
  async feed(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    // personal: made for each request, compressed by the compression() middleware
    sendConditional(
      req,
      res,
      file.endsWith('.ics') ? await this.calendars.feed(file.slice(0, -'.ics'.length)) : null,
      CALENDAR,
    );
  }
}
