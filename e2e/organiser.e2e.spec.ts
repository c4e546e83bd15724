import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, sidewaysOverflow } from './support/browser';
import { ROOT, type RunningApp, startApp } from './support/start-app';

const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
const CONFERENCE = 'National Children and Adult Services Conference 2018';
const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
const TITLE = 'Minister’s question time';
const THURSDAY = 'Thursday 15 November 2018, 14:00–15:00 GMT, Exchange Hall';
const FRIDAY = 'Friday 16 November 2018, 10:00–11:00 GMT, Exchange Hall';

describe('an organiser in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [app, browser] = await Promise.all([
      startApp({ ORGANISER_EMAIL: ORGANISER.email, ORGANISER_PASSWORD: ORGANISER.password }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('keeps a visitor who is not an organiser out of the editor', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${app.url}/conferences/ncasc-2018/edit`);
    const signIn = page.getByRole('main').getByRole('link', { name: 'Sign in' });
    await expectVisible(signIn);
    expect(await signIn.getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent('/conferences/ncasc-2018/edit')}`,
    );
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    await page.close();
  });

  it('adds, moves and cancels a session, publishing each, and delegates read what changed', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    page.on('dialog', (d) => void d.accept());

    // sign in through the form, coming back to the editor
    await page.goto(`${app.url}/sign-in?next=${encodeURIComponent('/conferences/ncasc-2018/edit')}`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email address').fill(ORGANISER.email);
    await page.getByLabel('Password').fill(ORGANISER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit programme' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/conferences/ncasc-2018/edit');

    // a form error from the server sits next to the field it names
    await page.getByRole('button', { name: 'Add a session' }).click();
    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByLabel('Type', { exact: true }).selectOption('KEYNOTE');
    await page.getByLabel('Timing').selectOption('EXACT');
    await page.getByLabel('Day', { exact: true }).fill('2018-11-15');
    await page.getByLabel('Starts (UK time)').fill('14:00');
    await page.getByLabel('Ends (UK time)').fill('13:00');
    await page.getByLabel('Room', { exact: true }).fill('Exchange Hall');
    await page.getByLabel('Speakers (names, separated by commas)').fill('Nadhim Zahawi');
    await page.getByRole('button', { name: 'Add session' }).click();
    const endError = page.locator('#new-session-end-error');
    await expectVisible(endError);
    expect(await endError.textContent()).toContain('endsAt must be after startsAt');
    expect(await page.getByLabel('Ends (UK time)').getAttribute('aria-describedby')).toBe(
      'new-session-end-error',
    );
    await expectNoSideways(page);
    await page.screenshot({ path: join(ARTIFACTS, 'organiser-field-error.png'), fullPage: true });

    // add the session on Thursday 14:00–15:00 and publish it
    await page.getByLabel('Ends (UK time)').fill('15:00');
    await page.getByRole('button', { name: 'Add session' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: `Added “${TITLE}” to the draft.` }));
    const row = page.locator('.editor-session').filter({ hasText: TITLE });
    await expectVisible(row.getByText('Thursday 15 November 2018, 14:00–15:00 GMT · Exchange Hall'));
    await expectVisible(row.getByText('New', { exact: true }));
    const changes = page.getByRole('list', { name: 'Changes to publish' });
    await expectVisible(changes.getByText(`Added: ${TITLE} — ${THURSDAY}`));
    await page.screenshot({ path: join(ARTIFACTS, 'organiser-added.png'), fullPage: true });
    await publish(page, 'Minister confirmed', 2);

    // move it to Friday 10:00–11:00: the preview says MOVED
    await page.getByRole('button', { name: `Edit “${TITLE}”` }).click();
    await page.getByLabel('Day', { exact: true }).fill('2018-11-16');
    await page.getByLabel('Starts (UK time)').fill('10:00');
    await page.getByLabel('Ends (UK time)').fill('11:00');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: `Saved “${TITLE}” in the draft.` }));
    await expectVisible(changes.getByText(`Moved: ${TITLE} — ${THURSDAY} → ${FRIDAY}`));
    expect(await changes.locator('li[data-kind="MOVED"]').count()).toBe(1);
    await expectNoSideways(page);
    await page.screenshot({ path: join(ARTIFACTS, 'organiser-moved.png'), fullPage: true });
    await publish(page, 'Diary clash', 3);

    // cancel it, and publish
    await page.getByRole('button', { name: `Cancel “${TITLE}”` }).click();
    await expectVisible(page.getByRole('button', { name: `Restore “${TITLE}”` }));
    await expectVisible(row.getByText('Cancelled', { exact: true }));
    await expectVisible(changes.locator('li[data-kind="CANCELLED"]'));
    await publish(page, 'The minister cannot come', 4);
    await page.screenshot({ path: join(ARTIFACTS, 'organiser-published.png'), fullPage: true });

    // the public agenda tells what changed, newest first
    await page.getByRole('link', { name: CONFERENCE }).click();
    await page.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();
    await expectVisible(page.getByRole('link', { name: 'Edit programme' }));
    await page.getByText(/^What changed/).click();
    const versions = page.locator('.versions > li');
    await expectVisible(versions.first());
    expect(await versions.count()).toBe(4);
    const headings = await page.locator('.versions h3').allTextContents();
    expect(headings[0]).toMatch(
      /^Version 4 · \w+ \d+ \w+ \d{4}, \d\d:\d\d (GMT|BST) · The minister cannot come$/,
    );
    expect(headings[1]).toMatch(/^Version 3 · .* · Diary clash$/);
    expect(headings[2]).toMatch(/^Version 2 · .* · Minister confirmed$/);
    expect(headings[3]).toMatch(/^Version 1 · /);
    expect(await versions.nth(0).locator('.change-list li').allTextContents()).toEqual([
      expect.stringMatching(`^Cancelled: ${TITLE}`),
    ]);
    expect(await versions.nth(1).locator('.change-list li').allTextContents()).toEqual([
      `Moved: ${TITLE} — ${THURSDAY} → ${FRIDAY}`,
    ]);
    expect(await versions.nth(2).locator('.change-list li').allTextContents()).toEqual([
      `Added: ${TITLE} — ${THURSDAY}`,
    ]);
    await expectVisible(versions.nth(3).getByText('The programme as first published.'));
    await expectNoSideways(page);
    await page.screenshot({ path: join(ARTIFACTS, 'organiser-what-changed.png'), fullPage: true });

    // and the agenda has it where it was moved to, at its local time, marked cancelled
    await page.getByRole('tab', { name: /^Fri 16 Nov/ }).click();
    const moved = page
      .getByRole('tabpanel')
      .locator('.session-row')
      .filter({ has: page.getByRole('link', { name: TITLE }) });
    await expectVisible(moved);
    expect(await moved.locator('time').textContent()).toBe('10:00–11:00 GMT');
    await expectVisible(moved.getByText('Cancelled', { exact: true }));
    await page.getByRole('tab', { name: /^Thu 15 Nov/ }).click();
    expect(await page.getByRole('tabpanel').getByRole('link', { name: TITLE }).count()).toBe(0);

    expect(failed).toEqual([]);
    await page.close();
  });
});

/** Publishes the draft with a note (accepting warnings if there are any) and waits for the version. */
async function publish(page: Page, note: string, number: number): Promise<void> {
  const accept = page.getByLabel('Publish despite these warnings');
  if (await accept.count()) await accept.check();
  await page.getByLabel('Note for delegates (what changed and why)').fill(note);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expectVisible(page.getByRole('status').filter({ hasText: `Published version ${number}` }));
  await expectVisible(page.getByText('The draft is the same as the published programme.'));
  // the editor's last "Saved … in the draft." line is no longer true, and there is nothing to discard
  expect(await page.getByRole('status').filter({ hasText: / the draft\.$/ }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Discard draft' }).isDisabled()).toBe(true);
}

/** Nothing on the page is wider than the screen. */
async function expectNoSideways(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toBe(0);
}

async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10000 });
}
