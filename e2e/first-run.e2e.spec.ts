import type { Browser } from 'playwright-core';
import request from 'supertest';
import { launchChromium } from './support/browser';
import { type RunningApp, startApp } from './support/start-app';

const LINK = /(http:\/\/[^\s]+\/setup\/([A-Za-z0-9_-]{43}))/g;
const CREATE = `mutation ($input: CreateFirstOrganiserInput!) {
  createFirstOrganiser(input: $input) { user { role } }
}`;

describe('first run: no organiser, no ORGANISER_EMAIL', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('prints a one-time set-up link once, which creates the first organiser in the browser and then is dead', async () => {
    // the link is on the app's own output, once
    const deadline = Date.now() + 10_000;
    while (!app.output().includes('/setup/') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const links = [...app.output().matchAll(LINK)];
    expect(links).toHaveLength(1);
    const token = links[0][2];
    const path = new URL(links[0][1]).pathname;
    // only its hash is kept
    const settings = await app.sql<{ value: string }>(`SELECT value FROM app_settings`);
    expect(JSON.stringify(settings)).not.toContain(token);

    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${app.url}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Create the first organiser' }).waitFor();
    await page.getByLabel('Your name').fill('Fiona First');
    await page.getByLabel('Email address').fill('fiona@council.example');
    await page.getByLabel('Password').fill('a long password');
    await page.getByRole('button', { name: 'Create organiser account' }).click();
    await page.waitForURL(`${app.url}/`);
    const me = await page.context().request.post(`${app.url}/graphql`, {
      data: { query: '{ me { email role } }' },
    });
    expect((await me.json()).data.me).toEqual({ email: 'fiona@council.example', role: 'ORGANISER' });
    expect(failed).toEqual([]);

    // the same link again, in a fresh browser: refused, saying why
    const again = await browser.newPage();
    await again.goto(`${app.url}${path}`);
    await again.getByLabel('Your name').fill('Someone Else');
    await again.getByLabel('Email address').fill('else@council.example');
    await again.getByLabel('Password').fill('another long password');
    await again.getByRole('button', { name: 'Create organiser account' }).click();
    await again
      .getByRole('alert')
      .filter({ hasText: /organiser account already exists/ })
      .waitFor();
    const res = await request(app.url)
      .post('/graphql')
      .send({
        query: CREATE,
        variables: { input: { token, email: 'x@council.example', name: 'X', password: 'a long password' } },
      });
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const organisers = await app.sql<{ n: number }>(
      `SELECT COUNT(*) AS n FROM users WHERE role = 'ORGANISER'`,
    );
    expect(Number(organisers[0].n)).toBe(1);
    await page.close();
    await again.close();
  });
});

describe('a start with ORGANISER_EMAIL', () => {
  it('prints no set-up link', async () => {
    const app = await startApp({
      ORGANISER_EMAIL: 'auto@council.example',
      ORGANISER_PASSWORD: 'a long password',
    });
    try {
      await new Promise((r) => setTimeout(r, 500));
      expect(app.output()).not.toMatch(/\/setup\//);
    } finally {
      await app.stop();
    }
  });
});
