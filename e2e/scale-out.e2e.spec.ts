import ICAL from 'ical.js';
import request from 'supertest';
import {
  createDatabase,
  ENGINE,
  getText,
  type RunningApp,
  sessionIds,
  startApp,
  type TestDatabase,
} from './support/start-app';

/**
 * Two instances of the app on one PostgreSQL database (one schema), as behind a load balancer: they
 * start together on an empty database, and what is written through one is read through the other — a
 * delegate's schedule and notes, an organiser's published change on the public agenda (past the public
 * response cache), the changelog and the personal calendar feed — and the rate limits hold across both.
 *
 * PostgreSQL only: e2e/jest.config.js leaves this file out of the SQLite run (instances sharing a
 * SQLite file are one host's business; limits.e2e.spec.ts shares one between two instances there).
 */
if (ENGINE !== 'postgres')
  throw new Error('scale-out.e2e.spec.ts runs on PostgreSQL only (TEST_DATABASE=postgres)');

const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
// limits counted in a day's window (fixed windows from midnight UTC): a test's few seconds never
// straddle two windows, as they could a ten-minute one
const ENV = {
  ORGANISER_EMAIL: ORGANISER.email,
  ORGANISER_PASSWORD: ORGANISER.password,
  RATE_LIMIT_SIGN_IN_PAIR: '3/86400',
  RATE_LIMIT_WRITES_USER: '10/86400',
};

let database: TestDatabase;
let a: RunningApp;
let b: RunningApp;
beforeAll(async () => {
  database = await createDatabase();
  // started at the same moment on an empty schema: both migrate, seed and create the organiser at once
  const started = await Promise.allSettled([startApp(ENV, { database }), startApp(ENV, { database })]);
  // keep the one that started (afterAll stops it) when the other did not
  [a, b] = started.map((s) => (s.status === 'fulfilled' ? s.value : undefined!));
  for (const s of started) if (s.status === 'rejected') throw s.reason;
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
  await database?.drop();
});

type Errors = { message: string; extensions?: Record<string, any> }[] | undefined;

async function call(app: RunningApp, token: string | null, query: string, variables?: object) {
  const req = request(app.url).post('/graphql');
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return {
    status: res.status,
    ...(res.body as { data: any; errors: Errors }),
  };
}

let people = 0;
async function delegate(app: RunningApp): Promise<string> {
  const r = await call(app, null, 'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: {
      email: `delegate${++people}@council.example`,
      password: 'long-enough-pw',
      name: `Delegate ${people}`,
    },
  });
  expect(r.errors).toBeUndefined();
  return r.data.signUp.token as string;
}

async function signIn(app: RunningApp, email: string, password: string) {
  return call(app, null, 'mutation ($i: SignInInput!) { signIn(input: $i) { token } }', {
    i: { email, password },
  });
}

describe('two instances started together on one empty database', () => {
  it('both answer, having applied each migration, seeded the programme and made the first organiser once', async () => {
    for (const app of [a, b]) expect((await request(app.url).get('/healthz')).status).toBe(200);
    expect(
      await database.sql('SELECT name FROM typeorm_migrations GROUP BY name HAVING count(*) > 1'),
    ).toEqual([]);
    expect((await database.sql('SELECT name FROM typeorm_migrations')).length).toBeGreaterThanOrEqual(7);
    expect(await database.sql('SELECT count(*) AS n FROM users WHERE email = ?', [ORGANISER.email])).toEqual([
      { n: 1 },
    ]);
    const [{ n: conferences }] = await database.sql<{ n: number }>('SELECT count(*) AS n FROM conferences');
    const listA = (await call(a, null, '{ conferences { slug } }')).data.conferences;
    const listB = (await call(b, null, '{ conferences { slug } }')).data.conferences;
    expect(listA).toHaveLength(conferences);
    expect(listB).toEqual(listA);
    expect(listA.map((c: { slug: string }) => c.slug)).toContain('ncasc-2018');
    for (const app of [a, b]) expect(app.output()).not.toMatch(/error|already exists/i);
    // and the organiser signs in on either
    for (const app of [a, b])
      expect((await signIn(app, ORGANISER.email, ORGANISER.password)).data.signIn.token).toEqual(
        expect.any(String),
      );
  });
});

describe('a delegate moving between the two', () => {
  const SCHEDULE = '{ mySchedule(conferenceSlug: "ncasc-2018") { sessions { id } days { day count } } }';
  const STAR = 'mutation ($id: ID!) { starSession(sessionId: $id) { id starred } }';
  const UNSTAR = 'mutation ($id: ID!) { unstarSession(sessionId: $id) { id starred } }';

  it('sees on one the sessions starred on the other, and the unstar made there', async () => {
    const token = await delegate(a);
    const ids = await sessionIds(a.url, 'ncasc-2018', '2018-11-15');
    const picks = [ids['Offering support earlier'], ids['Contextual safeguarding across transitions']];
    for (const id of picks) expect((await call(a, token, STAR, { id })).data.starSession.starred).toBe(true);
    const onB = (await call(b, token, SCHEDULE)).data.mySchedule;
    expect(onB.sessions.map((s: { id: string }) => s.id).sort()).toEqual([...picks].sort());
    expect(onB.days).toEqual([{ day: '2018-11-15', count: 2 }]);
    expect((await call(b, token, UNSTAR, { id: picks[0] })).data.unstarSession.starred).toBe(false);
    expect((await call(a, token, SCHEDULE)).data.mySchedule.sessions).toEqual([{ id: picks[1] }]);
    expect(
      (await call(a, token, 'query ($id: ID!) { session(id: $id) { starred } }', { id: picks[0] })).data
        .session.starred,
    ).toBe(false);
  });

  it('reads on one the note saved on the other, and a save from a stale copy is a CONFLICT that changes nothing', async () => {
    const token = await delegate(a);
    const sessionId = Object.values(await sessionIds(a.url, 'ncasc-2018'))[2];
    const SAVE = 'mutation ($i: SaveNoteInput!) { saveNote(input: $i) { body updatedAt } }';
    const NOTE = 'query ($id: ID!) { session(id: $id) { myNote { body updatedAt } } }';

    const first = (await call(a, token, SAVE, { i: { sessionId, body: 'Written on A' } })).data.saveNote;
    const readOnB = (await call(b, token, NOTE, { id: sessionId })).data.session.myNote;
    expect(readOnB).toEqual(first);
    expect((await call(b, token, '{ myNotes { body } }')).data.myNotes).toEqual([{ body: 'Written on A' }]);

    // A edits again from the version it had; B, still holding that first version, then saves from it
    const second = (
      await call(a, token, SAVE, { i: { sessionId, body: 'Edited on A', baseUpdatedAt: first.updatedAt } })
    ).data.saveNote;
    expect(second.body).toBe('Edited on A');
    const stale = await call(b, token, SAVE, {
      i: { sessionId, body: 'Edited on B from the old copy', baseUpdatedAt: readOnB.updatedAt },
    });
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentBody: 'Edited on A',
      currentUpdatedAt: second.updatedAt,
    });
    expect((await call(a, token, NOTE, { id: sessionId })).data.session.myNote).toEqual(second);

    // from the version the conflict handed back, B's save goes through, and A reads it
    const merged = await call(b, token, SAVE, {
      i: { sessionId, body: 'Merged on B', baseUpdatedAt: stale.errors?.[0].extensions?.currentUpdatedAt },
    });
    expect(merged.errors).toBeUndefined();
    expect((await call(a, token, NOTE, { id: sessionId })).data.session.myNote.body).toBe('Merged on B');
  });
});

describe('an organiser publishing on one instance', () => {
  const AGENDA = '{ conference(slug: "ncasc-2018") { sessions { id title when room { name } } } }';
  const CHANGELOG =
    '{ conference(slug: "ncasc-2018") { programmeVersions { number note changes { kind session { id } before after } } } }';

  async function feedEvent(
    app: RunningApp,
    path: string,
    sessionId: string,
    headers: Record<string, string> = {},
  ) {
    const res = await getText(app.url, path, headers);
    expect(res.status).toBe(200);
    const v = new ICAL.Component(ICAL.parse(res.body))
      .getAllSubcomponents('vevent')
      .find((e) => String(e.getFirstPropertyValue('uid')).startsWith(sessionId))!;
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      etag: res.headers.etag,
      start: start.isDate ? start.toString() : start.toJSDate().toISOString(),
      sequence: Number(v.getFirstPropertyValue('sequence')),
      location: v.getFirstPropertyValue('location'),
    };
  }

  it('changes what the other serves at once: the public agenda (cached there before), the changelog and a delegate’s feed', async () => {
    const id = (await sessionIds(a.url, 'ncasc-2018'))['Offering support earlier'];
    const MOVED = 'Friday 16 November 2018, 10:00–11:00 GMT';

    // a delegate stars it on A; their feed, read on B, has it on Thursday
    const token = await delegate(a);
    await call(a, token, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id });
    const feed = new URL((await call(a, token, '{ me { calendarFeedUrl } }')).data.me.calendarFeedUrl)
      .pathname;
    const before = await feedEvent(b, feed, id);
    expect(before.start).toBe('2018-11-15');

    // anonymous visitors read the agenda, the changelog and the conference calendar on B
    const agendaBefore = await call(b, null, AGENDA);
    const oldSession = agendaBefore.data.conference.sessions.find((s: { id: string }) => s.id === id);
    expect(oldSession.when).not.toContain('Friday');
    const versionsBefore = (await call(b, null, CHANGELOG)).data.conference.programmeVersions;
    const conferenceCalendar = '/calendar/conferences/ncasc-2018.ics';
    expect((await feedEvent(b, conferenceCalendar, id)).start).toBe('2018-11-15');

    // B now answers that agenda from its memory, keyed by the public data version in the database: a
    // row changed behind its back with the version put back is not seen (so the check after the publish
    // below is of a kept answer, not of a fresh query)
    const [{ version }] = await database.sql<{ version: number }>(
      "SELECT version FROM data_versions WHERE name = 'public'",
    );
    const behindItsBack = async (title: string) => {
      await database.sql('UPDATE sessions SET title = ? WHERE id = ?', [title, id]);
      await database.sql("UPDATE data_versions SET version = ? WHERE name = 'public'", [version]);
    };
    await behindItsBack('Changed behind its back');
    try {
      expect((await call(b, null, AGENDA)).data).toEqual(agendaBefore.data);
    } finally {
      await behindItsBack(oldSession.title);
    }

    // the organiser moves it and publishes, on A
    const org = (await signIn(a, ORGANISER.email, ORGANISER.password)).data.signIn.token as string;
    const edit = await call(
      a,
      org,
      'mutation ($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { when } }',
      {
        id,
        i: {
          timePrecision: 'EXACT',
          startsAt: '2018-11-16T10:00:00.000Z',
          endsAt: '2018-11-16T11:00:00.000Z',
          room: 'Charter Room',
        },
      },
    );
    expect(edit.errors).toBeUndefined();
    const published = await call(
      a,
      org,
      'mutation ($slug: String!, $note: String) { publishProgramme(conferenceSlug: $slug, note: $note) { number } }',
      { slug: 'ncasc-2018', note: 'Moved to Friday' },
    );
    expect(published.errors).toBeUndefined();
    const number = published.data.publishProgramme.number as number;

    // B, asked at once and anonymously, answers with the change: the publish raised the version
    const agendaAfter = await call(b, null, AGENDA);
    expect(agendaAfter.data.conference.sessions.find((s: { id: string }) => s.id === id)).toEqual({
      id,
      title: 'Offering support earlier',
      when: MOVED,
      room: { name: 'Charter Room' },
    });
    expect((await feedEvent(b, conferenceCalendar, id)).start).toBe('2018-11-16T10:00:00.000Z');

    const versions = (await call(b, null, CHANGELOG)).data.conference.programmeVersions;
    expect(versions).toHaveLength(versionsBefore.length + 1);
    expect(versions[0]).toEqual({
      number,
      note: 'Moved to Friday',
      changes: [
        { kind: 'MOVED', session: { id }, before: expect.any(String), after: `${MOVED}, Charter Room` },
      ],
    });

    // the delegate's calendar app polls the feed on B with its last ETag: the moved event, a new SEQUENCE
    const after = await feedEvent(b, feed, id, { 'if-none-match': before.etag });
    expect(after.start).toBe('2018-11-16T10:00:00.000Z');
    expect(after.location).toMatch(/Charter Room/);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.etag).not.toBe(before.etag);
    expect((await feedEvent(a, feed, id)).start).toBe(after.start);
  });
});

describe('rate limits across the two instances', () => {
  it('counts a user’s writes on either against one limit, and refuses past it on both', async () => {
    const token = await delegate(b);
    const [id] = Object.values(await sessionIds(a.url, 'ncasc-2017'));
    const star = 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }';
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await call(i % 2 ? b : a, token, star, { id })).status);
    expect(statuses).toEqual(Array(10).fill(200));
    for (const app of [a, b]) {
      const refused = await call(app, token, star, { id });
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it('counts failed sign-ins for one account on either against one limit, even with the right password next', async () => {
    await call(a, null, 'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { email: 'guessed.at@council.example', password: 'long-enough-pw', name: 'Guessed At' },
    });
    for (const app of [a, b, a])
      expect(
        (await signIn(app, 'guessed.at@council.example', 'wrong-password-1')).errors?.[0].extensions?.code,
      ).toBe('UNAUTHENTICATED');
    for (const app of [b, a])
      expect(
        (await signIn(app, 'guessed.at@council.example', 'long-enough-pw')).errors?.[0].extensions?.code,
      ).toBe('TOO_MANY_REQUESTS');
  });
});
