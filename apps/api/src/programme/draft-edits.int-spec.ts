import type { TestApp } from '../../test/create-test-app';
import { createOrganiserApp, signInAsOrganiser } from '../../test/organiser-app';

describe('draft edits at the same time (GraphQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createOrganiserApp(8);
  });
  afterAll(() => t.close());

  it('keeps every one of several edits sent together (none overwrites another’s draft)', async () => {
    const token = await signInAsOrganiser(t);
    const as = { authorization: `Bearer ${token}` };
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
