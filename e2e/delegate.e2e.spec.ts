import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { launchChromium } from './support/browser';
import { ROOT, type RunningApp, gql, startApp } from './support/start-app';

const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
const CONFERENCE = 'National Children and Adult Services Conference 2018';
const FIRST = 'Contextual safeguarding across transitions';
const SECOND = 'Performance and quality assurance in social work';

describe('a delegate in Chromium', () => {
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

  it('signs up, stars two clashing sessions, sees the clash, keeps a note and exports it', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));

    // sign up through the form, coming back to the agenda
    await page.goto(`${app.url}/conferences/ncasc-2018`);
    await page.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();
    await page.getByRole('link', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.getByLabel('Your name').fill('Dana Delegate');
    await page.getByLabel('Email address').fill('dana@council.example');
    // too short first: the form says so next to the field and creates nothing
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('Password').press('Enter');
    await expectVisible(page.getByText('Password must be at least 10 characters'));
    await page.getByLabel('Password').fill('a-long-password-1');
    await page.screenshot({ path: join(ARTIFACTS, 'delegate-sign-up.png'), fullPage: true });
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/conferences/ncasc-2018');
    const account = page.getByRole('navigation', { name: 'Account' });
    await expectVisible(account.getByText('Dana Delegate'));
    await expectVisible(account.getByRole('button', { name: 'Sign out' }));

    // star two Thursday-morning workshops: they run at the same time
    for (const title of [FIRST, SECOND]) {
      const star = page.getByRole('button', { name: `Star “${title}”` });
      expect(await star.getAttribute('aria-pressed')).toBe('false');
      await star.click();
      const starred = page.getByRole('button', { name: `Starred “${title}”` });
      await expectVisible(starred);
      expect(await starred.getAttribute('aria-pressed')).toBe('true');
      expect(await starred.textContent()).toContain('Starred');
    }
    await expectVisible(page.getByText('2 starred sessions'));
    await expectVisible(page.locator('.day-nav').getByText('· 2 starred'));
    await page.screenshot({ path: join(ARTIFACTS, 'delegate-agenda-starred.png'), fullPage: true });

    // my schedule: the two, each with a warning naming the other
    await page
      .getByRole('link', { name: /My schedule/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'My schedule' }).waitFor();
    await expectVisible(
      page.getByRole('heading', { level: 2, name: 'Thursday 15 November 2018 — 2 starred' }),
    );
    const warnings = page.locator('.clash-warning');
    await expectVisible(warnings.first());
    expect(await warnings.count()).toBe(2);
    const rowOf = (title: string) =>
      page.locator('.session-row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    expect(await rowOf(FIRST).locator('.clash-warning').textContent()).toContain(`Clashes with “${SECOND}”`);
    expect(await rowOf(SECOND).locator('.clash-warning').textContent()).toContain(`Clashes with “${FIRST}”`);
    await page.screenshot({ path: join(ARTIFACTS, 'delegate-schedule.png'), fullPage: true });

    // a note on one of them, saved as typed, still there after a reload
    await page.getByRole('link', { name: FIRST, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    const note = page.getByLabel('My notes (private)');
    const text = 'Ask about transitions at 18.\nFollow up with the safeguarding lead.';
    await note.click();
    await note.pressSequentially(text, { delay: 5 });
    await expectVisible(page.getByRole('status').filter({ hasText: /Saved at \d\d:\d\d/ }));
    await page.screenshot({ path: join(ARTIFACTS, 'delegate-note.png'), fullPage: true });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    await expectVisible(page.getByLabel('My notes (private)'));
    expect(await page.getByLabel('My notes (private)').inputValue()).toBe(text);

    // my notes, and the Markdown export
    await page.getByRole('link', { name: 'My notes', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My notes' }).waitFor();
    await expectVisible(page.getByRole('link', { name: FIRST }));
    await expectVisible(page.getByText('Follow up with the safeguarding lead.'));
    await page.screenshot({ path: join(ARTIFACTS, 'delegate-notes.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export as Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ncasc-2018-my-notes.md');
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain(`# My notes: ${CONFERENCE}`);
    expect(markdown).toContain(`## ${FIRST}`);
    expect(markdown).toContain(text);

    // signing out: the header offers sign-in again, and the notes page asks for it
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(
      page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }),
    );
    await expectVisible(page.getByText('to see your notes'));

    expect(failed).toEqual([]);
    await context.close();
  });

  it('sends a signed-out visitor who stars a session to sign in, then back; a wrong password is said so', async () => {
    const signUp = await gql(
      app.url,
      'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
      { input: { name: 'Sam Smith', email: 'sam@council.example', password: 'a-long-password-2' } },
    );
    expect(signUp.errors).toBeUndefined();
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${app.url}/conferences/ncasc-2018`);
    await page.getByRole('button', { name: `Star “${FIRST}”` }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/conferences/ncasc-2018');
    await page.getByLabel('Email address').fill('sam@council.example');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByLabel('Password').press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Wrong email or password' });
    await expectVisible(alert);
    await page.getByLabel('Password').fill('a-long-password-2');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();
    await expectVisible(page.getByRole('navigation', { name: 'Account' }).getByText('Sam Smith'));
    await page.getByRole('button', { name: `Star “${FIRST}”` }).click();
    await expectVisible(page.getByRole('button', { name: `Starred “${FIRST}”` }));
    await page.close();
  });
});

async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10000 });
}
