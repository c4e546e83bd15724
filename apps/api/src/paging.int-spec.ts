import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../test/create-test-app';

type Item = { id: string; cursor: string };

/**
 * Lists that grow are paged with `first` and `after` (an item's `cursor`): walking the pages gives the
 * whole list, in its order, with nothing twice; a client that sends neither gets the whole list as
 * before. Seeded data: many themes' sessions, speakers, a speaker's record across the years.
 */
describe('paging with first and after (GraphQL, seeded programme)', () => {
  let t: TestApp;
  let ds: DataSource;
  let as: { authorization: string };

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    const signUp = await t.gql<{ signUp: { token: string } }>(
      'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }',
      { i: { email: 'pager@council.example', password: 'long-enough-pw', name: 'Pager' } },
    );
    as = { authorization: `Bearer ${signUp.data.signUp.token}` };
  });
  afterAll(() => t.close());

  /** The list as one answer (`args` as a client sends today), and walked `size` at a time. */
  async function whole(
    list: (args: string) => Promise<Item[]>,
    size: number,
  ): Promise<{ all: Item[]; walked: Item[]; pages: number }> {
    const all = await list('');
    const walked: Item[] = [];
    let pages = 0;
    let after: string | null = null;
    for (;;) {
      const args: string = after ? `(first: ${size}, after: "${after}")` : `(first: ${size})`;
      const page = await list(args);
      expect(page.length).toBeLessThanOrEqual(size);
      if (!page.length) break;
      pages++;
      walked.push(...page);
      after = page[page.length - 1].cursor;
      if (pages > 200) throw new Error('paging never ends');
    }
    return { all, walked, pages };
  }

  function expectSameList(r: { all: Item[]; walked: Item[]; pages: number }, atLeast: number) {
    expect(r.all.length).toBeGreaterThanOrEqual(atLeast);
    expect(r.pages).toBeGreaterThan(1);
    expect(r.walked.map((i) => i.id)).toEqual(r.all.map((i) => i.id));
  }

  const sessionsOfTrack = (slug: string) => async (args: string) =>
    (
      await t.gql<{ track: { sessions: Item[] } }>(
        `{ track(slug: "${slug}") { sessions${args} { id cursor } } }`,
      )
    ).data.track.sessions;

  it('Track.sessions: the pages of a theme’s sessions are its whole record, oldest first', async () => {
    const [{ slug }] = await ds.query(
      `SELECT t.slug FROM tracks t JOIN session_tracks st ON st.track_id = t.id
        JOIN sessions s ON s.id = st.session_id AND s.removed_at IS NULL
        GROUP BY t.slug ORDER BY count(*) DESC, t.slug LIMIT 1`,
    );
    expectSameList(await whole(sessionsOfTrack(slug), 4), 10);
  });

  it('Speaker.sessions: a speaker’s record comes page by page across the years', async () => {
    const [{ speaker_id: id }] = await ds.query(
      `SELECT ss.speaker_id FROM session_speakers ss JOIN sessions s ON s.id = ss.session_id
        WHERE s.removed_at IS NULL GROUP BY ss.speaker_id ORDER BY count(*) DESC, ss.speaker_id LIMIT 1`,
    );
    const list = async (args: string) =>
      (
        await t.gql<{ speaker: { sessions: Item[] } }>(
          `{ speaker(id: "${id}") { sessions${args} { id cursor } } }`,
        )
      ).data.speaker.sessions;
    expectSameList(await whole(list, 1), 2);
  });

  it('Conference.speakers: by name, page by page', async () => {
    const list = async (args: string) =>
      (
        await t.gql<{ conference: { speakers: (Item & { name: string })[] } }>(
          `{ conference(slug: "ncasc-2018") { speakers${args} { id cursor name } } }`,
        )
      ).data.conference.speakers;
    const r = await whole(list, 10);
    expectSameList(r, 10);
    const names = (r.all as (Item & { name: string })[]).map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('myNotes: your notes page by page in programme order, across conferences', async () => {
    const { data } = await t.gql<{ a: { sessions: { id: string }[] }; b: { sessions: { id: string }[] } }>(
      '{ a: conference(slug: "ncasc-2018") { sessions { id } } b: conference(slug: "adcs-2019") { sessions { id } } }',
    );
    // written in an order unlike the programme's, in two years
    const ids = [...data.b.sessions.slice(0, 4), ...data.a.sessions.slice(0, 5).reverse()].map((s) => s.id);
    for (const sessionId of ids) {
      const saved = await t.gqlAs(as, 'mutation ($i: SaveNoteInput!) { saveNote(input: $i) { id } }', {
        i: { sessionId, body: `note on ${sessionId}` },
      });
      expect(saved.errors).toBeUndefined();
    }
    const list = async (args: string) => {
      const res = await t.gqlAs<{ myNotes: Item[] }>(as, `{ myNotes${args} { id cursor session { id } } }`);
      expect(res.errors).toBeUndefined();
      return res.data.myNotes;
    };
    const r = await whole(list, 2);
    expectSameList(r, ids.length);
    expect(r.all).toHaveLength(ids.length);
    // a note's cursor is its session's
    const sessions = (
      await t.gqlAs<{ myNotes: { cursor: string; session: Item }[] }>(
        as,
        '{ myNotes { cursor session { id cursor } } }',
      )
    ).data.myNotes;
    for (const n of sessions) expect(n.cursor).toBe(n.session.cursor);
    // and one conference's notes page the same way
    const slugged = async (args: string) =>
      (
        await t.gqlAs<{ myNotes: Item[] }>(
          as,
          `{ myNotes(conferenceSlug: "ncasc-2018"${args ? `, ${args.slice(1, -1)}` : ''}) { id cursor } }`,
        )
      ).data.myNotes;
    expectSameList(await whole(slugged, 2), 5);
  });

  it('search: the next page goes on from a hit’s cursor, with no hit twice', async () => {
    const list = async (args: string) => {
      const inner = args ? `, ${args.slice(1, -1)}` : '';
      const res = await t.gql<{ search: (Item & { kind: string })[] }>(
        `{ search(query: "children"${inner}) { id kind cursor } }`,
      );
      return res.data.search.map((h) => ({ ...h, id: `${h.kind}:${h.id}` }));
    };
    const all = await list('(first: 30)');
    expect(all.length).toBe(30);
    const walked: Item[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page = await list(after ? `(first: 10, after: "${after}")` : '(first: 10)');
      walked.push(...page);
      after = page[page.length - 1].cursor;
    }
    expect(walked.map((h) => h.id)).toEqual(all.map((h) => h.id));
    // 20 by default, as before
    expect(await list('')).toHaveLength(20);
  });

  it('refuses a cursor that is not one of the list’s with BAD_USER_INPUT naming `after`', async () => {
    const { data } = await t.gql<{ conference: { speakers: Item[]; sessions: Item[] } }>(
      '{ conference(slug: "ncasc-2018") { speakers(first: 1) { cursor } sessions { cursor } } }',
    );
    const speakerCursor = data.conference.speakers[0].cursor;
    const sessionCursor = data.conference.sessions[0].cursor;
    const [{ slug }] = await ds.query('SELECT slug FROM tracks ORDER BY slug LIMIT 1');
    const queries = [
      `{ track(slug: "${slug}") { sessions(after: "${speakerCursor}") { id } } }`,
      `{ track(slug: "${slug}") { sessions(after: "not a cursor") { id } } }`,
      `{ conference(slug: "ncasc-2018") { speakers(after: "${sessionCursor}") { id } } }`,
      `{ search(query: "children", after: "${sessionCursor}") { id } }`,
      `{ search(query: "children", after: "${Buffer.from('["search",-4]').toString('base64url')}") { id } }`,
      `{ conference(slug: "ncasc-2018") { programmeVersions(after: "${speakerCursor}") { number } } }`,
    ];
    for (const q of queries) {
      const res = await t.gql(q);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const notes = await t.gqlAs(as, `{ myNotes(after: "${speakerCursor}") { id } }`);
    expect(notes.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await t.gql(`{ track(slug: "${slug}") { sessions(first: 101) { id } } }`);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
