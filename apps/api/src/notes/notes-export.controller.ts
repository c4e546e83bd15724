import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { CONFERENCE_SLUG_PATTERN } from '@ncasc/shared';
import type { Request, Response } from 'express';
import { AccountsService } from '../accounts/accounts.service';
import { privateDownloadUser } from '../accounts/request-auth';
import { NotesService } from './notes.service';

/** GET /exports/notes/:slug.md — the signed-in delegate's notes on a conference, as a Markdown download. */
@Controller('exports/notes')
export class NotesExportController {
  constructor(
    private readonly notes: NotesService,
    private readonly accounts: AccountsService,
  ) {}

  @Get(':file')
  async export(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const user = await privateDownloadUser(this.accounts, req, res, 'Sign in to export your notes.');
    if (!user) return;
    const slug = file.replace(/\.md$/, '');
    const markdown = CONFERENCE_SLUG_PATTERN.test(slug)
      ? await this.notes.exportMarkdown(user.id, user.name, slug)
      : null;
    if (markdown === null) {
      res.status(404).type('text/plain').send('No such conference.\n');
      return;
    }
    res
      .status(200)
      .type('text/markdown; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${slug}-my-notes.md"`)
      .send(markdown);
  }
}
