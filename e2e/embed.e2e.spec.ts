import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, seriousAxeViolations } from './support/browser';
import { callAs, getText, type RunningApp, sessionIds, signUp, startApp } from './support/start-app';

/**
 * The programme on an organiser's own site: a host page served from a second local origin embeds
 * <conference-schedule> (the script) and /embed/:slug (an iframe). The public data any origin may read;
 * a change published while the host page is open shows without reloading it.
 */
let app: RunningApp;
let host: Server;
let hostUrl: string;
let browser: Browser;

function hostPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>NCASC 2018 at the organiser's site</title>
<script src="${app.url}/embed/v1/schedule.js" defer></script>
<style>conference-schedule.branded { --cs-link-color: rgb(102, 0, 51); }</style>
</head>
<body>
<main>
<h1>Our conference programme</h1>
<conference-schedule id="list" class="branded" conference="ncasc-2018" refresh="1"></conference-schedule>
<h2>Thursday by room</h2>
<conference-schedule id="grid" conference="ncasc-2018" view="grid" day="2018-11-15"></conference-schedule>
<h2>In a frame</h2>
<iframe title="Programme (framed)" src="${app.url}/embed/ncasc-2018?refresh=1" width="600" height="400"></iframe>
</main>
</body>
</html>`;
}

beforeAll(async () => {
  app = await startApp();
  host = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(hostPage());
  });
  await new Promise<void>((done) => host.listen(0, 'localhost', done));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => host?.close(done));
  await app?.stop();
});

const fetchAs = (path: string, headers: Record<string, string> = {}) => getText(app.url, path, headers);

describe('public data for other sites', () => {
  it.each([
    '/embed/v1/conferences/ncasc-2018.json',
    '/embed/v1/schedule.js',
    '/schedule/ncasc-2018.json',
    '/schedule/ncasc-2018.xml',
    '/calendar/conferences/ncasc-2018.ics',
  ])('%s answers any origin, never with credentials', async (path) => {
    const res = await fetchAs(path, { origin: 'https://www.example.org' });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it("keeps a delegate's own calendar feed to this site", async () => {
    const token = await signUp(app.url, 'Cora Crossorigin');
    const feed = new URL(
      (await callAs(app.url, token, '{ me { calendarFeedUrl } }')).data.me.calendarFeedUrl,
    );
    const res = await fetchAs(feed.pathname, { origin: 'https://www.example.org' });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('answers 304 while the programme version is the same, and a new version after a change', async () => {
    const first = await fetchAs('/embed/v1/conferences/ncasc-2018.json');
    const etag = first.headers.etag;
    expect(JSON.parse(first.body).version).toBe(Number(first.headers['x-programme-version']));
    expect((await fetchAs('/embed/v1/conferences/ncasc-2018.json', { 'if-none-match': etag })).status).toBe(
      304,
    );
    await app.sql("UPDATE conferences SET hashtag = '#NCASC2018' WHERE slug = 'ncasc-2018'");
    const after = await fetchAs('/embed/v1/conferences/ncasc-2018.json', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body).conference.hashtag).toBe('#NCASC2018');
  });

  it('serves the element in well under 30 kB gzipped', async () => {
    const res = await fetchAs('/embed/v1/schedule.js');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(gzipSync(res.body).length).toBeLessThan(30 * 1024);
  });

  it('lets any site frame /embed/:slug by default, and says what is wrong with a bad option', async () => {
    const page = await fetchAs('/embed/ncasc-2018');
    expect(page.status).toBe(200);
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors \*/);
    // every other page still refuses to be framed
    const agenda = await fetchAs('/conferences/ncasc-2018', { accept: 'text/html' });
    expect(agenda.headers['x-frame-options']).toBe('DENY');
    const bad = await fetchAs('/embed/ncasc-2018?view=table');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('view must be list or grid');
    expect((await fetchAs('/embed/ncasc-1999')).status).toBe(404);
  });
});

describe('on a page of another site', () => {
  let page: Page;
  let ids: Record<string, string>;
  const inList = () => page.locator('#list');

  beforeAll(async () => {
    ids = await sessionIds(app.url, 'ncasc-2018');
    page = await browser.newPage();
    await page.goto(hostUrl);
  });

  it('renders the sessions in the element and in the frame, linking to our session pages', async () => {
    const title = 'Ofsted: new inspection frameworks for schools and local authorities';
    const link = inList().getByRole('link', { name: title });
    await link.waitFor();
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.pathname).toBe(`/sessions/${ids[title]}`);
    expect(href.port).toBe(new URL(app.url).port);
    await page.frameLocator('iframe').getByRole('link', { name: title }).waitFor();
    // themed by the host page through a custom property
    expect(await link.evaluate((a) => getComputedStyle(a).color)).toBe('rgb(102, 0, 51)');
    // rendered in a shadow root: the host page's own markup is untouched
    expect(await page.evaluate(() => document.querySelector('#list')!.children.length)).toBe(0);
    expect(await page.evaluate(() => Boolean(document.querySelector('#list')!.shadowRoot))).toBe(true);
  });

  it('lays one day out as a grid of rooms and parts of the day', async () => {
    const grid = page.locator('#grid');
    await grid.getByRole('table').waitFor();
    expect(await grid.getByRole('columnheader', { name: 'Part of the day' }).count()).toBe(1);
    expect(await grid.getByRole('heading', { name: 'Thursday 15 November 2018' }).count()).toBe(1);
    expect(await grid.getByRole('heading', { name: 'Wednesday 14 November 2018' }).count()).toBe(0);
  });

  it('is reached with the keyboard and has no serious accessibility problem', async () => {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { host: el?.id, text: el?.shadowRoot?.activeElement?.textContent };
    });
    expect(focused).toEqual({ host: 'list', text: 'National Children and Adult Services Conference 2018' });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows a published change without the host page being reloaded', async () => {
    const title = 'Ofsted: new inspection frameworks for schools and local authorities';
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await app.sql('UPDATE sessions SET title = ?, revision = revision + 1 WHERE id = ?', [
      'Ofsted: inspection frameworks, revised',
      ids[title],
    ]);
    await inList()
      .getByRole('link', { name: 'Ofsted: inspection frameworks, revised' })
      .waitFor({ timeout: 15_000 });
    await page
      .frameLocator('iframe')
      .getByRole('link', { name: 'Ofsted: inspection frameworks, revised' })
      .waitFor({ timeout: 15_000 });
    expect(await inList().getByRole('status').textContent()).toBe('The programme has been updated.');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });
});
