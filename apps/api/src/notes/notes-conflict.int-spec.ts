import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../test/create-test-app';
import { createConference, createSession } from '../../test/factories';

interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
}
type Answer = { data: any; errors?: GqlError[] };

const SAVE = `mutation ($input: SaveNoteInput!) { saveNote(input: $input) { id body updatedAt } }`;
const DELETE = `mutation ($sessionId: ID!, $base: DateTime) { deleteNote(sessionId: $sessionId, baseUpdatedAt: $base) }`;
const READ = `query ($id: ID!) { session(id: $id) { myNote { body updatedAt } } }`;

/**
 * saveNote and deleteNote with a base version (the note's updatedAt the change was made to): a change
 * made offline on one device must not silently overwrite what another device saved meanwhile.
 */
describe('notes: changes made to an older version are refused with CONFLICT', () => {
  let t: TestApp;
  let sessionIds: string[];
  let n = 0;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const ds = t.app.get(DataSource);
    const conference = await createConference(ds, { startsOn: '2018-11-14', endsOn: '2018-11-16' });
    sessionIds = [];
    for (let i = 0; i < 4; i++) sessionIds.push((await createSession(ds, conference)).id);
  });
  afterAll(() => t.close());

  /** A new delegate (bearer token) and a session of their own to write on. */
  async function delegate(): Promise<{
    call: (q: string, v?: object) => Promise<Answer>;
    sessionId: string;
  }> {
    n++;
    const signUp = await t.gql<{ signUp: { token: string } }>(
      'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }',
      { i: { email: `conflict${n}@council.example`, password: 'long-enough-pw', name: `Delegate ${n}` } },
    );
    const token = signUp.data.signUp.token;
    const call = async (query: string, variables?: object): Promise<Answer> =>
      (
        await request(t.app.getHttpServer())
          .post('/graphql')
          .set('authorization', `Bearer ${token}`)
          .send({ query, variables })
      ).body as Answer;
    return { call, sessionId: sessionIds[n % sessionIds.length] };
  }

  it('without a base, saves whatever the note is (last write wins), as before', async () => {
    const { call, sessionId } = await delegate();
    const first = await call(SAVE, { input: { sessionId, body: 'phone' } });
    const second = await call(SAVE, { input: { sessionId, body: 'laptop' } });
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data.saveNote.id).toBe(first.data.saveNote.id);
    expect((await call(READ, { id: sessionId })).data.session.myNote.body).toBe('laptop');
  });

  it('saves a change made to the stored version, and gives every version a later updatedAt, even within a second', async () => {
    const { call, sessionId } = await delegate();
    const created = await call(SAVE, { input: { sessionId, body: 'v1', baseUpdatedAt: null } });
    expect(created.errors).toBeUndefined();
    const versions = [created.data.saveNote.updatedAt as string];
    for (const body of ['v2', 'v3', 'v4']) {
      const saved = await call(SAVE, { input: { sessionId, body, baseUpdatedAt: versions.at(-1) } });
      expect(saved.errors).toBeUndefined();
      versions.push(saved.data.saveNote.updatedAt);
    }
    // quick saves (well within one second) still have told-apart, increasing versions
    const times = versions.map((v) => Date.parse(v));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(4);
    expect((await call(READ, { id: sessionId })).data.session.myNote).toEqual({
      body: 'v4',
      updatedAt: versions[3],
    });
  });

  it('refuses a change made to an older version, with the stored note, and changes nothing', async () => {
    const { call, sessionId } = await delegate();
    const phone = await call(SAVE, {
      input: { sessionId, body: 'written on the phone', baseUpdatedAt: null },
    });
    const base = phone.data.saveNote.updatedAt as string;
    // the laptop saves over it
    const laptop = await call(SAVE, {
      input: { sessionId, body: 'written on the laptop', baseUpdatedAt: base },
    });
    expect(laptop.errors).toBeUndefined();
    // the phone, back online, sends what it typed offline over the version it had
    const late = await call(SAVE, { input: { sessionId, body: 'typed offline', baseUpdatedAt: base } });
    expect(late.data).toBeNull();
    expect(late.errors).toHaveLength(1);
    expect(late.errors![0].extensions).toEqual({
      code: 'CONFLICT',
      currentBody: 'written on the laptop',
      currentUpdatedAt: laptop.data.saveNote.updatedAt,
    });
    expect(late.errors![0].message).toMatch(/changed on another device/);
    expect((await call(READ, { id: sessionId })).data.session.myNote).toEqual({
      body: 'written on the laptop',
      updatedAt: laptop.data.saveNote.updatedAt,
    });
    // the user keeps the phone's text: sent again over the version the conflict gave
    const kept = await call(SAVE, {
      input: {
        sessionId,
        body: 'typed offline',
        baseUpdatedAt: late.errors![0].extensions!.currentUpdatedAt,
      },
    });
    expect(kept.errors).toBeUndefined();
    expect((await call(READ, { id: sessionId })).data.session.myNote.body).toBe('typed offline');
  });

  it('refuses a first note when another device made one meanwhile, and a change to a note deleted meanwhile', async () => {
    const { call, sessionId } = await delegate();
    await call(SAVE, { input: { sessionId, body: 'made on the laptop' } });
    const first = await call(SAVE, { input: { sessionId, body: 'made on the phone', baseUpdatedAt: null } });
    expect(first.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentBody: 'made on the laptop',
    });

    const { data } = await call(READ, { id: sessionId });
    expect(await call(DELETE, { sessionId })).toEqual({ data: { deleteNote: true } });
    const gone = await call(SAVE, {
      input: { sessionId, body: 'edited offline', baseUpdatedAt: data.session.myNote.updatedAt },
    });
    // nothing stored: no current body or version
    expect(gone.errors?.[0].extensions).toEqual({ code: 'CONFLICT' });
    expect(gone.errors?.[0].message).toMatch(/deleted on another device/);
    expect((await call(READ, { id: sessionId })).data.session.myNote).toBeNull();
  });

  it('takes the same text sent again over an older version as saved (a retry whose answer was lost)', async () => {
    const { call, sessionId } = await delegate();
    const first = await call(SAVE, { input: { sessionId, body: 'sent twice', baseUpdatedAt: null } });
    const again = await call(SAVE, { input: { sessionId, body: 'sent twice', baseUpdatedAt: null } });
    expect(again.errors).toBeUndefined();
    expect(again.data.saveNote).toEqual(first.data.saveNote); // no new version
  });

  it('deletes only the version the user saw; a delete sent again is not an error', async () => {
    const { call, sessionId } = await delegate();
    const old = await call(SAVE, { input: { sessionId, body: 'old' } });
    const changed = await call(SAVE, { input: { sessionId, body: 'changed elsewhere' } });
    const refused = await call(DELETE, { sessionId, base: old.data.saveNote.updatedAt });
    expect(refused.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      currentBody: 'changed elsewhere',
      currentUpdatedAt: changed.data.saveNote.updatedAt,
    });
    expect((await call(READ, { id: sessionId })).data.session.myNote.body).toBe('changed elsewhere');
    expect(await call(DELETE, { sessionId, base: changed.data.saveNote.updatedAt })).toEqual({
      data: { deleteNote: true },
    });
    expect(await call(DELETE, { sessionId, base: changed.data.saveNote.updatedAt })).toEqual({
      data: { deleteNote: false },
    });
  });

  it('lets exactly one of two changes made at once to the same version through', async () => {
    const { call, sessionId } = await delegate();
    const base = (await call(SAVE, { input: { sessionId, body: 'shared start' } })).data.saveNote.updatedAt;
    const answers = await Promise.all(
      ['from the phone', 'from the laptop', 'from the tablet'].map((body) =>
        call(SAVE, { input: { sessionId, body, baseUpdatedAt: base } }),
      ),
    );
    const saved = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT');
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(2);
    const stored = (await call(READ, { id: sessionId })).data.session.myNote;
    expect(stored.body).toBe(saved[0].data.saveNote.body);
    for (const r of refused) expect(r.errors![0].extensions!.currentBody).toBe(stored.body);
  });

  it('refuses a base that is not a date and time as bad input', async () => {
    const { call, sessionId } = await delegate();
    const bad = await call(SAVE, { input: { sessionId, body: 'x', baseUpdatedAt: 'yesterday' } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await call(READ, { id: sessionId })).data.session.myNote).toBeNull();
  });
});
