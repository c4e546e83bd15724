import type { Browser } from 'playwright-core';
import request from 'supertest';
import { launchChromium } from './support/browser';
import { type RunningApp, startApp } from './support/start-app';

const LABELS = ['Keynote', 'Plenary', 'Workshop', 'Panel', 'Fringe', 'Social', 'Private'];

interface Row {
  id: string;
  title: string;
  type: string | null;
}

describe('seeded sessions whose source states no type', () => {
  let app: RunningApp;
  let browser: Browser;
  let sessions: Row[];
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const res = await request(app.url)
      .post('/graphql')
      .send({ query: '{ conference(slug: "ncasc-2018") { sessions { id title type } } }' });
    sessions = res.body.data.conference.sessions;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const untyped = () => sessions.filter((s) => s.type === null);

  it('answer type null in GraphQL, and no type filter finds them', async () => {
    expect(untyped().length).toBeGreaterThanOrEqual(5);
    expect(sessions.filter((s) => s.type !== null).length).toBeGreaterThan(10);
    const ids = new Set(untyped().map((s) => s.id));
    for (const type of ['KEYNOTE', 'PLENARY', 'WORKSHOP', 'PANEL', 'FRINGE', 'SOCIAL']) {
      const res = await request(app.url)
        .post('/graphql')
        .send({ query: `{ conference(slug: "ncasc-2018") { sessions(type: ${type}) { id type } } }` });
      const found: { id: string; type: string }[] = res.body.data.conference.sessions;
      expect(found.every((s) => s.type === type && !ids.has(s.id))).toBe(true);
    }
    const workshops = await request(app.url).get('/calendar/conferences/ncasc-2018.ics?type=WORKSHOP');
    expect(workshops.status).toBe(200);
    for (const s of untyped()) expect(workshops.text).not.toContain(s.id);
  });

  it('show no type badge on the agenda, while typed sessions keep theirs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.url}/conferences/ncasc-2018?day=all&view=list`);
    await page.locator('.session-row').first().waitFor();
    for (const s of untyped()) {
      const row = page.locator(`.session-row[data-session-id="${s.id}"]`);
      await row.waitFor();
      expect(await row.locator('.badge').count()).toBe(0);
    }
    const typed = sessions.find((s) => s.type === 'WORKSHOP')!;
    expect(await page.locator(`.session-row[data-session-id="${typed.id}"] .badge-workshop`).count()).toBe(1);
    // the type filter offers only the types the agenda has
    const options = await page.locator('select option').allTextContents();
    expect(options.some((o) => /not stated|null|undefined/i.test(o))).toBe(false);
    await page.close();
  });

  it('have no type category in calendars and an empty type in the frab export', async () => {
    for (const s of untyped()) {
      const ics = await request(app.url).get(`/calendar/sessions/${s.id}.ics`);
      expect(ics.status).toBe(200);
      const categories = /^CATEGORIES:(.*)$/m.exec(ics.text)?.[1] ?? '';
      for (const label of LABELS) expect(categories.split(',')).not.toContain(label);
    }
    const xml = await request(app.url).get('/schedule/ncasc-2018.xml');
    expect(xml.status).toBe(200);
    const event = (id: string) =>
      new RegExp(`<event guid="${id}"[\\s\\S]*?</event>`).exec(xml.text)?.[0] ?? '';
    for (const s of untyped()) expect(event(s.id)).toMatch(/<type(\/>|><\/type>)/);
    const json = await request(app.url).get('/schedule/ncasc-2018.json');
    const events = (
      json.body.schedule.conference.days as { rooms: Record<string, { guid: string; type: string }[]> }[]
    ).flatMap((d) => Object.values(d.rooms).flat());
    for (const s of untyped()) expect(events.find((e) => e.guid === s.id)?.type).toBe('');
  });
});
