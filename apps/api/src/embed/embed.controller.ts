import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { CONFERENCE_SLUG_PATTERN } from '@ncasc/shared';
import type { Request, Response } from 'express';
import { sendConditional } from '../common/http/conditional';
import { sendPublicFile } from '../common/http/public-file';
import { allowAnyOrigin } from '../common/http/public-cors';
import { isLocalDate } from '../common/scalars/local-date.scalar';
import { EmbedService } from './embed.service';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What /embed/:slug and the element take: view=list|grid, day=YYYY-MM-DD, theme=<theme slug>,
 * refresh=<seconds between checks for a new programme version>.
 */
function embedOptions(query: Record<string, unknown>): { problem: string } | Record<string, string> {
  const { view, day, theme, refresh } = query;
  if (view !== undefined && view !== 'list' && view !== 'grid')
    return { problem: 'view must be list or grid' };
  if (day !== undefined && !isLocalDate(day)) return { problem: 'day must be a date, YYYY-MM-DD' };
  if (theme !== undefined && (typeof theme !== 'string' || !/^[a-z0-9-]{1,80}$/.test(theme)))
    return { problem: 'theme must be a theme slug such as mental-health' };
  if (
    refresh !== undefined &&
    (typeof refresh !== 'string' || !/^\d{1,4}$/.test(refresh) || Number(refresh) < 1)
  )
    return { problem: 'refresh must be a number of seconds, 1 to 9999' };
  return Object.fromEntries(
    Object.entries({ view, day, theme, refresh }).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );
}

/**
 * The embeddable schedule. GET /embed/v1/schedule.js defines <conference-schedule>; GET
 * /embed/v1/conferences/:slug.json is its data (any origin may read it; kept and compressed once per
 * programme version, with an ETag per version and encoding);
 * GET /embed/:slug is the same element on a page of its own, for an iframe.
 */
@Controller('embed')
export class EmbedController {
  constructor(private readonly embed: EmbedService) {}

  @Get('v1/schedule.js')
  async script(@Req() req: Request, @Res() res: Response): Promise<void> {
    allowAnyOrigin(res);
    const body = await this.embed.elementScript();
    sendConditional(
      req,
      res,
      body === null ? null : { body, lastModified: new Date(0), filename: 'schedule.js', personal: false },
      'text/javascript; charset=utf-8',
    );
  }

  @Get('v1/conferences/:file')
  async data(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    allowAnyOrigin(res);
    const slug = file.replace(/\.json$/, '');
    const answer =
      file.endsWith('.json') && CONFERENCE_SLUG_PATTERN.test(slug) ? await this.embed.data(slug) : null;
    if (!answer) {
      res.status(404).type('text/plain').send('No such conference.\n');
      return;
    }
    // asked again each time (no-cache), answered 304 while the programme version is the same
    await sendPublicFile(req, res, answer.file, 'application/json; charset=utf-8', 'public, no-cache');
  }

  @Get(':slug')
  async page(
    @Param('slug') slug: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const options = embedOptions(query);
    if ('problem' in options) {
      res.status(400).type('text/plain').send(`${options.problem}\n`);
      return;
    }
    const data = CONFERENCE_SLUG_PATTERN.test(slug) ? await this.embed.data(slug) : null;
    if (!data) {
      res.status(404).type('text/plain').send('No such conference.\n');
      return;
    }
    // framed by the sites the organiser names (any, by default) instead of by nobody
    res.removeHeader('X-Frame-Options');
    this.embed.framePolicy(req, res, () => undefined);
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Cache-Control', 'public, max-age=300');
    const attributes = Object.entries({ conference: slug, ...options, 'link-target': '_top' })
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      .join('');
    const name = escapeAttribute(data.name);
    res
      .status(200)
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Programme · ${name}</title>
<script src="/embed/v1/schedule.js" defer></script>
</head>
<body>
<main>
<conference-schedule${attributes}></conference-schedule>
</main>
</body>
</html>
`,
      );
  }
}
