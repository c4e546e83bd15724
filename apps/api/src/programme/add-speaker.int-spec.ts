import type { TestApp } from '../../test/create-test-app';
import { createOrganiserApp, signInAsOrganiser } from '../../test/organiser-app';

/**
 * A new speaker needs a name. addSpeaker's input says so in the schema (a client's types then require
 * it); createSpeaker, whose input shares updateSpeaker's optional name, still works but is deprecated.
 */
describe('addSpeaker and the deprecated createSpeaker (GraphQL)', () => {
  let t: TestApp;
  let as: { authorization: string };
  beforeAll(async () => {
    t = await createOrganiserApp(0);
    as = { authorization: `Bearer ${await signInAsOrganiser(t)}` };
  });
  afterAll(() => t.close());

  it('adds a speaker with a name, role and organisation', async () => {
    const res = await t.gqlAs<{
      addSpeaker: { name: string; role: string | null; organisation: string | null };
    }>(as, 'mutation ($i: CreateSpeakerInput!) { addSpeaker(input: $i) { id name role organisation } }', {
      i: { name: 'Jenny Coles', role: 'ADCS President', organisation: 'ADCS' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.addSpeaker).toMatchObject({
      name: 'Jenny Coles',
      role: 'ADCS President',
      organisation: 'ADCS',
    });
  });

  it('is refused without a name before anything runs, naming the field', async () => {
    const res = await t.gqlAs(as, 'mutation ($i: CreateSpeakerInput!) { addSpeaker(input: $i) { id } }', {
      i: { role: 'Chair' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('name');
    const blank = await t.gqlAs(as, 'mutation { addSpeaker(input: { name: "  " }) { id } }');
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('keeps createSpeaker working, marked deprecated in favour of addSpeaker', async () => {
    const made = await t.gqlAs<{ createSpeaker: { name: string } }>(
      as,
      'mutation { createSpeaker(input: { name: "Glen Garrod" }) { name } }',
    );
    expect(made.data.createSpeaker).toEqual({ name: 'Glen Garrod' });
    const { data } = await t.gql<{
      __type: { fields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] };
      input: { inputFields: { name: string; type: { kind: string } }[] };
    }>(
      `{ __type(name: "Mutation") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
         input: __type(name: "CreateSpeakerInput") { inputFields { name type { kind } } } }`,
    );
    const field = (name: string) => data.__type.fields.find((f) => f.name === name);
    expect(field('createSpeaker')).toMatchObject({ isDeprecated: true });
    expect(field('createSpeaker')?.deprecationReason).toContain('addSpeaker');
    expect(field('addSpeaker')).toMatchObject({ isDeprecated: false });
    expect(data.input.inputFields.find((f) => f.name === 'name')?.type.kind).toBe('NON_NULL');
  });

  it('is for organisers only', async () => {
    const res = await t.gql('mutation { addSpeaker(input: { name: "X" }) { id } }');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
