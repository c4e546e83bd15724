import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { CONFERENCE_SLUG_PATTERN } from '@ncasc/shared';
import type { Request, Response } from 'express';
import { AccountsService } from '../accounts/accounts.service';
import { requestToken } from '../accounts/request-auth';
import { sendConditional } from '../common/http/conditional';
import { isLocalDate } from '../common/scalars/local-date.scalar';
import { PrintService } from './print.service';

const PDF = 'application/pdf';

/**
 * Printed programmes: GET /print/conferences/:slug.pdf (?day=YYYY-MM-DD for one day), public and
 * cached per programme version; GET /print/my/:slug.pdf (a signed-in delegate's schedule) and
 * /print/my/:slug-report.pdf (their report with notes), private.
 */
@Controller('print')
export class PrintController {
  constructor(
    private readonly print: PrintService,
    private readonly accounts: AccountsService,
  ) {}

  @Get('conferences/:file')
  async booklet(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { day } = query;
    if (day !== undefined && !isLocalDate(day)) {
      res.status(400).type('text/plain').send('day must be a date, YYYY-MM-DD\n');
      return;
    }
    const slug = file.replace(/\.pdf$/, '');
    const made =
      file.endsWith('.pdf') && CONFERENCE_SLUG_PATTERN.test(slug)
        ? await this.print.booklet(slug, day)
        : null;
    if (made === 'no-such-day') {
      res.status(404).type('text/plain').send('The conference has no such day.\n');
      return;
    }
    sendConditional(req, res, made, PDF);
  }

  @Get('my/:file')
  async mine(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    const token = requestToken(req);
    const user = token ? await this.accounts.userForToken(token) : null;
    if (!user) {
      res.status(401).type('text/plain').send('Sign in to print your schedule or report.\n');
      return;
    }
    const m = /^(.+?)(-report)?\.pdf$/.exec(file);
    const slug = m?.[1];
    const made =
      m && slug && CONFERENCE_SLUG_PATTERN.test(slug)
        ? m[2]
          ? await this.print.report(user, slug)
          : await this.print.mySchedule(user, slug)
        : null;
    if (!made) {
      res.status(404).type('text/plain').send('No such conference.\n');
      return;
    }
    res
      .status(200)
      .type(PDF)
      .setHeader('Content-Disposition', `inline; filename="${made.filename}"`)
      .send(made.body);
  }
}
