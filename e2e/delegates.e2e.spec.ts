import request from 'supertest';
import { type RunningApp, startApp, sessionIds as idsOf } from './support/start-app';

/**
 * Accounts, personal schedules and private notes, through the public API of the built app. Where a
 * test needs a programme change an organiser would make (cancel, retime), it writes the change straight
 * into the app's database, as the organiser tools of a later issue will.
 */
const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
const STAFF = { email: 'staff@ncasc.example', password: 'staff-password-1' };

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({
    ORGANISER_EMAIL: ORGANISER.email,
    ORGANISER_PASSWORD: ORGANISER.password,
    STAFF_EMAIL: STAFF.email,
    STAFF_PASSWORD: STAFF.password,
    PUBLIC_URL: 'https://programme.example.org',
  });
});
afterAll(async () => {
  await app?.stop();
});

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

async function as<T = Record<string, any>>(
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
) {
  const req = request(app.url).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return res.body as { data: T; errors?: Errors };
}

const SIGN_UP =
  'mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id email name role } } }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { token user { id email role } } }';

let n = 0;
async function newDelegate(
  name = 'Dana Delegate',
): Promise<{ token: string; id: string; email: string; password: string }> {
  const email = `delegate${++n}@council.example`;
  const password = `a-long-password-${n}`;
  const r = await as(null, SIGN_UP, { input: { email, password, name } });
  expect(r.errors).toBeUndefined();
  return { token: r.data.signUp.token, id: r.data.signUp.user.id, email, password };
}

async function signIn(who: { email: string; password: string }): Promise<string> {
  const r = await as(null, SIGN_IN, { input: { email: who.email, password: who.password } });
  expect(r.errors).toBeUndefined();
  return r.data.signIn.token;
}

const sessionIds = (slug: string, day?: string) => idsOf(app.url, slug, day);

describe('accounts', () => {
  it('signs up a delegate, who is then `me`', async () => {
    const d = await newDelegate('Sam Smith');
    const r = await as(d.token, '{ me { id email name role calendarFeedUrl } }');
    expect(r.data.me).toMatchObject({ id: d.id, email: d.email, name: 'Sam Smith', role: 'DELEGATE' });
    expect((await as(null, '{ me { id } }')).data.me).toBeNull();
  });

  it('signs in with the right password, case-insensitively on the email, and sets an httpOnly cookie for the web', async () => {
    const d = await newDelegate();
    const res = await request(app.url)
      .post('/graphql')
      .send({ query: SIGN_IN, variables: { input: { email: d.email.toUpperCase(), password: d.password } } });
    expect(res.body.data.signIn.user.id).toBe(d.id);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/ncasc_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i); // PUBLIC_URL is https
    const me = await request(app.url)
      .post('/graphql')
      .set('cookie', cookie.split(';')[0])
      .send({ query: '{ me { id } }' });
    expect(me.body.data.me.id).toBe(d.id);
  });

  it('gives a wrong password and an unknown email the same answer', async () => {
    const d = await newDelegate();
    const wrong = await as(null, SIGN_IN, { input: { email: d.email, password: 'not-the-password' } });
    const unknown = await as(null, SIGN_IN, {
      input: { email: 'nobody@council.example', password: 'not-the-password' },
    });
    expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.data).toBeNull();
  });

  it.each([
    [{ email: 'not-an-email', password: 'long-enough-pw', name: 'X' }, 'email'],
    [{ email: 'short@council.example', password: 'short', name: 'X' }, 'password'],
    [{ email: 'noname@council.example', password: 'long-enough-pw', name: '' }, 'name'],
  ])('refuses sign-up %j with BAD_USER_INPUT naming %s, and creates nothing', async (input, field) => {
    const r = await as(null, SIGN_UP, { input });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await app.sql('SELECT count(*) AS n FROM users WHERE email = ?', [input.email])).toEqual([
      { n: 0 },
    ]);
  });

  it('refuses a second account for the same email (any case) and keeps the first password', async () => {
    const d = await newDelegate();
    const r = await as(null, SIGN_UP, {
      input: { email: d.email.toUpperCase(), password: 'another-password', name: 'Impostor' },
    });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(
      (await as(null, SIGN_IN, { input: { email: d.email, password: 'another-password' } })).errors?.[0]
        .extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(await signIn(d)).toBeTruthy();
  });

  it('refuses repeated failed sign-ins for a while, even with the right password, but not for another account', async () => {
    const victim = await newDelegate();
    const other = await newDelegate();
    for (let i = 0; i < 5; i++)
      await as(null, SIGN_IN, { input: { email: victim.email, password: 'guess-guess-' + i } });
    const blocked = await as(null, SIGN_IN, { input: { email: victim.email, password: victim.password } });
    expect(blocked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(600);
    expect(await signIn(other)).toBeTruthy();
  });

  it('signs out: the token stops working at once', async () => {
    const d = await newDelegate();
    expect((await as(d.token, 'mutation { signOut }')).data.signOut).toBe(true);
    expect((await as(d.token, '{ me { id } }')).data.me).toBeNull();
    expect((await as(d.token, 'mutation { signOut }')).data.signOut).toBe(false);
  });

  it('lets a token expire', async () => {
    const d = await newDelegate();
    await app.sql('UPDATE auth_tokens SET expires_at = ? WHERE user_id = ?', [
      new Date('2000-01-01T00:00:00Z'),
      d.id,
    ]);
    expect((await as(d.token, '{ me { id } }')).data.me).toBeNull();
  });

  it('keeps only hashes: no password, session token or feed token is stored as given', async () => {
    const d = await newDelegate();
    const { calendarFeedUrl } = (await as(d.token, '{ me { calendarFeedUrl } }')).data.me;
    const feedToken = /\/calendar\/feeds\/([^/]+)\.ics$/.exec(calendarFeedUrl)![1];
    const dump = JSON.stringify([
      await app.sql('SELECT * FROM users WHERE id = ?', [d.id]),
      await app.sql('SELECT * FROM auth_tokens WHERE user_id = ?', [d.id]),
      await app.sql('SELECT * FROM app_settings'),
    ]);
    for (const secret of [d.password, d.token, feedToken]) expect(dump).not.toContain(secret);
    expect(dump).toMatch(/\$argon2id\$/);
  });

  it('creates the first organiser and staff accounts from the environment', async () => {
    const org = await as(null, SIGN_IN, { input: ORGANISER });
    const staff = await as(null, SIGN_IN, { input: STAFF });
    expect(org.data.signIn.user.role).toBe('ORGANISER');
    expect(staff.data.signIn.user.role).toBe('STAFF');
  });
});

describe('roles', () => {
  const SET_ROLE = 'mutation ($input: SetUserRoleInput!) { setUserRole(input: $input) { email role } }';

  it('answers UNAUTHENTICATED without a user and FORBIDDEN for the wrong role; an organiser may change roles', async () => {
    const d = await newDelegate();
    const input = { email: d.email, role: 'STAFF' };
    expect((await as(null, SET_ROLE, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as(d.token, SET_ROLE, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const staff = await signIn(STAFF);
    expect((await as(staff, SET_ROLE, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as(d.token, '{ me { role } }')).data.me.role).toBe('DELEGATE');
    const organiser = await signIn(ORGANISER);
    expect((await as(organiser, SET_ROLE, { input })).data.setUserRole).toEqual({
      email: d.email,
      role: 'STAFF',
    });
    expect((await as(d.token, '{ me { role } }')).data.me.role).toBe('STAFF');
  });

  it.each([
    ['mutation ($id: ID!) { starSession(sessionId: $id) { id } }'],
    ['mutation ($id: ID!) { unstarSession(sessionId: $id) { id } }'],
    ['mutation ($id: ID!) { saveNote(input: { sessionId: $id, body: "x" }) { id } }'],
    ['mutation ($id: ID!) { deleteNote(sessionId: $id) }'],
    ['mutation { rotateCalendarFeed { id } }'],
    ['{ mySchedule(conferenceSlug: "ncasc-2018") { sessions { id } } }'],
    ['{ myNotes { id } }'],
  ])('needs a signed-in user: %s', async (query) => {
    const ids = await sessionIds('ncasc-2018');
    const r = await as(null, query, query.includes('$id') ? { id: Object.values(ids)[0] } : undefined);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('personal schedule', () => {
  const STAR = 'mutation ($id: ID!) { starSession(sessionId: $id) { id title starred } }';
  const UNSTAR = 'mutation ($id: ID!) { unstarSession(sessionId: $id) { id starred } }';
  const SCHEDULE = `query ($slug: String!) { mySchedule(conferenceSlug: $slug) {
    sessions { id title status timePrecision }
    clashes { day sessions { title } }
    days { day count } } }`;

  it('stars and unstars idempotently', async () => {
    const d = await newDelegate();
    const id = Object.values(await sessionIds('ncasc-2018'))[0];
    expect((await as(d.token, STAR, { id })).data.starSession.starred).toBe(true);
    expect((await as(d.token, STAR, { id })).data.starSession.starred).toBe(true);
    expect((await as(d.token, SCHEDULE, { slug: 'ncasc-2018' })).data.mySchedule.sessions).toHaveLength(1);
    expect((await as(d.token, UNSTAR, { id })).data.unstarSession.starred).toBe(false);
    expect((await as(d.token, UNSTAR, { id })).data.unstarSession.starred).toBe(false);
    expect((await as(d.token, SCHEDULE, { slug: 'ncasc-2018' })).data.mySchedule.sessions).toHaveLength(0);
  });

  it('refuses a malformed id, an unknown session and a cancelled one, changing nothing', async () => {
    const d = await newDelegate();
    expect((await as(d.token, STAR, { id: 'nope' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sessionId',
    });
    expect(
      (await as(d.token, STAR, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions,
    ).toMatchObject({ code: 'NOT_FOUND' });
    const ids = await sessionIds('ncasc-2017');
    const quiz = ids['The Guardian quiz night'];
    await app.sql("UPDATE sessions SET status = 'CANCELLED' WHERE id = ?", [quiz]);
    try {
      const r = await as(d.token, STAR, { id: quiz });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionId' });
      expect(r.errors?.[0].message).toMatch(/cancelled/);
      expect((await as(d.token, SCHEDULE, { slug: 'ncasc-2017' })).data.mySchedule.sessions).toHaveLength(0);
    } finally {
      await app.sql("UPDATE sessions SET status = 'SCHEDULED' WHERE id = ?", [quiz]);
    }
  });

  it('finds clashes across precisions: a "morning" session with clock times that morning, and with another morning session', async () => {
    const d = await newDelegate();
    const thu = await sessionIds('ncasc-2018', '2018-11-15');
    const contextual = thu['Contextual safeguarding across transitions']; // DAY_PART Thursday morning
    const performance = thu['Performance and quality assurance in social work']; // DAY_PART Thursday morning
    const minister = thu['Address by the Minister of State for Children and Families']; // DAY_PART Thursday afternoon
    const gangs = thu['Tackling criminal exploitation and gangs']; // DAY: time of day not given
    const earlier = thu['Offering support earlier']; // retimed below to 10:00–11:00 GMT
    const pressures = thu['Safeguarding Pressures Phase 6 findings']; // retimed below to 14:00–15:00 GMT
    const retime = (startsAt: string, endsAt: string, id: string) =>
      app.sql(
        "UPDATE sessions SET time_precision = 'EXACT', day_part = NULL, starts_at = ?, ends_at = ? WHERE id = ?",
        [new Date(startsAt), new Date(endsAt), id],
      );
    const restore = (dayPart: string, id: string) =>
      app.sql(
        "UPDATE sessions SET time_precision = 'DAY_PART', day_part = ?, starts_at = NULL, ends_at = NULL WHERE id = ?",
        [dayPart, id],
      );
    await retime('2018-11-15T10:00:00Z', '2018-11-15T11:00:00Z', earlier);
    await retime('2018-11-15T14:00:00Z', '2018-11-15T15:00:00Z', pressures);
    try {
      for (const id of [contextual, minister, gangs, earlier, pressures]) await as(d.token, STAR, { id });
      let s = (await as(d.token, SCHEDULE, { slug: 'ncasc-2018' })).data.mySchedule;
      const titles = (c: { sessions: { title: string }[] }) => c.sessions.map((x) => x.title).sort();
      expect(s.clashes.map(titles)).toEqual(
        [
          ['Contextual safeguarding across transitions', 'Offering support earlier'],
          [
            'Address by the Minister of State for Children and Families',
            'Safeguarding Pressures Phase 6 findings',
          ],
        ].map((x) => x.sort()),
      );
      expect(s.clashes.every((c: { day: string }) => c.day === '2018-11-15')).toBe(true);
      expect(s.days).toEqual([{ day: '2018-11-15', count: 5 }]);

      // two sessions of the same morning clash, all three in one group
      await as(d.token, STAR, { id: performance });
      s = (await as(d.token, SCHEDULE, { slug: 'ncasc-2018' })).data.mySchedule;
      expect(s.clashes.map(titles)).toContainEqual(
        [
          'Contextual safeguarding across transitions',
          'Offering support earlier',
          'Performance and quality assurance in social work',
        ].sort(),
      );
    } finally {
      await restore('MORNING', earlier);
      await restore('AFTERNOON', pressures);
    }
  });

  it('shows a starred session the organisers cancel or move, and stops counting the cancelled one as a clash', async () => {
    const d = await newDelegate();
    const thu = await sessionIds('ncasc-2018', '2018-11-15');
    const a = thu['Contextual safeguarding across transitions'];
    const b = thu['Performance and quality assurance in social work'];
    await as(d.token, STAR, { id: a });
    await as(d.token, STAR, { id: b });
    expect((await as(d.token, SCHEDULE, { slug: 'ncasc-2018' })).data.mySchedule.clashes).toHaveLength(1);
    await app.sql("UPDATE sessions SET status = 'CANCELLED' WHERE id = ?", [b]);
    await app.sql("UPDATE sessions SET day = '2018-11-16' WHERE id = ?", [a]);
    try {
      const s = (await as(d.token, SCHEDULE, { slug: 'ncasc-2018' })).data.mySchedule;
      expect(s.sessions.find((x: { id: string }) => x.id === b).status).toBe('CANCELLED');
      expect(s.clashes).toEqual([]);
      expect(s.days).toEqual([{ day: '2018-11-16', count: 1 }]);
    } finally {
      await app.sql("UPDATE sessions SET status = 'SCHEDULED' WHERE id = ?", [b]);
      await app.sql("UPDATE sessions SET day = '2018-11-15' WHERE id = ?", [a]);
    }
  });

  it('keeps each delegate’s schedule to themselves', async () => {
    const a = await newDelegate();
    const b = await newDelegate();
    const id = Object.values(await sessionIds('ncasc-2018'))[3];
    await as(a.token, STAR, { id });
    expect((await as(b.token, SCHEDULE, { slug: 'ncasc-2018' })).data.mySchedule.sessions).toEqual([]);
    expect(
      (await as(b.token, 'query ($id: ID!) { session(id: $id) { starred } }', { id })).data.session.starred,
    ).toBe(false);
    expect(
      (await as(a.token, 'query ($id: ID!) { session(id: $id) { starred } }', { id })).data.session.starred,
    ).toBe(true);
  });

  it('answers null for an unknown conference and BAD_USER_INPUT for a malformed slug', async () => {
    const d = await newDelegate();
    expect((await as(d.token, SCHEDULE, { slug: 'ncasc-1999' })).data.mySchedule).toBeNull();
    expect((await as(d.token, SCHEDULE, { slug: 'NCASC!' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'conferenceSlug',
    });
  });
});

describe('private notes', () => {
  const SAVE =
    'mutation ($id: ID!, $body: String!) { saveNote(input: { sessionId: $id, body: $body }) { id body session { id } } }';
  const MY_NOTES =
    'query ($slug: String) { myNotes(conferenceSlug: $slug) { id body session { id title } } }';
  const MY_NOTE = 'query ($id: ID!) { session(id: $id) { myNote { id body } } }';
  const DELETE = 'mutation ($id: ID!) { deleteNote(sessionId: $id) }';

  it('creates, replaces and deletes the caller’s note on a session', async () => {
    const d = await newDelegate();
    const id = Object.values(await sessionIds('ncasc-2018'))[0];
    const first = (await as(d.token, SAVE, { id, body: 'First thoughts' })).data.saveNote;
    const second = (await as(d.token, SAVE, { id, body: '**Revised** thoughts' })).data.saveNote;
    expect(second.id).toBe(first.id);
    expect((await as(d.token, MY_NOTES, { slug: 'ncasc-2018' })).data.myNotes).toEqual([
      { id: first.id, body: '**Revised** thoughts', session: expect.objectContaining({ id }) },
    ]);
    expect((await as(d.token, DELETE, { id })).data.deleteNote).toBe(true);
    expect((await as(d.token, DELETE, { id })).data.deleteNote).toBe(false);
    expect((await as(d.token, MY_NOTE, { id })).data.session.myNote).toBeNull();
  });

  it('accepts 50,000 characters and refuses one more, saving nothing', async () => {
    const d = await newDelegate();
    const id = Object.values(await sessionIds('ncasc-2018'))[1];
    expect((await as(d.token, SAVE, { id, body: 'x'.repeat(50_000) })).errors).toBeUndefined();
    const r = await as(d.token, SAVE, { id, body: 'y'.repeat(50_001) });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect((await as(d.token, MY_NOTE, { id })).data.session.myNote.body).toBe('x'.repeat(50_000));
  });

  it('refuses a note on an unknown session', async () => {
    const d = await newDelegate();
    const r = await as(d.token, SAVE, { id: '00000000-0000-4000-8000-000000000000', body: 'x' });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets nobody but the author read, change or delete a note: not another delegate, not staff, not organisers', async () => {
    const author = await newDelegate('Author');
    const other = await newDelegate('Other');
    const staff = await signIn(STAFF);
    const organiser = await signIn(ORGANISER);
    const id = Object.values(await sessionIds('ncasc-2018'))[2];
    const secret = 'Confidential: our local authority’s plans';
    const note = (await as(author.token, SAVE, { id, body: secret })).data.saveNote;

    for (const token of [other.token, staff, organiser]) {
      expect((await as(token, MY_NOTES, {})).data.myNotes.map((x: { body: string }) => x.body)).not.toContain(
        secret,
      );
      expect((await as(token, MY_NOTES, { slug: 'ncasc-2018' })).data.myNotes).toEqual([]);
      expect((await as(token, MY_NOTE, { id })).data.session.myNote).toBeNull();
      expect((await as(token, DELETE, { id })).data.deleteNote).toBe(false);
      const own = (await as(token, SAVE, { id, body: 'mine' })).data.saveNote;
      expect(own.id).not.toBe(note.id);
      const md = await request(app.url)
        .get('/exports/notes/ncasc-2018.md')
        .set('authorization', `Bearer ${token}`);
      expect(md.text).not.toContain(secret);
      // no query takes a note id, so there is no id to guess; the schema offers none
      const probe = await as(token, `{ note(id: "${note.id}") { body } }`);
      expect(probe.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect((await as(author.token, MY_NOTE, { id })).data.session.myNote).toEqual({
      id: note.id,
      body: secret,
    });
    expect((await as(null, MY_NOTE, { id })).data.session.myNote).toBeNull();
  });

  it('exports the caller’s notes on a conference as Markdown, in programme order, with titles, times and speakers as headings', async () => {
    const d = await newDelegate('Dana Delegate');
    const ids = await sessionIds('ncasc-2018');
    const burnham = ids['Closing plenary: the Mayor of Greater Manchester'];
    const ofsted = ids['Ofsted: new inspection frameworks for schools and local authorities'];
    await as(d.token, SAVE, { id: burnham, body: 'Place matters.' });
    await as(d.token, SAVE, { id: ofsted, body: 'Inspection is changing.\n\n- county lines' });
    const other = await newDelegate();
    await as(other.token, SAVE, { id: ofsted, body: 'SOMEONE ELSE' });

    const res = await request(app.url)
      .get('/exports/notes/ncasc-2018.md')
      .set('authorization', `Bearer ${d.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="ncasc-2018-my-notes.md"');
    const md = res.text;
    expect(md.startsWith('# My notes: National Children and Adult Services Conference 2018\n')).toBe(true);
    expect(md).toContain('Notes by Dana Delegate');
    expect(md).toContain(
      '## Ofsted: new inspection frameworks for schools and local authorities\n\n### Wednesday morning · Amanda Spielman, Yvette Stanley\n\nInspection is changing.\n\n- county lines',
    );
    expect(md).toContain(
      '## Closing plenary: the Mayor of Greater Manchester\n\n### Friday afternoon · Plenary · Andy Burnham\n\nPlace matters.',
    );
    expect(md.indexOf('## Ofsted')).toBeLessThan(md.indexOf('## Closing plenary'));
    expect(md).not.toContain('SOMEONE ELSE');
  });

  it('refuses the export without a user, and 404s an unknown conference', async () => {
    expect((await request(app.url).get('/exports/notes/ncasc-2018.md')).status).toBe(401);
    const d = await newDelegate();
    expect(
      (await request(app.url).get('/exports/notes/ncasc-1999.md').set('authorization', `Bearer ${d.token}`))
        .status,
    ).toBe(404);
  });
});

describe('calendar feed URL', () => {
  it('is an absolute, unguessable URL that rotation replaces', async () => {
    const d = await newDelegate();
    const before = (await as(d.token, '{ me { calendarFeedUrl } }')).data.me.calendarFeedUrl as string;
    expect(before).toMatch(/^https:\/\/programme\.example\.org\/calendar\/feeds\/[A-Za-z0-9_-]{43}\.ics$/); // 256 bits
    const other = await newDelegate();
    expect((await as(other.token, '{ me { calendarFeedUrl } }')).data.me.calendarFeedUrl).not.toBe(before);
    const [oldHash] = await app.sql<{ h: string }>('SELECT feed_token_hash AS h FROM users WHERE id = ?', [
      d.id,
    ]);
    expect((await as(d.token, 'mutation { rotateCalendarFeed { id } }')).data.rotateCalendarFeed.id).toBe(
      d.id,
    );
    const after = (await as(d.token, '{ me { calendarFeedUrl } }')).data.me.calendarFeedUrl as string;
    expect(after).not.toBe(before);
    expect(after).toMatch(/\/calendar\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const [newHash] = await app.sql<{ h: string }>('SELECT feed_token_hash AS h FROM users WHERE id = ?', [
      d.id,
    ]);
    expect(newHash.h).not.toBe(oldHash.h);
    // the URL is stable until the next rotation
    expect((await as(d.token, '{ me { calendarFeedUrl } }')).data.me.calendarFeedUrl).toBe(after);
  });
});

describe('npm run user (the accounts CLI)', () => {
  it('creates a user from a password on standard input and changes their role; the app then signs them in', async () => {
    const { spawnSync } = await import('node:child_process');
    const { join } = await import('node:path');
    const { ROOT } = await import('./support/start-app');
    const cli = join(ROOT, 'apps', 'api', 'dist', 'cli', 'user.js');
    const env = {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: app.database.url,
      LOG_LEVEL: 'error',
    };
    const create = spawnSync(
      process.execPath,
      [cli, 'create', '--email', 'Editor@ADCS.example', '--name', 'Ed Itor', '--role', 'staff'],
      {
        env,
        input: 'editor-password-1\n',
        encoding: 'utf8',
      },
    );
    expect(create.stdout).toContain('created STAFF editor@adcs.example');
    expect(create.status).toBe(0);
    const promote = spawnSync(
      process.execPath,
      [cli, 'role', '--email', 'editor@adcs.example', '--role', 'ORGANISER'],
      { env, encoding: 'utf8' },
    );
    expect(promote.stdout).toContain('editor@adcs.example is now ORGANISER');
    const bad = spawnSync(
      process.execPath,
      [cli, 'create', '--email', 'x@adcs.example', '--name', 'X', '--password', 'short'],
      { env, encoding: 'utf8' },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('password must be at least 10 characters');

    const r = await as(null, SIGN_IN, {
      input: { email: 'editor@adcs.example', password: 'editor-password-1' },
    });
    expect(r.data.signIn.user.role).toBe('ORGANISER');
  });
});

describe('hostile input on accounts and notes', () => {
  it('refuses NUL characters and blank names as bad input, never a server error', async () => {
    const blank = await as(null, SIGN_UP, {
      input: { email: 'blank@council.example', password: 'long-enough-pw', name: '   ' },
    });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const nul = await as(null, SIGN_UP, {
      input: { email: 'nul@council.example', password: 'long-enough-pw', name: 'A\u0000B' },
    });
    expect(nul.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const d = await newDelegate();
    const id = Object.values(await sessionIds('ncasc-2018'))[0];
    const note = await as(
      d.token,
      'mutation ($id: ID!) { saveNote(input: { sessionId: $id, body: "a\\u0000b" }) { id } }',
      { id },
    );
    expect(note.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });

  it('answers two simultaneous sign-ups for one email with one account and one BAD_USER_INPUT', async () => {
    const input = { email: 'twice@council.example', password: 'long-enough-pw', name: 'Twice' };
    const [a, b] = await Promise.all([as(null, SIGN_UP, { input }), as(null, SIGN_UP, { input })]);
    const codes = [a, b].map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['BAD_USER_INPUT', 'OK']);
    expect(await app.sql('SELECT count(*) AS n FROM users WHERE email = ?', [input.email])).toEqual([
      { n: 1 },
    ]);
  });

  it('trusts no X-Forwarded-For by default: a spoofed address does not escape the sign-in limit', async () => {
    const victim = await newDelegate();
    for (let i = 0; i < 5; i++) {
      await request(app.url)
        .post('/graphql')
        .set('x-forwarded-for', `10.0.0.${i}`)
        .send({
          query: SIGN_IN,
          variables: { input: { email: victim.email, password: `wrong-guess-${i}` } },
        });
    }
    const r = await as(null, SIGN_IN, { input: { email: victim.email, password: victim.password } });
    expect(r.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
