import { DataSource } from 'typeorm';
import { createTestApp, type GqlError, type TestApp } from '../../test/create-test-app';
import { createConference, createRoom, createSession, createTheme, NCASC_2018 } from '../../test/factories';

const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
const NEW = `{ series: NCASC, year: 2027, name: "NCASC 2027", startsOn: "2027-11-10", endsOn: "2027-11-12",
  city: "Manchester", organisers: ["ADCS", "A new body"], copyFrom: "ncasc-2018" }`;

describe('new editions, their details through the draft, and rooms (GraphQL)', () => {
  let t: TestApp;
  let as: Record<string, string>;
  const org = <T>(query: string, variables?: Record<string, unknown>) => t.gqlAs<T>(as, query, variables);
  const refused = (errors: GqlError[] | undefined) => errors?.[0].extensions;

  beforeAll(async () => {
    t = await createTestApp({
      seed: false,
      env: { ORGANISER_EMAIL: ORGANISER.email, ORGANISER_PASSWORD: ORGANISER.password },
    });
    const ds = t.app.get(DataSource);
    const c2018 = await createConference(ds, NCASC_2018);
    const hall = await createRoom(ds, c2018, 'Exchange Hall', 800);
    await createRoom(ds, c2018, 'Charter 1', 120);
    const send = await createTheme(ds, 'SEND');
    await createTheme(ds, 'Unused theme');
    await createSession(ds, c2018, { title: 'Opening plenary', room: hall, themes: [send] });
    const signIn = await t.gql<{ signIn: { token: string } }>(
      'mutation ($i: SignInInput!) { signIn(input: $i) { token } }',
      { i: ORGANISER },
    );
    as = { authorization: `Bearer ${signIn.data.signIn.token}` };
  });
  afterAll(() => t.close());

  it('refuses a new edition to anyone but an organiser', async () => {
    const res = await t.gql(`mutation { createConference(input: ${NEW}) { slug } }`);
    expect(refused(res.errors)?.code).toBe('UNAUTHENTICATED');
  });

  it('creates NCASC 2027, unpublished, with ncasc-2018’s rooms and themes and nothing else', async () => {
    const res = await org<{ createConference: { slug: string; isPublished: boolean; timezone: string } }>(
      `mutation { createConference(input: ${NEW}) { slug isPublished timezone } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createConference).toEqual({
      slug: 'ncasc-2027',
      isPublished: false,
      timezone: 'Europe/London',
    });
    const draft = await org<{
      draftProgramme: {
        sessions: unknown[];
        organisers: string[];
        rooms: { name: string; capacity: number | null }[];
        themes: { slug: string }[];
      };
    }>(
      '{ draftProgramme(conferenceSlug: "ncasc-2027") { sessions { id } organisers rooms { name capacity } themes { slug } } }',
    );
    expect(draft.data.draftProgramme).toEqual({
      sessions: [],
      organisers: ['A new body', 'ADCS'],
      rooms: [
        { name: 'Charter 1', capacity: 120 },
        { name: 'Exchange Hall', capacity: 800 },
      ],
      themes: [{ slug: 'send' }],
    });
  });

  it.each([
    ['year', '{ series: NCASC, year: 2027 }'],
    ['endsOn', '{ series: NCASC, year: 2028, startsOn: "2028-11-10", endsOn: "2028-11-09" }'],
    ['timezone', '{ series: NCASC, year: 2028, timezone: "Europe/Manchester" }'],
    ['copyFrom', '{ series: NCASC, year: 2028, copyFrom: "ncasc-1999" }'],
  ])('refuses a new edition naming %s, and creates nothing', async (field, input) => {
    const res = await org(`mutation { createConference(input: ${input}) { slug } }`);
    expect(refused(res.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const list = await org<{ conferences: { slug: string }[] }>('{ conferences { slug } }');
    expect(list.data.conferences.map((c) => c.slug)).toEqual(['ncasc-2027', 'ncasc-2018']);
  });

  it('keeps an unpublished edition from the public, not from organisers', async () => {
    const anonymous = await t.gql<{ conference: unknown; conferences: { slug: string }[] }>(
      '{ conference(slug: "ncasc-2027") { slug } conferences { slug } }',
    );
    expect(anonymous.data).toEqual({ conference: null, conferences: [{ slug: 'ncasc-2018' }] });
    const search = await t.gql('{ search(query: "plenary", conferenceSlug: "ncasc-2027") { title } }');
    expect(refused(search.errors)?.code).toBe('NOT_FOUND');
    const organiser = await org<{ conference: { isPublished: boolean } }>(
      '{ conference(slug: "ncasc-2027") { isPublished } }',
    );
    expect(organiser.data.conference).toEqual({ isPublished: false });
  });

  it('changes details in the draft, refuses dates that strand a session, and publishes them with a changelog', async () => {
    const update = await org<{ updateConference: { venue: string } }>(
      'mutation { updateConference(slug: "ncasc-2027", input: { venue: "Manchester Central" }) { venue } }',
    );
    expect(update.errors).toBeUndefined();
    expect(update.data.updateConference.venue).toBe('Manchester Central');
    const add = await org(
      `mutation { createSession(input: { conferenceSlug: "ncasc-2027", title: "Welcome", type: PLENARY,
        timePrecision: DAY, day: "2027-11-12", room: "Exchange Hall" }) { id } }`,
    );
    expect(add.errors).toBeUndefined();
    const strand = await org(
      'mutation { updateConference(slug: "ncasc-2027", input: { endsOn: "2027-11-11" }) { slug } }',
    );
    expect(refused(strand.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    expect(strand.errors?.[0].message).toContain('“Welcome”');
    const zone = await org(
      'mutation { updateConference(slug: "ncasc-2027", input: { timezone: "Mars/Olympus" }) { slug } }',
    );
    expect(refused(zone.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timezone' });

    // the public sees nothing yet; the draft says what will change
    const before = await t.gql<{ conference: unknown }>('{ conference(slug: "ncasc-2027") { slug } }');
    expect(before.data.conference).toBeNull();
    const publish = await org<{
      publishProgramme: {
        changes: { kind: string; field: string | null; before: string | null; after: string | null }[];
      };
    }>('mutation { publishProgramme(conferenceSlug: "ncasc-2027") { changes { kind field before after } } }');
    expect(publish.errors).toBeUndefined();
    expect(publish.data.publishProgramme.changes).toContainEqual({
      kind: 'CONFERENCE_UPDATED',
      field: 'Venue',
      before: 'not given',
      after: 'Manchester Central',
    });
    const after = await t.gql<{
      conference: {
        venue: string;
        isPublished: boolean;
        sessions: { title: string; room: { capacity: number } }[];
      };
    }>('{ conference(slug: "ncasc-2027") { venue isPublished sessions { title room { capacity } } } }');
    expect(after.data.conference).toEqual({
      venue: 'Manchester Central',
      isPublished: true,
      sessions: [{ title: 'Welcome', room: { capacity: 800 } }],
    });
  });

  it('creates, renames, sizes and removes rooms, refusing to remove one a session uses', async () => {
    const created = await org<{ createRoom: { id: string; capacity: number | null } }>(
      'mutation { createRoom(input: { conferenceSlug: "ncasc-2027", name: "Room 3", capacity: 40 }) { id capacity } }',
    );
    expect(created.data.createRoom.capacity).toBe(40);
    const clash = await org(
      'mutation { createRoom(input: { conferenceSlug: "ncasc-2027", name: "room 3" }) { id } }',
    );
    expect(refused(clash.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const zero = await org(
      'mutation { createRoom(input: { conferenceSlug: "ncasc-2027", name: "Room 4", capacity: 0 }) { id } }',
    );
    expect(refused(zero.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });

    const rooms = await org<{ draftProgramme: { rooms: { id: string; name: string }[] } }>(
      '{ draftProgramme(conferenceSlug: "ncasc-2027") { rooms { id name } } }',
    );
    const hall = rooms.data.draftProgramme.rooms.find((r) => r.name === 'Exchange Hall')!;
    const used = await org('mutation ($id: ID!) { removeRoom(id: $id) }', { id: hall.id });
    expect(refused(used.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(used.errors?.[0].message).toContain('“Welcome”');

    const renamed = await org<{ updateRoom: { name: string; capacity: number | null } }>(
      'mutation ($id: ID!) { updateRoom(id: $id, input: { name: "Main Hall", capacity: null }) { name capacity } }',
      { id: hall.id },
    );
    expect(renamed.data.updateRoom).toEqual({ name: 'Main Hall', capacity: null });
    // the draft followed the rename: nothing to publish about the room
    const draft = await org<{ draftProgramme: { sessions: { room: string }[]; changes: unknown[] } }>(
      '{ draftProgramme(conferenceSlug: "ncasc-2027") { sessions { room } changes { kind } } }',
    );
    expect(draft.data.draftProgramme).toEqual({ sessions: [{ room: 'Main Hall' }], changes: [] });

    const removed = await org('mutation ($id: ID!) { removeRoom(id: $id) }', {
      id: created.data.createRoom.id,
    });
    expect(removed.errors).toBeUndefined();
    // the old rename still works on the draft
    const legacy = await org<{ renameRoom: number }>(
      'mutation { renameRoom(input: { conferenceSlug: "ncasc-2027", from: "Main Hall", to: "Hall A" }) }',
    );
    expect(legacy.data.renameRoom).toBe(1);
  });
});
