import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, seriousAxeViolations, sidewaysOverflow } from './support/browser';
import {
  ROOT,
  type RunningApp,
  callAs,
  gql,
  sessionIds,
  signIn,
  signUp,
  startApp,
} from './support/start-app';

const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
const NCASC = 'National Children and Adult Services Conference 2018';
const ADCS = 'ADCS Annual Conference 2018';
const FIRST = 'Contextual safeguarding across transitions';
const SECOND = 'Performance and quality assurance in social work';
const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
const STAFF = { email: 'staff@ncasc.example', password: 'staff-pass-0001' };
const DELEGATE = { name: 'Ada Access', email: 'ada.access@council.example', password: 'long-enough-pw' };

type Role = 'visitor' | 'delegate' | 'organiser' | 'staff';
const CREDENTIALS: Record<Exclude<Role, 'visitor'>, { email: string; password: string }> = {
  delegate: { email: DELEGATE.email, password: DELEGATE.password },
  organiser: ORGANISER,
  staff: STAFF,
};

interface Screen {
  name: string;
  path: () => string;
  as: Role;
  /** The page's h1; null for the bare not-found page (see below) */
  h1: string | RegExp | null;
  /** The device clock, for "Now and next" */
  clock?: string;
}

const ids: { session: string; speaker: string; roundup: string; draft: string } = {
  session: '',
  speaker: '',
  roundup: '',
  draft: '',
};

/** Every page of the client, as the person who would see it. */
const SCREENS: Screen[] = [
  { name: 'home', path: () => '/', as: 'visitor', h1: 'Conference programmes' },
  { name: 'agenda', path: () => '/conferences/ncasc-2018', as: 'visitor', h1: NCASC },
  {
    name: 'agenda-grid-now-next',
    path: () => '/conferences/adcs-2018?view=grid',
    as: 'delegate',
    h1: ADCS,
    clock: '2018-07-05T09:45:00Z',
  },
  {
    name: 'agenda-filtered',
    path: () => '/conferences/ncasc-2018?theme=safeguarding',
    as: 'visitor',
    h1: NCASC,
  },
  { name: 'session', path: () => `/sessions/${ids.session}`, as: 'delegate', h1: FIRST },
  { name: 'speaker', path: () => `/speakers/${ids.speaker}`, as: 'visitor', h1: 'Yvette Stanley' },
  { name: 'roundups', path: () => '/conferences/ncasc-2018/roundups', as: 'visitor', h1: 'Round-ups' },
  { name: 'roundup', path: () => `/roundups/${ids.roundup}`, as: 'visitor', h1: 'NCASC 2018 Round-up' },
  { name: 'search', path: () => '/search?q=safeguarding', as: 'delegate', h1: 'Search' },
  { name: 'themes', path: () => '/themes', as: 'visitor', h1: 'Themes' },
  { name: 'theme', path: () => '/themes/mental-health', as: 'visitor', h1: 'Mental health' },
  { name: 'sign-in', path: () => '/sign-in', as: 'visitor', h1: 'Sign in' },
  { name: 'sign-up', path: () => '/sign-up', as: 'visitor', h1: 'Create an account' },
  { name: 'schedule', path: () => '/conferences/ncasc-2018/schedule', as: 'delegate', h1: 'My schedule' },
  { name: 'notes', path: () => '/notes', as: 'delegate', h1: 'My notes' },
  {
    name: 'programme-editor',
    path: () => '/conferences/ncasc-2018/edit',
    as: 'organiser',
    h1: 'Edit programme',
  },
  { name: 'now', path: () => '/conferences/adcs-2018/now', as: 'visitor', h1: 'Now and next' },
  { name: 'new-conference', path: () => '/conferences/new', as: 'organiser', h1: 'New conference' },
  {
    name: 'conference-settings',
    path: () => '/conferences/ncasc-2018/settings',
    as: 'organiser',
    h1: 'Conference settings',
  },
  {
    name: 'programme-import',
    path: () => '/conferences/ncasc-2018/import',
    as: 'organiser',
    h1: 'Import a programme',
  },
  { name: 'roundup-editor', path: () => `/roundups/${ids.draft}/edit`, as: 'staff', h1: 'Edit round-up' },
  {
    name: 'roundup-new',
    path: () => '/roundups/new?conference=ncasc-2018',
    as: 'staff',
    h1: 'Write a round-up',
  },
  {
    name: 'roundup-import',
    path: () => '/conferences/ncasc-2018/roundups/import',
    as: 'staff',
    h1: 'Import a post',
  },
  { name: 'conference-not-found', path: () => '/conferences/ncasc-1999', as: 'visitor', h1: 'Not found' },
  { name: 'not-found', path: () => '/no-such-page', as: 'visitor', h1: 'Page not found' },
];

describe('accessibility (WCAG 2.1 AA) in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [app, browser] = await Promise.all([
      startApp({
        ORGANISER_EMAIL: ORGANISER.email,
        ORGANISER_PASSWORD: ORGANISER.password,
        STAFF_EMAIL: STAFF.email,
        STAFF_PASSWORD: STAFF.password,
      }),
      launchChromium(),
    ]);
    // a delegate with a clash and a note; a staff draft; an ADCS day with clock times and rooms
    const delegate = await signUp(app.url, DELEGATE.name);
    const sessions = await sessionIds(app.url, 'ncasc-2018');
    ids.session = sessions[FIRST];
    for (const title of [
      FIRST,
      SECOND,
      'Ofsted: new inspection frameworks for schools and local authorities',
    ]) {
      const r = await callAs(
        app.url,
        delegate,
        'mutation ($id: ID!) { starSession(sessionId: $id) { id } }',
        {
          id: sessions[title],
        },
      );
      expect(r.errors).toBeUndefined();
    }
    const note = await callAs(
      app.url,
      delegate,
      'mutation ($i: SaveNoteInput!) { saveNote(input: $i) { id } }',
      {
        i: { sessionId: ids.session, body: 'Ask about transitions.\n\n- follow up' },
      },
    );
    expect(note.errors).toBeUndefined();
    const staff = await signIn(app.url, STAFF.email, STAFF.password);
    const draft = await callAs(
      app.url,
      staff,
      'mutation ($i: CreateRoundupInput!) { createRoundup(input: $i) { id } }',
      {
        i: {
          conferenceSlug: 'ncasc-2018',
          title: 'Notes from Manchester',
          body: 'Donna Malloy spoke on early help.',
        },
      },
    );
    expect(draft.errors).toBeUndefined();
    ids.draft = draft.data.createRoundup.id;
    const organiser = await signIn(app.url, ORGANISER.email, ORGANISER.password);
    for (const [title, startsAt, endsAt, room] of [
      ['Data for directors', '2018-07-05T09:30:00Z', '2018-07-05T10:30:00Z', 'Main Hall'],
      ['Placements: what works', '2018-07-05T09:30:00Z', '2018-07-05T10:15:00Z', 'Room 2'],
    ]) {
      const r = await callAs(
        app.url,
        organiser,
        'mutation ($i: CreateSessionInput!) { createSession(input: $i) { id } }',
        {
          i: {
            conferenceSlug: 'adcs-2018',
            title,
            type: 'WORKSHOP',
            timePrecision: 'EXACT',
            day: '2018-07-05',
            startsAt,
            endsAt,
            room,
          },
        },
      );
      expect(r.errors).toBeUndefined();
    }
    const published = await callAs(
      app.url,
      organiser,
      'mutation { publishProgramme(conferenceSlug: "adcs-2018", acceptWarnings: true) { number } }',
    );
    expect(published.errors).toBeUndefined();
    const found = await gql<{
      conference: { roundups: { id: string }[]; speakers: { id: string; name: string }[] };
    }>(app.url, '{ conference(slug: "ncasc-2018") { roundups { id } speakers { id name } } }');
    ids.roundup = found.data.conference.roundups[0].id;
    ids.speaker = found.data.conference.speakers.find((s) => s.name === 'Yvette Stanley')!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** A browser context signed in as `as` (through the API: it keeps the session cookie), one per width. */
  async function contextFor(as: Role, width: number): Promise<BrowserContext> {
    const key = `${as}@${width}`;
    let context = contexts.get(key);
    if (!context) {
      context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 } });
      if (as !== 'visitor') {
        const res = await context.request.post(`${app.url}/graphql`, {
          data: {
            query: 'mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }',
            variables: { i: CREDENTIALS[as] },
          },
        });
        expect(`${res.status()} ${await res.text()}`).toMatch(/^200 .*"signIn"/);
      }
      contexts.set(key, context);
    }
    return context;
  }

  async function open(screen: Screen, width: number): Promise<Page> {
    const page = await (await contextFor(screen.as, width)).newPage();
    if (screen.clock) await page.clock.setFixedTime(new Date(screen.clock));
    await page.goto(`${app.url}${screen.path()}`);
    if (screen.h1) await page.getByRole('heading', { level: 1, name: screen.h1 }).waitFor();
    else await page.getByRole('alert').waitFor();
    await page.waitForLoadState('networkidle');
    return page;
  }

  // every page on a phone; on a wide screen, the pages whose layout changes there (the grid, the
  // editors' two columns, the header on one line)
  const WIDE = [
    'home',
    'agenda',
    'agenda-grid-now-next',
    'session',
    'schedule',
    'programme-editor',
    'roundup-editor',
  ];
  describe.each([
    [360, SCREENS],
    [1280, SCREENS.filter((s) => WIDE.includes(s.name))],
  ])('at %i px', (width, screens) => {
    it.each(screens.map((s) => [s.name, s] as const))(
      '%s: no serious or critical axe violation, one h1, landmarks, headings in order, nothing sideways',
      async (_name, screen) => {
        const page = await open(screen, width);
        const failed: string[] = [];
        page.on('pageerror', (e) => failed.push(e.message));
        // what is folded away is part of the page too
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

        expect(await seriousAxeViolations(page)).toEqual([]);
        if (width === 360) {
          expect(await sidewaysOverflow(page)).toBe(0);
          await page.screenshot({ path: join(ARTIFACTS, `a11y-${screen.name}-360.png`), fullPage: true });
        }
        const structure = await page.evaluate(() => {
          const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter(
            (h) => h.getClientRects().length > 0,
          );
          const skips: string[] = [];
          let previous = 0;
          for (const h of headings) {
            const level = Number(h.tagName[1]);
            if (level > previous + 1) skips.push(`h${previous} → ${h.tagName}: ${h.textContent}`);
            previous = level;
          }
          return {
            h1: headings.filter((h) => h.tagName === 'H1').length,
            skips,
            positiveTabIndex: Array.from(document.querySelectorAll('[tabindex]')).filter(
              (e) => (e as HTMLElement).tabIndex > 0,
            ).length,
          };
        });
        expect(structure.skips).toEqual([]);
        expect(structure.positiveTabIndex).toBe(0);
        if (screen.h1) expect(structure.h1).toBe(1);
        for (const landmark of ['banner', 'main', 'contentinfo'] as const)
          expect(await page.getByRole(landmark).count()).toBe(1);
        await expectVisibleSkipLink(page);
        expect(failed).toEqual([]);
        await page.close();
      },
    );
  });

  it.each([
    ['agenda', SCREENS.find((s) => s.name === 'agenda-grid-now-next')!],
    ['session page', SCREENS.find((s) => s.name === 'session')!],
    ['my schedule', SCREENS.find((s) => s.name === 'schedule')!],
    ['programme editor', SCREENS.find((s) => s.name === 'programme-editor')!],
  ])(
    '%s: Tab reaches every control in order with a visible focus ring, and leaves the page (no trap)',
    async (_n, screen) => {
      const page = await open(screen, 1280);
      const tabbable = await tabbableLabels(page);
      // from the top of the page (see the skip link test): the skip link, then on with Tab
      await page.getByRole('link', { name: 'Skip to content' }).focus();
      const stops: string[] = [];
      const labels: string[] = [];
      const unringed: string[] = [];
      for (let i = 0; i < tabbable.length + 5; i++) {
        if (i > 0) await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const ringed =
            el.matches(':focus-visible') &&
            ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
              style.boxShadow !== 'none');
          const path: string[] = [];
          for (let e: Element | null = el; e && e !== document.body; e = e.parentElement)
            path.unshift(`${e.tagName}:${Array.from(e.parentElement?.children ?? []).indexOf(e)}`);
          return {
            id: path.join('/'),
            label: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 40)}`,
            ringed,
          };
        });
        if (!stop) break;
        expect(stops).not.toContain(stop.id);
        stops.push(stop.id);
        labels.push(stop.label);
        if (!stop.ringed) unringed.push(stop.label);
      }
      // every control once, then out of the page: nothing skipped, nothing that holds the focus
      expect(labels).toEqual(tabbable);
      // the skip link was focused by script; every other stop by the keyboard, with its ring
      expect(unringed.filter((l) => !l.includes('Skip to content'))).toEqual([]);
      await page.close();
    },
  );

  it('the skip link comes first, shows when focused, and moves to the content', async () => {
    const page = await open(SCREENS[1], 360);
    expect((await tabbableLabels(page))[0]).toBe('A Skip to content');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect((await skip.boundingBox())!.x).toBeLessThan(0);
    await skip.focus();
    const box = (await skip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // the next Tab goes on from the content, not back to the header
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.close();
  });

  it('works the agenda by keyboard: filters, day tabs and stars', async () => {
    const page = await open(
      SCREENS.find((s) => s.name === 'agenda-grid-now-next')!,
      360,
    );
    // the folded filters open from the keyboard
    await page.locator('.agenda-tools > summary').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Session type').focus();
    await page.keyboard.press('ArrowDown');
    expect(new URL(page.url()).searchParams.get('type')).not.toBeNull();
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).searchParams.get('type')).toBeNull();
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(new URL(page.url()).searchParams.get('day')).toBe('2018-07-06');
    const star = page.getByRole('button', { name: 'Star “Workshop: inspection”' });
    await star.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Starred “Workshop: inspection”' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    await page.close();
  });

  it('respects prefers-reduced-motion: no smooth scrolling and no transitions then', async () => {
    const page = await open(SCREENS[1], 1280);
    const motion = () =>
      page.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        moving: Array.from(document.querySelectorAll('*')).filter((el) => {
          const s = getComputedStyle(el);
          return s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none';
        }).length,
      }));
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await motion()).scroll).toBe('smooth');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion()).toEqual({ scroll: 'auto', moving: 0 });
    await page.close();
  });
});

/** What the keyboard should reach, in document order: visible, enabled, not taken out of the tab order. */
function tabbableLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
    )
      .filter((el) => {
        // folded away: of a closed <details>, only its summary is reachable
        const folded = el.closest('details:not([open])');
        return (
          el.tabIndex >= 0 &&
          !(el as HTMLButtonElement).disabled &&
          el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== 'hidden' &&
          (!folded || (el.tagName === 'SUMMARY' && el.parentElement === folded))
        );
      })
      .map((el) => `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 40)}`),
  );
}

/** The skip link is in the page (first in the tab order, checked above) and its target exists. */
async function expectVisibleSkipLink(page: Page): Promise<void> {
  const target = await page.getByRole('link', { name: 'Skip to content' }).getAttribute('href');
  expect(target).toBe('#main');
  expect(await page.locator('#main').count()).toBe(1);
}
