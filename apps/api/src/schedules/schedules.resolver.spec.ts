import { createTestApp, type TestApp } from '../../test/create-test-app';

const FIELDS = `id title room { name } tracks { slug name } speakers { name }
  participants { role capacity speaker { id name organisation } }`;

type Session = Record<string, unknown> & { id: string };

describe('mySchedule (GraphQL, seeded database)', () => {
  let t: TestApp;
  const signUp = async (email: string): Promise<string> => {
    const { data } = await t.gql<{ signUp: { token: string } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
      { input: { name: 'Dana Delegate', email, password: 'a-long-password-1' } },
    );
    return data.signUp.token;
  };
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives each starred session with the same room, themes and speakers as its own page', async () => {
    const token = await signUp('dana@council.example');
    const auth = { authorization: `Bearer ${token}` };
    const { data } = await t.gql<{ conference: { sessions: { id: string; participants: unknown[] }[] } }>(
      '{ conference(slug: "ncasc-2018") { sessions { id participants { role } } } }',
    );
    // sessions with speakers, and one without any
    const withSpeakers = data.conference.sessions.filter((s) => s.participants.length > 1).slice(0, 4);
    const without = data.conference.sessions.find((s) => s.participants.length === 0);
    const starred = [...withSpeakers, ...(without ? [without] : [])];
    expect(withSpeakers.length).toBeGreaterThan(1);
    for (const s of starred) {
      const r = await t.gqlAs(auth, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', {
        id: s.id,
      });
      expect(r.errors).toBeUndefined();
    }

    const schedule = await t.gqlAs<{ mySchedule: { sessions: Session[] } }>(
      auth,
      `query { mySchedule(conferenceSlug: "ncasc-2018") { sessions { ${FIELDS} } } }`,
    );
    expect(schedule.errors).toBeUndefined();
    const listed = schedule.data.mySchedule.sessions;
    expect(listed.map((s) => s.id).sort()).toEqual(starred.map((s) => s.id).sort());
    for (const s of listed) {
      const page = await t.gql<{ session: Session }>(`query ($id: ID!) { session(id: $id) { ${FIELDS} } }`, {
        id: s.id,
      });
      expect(s).toEqual(page.data.session);
    }
    const named = listed.flatMap((s) => s.participants as { speaker: { name: string } }[]);
    expect(named.every((p) => p.speaker.name.length > 0)).toBe(true);

    // another delegate's schedule holds none of them
    const other = await signUp('eli@council.example');
    const theirs = await t.gqlAs<{ mySchedule: { sessions: Session[] } }>(
      { authorization: `Bearer ${other}` },
      `query { mySchedule(conferenceSlug: "ncasc-2018") { sessions { id } } }`,
    );
    expect(theirs.data.mySchedule.sessions).toEqual([]);
  });
});
