import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { ROOT, type RunningApp, startApp } from './support/start-app';

const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');

describe('the web client in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the NCASC 2018 agenda by day with its sessions and speakers, then a session and a speaker page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${app.url}/conferences/ncasc-2018`);

    await page
      .getByRole('heading', { level: 1, name: 'National Children and Adult Services Conference 2018' })
      .waitFor();
    await expectVisible(page.getByText('14–16 November 2018 · Manchester'));
    const days = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(days.slice(0, 3)).toEqual([
      'Wednesday 14 November 2018',
      'Thursday 15 November 2018',
      'Friday 16 November 2018',
    ]);
    await expectVisible(page.getByRole('link', { name: 'Contextual safeguarding across transitions' }));
    await expectVisible(page.getByRole('link', { name: 'Amanda Spielman' }));
    await expectVisible(page.getByRole('link', { name: 'Andy Burnham' }));
    // a session the post places on Thursday morning sits under Thursday's "Morning" heading, with no clock time
    const thursday = page.locator('#day-2018-11-15');
    await expectVisible(thursday.getByRole('heading', { name: 'Morning' }));
    expect(await thursday.locator('time').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'agenda-ncasc-2018.png'), fullPage: true });

    await page.getByRole('link', { name: /Ofsted: new inspection frameworks/ }).click();
    await page.getByRole('heading', { level: 1, name: /Ofsted/ }).waitFor();
    await expectVisible(page.getByText('Wednesday morning'));
    await page.screenshot({ path: join(ARTIFACTS, 'session.png'), fullPage: true });

    await page.getByRole('link', { name: 'Yvette Stanley' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Yvette Stanley' }).waitFor();
    // the same inspector at both 2018 conferences: one speaker page lists both
    await expectVisible(page.getByRole('link', { name: 'ADCS Annual Conference 2018' }));
    await expectVisible(
      page.getByRole('link', { name: 'National Children and Adult Services Conference 2018' }),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'speaker.png'), fullPage: true });

    await page.goBack();
    await page.goBack();
    await page
      .getByRole('heading', { level: 1, name: 'National Children and Adult Services Conference 2018' })
      .waitFor();
    expect(failed).toEqual([]);
    await page.close();
  });

  it('offers "Add to calendar" on a session and a webcal:// subscription on the programme', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${app.url}/conferences/ncasc-2018`);
    await page.getByText('Subscribe to this programme in a calendar app').click();
    const subscribe = page.getByRole('link', { name: 'Subscribe in my calendar app' });
    await expectVisible(subscribe);
    expect(await subscribe.getAttribute('href')).toBe(
      `${app.url.replace(/^http:/, 'webcal:')}/calendar/conferences/ncasc-2018.ics`,
    );
    expect(await page.getByLabel('Programme calendar address').inputValue()).toBe(
      `${app.url}/calendar/conferences/ncasc-2018.ics`,
    );

    await page.getByRole('link', { name: /Ofsted: new inspection frameworks/ }).click();
    const add = page.getByRole('link', { name: 'Add to calendar' });
    await expectVisible(add);
    const href = (await add.getAttribute('href'))!;
    expect(href).toMatch(/^\/calendar\/sessions\/[0-9a-f-]{36}\.ics$/);
    const res = await page.request.get(`${app.url}${href}`);
    expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await res.text()).toContain(
      'SUMMARY:Ofsted: new inspection frameworks for schools and local authoriti',
    );
    await page.close();
  });

  it('lists the conferences on the home page and says so when a conference does not exist', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await expectVisible(page.getByRole('link', { name: 'ADCS Annual Conference 2022' }));
    await expectVisible(
      page.getByRole('link', { name: 'National Children and Adult Services Conference 2015' }),
    );
    await page.goto(`${app.url}/conferences/ncasc-1999`);
    await expectVisible(page.getByRole('alert'));
    expect(await page.getByRole('alert').textContent()).toMatch(/no conference/i);
    await page.close();
  });
});

async function expectVisible(locator: {
  waitFor(o: { state: 'visible'; timeout: number }): Promise<void>;
}): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10000 });
}
