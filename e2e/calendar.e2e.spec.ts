import ICAL from 'ical.js';
import request from 'supertest';
import { type RunningApp, startApp, getText, sessionIds as idsOf } from './support/start-app';

/**
 * Calendars (RFC 5545) as calendar apps get them, parsed with an independent parser (ical.js, not the
 * generator). Programme changes an organiser would publish (retime, cancel, revision) are written
 * straight into the app's database.
 */
let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ PUBLIC_URL: 'https://programme.example.org' });
});
afterAll(async () => {
  await app?.stop();
});

interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  start: ICAL.Time;
  end: ICAL.Time | null;
  status: string | null;
  transp: string | null;
  location: string | null;
  description: string;
  url: string | null;
  categories: string[];
  stamp: ICAL.Time;
  lastModified: ICAL.Time | null;
}

function parse(body: string): { cal: ICAL.Component; events: ParsedEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(body));
  const events = cal.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    summary: String(v.getFirstPropertyValue('summary')),
    start: v.getFirstPropertyValue('dtstart') as ICAL.Time,
    end: (v.getFirstPropertyValue('dtend') as ICAL.Time | null) ?? null,
    status: (v.getFirstPropertyValue('status') as string | null) ?? null,
    transp: (v.getFirstPropertyValue('transp') as string | null) ?? null,
    location: (v.getFirstPropertyValue('location') as string | null) ?? null,
    description: String(v.getFirstPropertyValue('description') ?? ''),
    url: (v.getFirstPropertyValue('url') as string | null) ?? null,
    categories: v.getAllProperties('categories').flatMap((p) => p.getValues() as string[]),
    stamp: v.getFirstPropertyValue('dtstamp') as ICAL.Time,
    lastModified: (v.getFirstPropertyValue('last-modified') as ICAL.Time | null) ?? null,
  }));
  return { cal, events };
}

const ics = (path: string, headers: Record<string, string> = {}) => getText(app.url, path, headers);

const sessionIds = (slug: string, day?: string) => idsOf(app.url, slug, day);

describe('calendar files', () => {
  it('serves a session as one event with a stable UID, URL, location, categories and refresh hints', async () => {
    const id = (await sessionIds('ncasc-2018'))[
      'Ofsted: new inspection frameworks for schools and local authorities'
    ];
    const res = await ics(`/calendar/sessions/${id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/filename="session-[0-9a-f]{8}\.ics"/);
    const { cal, events } = parse(res.body);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(
      'Ofsted: new inspection frameworks for schools and local authorities',
    );
    expect(String(cal.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
    expect(cal.getFirstPropertyValue('x-published-ttl')).toBe('PT1H');
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e.uid).toBe(`${id}@conference-programmes`);
    expect(e.url).toBe(`https://programme.example.org/sessions/${id}`);
    expect(e.location).toBe('Manchester');
    // its source states no session type: its themes are its only categories
    expect(e.categories).toEqual(expect.arrayContaining(['Inspection']));
    expect(e.categories).not.toContain('Plenary');
    expect(e.description).toContain('Speakers: Amanda Spielman, Yvette Stanley');
    expect(e.stamp.zone.tzid).toBe('UTC');
    expect(e.lastModified).not.toBeNull();
    // the same request again: the same UID (calendar apps update, never duplicate)
    expect(parse((await ics(`/calendar/sessions/${id}.ics`)).body).events[0].uid).toBe(e.uid);
  });

  it('shows a "Wednesday morning" session as a tentative all-day event that does not block time', async () => {
    const id = (await sessionIds('ncasc-2018'))[
      'Ofsted: new inspection frameworks for schools and local authorities'
    ];
    const [e] = parse((await ics(`/calendar/sessions/${id}.ics`)).body).events;
    expect(e.start.isDate).toBe(true);
    expect(e.start.toString()).toBe('2018-11-14');
    expect(e.summary).toBe('Ofsted: new inspection frameworks for schools and local authorities (morning)');
    expect(e.status).toBe('TENTATIVE');
    expect(e.transp).toBe('TRANSPARENT');
    expect(e.description).toContain('When: Wednesday morning (the programme gives no clock time)');
  });

  it('puts clock times on the right instants either side of the clock change, whatever the server zone', async () => {
    const y2017 = (await sessionIds('ncasc-2017'))["The Children's Commissioner for England"];
    const y2018 = (await sessionIds('ncasc-2018'))['Safeguarding Pressures Phase 6 findings'];
    const retime = (startsAt: string, endsAt: string, id: string) =>
      app.sql(
        "UPDATE sessions SET time_precision = 'EXACT', day_part = NULL, starts_at = ?, ends_at = ? WHERE id = ?",
        [new Date(startsAt), new Date(endsAt), id],
      );
    const restore = (id: string) =>
      app.sql(
        "UPDATE sessions SET time_precision = 'DAY_PART', day_part = 'AFTERNOON', starts_at = NULL, ends_at = NULL WHERE id = ?",
        [id],
      );
    // 14:00–15:00 London on both days: BST (UTC+1) in October 2017, GMT in November 2018
    await retime('2017-10-12T13:00:00Z', '2017-10-12T14:00:00Z', y2017);
    await retime('2018-11-15T14:00:00Z', '2018-11-15T15:00:00Z', y2018);
    try {
      const a = parse((await ics(`/calendar/sessions/${y2017}.ics`)).body).events[0];
      const b = parse((await ics(`/calendar/sessions/${y2018}.ics`)).body).events[0];
      expect(a.start.toJSDate().toISOString()).toBe('2017-10-12T13:00:00.000Z');
      expect(a.end!.toJSDate().toISOString()).toBe('2017-10-12T14:00:00.000Z');
      expect(b.start.toJSDate().toISOString()).toBe('2018-11-15T14:00:00.000Z');
      const london = (t: ICAL.Time) =>
        t
          .toJSDate()
          .toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
      expect([london(a.start), london(b.start)]).toEqual(['14:00', '14:00']);
      expect(a.status).toBe('CONFIRMED');
      expect(a.start.isDate).toBe(false);
      expect(a.summary).toBe("The Children's Commissioner for England");
    } finally {
      await restore(y2017);
      await restore(y2018);
    }
  });

  it('serves a conference, filtered by day, type and theme, and leaves out sessions with no day, saying so', async () => {
    const all = parse((await ics('/calendar/conferences/ncasc-2018.ics')).body).events;
    expect(all.length).toBe(Object.keys(await sessionIds('ncasc-2018')).length);
    const thursday = parse((await ics('/calendar/conferences/ncasc-2018.ics?day=2018-11-15')).body).events;
    expect(thursday.length).toBeGreaterThan(0);
    expect(thursday.every((e) => e.start.toString() === '2018-11-15')).toBe(true);
    const keynotes = parse((await ics('/calendar/conferences/ncasc-2018.ics?type=KEYNOTE')).body).events;
    expect(keynotes.length).toBeGreaterThan(0);
    expect(keynotes.every((e) => e.categories.includes('Keynote'))).toBe(true);
    const send = parse((await ics('/calendar/conferences/ncasc-2018.ics?track=send')).body).events;
    expect(send.map((e) => e.summary)).toEqual([expect.stringMatching(/SEND/)]);

    const { cal, events } = parse((await ics('/calendar/conferences/ncasc-2015.ics')).body);
    expect(events).toHaveLength(0);
    expect(cal.getFirstPropertyValue('x-wr-caldesc')).toMatch(
      /4 sessions have no day in the programme and are not included/,
    );
  });

  it.each([
    ['/calendar/conferences/ncasc-2018.ics?day=2018-02-30', 'day'],
    ['/calendar/conferences/ncasc-2018.ics?type=BANQUET', 'type'],
    ['/calendar/conferences/ncasc-2018.ics?track=../../etc', 'track'],
  ])('refuses %s naming %s', async (path, param) => {
    const res = await ics(path);
    expect(res.status).toBe(400);
    expect(res.body).toMatch(new RegExp(`^${param} `));
  });

  it('keeps a calendar with no events valid RFC 5545: at least one component (a programme with no dates yet)', async () => {
    // ADCS 2022's one session has no day in the sources
    const res = await ics('/calendar/conferences/adcs-2022.ics');
    expect(res.status).toBe(200);
    const { cal, events } = parse(res.body);
    expect(events).toEqual([]);
    expect(cal.name).toBe('vcalendar');
    expect(cal.getAllSubcomponents().length).toBeGreaterThan(0);
    const zone = cal.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('UTC');
    expect(zone?.getFirstSubcomponent('standard')?.getFirstPropertyValue('tzoffsetto')).toBeTruthy();
    expect(res.body).toMatch(/\r\nEND:VTIMEZONE\r\nEND:VCALENDAR(\r\n)?$/);
    const [id] = Object.values(await sessionIds('adcs-2022'));
    const session = parse((await ics(`/calendar/sessions/${id}.ics`)).body);
    expect(session.events).toEqual([]);
    expect(session.cal.getAllSubcomponents().length).toBeGreaterThan(0);
  });

  it('404s unknown sessions, conferences and malformed names', async () => {
    for (const path of [
      '/calendar/sessions/00000000-0000-4000-8000-000000000000.ics',
      '/calendar/sessions/nope.ics',
      '/calendar/conferences/ncasc-1999.ics',
      '/calendar/conferences/ncasc-2018.txt',
    ]) {
      expect((await ics(path)).status).toBe(404);
    }
  });

  it('keeps cancelled sessions as STATUS:CANCELLED and raises SEQUENCE with the revision', async () => {
    const id = (await sessionIds('ncasc-2018'))['Understanding youth outcomes'];
    await app.sql("UPDATE sessions SET status = 'CANCELLED', revision = 2, updated_at = ? WHERE id = ?", [
      new Date('2030-01-01T00:00:00Z'),
      id,
    ]);
    try {
      const e = parse((await ics('/calendar/conferences/ncasc-2018.ics')).body).events.find((x) =>
        x.uid.startsWith(id),
      )!;
      expect(e.status).toBe('CANCELLED');
      expect(e.sequence).toBe(2);
      expect(e.description).toContain('This session is cancelled.');
    } finally {
      await app.sql("UPDATE sessions SET status = 'SCHEDULED', revision = 0 WHERE id = ?", [id]);
    }
  });

  it('answers a poll of an unchanged calendar with 304, by ETag or by date', async () => {
    const first = await ics('/calendar/conferences/ncasc-2017.ics');
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    expect(
      (await ics('/calendar/conferences/ncasc-2017.ics', { 'if-none-match': first.headers.etag })).status,
    ).toBe(304);
    expect(
      (
        await ics('/calendar/conferences/ncasc-2017.ics', {
          'if-modified-since': first.headers['last-modified'],
        })
      ).status,
    ).toBe(304);
    expect((await ics('/calendar/conferences/ncasc-2017.ics', { 'if-none-match': '"stale"' })).status).toBe(
      200,
    );
  });
});

describe('personal calendar feed', () => {
  const SIGN_UP = 'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }';
  const call = async (token: string, query: string, variables?: Record<string, unknown>) =>
    (
      await request(app.url)
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({ query, variables })
    ).body;

  it('lists the starred sessions under the secret URL, follows changes, and dies with rotation', async () => {
    const { data } = (
      await request(app.url)
        .post('/graphql')
        .send({
          query: SIGN_UP,
          variables: { i: { email: 'feed@council.example', password: 'long-enough-pw', name: 'F' } },
        })
    ).body;
    const token = data.signUp.token as string;
    const ids = await sessionIds('ncasc-2018');
    const picks = [ids['Offering support earlier'], ids['Closing plenary: the Mayor of Greater Manchester']];
    for (const id of picks)
      await call(token, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id });
    const url = new URL((await call(token, '{ me { calendarFeedUrl } }')).data.me.calendarFeedUrl as string);
    expect(url.origin).toBe('https://programme.example.org');

    const res = await ics(url.pathname);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    // an unstar changes the feed without leaving a date: only the ETag can say it is unchanged
    expect(res.headers['last-modified']).toBeUndefined();
    await call(token, 'mutation ($id: ID!) { unstarSession(sessionId: $id) { id } }', { id: picks[0] });
    const afterUnstar = await ics(url.pathname, {
      'if-modified-since': new Date(Date.now() + 60_000).toUTCString(),
      'if-none-match': '',
    });
    expect(afterUnstar.status).toBe(200);
    expect(parse(afterUnstar.body).events).toHaveLength(1);
    await call(token, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id: picks[0] });
    const { cal, events } = parse(res.body);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('My conference schedule');
    expect(events.map((e) => e.uid).sort()).toEqual(picks.map((id) => `${id}@conference-programmes`).sort());

    // the organisers cancel one: the feed shows it cancelled, with a higher SEQUENCE, without re-importing
    await app.sql("UPDATE sessions SET status = 'CANCELLED', revision = revision + 1 WHERE id = ?", [
      picks[1],
    ]);
    try {
      const after = parse((await ics(url.pathname, { 'if-none-match': res.headers.etag })).body).events;
      const cancelled = after.find((e) => e.uid.startsWith(picks[1]))!;
      expect(cancelled.status).toBe('CANCELLED');
      expect(cancelled.sequence).toBe(1);
    } finally {
      await app.sql("UPDATE sessions SET status = 'SCHEDULED', revision = 0 WHERE id = ?", [picks[1]]);
    }

    await call(token, 'mutation { rotateCalendarFeed { id } }');
    const old = await ics(url.pathname);
    expect(old.status).toBe(404);
    expect(old.body).toBe('Not found\n');
    const fresh = new URL(
      (await call(token, '{ me { calendarFeedUrl } }')).data.me.calendarFeedUrl as string,
    );
    expect(parse((await ics(fresh.pathname)).body).events).toHaveLength(2);
    expect((await ics('/calendar/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')).status).toBe(404);
  });
});
