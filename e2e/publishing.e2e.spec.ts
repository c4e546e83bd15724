import ICAL from 'ical.js';
import request from 'supertest';
import { getText, gql, type RunningApp, sessionIds as idsOf, startApp } from './support/start-app';

/** Organisers edit a draft, publish numbered versions, and delegates' calendars follow by themselves. */
const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ ORGANISER_EMAIL: ORGANISER.email, ORGANISER_PASSWORD: ORGANISER.password });
});
afterAll(() => app?.stop());

async function call(token: string | null, query: string, variables?: Record<string, unknown>) {
  const req = request(app.url).post('/graphql');
  if (token) req.set('authorization', `Bearer ${token}`);
  return (await req.send({ query, variables })).body as {
    data: any;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}
async function signIn(email: string, password: string) {
  return (
    await call(null, 'mutation ($i: SignInInput!) { signIn(input: $i) { token } }', {
      i: { email, password },
    })
  ).data.signIn.token as string;
}
async function delegate(name: string) {
  const r = await call(null, 'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: { email: `${name}@council.example`, password: 'long-enough-pw', name },
  });
  return r.data.signUp.token as string;
}

const CREATE = `mutation ($i: CreateSessionInput!) { createSession(input: $i) { id title when room isNew speakers { name role } } }`;
const UPDATE = `mutation ($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id when room status } }`;
const PUBLISH = `mutation ($slug: String!, $note: String, $accept: Boolean) {
  publishProgramme(conferenceSlug: $slug, note: $note, acceptWarnings: $accept) { number note publishedAt changes { kind session { id title } before after } } }`;
const DRAFT = `query ($slug: String!) { draftProgramme(conferenceSlug: $slug) { warnings changes { kind session { title } } sessions { id title isNew removed } } }`;

async function feedEvent(feedPath: string, sessionId: string) {
  const body = (await getText(app.url, feedPath)).body;
  const cal = new ICAL.Component(ICAL.parse(body));
  const v = cal
    .getAllSubcomponents('vevent')
    .find((e) => String(e.getFirstPropertyValue('uid')).startsWith(sessionId));
  if (!v) return null;
  return {
    start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    status: v.getFirstPropertyValue('status'),
  };
}

describe('editing and publishing the programme', () => {
  it('adds, moves and cancels a session through three published versions that a delegate’s feed follows', async () => {
    const org = await signIn(ORGANISER.email, ORGANISER.password);
    const created = await call(org, CREATE, {
      i: {
        conferenceSlug: 'ncasc-2018',
        title: 'Minister’s question time',
        type: 'KEYNOTE',
        timePrecision: 'EXACT',
        startsAt: '2018-11-15T14:00:00.000Z',
        endsAt: '2018-11-15T15:00:00.000Z',
        room: 'Exchange Hall',
        speakers: [{ name: 'Nadhim Zahawi' }, { name: 'A New Chair', role: 'CHAIR' }],
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data.createSession.id as string;
    expect(created.data.createSession).toMatchObject({
      isNew: true,
      room: 'Exchange Hall',
      when: 'Thursday 15 November 2018, 14:00–15:00 GMT',
    });
    expect(created.data.createSession.speakers).toEqual([
      { name: 'Nadhim Zahawi', role: 'SPEAKER' },
      { name: 'A New Chair', role: 'CHAIR' },
    ]);

    // the public does not see a draft
    expect((await gql(app.url, 'query ($id: ID!) { session(id: $id) { id } }', { id })).data).toEqual({
      session: null,
    });

    const v2 = (await call(org, PUBLISH, { slug: 'ncasc-2018', note: 'Minister confirmed' })).data
      .publishProgramme;
    expect(v2).toMatchObject({
      number: 2,
      note: 'Minister confirmed',
      changes: [{ kind: 'ADDED', session: { id, title: 'Minister’s question time' }, before: null }],
    });
    expect(
      (
        await gql<{ session: { title: string; revision?: number } }>(
          app.url,
          'query ($id: ID!) { session(id: $id) { title } }',
          { id },
        )
      ).data.session.title,
    ).toBe('Minister’s question time');

    const d = await delegate('dana');
    await call(d, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id });
    const feed = new URL((await call(d, '{ me { calendarFeedUrl } }')).data.me.calendarFeedUrl as string)
      .pathname;
    const first = (await feedEvent(feed, id))!;
    expect(first.start).toBe('2018-11-15T14:00:00.000Z');

    // the minister's slot moves to Friday morning in another room
    await call(org, UPDATE, {
      id,
      i: { startsAt: '2018-11-16T10:00:00.000Z', endsAt: '2018-11-16T11:00:00.000Z', room: 'Charter Room' },
    });
    expect((await feedEvent(feed, id))!.start).toBe('2018-11-15T14:00:00.000Z'); // not published yet
    const v3 = (await call(org, PUBLISH, { slug: 'ncasc-2018', note: 'Diary clash' })).data.publishProgramme;
    expect(v3.number).toBe(3);
    expect(v3.changes).toEqual([
      {
        kind: 'MOVED',
        session: { id, title: 'Minister’s question time' },
        before: 'Thursday 15 November 2018, 14:00–15:00 GMT, Exchange Hall',
        after: 'Friday 16 November 2018, 10:00–11:00 GMT, Charter Room',
      },
    ]);
    const moved = (await feedEvent(feed, id))!;
    expect(moved.start).toBe('2018-11-16T10:00:00.000Z');
    expect(moved.sequence).toBeGreaterThan(first.sequence);

    await call(org, 'mutation ($id: ID!) { cancelSession(id: $id) { status } }', { id });
    const v4 = (await call(org, PUBLISH, { slug: 'ncasc-2018' })).data.publishProgramme;
    expect(v4.changes.map((c: { kind: string }) => c.kind)).toEqual(['CANCELLED']);
    const cancelled = (await feedEvent(feed, id))!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    const schedule = (
      await call(d, '{ mySchedule(conferenceSlug: "ncasc-2018") { sessions { id status } } }')
    ).data.mySchedule;
    expect(schedule.sessions).toEqual([{ id, status: 'CANCELLED' }]);

    const versions = (
      await gql<{ conference: { programmeVersions: { number: number; changes: { kind: string }[] }[] } }>(
        app.url,
        '{ conference(slug: "ncasc-2018") { programmeVersions { number note changes { kind } } } }',
      )
    ).data.conference.programmeVersions;
    // each publish consumed its draft: nothing left to publish
    expect((await call(org, DRAFT, { slug: 'ncasc-2018' })).data.draftProgramme.changes).toEqual([]);
    expect(versions.map((v) => [v.number, v.changes.map((c) => c.kind)])).toEqual([
      [4, ['CANCELLED']],
      [3, ['MOVED']],
      [2, ['ADDED']],
      [1, []],
    ]);
  });

  it('refuses bad edits naming the field, and saves nothing', async () => {
    const org = await signIn(ORGANISER.email, ORGANISER.password);
    const base = { conferenceSlug: 'ncasc-2018', title: 'X', type: 'WORKSHOP', timePrecision: 'EXACT' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, startsAt: '2018-11-15T10:00:00Z', endsAt: '2018-11-15T09:00:00Z' }, 'endsAt'],
      [{ ...base, startsAt: '2019-01-15T10:00:00Z' }, 'startsAt'],
      [{ ...base, timePrecision: 'DAY_PART', day: '2018-11-15' }, 'dayPart'],
      [{ ...base, title: '   ', startsAt: '2018-11-15T10:00:00Z' }, 'title'],
      [
        {
          ...base,
          startsAt: '2018-11-15T10:00:00Z',
          speakers: [{ speakerId: '00000000-0000-4000-8000-000000000000' }],
        },
        'speakers.0.speakerId',
      ],
    ];
    const before = (await call(org, DRAFT, { slug: 'ncasc-2018' })).data.draftProgramme.sessions.length;
    for (const [i, field] of cases) {
      const r = await call(org, CREATE, { i });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await call(org, DRAFT, { slug: 'ncasc-2018' })).data.draftProgramme.sessions).toHaveLength(
      before,
    );
    expect((await call(org, PUBLISH, { slug: 'ncasc-2018' })).errors?.[0].message).toMatch(
      /Nothing to publish/,
    );
  });

  it('warns of a double-booked room and a speaker in two places, and publishes only when the warnings are accepted', async () => {
    const org = await signIn(ORGANISER.email, ORGANISER.password);
    const at = (title: string, room: string) => ({
      conferenceSlug: 'ncasc-2017',
      title,
      type: 'WORKSHOP',
      timePrecision: 'EXACT',
      startsAt: '2017-10-12T09:00:00.000Z',
      endsAt: '2017-10-12T10:00:00.000Z',
      room,
      speakers: [{ name: 'Anne Longfield' }],
    });
    await call(org, CREATE, { i: at('Workshop one', 'Room 1') });
    await call(org, CREATE, { i: at('Workshop two', 'Room 1') });
    const draft = (await call(org, DRAFT, { slug: 'ncasc-2017' })).data.draftProgramme;
    expect(draft.warnings).toEqual([
      expect.stringMatching(
        /^Room double-booked: “Room 1” holds “Workshop one” and “Workshop two” \(Thursday 12 October 2017, 10:00 BST\)$/,
      ),
      expect.stringMatching(/^Speaker in two places: Anne Longfield is in “Workshop one” and “Workshop two”/),
    ]);
    expect(draft.changes.map((c: { kind: string }) => c.kind)).toEqual(['ADDED', 'ADDED']);
    const refused = await call(org, PUBLISH, { slug: 'ncasc-2017' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'acceptWarnings' });
    expect(
      (await call(org, PUBLISH, { slug: 'ncasc-2017', accept: true })).data.publishProgramme.number,
    ).toBe(2);
  });

  it('keeps editing to organisers: UNAUTHENTICATED without a user, FORBIDDEN for a delegate, and drafts hidden from both', async () => {
    const d = await delegate('dora');
    const ids = await idsOf(app.url, 'ncasc-2018');
    const id = Object.values(ids)[0];
    for (const [token, code] of [
      [null, 'UNAUTHENTICATED'],
      [d, 'FORBIDDEN'],
    ] as const) {
      expect((await call(token, UPDATE, { id, i: { title: 'Hacked' } })).errors?.[0].extensions?.code).toBe(
        code,
      );
      expect((await call(token, PUBLISH, { slug: 'ncasc-2018' })).errors?.[0].extensions?.code).toBe(code);
      expect((await call(token, DRAFT, { slug: 'ncasc-2018' })).errors?.[0].extensions?.code).toBe(code);
    }
    expect(Object.keys(await idsOf(app.url, 'ncasc-2018'))).not.toContain('Hacked');
  });

  it('removes a published session from the programme but keeps it, cancelled, in the feeds of those who starred it', async () => {
    const org = await signIn(ORGANISER.email, ORGANISER.password);
    const id = (await idsOf(app.url, 'ncasc-2018'))["Integrating children's services"];
    const d = await delegate('remy');
    await call(d, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id });
    await call(d, 'mutation ($id: ID!) { saveNote(input: { sessionId: $id, body: "keep me" }) { id } }', {
      id,
    });
    expect(
      (await call(org, 'mutation ($id: ID!) { removeSession(id: $id) }', { id })).data.removeSession,
    ).toBe(true);
    const v = (await call(org, PUBLISH, { slug: 'ncasc-2018', note: 'Withdrawn' })).data.publishProgramme;
    expect(v.changes).toEqual([expect.objectContaining({ kind: 'REMOVED', after: null })]);
    expect(Object.values(await idsOf(app.url, 'ncasc-2018'))).not.toContain(id);
    expect((await gql(app.url, 'query ($id: ID!) { session(id: $id) { id } }', { id })).data).toEqual({
      session: null,
    });
    const feed = new URL((await call(d, '{ me { calendarFeedUrl } }')).data.me.calendarFeedUrl as string)
      .pathname;
    expect((await feedEvent(feed, id))!.status).toBe('CANCELLED');
    expect((await call(d, '{ myNotes { body } }')).data.myNotes).toEqual([{ body: 'keep me' }]);
    // gone from theme pages too
    const theme = await gql<{ track: { sessions: { id: string }[] } }>(
      app.url,
      '{ track(slug: "integration") { sessions { id } } }',
    );
    expect(theme.data.track.sessions.map((s) => s.id)).not.toContain(id);
  });
});

describe('speakers and themes (shared by every conference)', () => {
  it('lets organisers add and correct speakers and themes, and nobody else', async () => {
    const org = await signIn(ORGANISER.email, ORGANISER.password);
    const made = await call(
      org,
      'mutation ($i: CreateSpeakerInput!) { addSpeaker(input: $i) { id name role organisation } }',
      {
        i: { name: 'Jenny Coles', role: 'ADCS President', organisation: 'ADCS' },
      },
    );
    expect(made.data.addSpeaker).toMatchObject({
      name: 'Jenny Coles',
      role: 'ADCS President',
      organisation: 'ADCS',
    });
    const id = made.data.addSpeaker.id as string;
    const fixed = await call(
      org,
      'mutation ($id: ID!, $i: SpeakerInput!) { updateSpeaker(id: $id, input: $i) { name organisation } }',
      {
        id,
        i: { organisation: 'Hertfordshire County Council' },
      },
    );
    expect(fixed.data.updateSpeaker).toEqual({
      name: 'Jenny Coles',
      organisation: 'Hertfordshire County Council',
    });
    expect(
      (
        await gql<{ speaker: { organisation: string } }>(
          app.url,
          'query ($id: ID!) { speaker(id: $id) { organisation } }',
          { id },
        )
      ).data.speaker.organisation,
    ).toBe('Hertfordshire County Council');
    expect(
      (
        await call(
          org,
          'mutation ($id: ID!, $i: SpeakerInput!) { updateSpeaker(id: $id, input: $i) { id } }',
          { id, i: { name: '' } },
        )
      ).errors?.[0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });

    const theme = await call(
      org,
      'mutation { createTrack(input: { name: "Youth violence" }) { slug name } }',
    );
    expect(theme.data.createTrack).toEqual({ slug: 'youth-violence', name: 'Youth violence' });
    expect(
      (await call(org, 'mutation { createTrack(input: { name: "Youth  Violence" }) { slug } }')).errors?.[0]
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(
      (
        await call(
          org,
          'mutation { updateTrack(slug: "youth-violence", input: { name: "Serious youth violence" }) { slug name } }',
        )
      ).data.updateTrack,
    ).toEqual({
      slug: 'youth-violence',
      name: 'Serious youth violence',
    });

    const d = await delegate('dan');
    expect(
      (await call(d, 'mutation { createTrack(input: { name: "Mine" }) { slug } }')).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await call(null, 'mutation ($i: SpeakerInput!) { createSpeaker(input: $i) { id } }', {
          i: { name: 'X' },
        })
      ).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });
});
