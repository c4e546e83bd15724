import { SpeakerRole } from '@ncasc/shared';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../test/create-test-app';
import {
  createConference,
  createRoom,
  createSession,
  createSpeaker,
  createTheme,
  NCASC_2018,
} from '../../test/factories';

const FIELDS = `id title room { name } tracks { slug name } speakers { name }
  participants { role capacity speaker { id name organisation } }`;

type Session = Record<string, unknown> & { id: string };

describe('mySchedule (GraphQL)', () => {
  let t: TestApp;
  const signUp = async (email: string): Promise<string> => {
    const { data } = await t.gql<{ signUp: { token: string } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
      { input: { name: 'Dana Delegate', email, password: 'a-long-password-1' } },
    );
    return data.signUp.token;
  };
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const ds = t.app.get(DataSource);
    const conference = await createConference(ds, NCASC_2018);
    const [hall, suite] = [
      await createRoom(ds, conference, 'Hall 1'),
      await createRoom(ds, conference, 'Suite 4'),
    ];
    const [send, funding] = [await createTheme(ds, 'SEND'), await createTheme(ds, 'Funding')];
    const chair = await createSpeaker(ds, {
      name: 'Stuart Gallimore',
      organisation: 'East Sussex County Council',
    });
    const people = [
      await createSpeaker(ds, { name: 'Matt Dunkley', organisation: 'Kent County Council' }),
      await createSpeaker(ds, { name: 'Glen Garrod' }),
      await createSpeaker(ds, { name: 'Donna Malloy', organisation: 'Ofsted' }),
    ];
    await createSession(ds, conference, {
      room: hall,
      themes: [funding],
      participants: [{ speaker: chair, role: SpeakerRole.CHAIR }, people[0], people[1]],
    });
    await createSession(ds, conference, {
      room: suite,
      themes: [send, funding],
      participants: [people[2], chair],
    });
    await createSession(ds, conference, {
      participants: [people[1], { speaker: people[0], capacity: 'ADCS' }],
    });
    await createSession(ds, conference, { room: hall, participants: [people[2]] });
    await createSession(ds, conference, { title: 'Drinks reception', room: hall });
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
