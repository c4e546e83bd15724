import type { Browser } from 'playwright-core';
import request from 'supertest';
import { launchChromium } from './support/browser';
import { gql, getText, type RunningApp, sessionIds, startApp } from './support/start-app';

/**
 * What clients may rely on beyond GraphQL (docs/api.md): pages answer 200 and paths that name no page
 * 404, a robots file, and the list of conferences at /conferences.
 */
let app: RunningApp;
let ids: { session: string; speaker: string; roundup: string; undated: string };
beforeAll(async () => {
  app = await startApp();
  const r = await gql<{
    conference: {
      sessions: { id: string; participants: { speaker: { id: string } }[] }[];
      roundups: { id: string }[];
    };
  }>(
    app.url,
    'query { conference(slug: "ncasc-2018") { sessions { id participants { speaker { id } } } roundups { id } } }',
  );
  const withSpeaker = r.data.conference.sessions.find((s) => s.participants.length)!;
  ids = {
    session: withSpeaker.id,
    speaker: withSpeaker.participants[0].speaker.id,
    roundup: r.data.conference.roundups[0].id,
    undated: Object.values(await sessionIds(app.url, 'adcs-2022'))[0],
  };
});
afterAll(() => app?.stop());

const page = (path: string) => getText(app.url, path, { accept: 'text/html' });

describe('page addresses', () => {
  // every page of the web client's router (libs/shared/src/routes.ts)
  const PAGES = () => [
    '/',
    '/conferences',
    '/conferences/',
    '/conferences/ncasc-2018',
    '/conferences/ncasc-2018?theme=safeguarding',
    '/conferences/ncasc-2018/now',
    '/conferences/ncasc-2018/schedule',
    '/conferences/ncasc-2018/edit',
    '/conferences/ncasc-2018/settings',
    '/conferences/ncasc-2018/import',
    '/conferences/ncasc-2018/roundups',
    '/conferences/ncasc-2018/roundups/import',
    '/conferences/new',
    `/sessions/${ids.session}`,
    `/speakers/${ids.speaker}`,
    `/roundups/${ids.roundup}`,
    '/roundups/new?conference=ncasc-2018',
    `/roundups/${ids.roundup}/edit`,
    '/search?q=safeguarding',
    '/themes',
    '/themes/mental-health',
    '/sign-in',
    '/sign-up',
    '/setup/abc_DEF-123',
    '/notes',
  ];

  it('answers every page of the web client with the app shell and 200', async () => {
    for (const path of PAGES()) {
      const res = await page(path);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="app"');
    }
  });

  it('answers a path that names no page with the app shell (its "not found" page) and 404', async () => {
    for (const path of [
      '/no-such-page',
      '/conferences/ncasc-2018/other',
      '/conferences/ncasc-2018/edit/more',
      '/roundups',
      '/setup',
      '/sessions/a/b',
      '/toString',
      '/sessions/%E0%A4%A',
      '/wp-login.php',
    ]) {
      const res = await page(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="app"');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers a conference’s public pages with 404 when no published conference has the slug', async () => {
    for (const path of [
      '/conferences/ncasc-1999',
      '/conferences/ncasc-1999/now',
      '/conferences/ncasc-1999/roundups',
    ]) {
      const res = await page(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.body).toContain('<div id="app"');
    }
    // an organiser's pages of an edition not yet published are still pages
    expect((await page('/conferences/ncasc-1999/edit')).status).toBe(200);
  });

  it('leaves the files the server answers itself alone', async () => {
    expect((await getText(app.url, '/healthz')).status).toBe(200);
    expect((await getText(app.url, '/calendar/conferences/ncasc-2018.ics')).status).toBe(200);
    expect((await getText(app.url, '/embed/ncasc-2018', { accept: 'text/html' })).status).toBe(200);
    const pdf = await request(app.url).get('/print/conferences/ncasc-2018.pdf').buffer(true);
    expect(pdf.status).toBe(200);
    expect((await getText(app.url, '/calendar/feeds/unknown.ics')).status).toBe(404);
  });
});

describe('/robots.txt', () => {
  it('is a plain-text robots file: the public programme allowed, private and organisers’ paths not', async () => {
    const res = await getText(app.url, '/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const lines = res.body.split('\n').map((l) => l.trim());
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Allow: /');
    const disallowed = lines
      .filter((l) => l.startsWith('Disallow: '))
      .map((l) => l.slice('Disallow: '.length));
    for (const path of [
      '/calendar/feeds/',
      '/print/my/',
      '/exports/',
      '/notes',
      '/conferences/*/schedule',
      '/conferences/*/edit',
      '/conferences/*/settings',
      '/conferences/*/import',
      '/roundups/*/edit',
      '/roundups/new',
      '/setup/',
      '/graphql',
    ])
      expect(disallowed).toContain(path);
    // nothing public is kept from crawlers
    for (const path of [
      '/conferences/',
      '/sessions/',
      '/speakers/',
      '/themes',
      '/calendar/conferences/',
      '/print/conferences/',
    ])
      expect(disallowed.some((d) => path.startsWith(d.replace(/\*.*$/, '')) && !d.includes('*'))).toBe(false);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('lists the conferences at /conferences, each linking to its agenda', async () => {
    const p = await browser.newPage();
    await p.goto(`${app.url}/conferences`);
    await p.getByRole('heading', { level: 1, name: 'Conference programmes' }).waitFor();
    const link = p.getByRole('link', { name: /National Children and Adult Services Conference 2018/ });
    await link.first().waitFor();
    expect(await link.first().getAttribute('href')).toBe('/conferences/ncasc-2018');
    await expectLink(p, /ADCS Annual Conference 2022/);
    await p.close();
  });

  it('offers no calendar that would hold nothing: ADCS 2022 has no dated session, NCASC 2018 has', async () => {
    const p = await browser.newPage();
    await p.goto(`${app.url}/conferences/ncasc-2018`);
    await p.getByText('Subscribe to this programme in a calendar app').waitFor();
    await p.goto(`${app.url}/conferences/adcs-2022`);
    await p.getByRole('heading', { level: 1 }).waitFor();
    await p.waitForLoadState('networkidle');
    expect(await p.getByText('Subscribe to this programme in a calendar app').count()).toBe(0);
    await p.goto(`${app.url}/sessions/${ids.undated}`);
    await p.getByRole('heading', { level: 1 }).waitFor();
    await p.waitForLoadState('networkidle');
    expect(await p.getByRole('link', { name: 'Add to calendar' }).count()).toBe(0);
    await p.goto(`${app.url}/sessions/${ids.session}`);
    await p.getByRole('link', { name: 'Add to calendar' }).waitFor();
    await p.close();
  });
});

async function expectLink(p: import('playwright-core').Page, name: RegExp): Promise<void> {
  expect(await p.getByRole('link', { name }).count()).toBeGreaterThan(0);
}
