import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, sidewaysOverflow } from './support/browser';
import { ROOT, type RunningApp, callAs, gql, sessionIds, signIn, startApp } from './support/start-app';

/**
 * Offline first, on a 360 px phone in Chromium: the service worker serves the app shell, IndexedDB the
 * programme and the delegate's own pages, notes written offline reach the server once when the
 * connection returns (or ask which version to keep), and an open page notices a new programme version.
 */
const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
const CONFERENCE = 'National Children and Adult Services Conference 2018';
const FIRST = 'Contextual safeguarding across transitions';
const SECOND = 'Performance and quality assurance in social work';
const OFSTED = 'Ofsted: new inspection frameworks for schools and local authorities';
const SPEAKER = 'Amanda Spielman';
const ORGANISER = { email: 'organiser@offline.example', password: 'organiser-pass-1' };
const PHONE = { width: 360, height: 740 };
const ZONE = 'Europe/London';

describe('offline first, in Chromium at 360 px', () => {
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

  it('opens the agenda, a session, a speaker and My schedule offline, and saves a note written offline once', async () => {
    const context = await browser.newContext({ viewport: PHONE, timezoneId: ZONE });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const saves = countSaves(page);

    // sign up through the form, coming back to the agenda
    await page.goto(`${app.url}/conferences/ncasc-2018`);
    await page.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();
    await page.getByRole('link', { name: 'Create account' }).click();
    await page.getByLabel('Your name').fill('Olive Offline');
    await page.getByLabel('Email address').fill('olive@council.example');
    await page.getByLabel('Password').fill('a-long-password-1');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();
    await controlledByServiceWorker(page);
    const from = Date.now();

    // the pages a delegate opens before the Wi-Fi goes: the agenda (a star), a session, a speaker, My schedule
    await page.getByRole('button', { name: `Star “${FIRST}”` }).click();
    await visible(page.getByRole('button', { name: `Starred “${FIRST}”` }));
    await page.getByRole('link', { name: OFSTED, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: OFSTED }).waitFor();
    const sessionUrl = page.url();
    await page.getByRole('link', { name: SPEAKER }).click();
    await page.getByRole('heading', { level: 1, name: SPEAKER }).waitFor();
    const speakerUrl = page.url();
    await page.goto(`${app.url}/conferences/ncasc-2018/schedule`);
    await page.getByRole('heading', { level: 1, name: 'My schedule' }).waitFor();
    await visible(page.getByRole('link', { name: FIRST, exact: true }));
    // kept on this device for Olive (not only the copies kept before she signed up): each answer, and
    // the whole programme once (SECOND's page was never opened)
    const second = (await sessionIds(app.url, 'ncasc-2018'))[SECOND];
    await eventually(
      () => keptAnswers(page, 'user'),
      (kept) =>
        ['Agenda', 'Session', 'Speaker', 'MySchedule', 'Me'].every((op) =>
          kept.some((k) => k.startsWith(`${op} `)),
        ) && kept.includes(`Session ${JSON.stringify({ id: second })}`),
    );
    const until = Date.now();

    // the Wi-Fi goes
    await context.setOffline(true);
    const banner = page.getByRole('status').filter({ hasText: /^Offline — showing the programme as of/ });
    const pages: [string, string, (p: Page) => Locator][] = [
      [
        'agenda',
        `${app.url}/conferences/ncasc-2018`,
        (p) => p.getByRole('heading', { level: 1, name: CONFERENCE }),
      ],
      ['session', sessionUrl, (p) => p.getByRole('heading', { level: 1, name: OFSTED })],
      ['speaker', speakerUrl, (p) => p.getByRole('heading', { level: 1, name: SPEAKER })],
      [
        'schedule',
        `${app.url}/conferences/ncasc-2018/schedule`,
        (p) => p.getByRole('heading', { level: 2, name: /— 1 starred$/ }),
      ],
    ];
    for (const [name, url, heading] of pages) {
      await page.goto(url);
      await visible(heading(page));
      await visible(banner);
      expect(minutesBetween(from, until)).toContain(asOfMinute(await banner.textContent()));
      await page.screenshot({ path: join(ARTIFACTS, `offline-${name}.png`), fullPage: true });
    }
    // their content, not only their headings
    await page.goto(`${app.url}/conferences/ncasc-2018`);
    await visible(page.getByRole('button', { name: `Starred “${FIRST}”` }));
    await visible(page.getByRole('link', { name: SECOND, exact: true }));
    await page.goto(`${app.url}/conferences/ncasc-2018/schedule`);
    await visible(page.getByRole('link', { name: FIRST, exact: true }));
    expect(await page.getByRole('link', { name: SECOND, exact: true }).count()).toBe(0);
    // a session never opened: kept with the whole programme when the agenda was opened
    await page.goto(`${app.url}/conferences/ncasc-2018`);
    await page.getByRole('link', { name: SECOND, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: SECOND }));
    await visible(banner);
    // the banner is one status region, said once: not repeated inside the page
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Offline/ })
        .count(),
    ).toBe(1);

    // a note written offline: kept on this device, through a reload
    await page.goto(sessionUrl);
    await page.getByRole('heading', { level: 1, name: OFSTED }).waitFor();
    const note = page.getByLabel('My notes (private)');
    const status = page.locator('.save-status');
    await note.click();
    await note.pressSequentially('Ask about transitions at 18.', { delay: 5 });
    await visible(status.filter({ hasText: 'Not saved yet — offline' }));
    await page.screenshot({ path: join(ARTIFACTS, 'offline-note.png'), fullPage: true });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: OFSTED }).waitFor();
    await visible(note);
    expect(await note.inputValue()).toBe('Ask about transitions at 18.');
    // more, still offline: the latest text is the one to arrive
    await note.press('End');
    await note.pressSequentially(' Follow up with the lead.', { delay: 5 });
    await visible(status.filter({ hasText: 'Not saved yet — offline' }));
    const latest = 'Ask about transitions at 18. Follow up with the lead.';
    expect(saves.reached).toEqual([]);

    // the Wi-Fi comes back: sent by itself, once, with the latest text
    await context.setOffline(false);
    await visible(status.filter({ hasText: /Saved at \d\d:\d\d/ }));
    await eventually(
      () => banner.count(),
      (n) => n === 0,
    );
    await page.waitForTimeout(1500); // nothing else on its way
    expect(saves.reached).toEqual([latest]);
    const mine = await context.request.post(`${app.url}/graphql`, {
      data: { query: '{ myNotes { body session { title } } }' },
    });
    expect((await mine.json()).data.myNotes).toEqual([{ body: latest, session: { title: OFSTED } }]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: OFSTED }).waitFor();
    expect(await note.inputValue()).toBe(latest);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows both versions when the note changed on another device meanwhile, and keeps the one chosen', async () => {
    const email = 'cara@council.example';
    const password = 'a-long-password-2';
    const created = await gql(app.url, 'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { email, password, name: 'Cara Conflict' },
    });
    expect(created.errors).toBeUndefined();
    const [phone, laptop] = await Promise.all([
      signedInContext(browser, app.url, email, password),
      signedInContext(browser, app.url, email, password),
    ]);
    const onPhone = await phone.newPage();
    const onLaptop = await laptop.newPage();
    const phoneErrors = collectErrors(onPhone);
    const laptopErrors = collectErrors(onLaptop);
    const sessionId = (await sessionIds(app.url, 'ncasc-2018'))[FIRST];
    const url = `${app.url}/sessions/${sessionId}`;

    // the phone writes a first line, online
    await onPhone.goto(url);
    await onPhone.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    await controlledByServiceWorker(onPhone);
    const phoneNote = onPhone.getByLabel('My notes (private)');
    const phoneStatus = onPhone.locator('.save-status');
    await phoneNote.fill('Pilot agreed for Q1.');
    await visible(phoneStatus.filter({ hasText: /Saved at \d\d:\d\d/ }));

    // the phone loses the Wi-Fi and writes on
    await phone.setOffline(true);
    await phoneNote.fill('Pilot agreed for Q1. Phone: ask about the funding.');
    await visible(phoneStatus.filter({ hasText: 'Not saved yet — offline' }));

    // meanwhile the laptop, online, changes the same note
    await onLaptop.goto(url);
    await onLaptop.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    const laptopNote = onLaptop.getByLabel('My notes (private)');
    await eventually(
      () => laptopNote.inputValue(),
      (v) => v === 'Pilot agreed for Q1.',
    );
    await laptopNote.fill('Pilot agreed for Q1. Laptop: budget confirmed.');
    await visible(onLaptop.locator('.save-status').filter({ hasText: /Saved at \d\d:\d\d/ }));

    // the phone comes back: its text is not sent over the laptop's, the user sees both and chooses
    await phone.setOffline(false);
    const panel = onPhone.getByRole('region', { name: 'Changed on another device' });
    await visible(panel);
    await visible(phoneStatus.filter({ hasText: 'changed on another device' }));
    expect(
      await panel.locator('figure').filter({ hasText: 'This device' }).locator('pre').textContent(),
    ).toBe('Pilot agreed for Q1. Phone: ask about the funding.');
    expect(
      await panel.locator('figure').filter({ hasText: 'Other device' }).locator('pre').textContent(),
    ).toBe('Pilot agreed for Q1. Laptop: budget confirmed.');
    expect(await readNote(laptop, app.url, sessionId)).toBe('Pilot agreed for Q1. Laptop: budget confirmed.');
    expect(await sidewaysOverflow(onPhone)).toBe(0);
    await onPhone.screenshot({ path: join(ARTIFACTS, 'offline-conflict.png'), fullPage: true });

    await panel.getByRole('button', { name: 'Keep this device’s' }).click();
    await visible(phoneStatus.filter({ hasText: /Saved at \d\d:\d\d/ }));
    expect(await panel.count()).toBe(0);
    expect(await phoneNote.inputValue()).toBe('Pilot agreed for Q1. Phone: ask about the funding.');
    expect(await readNote(laptop, app.url, sessionId)).toBe(
      'Pilot agreed for Q1. Phone: ask about the funding.',
    );
    // the laptop, opened again, has the chosen text
    await onLaptop.reload();
    await onLaptop.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    await eventually(
      () => laptopNote.inputValue(),
      (v) => v === 'Pilot agreed for Q1. Phone: ask about the funding.',
    );

    expect([...phoneErrors, ...laptopErrors]).toEqual([]);
    await Promise.all([phone.close(), laptop.close()]);
  });

  it('tells an open page that a new programme version is out, without a reload, and takes it to what changed', async () => {
    const context = await browser.newContext({ viewport: PHONE, timezoneId: ZONE });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${app.url}/conferences/ncasc-2018`);
    await page.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();
    // the version this page shows is noted
    await eventually(
      () => page.evaluate(() => localStorage.getItem('ncasc.programme-seen')),
      (v) => /ncasc-2018/.test(v ?? ''),
    );
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const notice = page.getByRole('link', { name: 'Programme updated — see what changed' });
    expect(await notice.count()).toBe(0);

    // an organiser renames a session and publishes
    const organiser = await signIn(app.url, ORGANISER.email, ORGANISER.password);
    const id = (await sessionIds(app.url, 'ncasc-2018'))[SECOND];
    const renamed = 'Performance and quality assurance in social work (now with Ofsted)';
    const updated = await callAs(
      app.url,
      organiser,
      'mutation ($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id } }',
      { id, i: { title: renamed } },
    );
    expect(updated.errors).toBeUndefined();
    const published = await callAs(
      app.url,
      organiser,
      'mutation ($slug: String!, $note: String) { publishProgramme(conferenceSlug: $slug, note: $note, acceptWarnings: true) { number } }',
      { slug: 'ncasc-2018', note: 'Ofsted joins the session' },
    );
    expect(published.data.publishProgramme.number).toBe(2);

    // the reader comes back to the page: the notice, the programme refreshed, no reload
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await visible(notice);
    expect(await page.getByRole('status').filter({ has: notice }).count()).toBe(1);
    await visible(page.getByRole('link', { name: renamed, exact: true }));
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'offline-programme-updated.png'), fullPage: true });

    // to what changed: the new version at the top, open
    await notice.click();
    const whatChanged = page.locator('details.what-changed');
    await eventually(
      () => whatChanged.evaluate((d) => (d as HTMLDetailsElement).open),
      (open) => open,
    );
    await visible(
      whatChanged
        .locator('.versions h3')
        .first()
        .filter({ hasText: /^Version 2 · .* · Ofsted joins the session$/ }),
    );
    expect(await notice.count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'offline-what-changed.png'), fullPage: true });
    // not news again
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(500);
    expect(await notice.count()).toBe(0);

    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Uncaught errors in the page. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The note bodies of the SaveNote requests that reached the server (an answer came back). */
function countSaves(page: Page): { reached: string[] } {
  const saves = { reached: [] as string[] };
  page.on('requestfinished', (request) => {
    const body = request.postData();
    if (!body || !/^\s*mutation SaveNote\b/.test(String(JSON.parse(body).query))) return;
    saves.reached.push(JSON.parse(body).variables.input.body as string);
  });
  return saves;
}

async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10000 });
}

/** The page is served by the service worker from now on (offline too). */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
}

/**
 * The answers this device keeps (IndexedDB) as "Operation {variables}", once the app has made its store:
 * those given to a signed-in user, or to no one.
 */
async function keptAnswers(page: Page, given: 'user' | 'anonymous'): Promise<string[]> {
  return page.evaluate(async (given) => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'ncasc-offline')) return [];
    return new Promise<string[]>((resolve) => {
      const open = indexedDB.open('ncasc-offline');
      open.onerror = () => resolve([]);
      open.onsuccess = () => {
        const db = open.result;
        const all = db.transaction('queries').objectStore('queries').getAll();
        all.onsuccess = () => {
          resolve(
            (all.result as { scope: string; operation: string; variables: string }[])
              .filter((e) => e.scope.startsWith('user:') === (given === 'user'))
              .map((e) => `${e.operation} ${e.variables}`),
          );
          db.close();
        };
      };
    });
  }, given);
}

/** A context signed in as this user (its session cookie), as a device of theirs would be. */
async function signedInContext(
  browser: Browser,
  url: string,
  email: string,
  password: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE, timezoneId: ZONE });
  const res = await context.request.post(`${url}/graphql`, {
    data: {
      query: 'mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }',
      variables: { i: { email, password } },
    },
  });
  expect(res.ok()).toBe(true);
  return context;
}

/** The user's note on a session as the server has it, asked with this context's cookie. */
async function readNote(context: BrowserContext, url: string, sessionId: string): Promise<string | null> {
  const res = await context.request.post(`${url}/graphql`, {
    data: {
      query: 'query ($id: ID!) { session(id: $id) { myNote { body } } }',
      variables: { id: sessionId },
    },
  });
  const body = (await res.json()) as { data: { session: { myNote: { body: string } | null } } };
  return body.data.session.myNote?.body ?? null;
}

/** Waits until `read` answers something `ok` accepts (10 s), and answers it. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 10000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** "HH:MM" of a banner. */
function asOfMinute(text: string | null): string {
  const m = /as of (\d\d:\d\d)$/.exec(text ?? '');
  if (!m) throw new Error(`no time in “${text}”`);
  return m[1];
}

/** Every HH:MM (London) from one instant to another. */
function minutesBetween(from: number, until: number): string[] {
  const out = new Set<string>();
  const fmt = (t: number) =>
    new Date(t).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
  for (let t = from - 60_000; t <= until + 60_000; t += 30_000) out.add(fmt(t));
  return [...out];
}
