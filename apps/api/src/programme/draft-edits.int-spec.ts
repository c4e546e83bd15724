import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../test/create-test-app';
import { createConference, createSession, NCASC_2018 } from '../../test/factories';

const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };

describe('draft edits at the same time (GraphQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      seed: false,
      env: { ORGANISER_EMAIL: ORGANISER.email, ORGANISER_PASSWORD: ORGANISER.password },
    });
    const ds = t.app.get(DataSource);
    const conference = await createConference(ds, NCASC_2018);
    for (let i = 0; i < 8; i++) await createSession(ds, conference);
  });
  afterAll(() => t.close());

  it('keeps every one of several edits sent together (none overwrites another’s draft)', async () => {
    const signIn = await t.gql<{ signIn: { token: string } }>(
      'mutation ($i: SignInInput!) { signIn(input: $i) { token } }',
      { i: ORGANISER },
    );
    const as = { authorization: `Bearer ${signIn.data.signIn.token}` };
    const { data } = await t.gql<{ conference: { sessions: { id: string }[] } }>(
      '{ conference(slug: "ncasc-2018") { sessions { id } } }',
    );
    const ids = data.conference.sessions.slice(0, 8).map((s) => s.id);
    const results = await Promise.all(
      ids.map((id, i) =>
        t.gqlAs(
          as,
          'mutation ($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id } }',
          {
            id,
            i: { title: `Renamed ${i}` },
          },
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(ids.map(() => undefined));
    const draft = await t.gqlAs<{ draftProgramme: { sessions: { id: string; title: string }[] } }>(
      as,
      '{ draftProgramme(conferenceSlug: "ncasc-2018") { sessions { id title } } }',
    );
    const titles = new Map(draft.data.draftProgramme.sessions.map((s) => [s.id, s.title]));
    expect(ids.map((id) => titles.get(id))).toEqual(ids.map((_, i) => `Renamed ${i}`));
  });
});
