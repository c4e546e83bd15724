import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, seriousAxeViolations, signedInContext } from './support/browser';
import { callAs, type RunningApp, sessionIds, signUp, startApp } from './support/start-app';

/** A delegate's notes read with their Markdown rendered (and sanitised) wherever a note is shown. */
const NOTE = [
  '# Takeaways',
  '',
  'The **walrus** pilot works; see [the report](https://example.org/walrus) and [the session](/speakers/x).',
  '',
  '- ask *Dana*',
  '- <img src=x onerror="window.hacked=1"> [click](javascript:window.hacked=2)',
].join('\n');

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let title: string;
let sessionId: string;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
  const token = await signUp(app.url, 'Nora Notes');
  [title, sessionId] = Object.entries(await sessionIds(app.url, 'ncasc-2018'))[0];
  const saved = await callAs(app.url, token, 'mutation ($i: SaveNoteInput!) { saveNote(input: $i) { id } }', {
    i: { sessionId, body: NOTE },
  });
  expect(saved.errors).toBeUndefined();
  context = await signedInContext(
    browser,
    app.url,
    { email: 'nora.notes@council.example', password: 'long-enough-pw' },
    { width: 390, height: 844 },
  );
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('notes in Markdown', () => {
  it('My notes shows a note’s bold, lists, links and headings, and nothing a note could run', async () => {
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${app.url}/notes`);
    const note = page.locator('li.note').filter({ has: page.getByRole('link', { name: title }) });
    const prose = note.locator('.note-prose');
    await prose.waitFor({ state: 'visible', timeout: 10000 });
    // the note's heading sits under the session's h3
    expect(await prose.getByRole('heading', { level: 4 }).textContent()).toBe('Takeaways');
    expect(await prose.locator('strong').textContent()).toBe('walrus');
    expect(await prose.locator('em').textContent()).toBe('Dana');
    expect(await prose.getByRole('listitem').count()).toBe(2);
    const out = prose.getByRole('link', { name: 'the report' });
    expect(await out.getAttribute('href')).toBe('https://example.org/walrus');
    expect(await out.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await prose.getByRole('link', { name: 'the session' }).getAttribute('rel')).toBeNull();
    // raw HTML is text, and a javascript: link is no link
    expect(await prose.locator('img').count()).toBe(0);
    // (typographer quotes, as the printed report has them)
    expect(await prose.textContent()).toMatch(/<img src=x onerror=.window\.hacked=1.>/);
    expect(await prose.getByRole('link', { name: 'click' }).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await prose.textContent()).not.toContain('**');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // a link to a page of the site opens in the app
    await prose.getByRole('link', { name: 'the session' }).click();
    await page.waitForURL(/\/speakers\/x$/);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('shows on the session page how the note being written reads, as it is typed', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/sessions/${sessionId}`);
    const box = page.getByLabel('My notes (private)');
    await box.waitFor();
    await page.getByText('How it reads').click();
    const preview = page.locator('.note-preview .note-prose');
    await preview.locator('strong').waitFor();
    expect(await preview.getByRole('heading', { level: 3 }).textContent()).toBe('Takeaways');
    await box.fill('Now with **otters** and `code`');
    await preview.locator('strong', { hasText: 'otters' }).waitFor();
    expect(await preview.locator('code').textContent()).toBe('code');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
