import { DayPart, TimePrecision } from '@ncasc/shared';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../test/create-test-app';
import {
  createConference,
  createRoundup,
  createSession,
  createSpeaker,
  createTheme,
  NCASC_2018,
} from '../../test/factories';

describe('session(id) and speaker(id) (GraphQL)', () => {
  let t: TestApp;
  let sessionId: string;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const ds = t.app.get(DataSource);
    const conference = await createConference(ds, NCASC_2018);
    // made in the other order: the billing order answered is the session's
    const stanley = await createSpeaker(ds, { name: 'Yvette Stanley', organisation: 'Ofsted' });
    const spielman = await createSpeaker(ds, { name: 'Amanda Spielman', organisation: 'Ofsted' });
    const session = await createSession(ds, conference, {
      title: 'Ofsted: new inspection frameworks',
      timePrecision: TimePrecision.DAY_PART,
      day: '2018-11-14',
      dayPart: DayPart.MORNING,
      themes: [await createTheme(ds, 'Inspection'), await createTheme(ds, 'Education')],
      participants: [
        { speaker: spielman, capacity: 'HMCI, Ofsted' },
        { speaker: stanley, capacity: 'Ofsted' },
      ],
    });
    await createRoundup(ds, conference, {
      title: 'NCASC 2018 Round-up',
      body: 'Amanda Spielman and Yvette Stanley set out Ofsted: new inspection frameworks.',
      sourceOf: [session],
    });
    sessionId = session.id;
  });
  afterAll(() => t.close());

  it('gives a session with its conference, speakers in billing order, themes and source', async () => {
    const { data, errors } = await t.gql<{ session: Record<string, any> }>(
      `query ($id: ID!) { session(id: $id) {
         title when timePrecision dayPart conference { slug }
         speakers { name } participants { role capacity speaker { name } }
         tracks { slug } sourceRoundup { title } roundups { title } } }`,
      { id: sessionId },
    );
    expect(errors).toBeUndefined();
    expect(data.session).toMatchObject({
      when: 'Wednesday morning',
      timePrecision: 'DAY_PART',
      dayPart: 'MORNING',
      conference: { slug: 'ncasc-2018' },
    });
    expect(data.session.speakers.map((s: { name: string }) => s.name)).toEqual([
      'Amanda Spielman',
      'Yvette Stanley',
    ]);
    expect(data.session.participants[0]).toMatchObject({
      role: 'SPEAKER',
      speaker: { name: 'Amanda Spielman' },
    });
    expect(data.session.tracks.map((t: { slug: string }) => t.slug)).toContain('inspection');
    expect(data.session.sourceRoundup.title).toBe('NCASC 2018 Round-up');
    expect(data.session.roundups.map((r: { title: string }) => r.title)).toContain('NCASC 2018 Round-up');
  });

  it('gives a speaker with their organisation and every appearance', async () => {
    const { data: s } = await t.gql<{ session: { speakers: { id: string }[] } }>(
      'query ($id: ID!) { session(id: $id) { speakers { id } } }',
      { id: sessionId },
    );
    const { data } = await t.gql<{ speaker: Record<string, any> }>(
      'query ($id: ID!) { speaker(id: $id) { name role organisation appearances { role session { title } } roundups { title } } }',
      { id: s.session.speakers[0].id },
    );
    expect(data.speaker).toMatchObject({ name: 'Amanda Spielman' });
    expect(data.speaker.appearances.length).toBeGreaterThan(0);
    expect(data.speaker.roundups.map((r: { title: string }) => r.title)).toContain('NCASC 2018 Round-up');
  });

  it('refuses an id that is not a UUID with BAD_USER_INPUT naming id, and answers null for an unknown one', async () => {
    const bad = await t.gql('{ session(id: "1 OR 1=1") { id } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const unknown = await t.gql('{ speaker(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(unknown).toEqual({ data: { speaker: null } });
  });
});
