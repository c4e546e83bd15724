import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { CONFERENCE_SLUG_PATTERN } from '@ncasc/shared';
import type { Request, Response } from 'express';
import { AccountsService } from '../accounts/accounts.service';
import { privateDownloadUser } from '../accounts/request-auth';
import { Role } from '../accounts/user.entity';
import { PublishedProgramme } from '../sessions/published/published-programme.service';
import { FeedbackService } from './feedback.service';

/** GET /exports/feedback/:slug.csv — ORGANISER: every rating of a conference, without authors. */
@Controller('exports/feedback')
export class FeedbackExportController {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly accounts: AccountsService,
    private readonly programme: PublishedProgramme,
  ) {}

  @Get(':file')
  async export(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = await privateDownloadUser(
      this.accounts,
      req,
      res,
      'Sign in as an organiser to export feedback.',
      {
        role: Role.ORGANISER,
        refusal: 'Only organisers can export feedback.',
      },
    );
    if (!user) return;
    const slug = file.replace(/\.csv$/, '');
    const conference =
      file.endsWith('.csv') && CONFERENCE_SLUG_PATTERN.test(slug)
        ? await this.programme.reader().conferenceBySlug(slug)
        : null;
    if (!conference) {
      res.status(404).type('text/plain').send('No such conference.\n');
      return;
    }
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${slug}-feedback.csv"`)
      .send(await this.feedback.exportCsv(conference));
  }
}
