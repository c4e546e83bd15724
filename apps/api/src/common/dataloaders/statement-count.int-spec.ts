import { DataSource, In } from 'typeorm';
import { newId } from '../database/columns';
import { SessionSpeakerEntity } from '../../sessions/session-speaker.entity';
import { SessionEntity } from '../../sessions/session.entity';
import { recordStatements } from '../../../test/count-statements';
import { createTestApp, type TestApp } from '../../../test/create-test-app';

/** A query's cost in SQL statements must not grow with the size of its answer (no N+1). */
// growing a programme is a few hundred writes: room for a busy machine
jest.setTimeout(30_000);

describe('SQL statements per GraphQL request', () => {
  let t: TestApp;
  let recorded: { take: () => string[] };
  beforeAll(async () => {
    t = await createTestApp();
    recorded = await recordStatements(t.app.get(DataSource));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const count = async (query: string, variables: Record<string, unknown>) => {
    recorded.take();
    const r = await t.gql(query, variables);
    expect(r.errors).toBeUndefined();
    const statements = recorded.take();
    return {
      n: statements.length,
      data: r.data,
      sql: statements.map((q) => q.replace(/\s+/g, ' ').slice(0, 90)),
    };
  };

  const AGENDA = `query ($slug: String!) { conference(slug: $slug) { name days organisers { name } rooms { name }
    sessions { id title when room { name } tracks { slug name } roundups { id title }
      participants { role capacity speaker { id name organisation sessions { id } roundups { id } } } }
    roundups { id title bodyHtml speakers { id name } sessions { id title } } } }`;

  /** Doubles a conference's programme, twice over: copies of its sessions with their speakers and themes. */
  async function grow(slug: string, times: number) {
    const ds = t.app.get(DataSource);
    await ds.transaction(async (m) => {
      const [c] = await m.query(`SELECT id FROM conferences WHERE slug = '${slug}'`);
      const sessions = await m.findBy(SessionEntity, { conferenceId: c.id });
      const participants = await m.findBy(SessionSpeakerEntity, { sessionId: In(sessions.map((s) => s.id)) });
      for (let i = 0; i < times; i++) {
        const copies = new Map(sessions.map((s) => [s.id, newId()]));
        await m.insert(
          SessionEntity,
          sessions.map((s) => ({ ...s, id: copies.get(s.id)!, title: `${s.title} (${i})` })),
        );
        await m.insert(
          SessionSpeakerEntity,
          participants.map((p) => ({ ...p, sessionId: copies.get(p.sessionId)! })),
        );
        for (const [from, to] of copies)
          await m.query(
            `INSERT INTO session_tracks (session_id, track_id) SELECT '${to}', track_id FROM session_tracks WHERE session_id = '${from}'`,
          );
      }
    });
  }

  it('stays the same when the programme grows fourfold (agenda with speakers, themes, write-ups)', async () => {
    const before = await count(AGENDA, { slug: 'ncasc-2018' });
    await grow('ncasc-2018', 3);
    const after = await count(AGENDA, { slug: 'ncasc-2018' });
    const sessions = (d: unknown) =>
      (d as { conference: { sessions: unknown[] } }).conference.sessions.length;
    expect(sessions(before.data)).toBe(22);
    expect(sessions(after.data)).toBe(88);
    // the same statements (their order follows which loader fires first, which timing may change)
    expect([...after.sql].sort()).toEqual([...before.sql].sort());
    expect(after.n).toBeLessThanOrEqual(25);
  });

  it('stays the same for a theme whose sessions grow fourfold, across conferences', async () => {
    const THEME = `query ($slug: String!) { track(slug: $slug) { name sessions { id title conference { slug year }
      participants { speaker { name } } tracks { slug } } } }`;
    const before = await count(THEME, { slug: 'safeguarding' });
    await grow('ncasc-2017', 3);
    const after = await count(THEME, { slug: 'safeguarding' });
    const sessions = (d: unknown) => (d as { track: { sessions: unknown[] } }).track.sessions.length;
    expect(sessions(after.data)).toBeGreaterThan(sessions(before.data));
    // the same statements (their order follows which loader fires first, which timing may change)
    expect([...after.sql].sort()).toEqual([...before.sql].sort());
  });

  it('is the same for searches with few hits and with many', async () => {
    const SEARCH = `query ($q: String!) { search(query: $q, first: 50) { kind title url conference { slug name } } }`;
    const few = await count(SEARCH, { q: 'Zahawi' });
    const many = await count(SEARCH, { q: 'children' });
    const hits = (d: unknown) => (d as { search: unknown[] }).search.length;
    expect(hits(many.data)).toBeGreaterThan(hits(few.data) * 5);
    expect(many.n).toBe(few.n);
  });

  it('stays the same for a schedule of 2 starred sessions and of 40', async () => {
    const { data } = await t.gql<{ signUp: { token: string } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
      { input: { name: 'Sam Starrer', email: 'sam@council.example', password: 'a-long-password-1' } },
    );
    const auth = { authorization: `Bearer ${data.signUp.token}` };
    const SCHEDULE = `query ($slug: String!) { mySchedule(conferenceSlug: $slug) { days { day count }
      clashes { day sessions { id } } sessions { id title starred room { name } tracks { slug name }
        participants { role capacity speaker { id name organisation } } } } }`;
    await grow('adcs-2018', 3);
    type Listed = { id: string; room: unknown; participants: { speaker: { organisation: string | null } }[] };
    const all = (
      await t.gql<{ conference: { sessions: Listed[] } }>(
        '{ conference(slug: "adcs-2018") { sessions { id room { name } participants { speaker { organisation } } } } }',
      )
    ).data.conference.sessions.slice(0, 40);
    // the two of the small schedule need every kind of row the large one does (a room, an organisation)
    const withOrganisation = all.filter((x) => x.participants.some((p) => p.speaker.organisation));
    const withRoom = all.filter((x) => x.room);
    const pair = [...new Set([withRoom[0] ?? withOrganisation[1], withOrganisation[0]])];
    expect(pair).toHaveLength(2);
    const ids = [...pair, ...all.filter((x) => !pair.includes(x))].map((x) => x.id);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    const ds = t.app.get(DataSource);
    const schedule = async (starred: string[]) => {
      for (const id of starred)
        await t.gqlAs(auth, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id });
      // a new public data version: nothing kept from the last request, so both read as much
      await ds.query(`UPDATE conferences SET name = name WHERE slug = 'adcs-2018'`);
      recorded.take();
      const r = await t.gqlAs<{ mySchedule: { sessions: unknown[] } }>(auth, SCHEDULE, { slug: 'adcs-2018' });
      expect(r.errors).toBeUndefined();
      return { n: recorded.take().length, listed: r.data.mySchedule.sessions.length };
    };
    const few = await schedule(ids.slice(0, 2));
    const many = await schedule(ids.slice(2, 40));
    expect([few.listed, many.listed]).toEqual([2, 40]);
    expect(many.n).toBe(few.n);

    // asked again with the programme unchanged, only the delegate's own rows are read: who they are,
    // the programme's version and their stars (sessions, rooms, themes, speakers and organisations are kept)
    type Seen = {
      mySchedule: { sessions: { id: string; participants: { speaker: { id: string; name: string } }[] }[] };
    };
    recorded.take();
    const again = await t.gqlAs<Seen>(auth, SCHEDULE, { slug: 'adcs-2018' });
    expect(again.data.mySchedule.sessions).toHaveLength(40);
    const read = recorded.take();
    expect(read).toHaveLength(3);
    expect(read.join(' ')).toMatch(/FROM "users".*FROM data_versions.*FROM "stars"/s);
    // a renamed speaker is a new version: the schedule shows the new name at once
    const spoken = again.data.mySchedule.sessions.find((x) => x.participants.length)!;
    const speakerId = spoken.participants[0].speaker.id;
    await ds.query(`UPDATE speakers SET name = 'Renamed Speaker' WHERE id = '${speakerId}'`);
    const after = await t.gqlAs<Seen>(auth, SCHEDULE, { slug: 'adcs-2018' });
    const names = after.data.mySchedule.sessions.flatMap((x) => x.participants.map((p) => p.speaker));
    expect(names.filter((p) => p.id === speakerId).map((p) => p.name)).toContain('Renamed Speaker');
  });

  it("reads only a delegate's notes for myNotes, however many they have (their sessions are kept)", async () => {
    const { data } = await t.gql<{ signUp: { token: string } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
      { input: { name: 'Nia Notes', email: 'nia@council.example', password: 'a-long-password-1' } },
    );
    const auth = { authorization: `Bearer ${data.signUp.token}` };
    const ids = await t.app
      .get(DataSource)
      .query<{ id: string }[]>(`SELECT id FROM sessions ORDER BY id LIMIT 12`);
    const NOTES = `{ myNotes { body cursor session { id title when room { name } } } }`;
    const notes = async (more: { id: string }[]) => {
      for (const { id } of more)
        await t.gqlAs(auth, 'mutation ($input: SaveNoteInput!) { saveNote(input: $input) { id } }', {
          input: { sessionId: id, body: `On ${id}` },
        });
      await t.gqlAs(auth, NOTES); // (the programmes built and kept)
      recorded.take();
      const r = await t.gqlAs<{ myNotes: { session: { id: string } }[] }>(auth, NOTES);
      expect(r.errors).toBeUndefined();
      return { read: recorded.take(), listed: r.data.myNotes.length };
    };
    const few = await notes(ids.slice(0, 2));
    const many = await notes(ids.slice(2));
    expect([few.listed, many.listed]).toEqual([2, 12]);
    // who they are, the programme's version and the notes with their sessions' conferences
    expect(many.read).toHaveLength(3);
    expect(few.read).toHaveLength(3);
    expect(many.read.join(' ')).toMatch(/FROM "users".*FROM "notes"/s);
    expect(many.read.join(' ')).toContain('data_versions');
  });
});
