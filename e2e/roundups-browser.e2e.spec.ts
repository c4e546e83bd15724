import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { ROOT, type RunningApp, startApp } from './support/start-app';

const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
const CONFERENCE = 'National Children and Adult Services Conference 2018';
const STAFF = { email: 'staff@ncasc.example', password: 'staff-pass-0001' };
const TITLE = 'Early help and the councils: our notes from Manchester';
// two NCASC 2018 speakers from the seed: one by full name, one by honorific and surname
const FULL_NAME = 'Donna Malloy';
const SURNAME = 'Malloy';
const BY_TITLE = 'Cllr Bramble';
const SECOND_NAME = 'Antoinette Bramble';
const BODY = [
  `${FULL_NAME} of the Early Intervention Foundation opened the Thursday workshop with the evidence on early help.`,
  '',
  `Later ${BY_TITLE} spoke for the LGA about what councils need from the spending review.`,
].join('\n');

describe('round-ups and search in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [app, browser] = await Promise.all([
      startApp({ STAFF_EMAIL: STAFF.email, STAFF_PASSWORD: STAFF.password }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('keeps a visitor who is not staff out of the round-up editor', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${app.url}/roundups/new?conference=ncasc-2018`);
    const signIn = page.getByRole('main').getByRole('link', { name: 'Sign in' });
    await expectVisible(signIn);
    expect(await signIn.getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent('/roundups/new?conference=ncasc-2018')}`,
    );
    expect(await page.getByRole('button', { name: /Save/ }).count()).toBe(0);
    // the public list has no drafts and no staff actions
    await page.goto(`${app.url}/conferences/ncasc-2018/roundups`);
    await page.getByRole('heading', { level: 1, name: 'Round-ups' }).waitFor();
    expect(await page.getByRole('link', { name: 'Write a round-up' }).count()).toBe(0);
    expect(await page.getByText('Draft', { exact: true }).count()).toBe(0);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('staff write, check and publish a round-up; a reader finds it by search and follows its links, on 360 px phones', async () => {
    // ---- staff, on a phone -------------------------------------------------------------------------------
    const staff = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const failed: string[] = [];
    staff.on('pageerror', (e) => failed.push(`staff: ${e.message}`));
    staff.on('dialog', (d) => void d.accept());

    await staff.goto(`${app.url}/sign-in?next=${encodeURIComponent('/conferences/ncasc-2018')}`);
    await staff.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await staff.getByLabel('Email address').fill(STAFF.email);
    await staff.getByLabel('Password').fill(STAFF.password);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();

    // the agenda's round-ups, and the full list with the staff actions
    await staff.getByRole('link', { name: /^Round-ups and drafts/ }).click();
    await staff.getByRole('heading', { level: 1, name: 'Round-ups' }).waitFor();
    await expectVisible(staff.getByRole('link', { name: 'Import a post' }));
    await staff.getByRole('link', { name: 'Write a round-up' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Write a round-up' }).waitFor();
    expect(new URL(staff.url()).search).toBe('?conference=ncasc-2018');

    // a missing title is flagged next to its field
    await staff.getByRole('button', { name: 'Save draft' }).click();
    await expectVisible(staff.locator('#roundup-title-error'));
    expect(await staff.getByLabel('Title', { exact: true }).getAttribute('aria-describedby')).toContain(
      'roundup-title-error',
    );

    await staff.getByLabel('Title', { exact: true }).fill(TITLE);
    await staff.getByLabel('Author', { exact: true }).fill('A. Reporter');
    await staff.getByLabel('Published on').fill('2018-11-20');
    await staff.getByLabel('Publication', { exact: true }).fill('ADCS blog');
    await staff.getByLabel('Body', { exact: true }).fill(BODY);

    // the live preview suggests both speakers
    const suggested = staff.getByRole('list', { name: 'Suggested mentions' });
    await expectVisible(suggested.getByRole('link', { name: FULL_NAME }));
    await expectVisible(suggested.getByRole('link', { name: SECOND_NAME }));
    await expectVisible(staff.locator('.preview-body a', { hasText: FULL_NAME }));
    await expectNoSideways(staff);
    await staff.screenshot({ path: join(ARTIFACTS, 'roundup-editor-preview.png'), fullPage: true });

    // save: the editor of the new draft, with the mentions to confirm
    await staff.getByRole('button', { name: 'Save draft' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Edit round-up' }).waitFor();
    expect(new URL(staff.url()).pathname).toMatch(/^\/roundups\/[^/]+\/edit$/);
    const roundupPath = new URL(staff.url()).pathname.replace(/\/edit$/, '');
    const mentions = staff.getByRole('list', { name: 'Mentions in the saved text' });
    const malloy = mentions.getByRole('listitem').filter({ hasText: FULL_NAME });
    await expectVisible(malloy.getByText('Suggested', { exact: true }));
    await expectVisible(malloy.getByText(`Matched “${FULL_NAME}”`));
    const bramble = mentions.getByRole('listitem').filter({ hasText: SECOND_NAME });
    // the matcher reads the title and surname; it quotes the surname (or both)
    await expectVisible(bramble.getByText(/^Matched “(Cllr )?Bramble”$/));

    await staff.getByRole('button', { name: `Confirm ${FULL_NAME}` }).click();
    await expectVisible(staff.getByRole('status').filter({ hasText: `Confirmed “${FULL_NAME}”` }));
    await expectVisible(malloy.getByText('Confirmed', { exact: true }));
    await staff.getByRole('button', { name: `Confirm ${SECOND_NAME}` }).click();
    await expectVisible(staff.getByRole('status').filter({ hasText: `Confirmed “${SECOND_NAME}”` }));
    await expectVisible(bramble.getByText('Confirmed', { exact: true }));
    expect(await mentions.getByRole('button', { name: /^Confirm / }).count()).toBe(0);
    await expectNoSideways(staff);
    await staff.screenshot({ path: join(ARTIFACTS, 'roundup-editor-mentions.png'), fullPage: true });

    await staff.getByRole('button', { name: 'Publish', exact: true }).click();
    await expectVisible(staff.getByRole('status').filter({ hasText: 'Published.' }));
    await expectVisible(staff.getByRole('button', { name: 'Unpublish' }));

    // staff see it listed, published
    await staff.getByRole('main').getByRole('link', { name: 'Round-ups', exact: true }).click();
    await staff.getByRole('heading', { level: 1, name: 'Round-ups' }).waitFor();
    const card = staff.locator('.card').filter({ hasText: TITLE });
    await expectVisible(card.getByText('Published', { exact: true }));
    await expectNoSideways(staff);
    await staff.screenshot({ path: join(ARTIFACTS, 'roundup-published-list.png'), fullPage: true });
    await staff.close();

    // ---- a reader, signed out, on a phone --------------------------------------------------------------
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => failed.push(`reader: ${e.message}`));
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Conference programmes' }).waitFor();
    const box = page.getByRole('search').getByLabel('Search', { exact: true });
    await box.fill(SURNAME);
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/search');
    expect(new URL(page.url()).searchParams.get('q')).toBe(SURNAME);
    await expectVisible(
      page.getByRole('status').filter({ hasText: new RegExp(`results? for “${SURNAME}”`) }),
    );
    const roundups = page.getByRole('region', { name: /^Round-ups/ });
    const hit = roundups.getByRole('link', { name: TITLE });
    await expectVisible(hit);
    // the matched word is marked in the snippet, as text
    await expectVisible(roundups.locator('.search-hit').filter({ hasText: TITLE }).locator('mark').first());
    await expectNoSideways(page);
    await page.screenshot({ path: join(ARTIFACTS, 'search-360.png'), fullPage: true });

    // the arrow keys go from the search box into the results and back
    const links = page.locator('a.hit-link');
    const count = await links.count();
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    expect(await links.first().evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    expect(await links.nth(count - 1).evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#search-q').evaluate((i) => i === document.activeElement)).toBe(true);

    // the round-up, and a name in its text: followed without reloading the page
    await hit.click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(page.url()).pathname).toBe(roundupPath);
    await expectVisible(
      page.getByRole('region', { name: 'People mentioned' }).getByRole('link', { name: SECOND_NAME }),
    );
    await expectNoSideways(page);
    await page.screenshot({ path: join(ARTIFACTS, 'roundup-360.png'), fullPage: true });
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.locator('.prose a.mention', { hasText: FULL_NAME }).click();
    await page.getByRole('heading', { level: 1, name: FULL_NAME }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    const mentionedIn = page.getByRole('region', { name: 'Mentioned in' });
    await expectVisible(mentionedIn.getByRole('link', { name: TITLE }));
    await expectVisible(mentionedIn.getByRole('heading', { name: '2018' }));
    await page.screenshot({ path: join(ARTIFACTS, 'speaker-mentioned-in.png'), fullPage: true });

    expect(failed).toEqual([]);
    await context.close();
  });

  it('lists themes, and a theme by year and conference, filtered by series', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${app.url}/`);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Themes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Themes' }).waitFor();
    await page.getByRole('link', { name: 'Mental health', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mental health' }).waitFor();
    const years = (await page.locator('section.agenda-day h2').allTextContents()).map(Number);
    expect(years.length).toBeGreaterThan(0);
    expect([...years].sort()).toEqual(years);
    await page
      .getByRole('navigation', { name: 'Conference series' })
      .getByRole('link', { name: 'NCASC' })
      .click();
    await expectVisible(page.getByText(/\(National Children and Adult Services Conference\)$/));
    expect(new URL(page.url()).search).toBe('?series=NCASC');
    const conferences = await page.locator('section.agenda-day h3').allTextContents();
    expect(conferences.every((c) => c.startsWith('National Children and Adult Services Conference'))).toBe(
      true,
    );
    await expectNoSideways(page);
    await page.screenshot({ path: join(ARTIFACTS, 'theme-360.png'), fullPage: true });
    expect(failed).toEqual([]);
    await page.close();
  });
});

/** Nothing on the page is wider than the screen. */
async function expectNoSideways(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10000 });
}
