import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, sidewaysOverflow } from './support/browser';
import { ROOT, type RunningApp, getText, gql, startApp } from './support/start-app';

const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
const CONFERENCE = 'National Children and Adult Services Conference 2018';
const FIRST = 'Contextual safeguarding across transitions';
const SECOND = 'Performance and quality assurance in social work';
const OFSTED = 'Ofsted: new inspection frameworks for schools and local authorities';

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

  it('signs up, stars two clashing sessions, sees the clash, keeps a note and exports it, on a 360 px phone', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
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
    await expectNoSideways(page);
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
    await expectNoSideways(page);
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
    await expectNoSideways(page);
    await page.screenshot({ path: join(ARTIFACTS, 'delegate-schedule.png'), fullPage: true });

    // my schedule in a calendar app: a private feed of the starred sessions
    await page.getByText('Add my schedule to a calendar app').click();
    const subscribe = page.getByRole('link', { name: 'Subscribe in my calendar app' });
    await expectVisible(subscribe);
    const feed = await page.getByLabel('My calendar feed address').inputValue();
    expect(feed).toMatch(/^https?:\/\/[^/]+\/calendar\/feeds\/[A-Za-z0-9_-]+\.ics$/);
    expect(await subscribe.getAttribute('href')).toBe(feed.replace(/^https?:/, 'webcal:'));
    const ics = await getText(app.url, new URL(feed).pathname);
    expect(ics.status).toBe(200);
    expect(ics.body).toContain(`SUMMARY:${FIRST}`);
    expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    await expectNoSideways(page);
    await page.screenshot({ path: join(ARTIFACTS, 'delegate-subscribe.png'), fullPage: true });

    // a note on one of them, saved as typed, still there after a reload
    await page.getByRole('link', { name: FIRST, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    const note = page.getByLabel('My notes (private)');
    const text = 'Ask about transitions at 18.\nFollow up with the safeguarding lead.';
    await note.click();
    await note.pressSequentially(text, { delay: 5 });
    await expectVisible(page.getByRole('status').filter({ hasText: /Saved at \d\d:\d\d/ }));
    await expectNoSideways(page);
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
    await expectNoSideways(page);
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

  it('prints my schedule a page per day, without the menus and buttons, in black on white', async () => {
    await createUser(app.url, 'Pat Printer', 'pat@council.example', 'a-long-password-7');
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    // signed in through the API: the context keeps the session cookie
    const signIn = await context.request.post(`${app.url}/graphql`, {
      data: {
        query: 'mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }',
        variables: { i: { email: 'pat@council.example', password: 'a-long-password-7' } },
      },
    });
    expect(signIn.ok()).toBe(true);
    const page = await context.newPage();
    await page.goto(`${app.url}/conferences/ncasc-2018`);
    await page.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();
    // Wednesday and Thursday (a clash on Thursday)
    for (const title of [OFSTED, FIRST, SECOND]) {
      await page.getByRole('button', { name: `Star “${title}”` }).click();
      await expectVisible(page.getByRole('button', { name: `Starred “${title}”` }));
    }
    await page.goto(`${app.url}/conferences/ncasc-2018/schedule`);
    await page.getByRole('heading', { level: 2, name: 'Thursday 15 November 2018 — 2 starred' }).waitFor();

    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('navigation', { name: 'Breadcrumb' }),
      page.getByText('Add my schedule to a calendar app'),
    ])
      expect(await hidden.isVisible()).toBe(false);
    for (const button of await page.getByRole('button').all()) expect(await button.isVisible()).toBe(false);
    const days = page.locator('section.schedule-day');
    expect(await days.count()).toBe(2);
    // each day starts a page, and says whose schedule and which conference it is
    expect(await days.nth(0).evaluate((el) => getComputedStyle(el).breakBefore)).not.toBe('page');
    expect(await days.nth(1).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await expectVisible(days.nth(1).getByText(`My schedule · ${CONFERENCE}`));
    // black on white, the clash still marked without colour
    for (const el of [
      days.nth(1).locator('h2'),
      page.getByRole('link', { name: FIRST }),
      page.locator('.clash-warning').first(),
    ])
      expect(await el.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(0, 0, 0)');
    expect(
      await page
        .locator('.clash-warning')
        .first()
        .evaluate((e) => getComputedStyle(e).borderTopStyle),
    ).toBe('solid');
    await page.screenshot({ path: join(ARTIFACTS, 'delegate-schedule-print.png'), fullPage: true });
    // as a PDF: one A4 page per day
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdfPageCount(pdf)).toBe(2);
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
  it('after signing in, goes back only to a page on this site', async () => {
    await createUser(app.url, 'Olly Owen', 'olly@council.example', 'a-long-password-3');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    // a tab in the path is dropped by the browser: "/\t/evil.example" would be "//evil.example"
    await page.goto(`${app.url}/sign-in?next=/%09/evil.example`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signInThroughForm(page, 'olly@council.example', 'a-long-password-3');
    await page.getByRole('heading', { level: 1, name: 'Conference programmes' }).waitFor();
    expect(page.url()).toBe(`${app.url}/`);
    expect(await page.getByText('Could not reach the server').count()).toBe(0);

    // signed in, the sign-in page offers a way on: to this site only
    for (const [next, href] of [
      ['/%09/evil.example', '/'],
      ['/%5Cevil.example', '/'],
      ['//evil.example', '/'],
      ['https://evil.example/', '/'],
      [
        encodeURIComponent('/conferences/ncasc-2018?x=1#day-2018-11-15'),
        '/conferences/ncasc-2018?x=1#day-2018-11-15',
      ],
    ]) {
      await page.goto(`${app.url}/sign-in?next=${next}`);
      const carryOn = page.getByRole('link', { name: 'Carry on' });
      await expectVisible(carryOn);
      expect(await carryOn.getAttribute('href')).toBe(href);
    }
    expect(failed).toEqual([]);
    await page.close();
  });

  it('shows a note still being saved, and restores one whose save failed, when its page is opened again', async () => {
    await createUser(app.url, 'Vic Vance', 'vic@council.example', 'a-long-password-4');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${app.url}/sign-in?next=${encodeURIComponent('/conferences/ncasc-2018')}`);
    await signInThroughForm(page, 'vic@council.example', 'a-long-password-4');
    await page.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();
    await page.getByRole('link', { name: FIRST, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    const sessionUrl = page.url();
    const note = page.getByLabel('My notes (private)');
    const status = page
      .getByRole('status')
      .filter({ hasText: /Saved at|Saving|Not saved|Last saved|as you type/ });

    // slow wifi: leave the page while the save is on its way, and come straight back
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/graphql', async (route) => {
      if (isSaveNote(route.request().postData())) await held;
      await route.continue();
    });
    await note.fill('Written on slow wifi.');
    await note.blur();
    await expectVisible(status.filter({ hasText: 'Saving…' }));
    await page.getByRole('link', { name: 'All my notes' }).click();
    await page.getByRole('heading', { level: 1, name: 'My notes' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    expect(await note.inputValue()).toBe('Written on slow wifi.');
    release();
    await expectVisible(status.filter({ hasText: /Saved at \d\d:\d\d/ }));
    await note.press('End');
    await note.pressSequentially(' And more.', { delay: 5 });
    await expectVisible(status.filter({ hasText: /Saved at \d\d:\d\d/ }));
    await page.unroute('**/graphql');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    expect(await note.inputValue()).toBe('Written on slow wifi. And more.');

    // offline: the save fails, and so does the one on leaving the page
    await page.route('**/graphql', (route) =>
      isSaveNote(route.request().postData()) ? route.abort('internetdisconnected') : route.continue(),
    );
    await note.fill('Written on the train.');
    await expectVisible(status.filter({ hasText: 'Not saved' }));
    // leave the box first: saving… then failing again moves the links under the pointer
    await note.blur();
    await expectVisible(status.filter({ hasText: 'Not saved' }));
    await page.getByRole('link', { name: 'All my notes' }).click();
    await page.getByRole('heading', { level: 1, name: 'My notes' }).waitFor();
    await expectVisible(page.getByText('Written on slow wifi. And more.'));
    expect(await draftKeys(page)).toHaveLength(1);

    // back online, the page opened afresh: the text comes back from this device and is saved
    await page.unroute('**/graphql');
    let releaseAgain = () => {};
    const heldAgain = new Promise<void>((r) => (releaseAgain = r));
    await page.route('**/graphql', async (route) => {
      if (isSaveNote(route.request().postData())) await heldAgain;
      await route.continue();
    });
    await page.goto(sessionUrl);
    await page.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    await expectVisible(status.filter({ hasText: 'Not saved yet — restored from this device' }));
    expect(await note.inputValue()).toBe('Written on the train.');
    releaseAgain();
    await expectVisible(status.filter({ hasText: /Saved at \d\d:\d\d/ }));
    expect(await draftKeys(page)).toEqual([]);
    await page.unroute('**/graphql');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    expect(await note.inputValue()).toBe('Written on the train.');

    // signing out forgets text not yet saved on this device
    await page.route('**/graphql', (route) =>
      isSaveNote(route.request().postData()) ? route.abort('internetdisconnected') : route.continue(),
    );
    await note.fill('Not for the next person.');
    await expectVisible(status.filter({ hasText: 'Not saved' }));
    expect(await draftKeys(page)).toHaveLength(1);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(page.getByRole('link', { name: 'Sign in to take notes' }));
    expect(await draftKeys(page)).toEqual([]);
    await page.unroute('**/graphql');
    expect(failed).toEqual([]);
    await page.close();
  });

  it('keeps every tab on the account signed in: another user never sees or saves the first one’s notes', async () => {
    await createUser(app.url, 'Tia Thomas', 'tia@council.example', 'a-long-password-5');
    await createUser(app.url, 'Uma Usman', 'uma@council.example', 'a-long-password-6');
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const one = await context.newPage();
    const two = await context.newPage();
    const failed: string[] = [];
    for (const p of [one, two]) p.on('pageerror', (e) => failed.push(e.message));
    const signInAs = async (email: string, password: string) => {
      await one.goto(`${app.url}/sign-in`);
      await signInThroughForm(one, email, password);
      await one.getByRole('heading', { level: 1, name: 'Conference programmes' }).waitFor();
    };
    const accountOf = (p: Page) => p.getByRole('navigation', { name: 'Account' });

    await signInAs('tia@council.example', 'a-long-password-5');
    await two.goto(`${app.url}/conferences/ncasc-2018`);
    await two.getByRole('link', { name: FIRST, exact: true }).click();
    await two.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    const note = two.getByLabel('My notes (private)');
    const status = two.getByRole('status').filter({ hasText: /Saved|Saving|Not saved|reload the page/ });
    await note.fill('Tia’s private note.');
    await expectVisible(status.filter({ hasText: /Saved at \d\d:\d\d/ }));

    // signing out in one tab: the other no longer shows the note
    await one.getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(accountOf(one).getByRole('link', { name: 'Sign in' }));
    await expectVisible(two.getByRole('link', { name: 'Sign in to take notes' }));
    expect(await note.count()).toBe(0);
    await expectVisible(accountOf(two).getByRole('link', { name: 'Sign in' }));

    // signing in again: the other tab follows
    await signInAs('tia@council.example', 'a-long-password-5');
    await expectVisible(note);
    // her note, once the page has fetched it again for her
    await two.waitForFunction(
      () =>
        (document.getElementById('my-note') as HTMLTextAreaElement | null)?.value === 'Tia’s private note.',
    );
    expect(await note.isEditable()).toBe(true);

    // signed in as Uma while the second tab cannot ask the server who is signed in:
    // it stops saving Tia's note (it would land in Uma's account) and says so
    await two.route('**/graphql', (route) =>
      isOperation(route.request().postData(), 'query Me')
        ? route.abort('internetdisconnected')
        : route.continue(),
    );
    await one.getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(accountOf(one).getByRole('link', { name: 'Sign in' }));
    await signInAs('uma@council.example', 'a-long-password-6');
    await expectVisible(status.filter({ hasText: 'Signed in as someone else — reload the page' }));
    expect(await note.isEditable()).toBe(false);

    // shown again, it asks the server: Uma, with her own (empty) notes box
    await two.unroute('**/graphql');
    await two.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expectVisible(accountOf(two).getByText('Uma Usman'));
    await expectVisible(note);
    await two.waitForFunction(
      () => (document.getElementById('my-note') as HTMLTextAreaElement | null)?.value === '',
    );
    expect(await note.isEditable()).toBe(true);
    await note.fill('Uma’s own note.');
    await expectVisible(status.filter({ hasText: /Saved at \d\d:\d\d/ }));

    // Uma's notes hold hers only; Tia's is as she left it
    await one.goto(`${app.url}/notes`);
    await expectVisible(one.getByText('Uma’s own note.'));
    expect(await one.getByText('Tia’s private note.').count()).toBe(0);
    await one.getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(accountOf(one).getByRole('link', { name: 'Sign in' }));
    await signInAs('tia@council.example', 'a-long-password-5');
    await one.goto(`${app.url}/notes`);
    await expectVisible(one.getByText('Tia’s private note.'));
    expect(await one.getByText('Uma’s own note.').count()).toBe(0);

    expect(failed).toEqual([]);
    await context.close();
  });
});

async function createUser(url: string, name: string, email: string, password: string): Promise<void> {
  const res = await gql(url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }', {
    input: { name, email, password },
  });
  expect(res.errors).toBeUndefined();
}

/** The pages of a PDF, counted from its page objects. */
function pdfPageCount(pdf: string): number {
  return pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

/** Nothing on the page is wider than the screen. */
async function expectNoSideways(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page)).toBe(0);
}

async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10000 });
}

async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Whether a POST /graphql body is this operation ("query Me", "mutation SaveNote"). */
function isOperation(body: string | null, operation: string): boolean {
  const query = body ? (JSON.parse(body) as { query?: unknown }).query : null;
  return typeof query === 'string' && new RegExp(`^\\s*${operation}\\b`).test(query);
}

function isSaveNote(body: string | null): boolean {
  return isOperation(body, 'mutation SaveNote');
}

/** The notes this tab keeps in sessionStorage until the server has them. */
function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('ncasc.note-draft.')));
}
