import type { TestApp } from '../../test/create-test-app';
import { createOrganiserApp, signInAsOrganiser } from '../../test/organiser-app';

describe('Conference.programmeVersions(first) (GraphQL)', () => {
  let t: TestApp;
  let org: string;
  beforeAll(async () => {
    t = await createOrganiserApp(2);
  });
  afterAll(() => t.close());

  it('pages the versions from the newest, 20 by default and at most 100', async () => {
    const token = await signInAsOrganiser(t);
    org = token;
    const { data } = await t.gql<{ conference: { sessions: { id: string }[] } }>(
      '{ conference(slug: "ncasc-2018") { sessions { id } } }',
    );
    // versions 2 and 3: a cancellation each
    for (const id of data.conference.sessions.slice(0, 2).map((s) => s.id)) {
      const as = { authorization: `Bearer ${org}` };
      const cancel = await t.gqlAs(as, 'mutation ($id: ID!) { cancelSession(id: $id) { id } }', { id });
      expect(cancel.errors).toBeUndefined();
      const publish = await t.gqlAs(
        as,
        'mutation { publishProgramme(conferenceSlug: "ncasc-2018") { number } }',
      );
      expect(publish.errors).toBeUndefined();
    }
    const numbers = async (args: string) =>
      (
        await t.gql<{ conference: { programmeVersions: { number: number }[] } }>(
          `{ conference(slug: "ncasc-2018") { programmeVersions${args} { number } } }`,
        )
      ).data.conference.programmeVersions.map((v) => v.number);
    expect(await numbers('')).toEqual([3, 2, 1]);
    expect(await numbers('(first: 2)')).toEqual([3, 2]);
    for (const first of [0, 101]) {
      const res = await t.gql(
        `{ conference(slug: "ncasc-2018") { programmeVersions(first: ${first}) { number } } }`,
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('pages on from a version’s cursor to the older ones, and refuses a cursor that is not one', async () => {
    type Versions = { conference: { programmeVersions: { number: number; cursor: string }[] } };
    const page = async (args: string) =>
      (
        await t.gql<Versions>(
          `{ conference(slug: "ncasc-2018") { programmeVersions${args} { number cursor } } }`,
        )
      ).data.conference.programmeVersions;
    const first = await page('(first: 1)');
    expect(first.map((v) => v.number)).toEqual([3]);
    const second = await page(`(first: 1, after: "${first[0].cursor}")`);
    expect(second.map((v) => v.number)).toEqual([2]);
    expect((await page(`(after: "${second[0].cursor}")`)).map((v) => v.number)).toEqual([1]);
    const last = await page('(first: 3)');
    expect(await page(`(after: "${last[2].cursor}")`)).toEqual([]);
    for (const bad of ['nonsense', Buffer.from('["session",3]').toString('base64url')]) {
      const res = await t.gql(
        `{ conference(slug: "ncasc-2018") { programmeVersions(after: "${bad}") { number } } }`,
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
