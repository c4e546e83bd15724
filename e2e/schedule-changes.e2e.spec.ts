import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, seriousAxeViolations, signedInContext } from './support/browser';
import { ROOT, callAs, type RunningApp, sessionIds, signIn, signUp, startApp } from './support/start-app';

/** My schedule's "changed since you last looked": a delegate's starred sessions across published versions. */
const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ ORGANISER_EMAIL: ORGANISER.email, ORGANISER_PASSWORD: ORGANISER.password });
});
afterAll(() => app?.stop());

const STAR = 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }';
const UPDATE = `mutation ($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id } }`;
const PUBLISH = `mutation ($slug: String!) { publishProgramme(conferenceSlug: $slug, acceptWarnings: true) { number } }`;
const CHANGES = `query ($slug: String!) { myScheduleChanges(conferenceSlug: $slug) {
  seenVersion latestVersion versions { number changes { kind session { id title } before after } } } }`;
const SEEN = `mutation ($slug: String!, $v: Int) { markScheduleChangesSeen(conferenceSlug: $slug, upToVersion: $v) {
  seenVersion versions { number } } }`;

interface Changes {
  seenVersion: number | null;
  latestVersion: number | null;
  versions: {
    number: number;
    changes: { kind: string; session: { id: string; title: string }; after: string }[];
  }[];
}
const changesOf = async (token: string | null, slug = 'ncasc-2018') => {
  const r = await callAs(app.url, token, CHANGES, { slug });
  expect(r.errors).toBeUndefined();
  return r.data.myScheduleChanges as Changes;
};

describe('what changed in my starred sessions', () => {
  it('lists an organiser’s move and retitling of my stars per version, only mine, until I mark them seen', async () => {
    const org = await signIn(app.url, ORGANISER.email, ORGANISER.password);
    const ids = Object.values(await sessionIds(app.url, 'ncasc-2018'));
    const [mine, retitled, theirs] = ids;
    const dana = await signUp(app.url, 'Dana Schedule');
    const eve = await signUp(app.url, 'Eve Elsewhere');
    for (const id of [mine, retitled])
      expect((await callAs(app.url, dana, STAR, { id })).errors).toBeUndefined();
    await callAs(app.url, eve, STAR, { id: theirs });

    expect((await changesOf(dana)).versions).toEqual([]);

    const moved = await callAs(app.url, org, UPDATE, { id: mine, i: { room: 'Charter Room' } });
    expect(moved.errors).toBeUndefined();
    await callAs(app.url, org, UPDATE, { id: retitled, i: { title: 'A retitled session' } });
    await callAs(app.url, org, UPDATE, { id: theirs, i: { room: 'Exchange Hall' } });
    const published = await callAs(app.url, org, PUBLISH, { slug: 'ncasc-2018' });
    expect(published.errors).toBeUndefined();
    const number = published.data.publishProgramme.number as number;

    const listed = await changesOf(dana);
    expect(listed.latestVersion).toBe(number);
    expect(listed.versions).toHaveLength(1);
    expect(listed.versions[0].number).toBe(number);
    const byId = new Map(listed.versions[0].changes.map((c) => [c.session.id, c]));
    expect([...byId.keys()].sort()).toEqual([mine, retitled].sort());
    expect(byId.get(mine)).toMatchObject({ kind: 'MOVED' });
    expect(byId.get(mine)!.after).toMatch(/Charter Room/);
    expect(byId.get(retitled)).toMatchObject({ kind: 'UPDATED', session: { title: 'A retitled session' } });

    // the other delegate sees the move of their own star, not Dana's
    const eves = await changesOf(eve);
    expect(eves.versions.flatMap((v) => v.changes.map((c) => c.session.id))).toEqual([theirs]);

    const seen = await callAs(app.url, dana, SEEN, { slug: 'ncasc-2018' });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.markScheduleChangesSeen).toEqual({ seenVersion: number, versions: [] });
    expect(await changesOf(dana)).toMatchObject({ seenVersion: number, versions: [] });
    // Eve has not looked yet: hers are still there
    expect((await changesOf(eve)).versions).toHaveLength(1);

    // a later change shows again, and only it
    await callAs(app.url, org, UPDATE, { id: mine, i: { status: 'CANCELLED' } });
    const next = (await callAs(app.url, org, PUBLISH, { slug: 'ncasc-2018' })).data.publishProgramme.number;
    const after = await changesOf(dana);
    expect(after.versions.map((v) => [v.number, v.changes.map((c) => c.kind)])).toEqual([
      [next, ['CANCELLED']],
    ]);
  });

  it('asks who you are, refuses a bad version, and answers null for an unknown conference', async () => {
    const anonymous = await callAs(app.url, null, CHANGES, { slug: 'ncasc-2018' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.myScheduleChanges ?? null).toBeNull();
    const seenAnonymously = await callAs(app.url, null, SEEN, { slug: 'ncasc-2018' });
    expect(seenAnonymously.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const fay = await signUp(app.url, 'Fay Fields');
    const bad = await callAs(app.url, fay, SEEN, { slug: 'ncasc-2018', v: 0 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'upToVersion' });
    expect((await changesOf(fay)).seenVersion).toBeNull();
    expect((await callAs(app.url, fay, CHANGES, { slug: 'ncasc-1999' })).data.myScheduleChanges).toBeNull();
    const unknown = await callAs(app.url, fay, SEEN, { slug: 'ncasc-1999' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'conferenceSlug' });
  });
});

describe('My schedule’s changes in Chromium', () => {
  it('lists the move of a starred session on My schedule, linked to it, until the delegate marks it seen', async () => {
    const org = await signIn(app.url, ORGANISER.email, ORGANISER.password);
    const ids = await sessionIds(app.url, 'ncasc-2017');
    const [title, id] = Object.entries(ids)[0];
    const gus = await signUp(app.url, 'Gus Browser');
    expect((await callAs(app.url, gus, STAR, { id })).errors).toBeUndefined();

    const browser = await launchChromium();
    try {
      const context = await signedInContext(
        browser,
        app.url,
        { email: 'gus.browser@council.example', password: 'long-enough-pw' },
        { width: 390, height: 844 },
      );
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('pageerror', (e) => failed.push(e.message));
      // a first look at the programme as it is, then the organisers move the session and publish
      await page.goto(`${app.url}/conferences/ncasc-2017/schedule`);
      await page.getByRole('heading', { level: 1, name: 'My schedule' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect((await callAs(app.url, org, UPDATE, { id, i: { room: 'Purbeck Hall' } })).errors).toBeUndefined();
      expect((await callAs(app.url, org, PUBLISH, { slug: 'ncasc-2017' })).errors).toBeUndefined();
      await page.goto(`${app.url}/conferences/ncasc-2017/schedule`);
      const banner = page.getByRole('link', { name: 'Programme updated — see what changed' });
      await banner.waitFor({ state: 'visible', timeout: 10000 });
      const box = page.getByRole('region', { name: /Changed since you last looked/ });
      await box.waitFor({ state: 'visible', timeout: 10000 });
      const line = box.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
      expect(await line.getAttribute('data-kind')).toBe('MOVED');
      expect(await line.textContent()).toMatch(/^Moved: .* — .*no room given → .*Purbeck Hall$/);
      expect(await seriousAxeViolations(page)).toEqual([]);
      mkdirSync(join(ROOT, 'e2e', 'artifacts'), { recursive: true });
      await page.screenshot({
        path: join(ROOT, 'e2e', 'artifacts', 'schedule-changes-390.png'),
        fullPage: true,
      });

      await box.getByRole('button', { name: 'Mark as seen' }).click();
      await box.waitFor({ state: 'detached', timeout: 10000 });
      await page.getByRole('status').filter({ hasText: 'Marked as seen.' }).waitFor();
      // the banner saying the same goes with it
      expect(await banner.count()).toBe(0);
      // and it stays seen on the next visit
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'My schedule' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await box.count()).toBe(0);
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
