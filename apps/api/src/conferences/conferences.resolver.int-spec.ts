import { ConferenceSeries, SessionType } from '@ncasc/shared';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../test/create-test-app';
import { createConference, createSession, NCASC_2018 } from '../../test/factories';

describe('conferences (GraphQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const ds = t.app.get(DataSource);
    // made out of order, so that the order answered is the API's
    for (const [slug, year] of [
      ['ncasc-2017', 2017],
      ['adcs-2022', 2022],
      ['ncasc-2015', 2015],
      ['adcs-2018', 2018],
      ['ncasc-2022', 2022],
    ] as const)
      await createConference(ds, {
        slug,
        year,
        series: slug.startsWith('adcs') ? ConferenceSeries.ADCS : ConferenceSeries.NCASC,
      });
    const ncasc2018 = await createConference(ds, NCASC_2018);
    for (const [day, type] of [
      ['2018-11-16', SessionType.PLENARY],
      [null, SessionType.FRINGE],
      ['2018-11-15', SessionType.WORKSHOP],
      ['2018-11-14', SessionType.KEYNOTE],
      ['2018-11-15', SessionType.PLENARY],
      ['2018-11-15', null],
    ] as const)
      await createSession(ds, ncasc2018, { day, type });
  });
  afterAll(() => t.close());

  it('lists every conference, newest first', async () => {
    const { data, errors } = await t.gql<{ conferences: { slug: string; year: number }[] }>(
      '{ conferences { slug year } }',
    );
    expect(errors).toBeUndefined();
    const slugs = data.conferences.map((c) => c.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        'ncasc-2015',
        'ncasc-2017',
        'ncasc-2018',
        'ncasc-2022',
        'adcs-2018',
        'adcs-2022',
      ]),
    );
    const years = data.conferences.map((c) => c.year);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });

  it('gives NCASC 2018 in Manchester, 14–16 November, with its agenda in day order', async () => {
    const { data } = await t.gql<{
      conference: {
        city: string;
        startsOn: string;
        endsOn: string;
        days: string[];
        sessions: { day: string | null }[];
      };
    }>('{ conference(slug: "ncasc-2018") { city startsOn endsOn days sessions { day } } }');
    expect(data.conference).toMatchObject({
      city: 'Manchester',
      startsOn: '2018-11-14',
      endsOn: '2018-11-16',
    });
    expect(data.conference.days).toEqual(['2018-11-14', '2018-11-15', '2018-11-16']);
    const days = data.conference.sessions.map((s) => s.day ?? '9999');
    expect([...days].sort()).toEqual(days);
  });

  it('filters the agenda by day and type', async () => {
    const { data } = await t.gql<{ conference: { sessions: { day: string; type: string }[] } }>(
      '{ conference(slug: "ncasc-2018") { sessions(day: "2018-11-15") { day type } } }',
    );
    expect(data.conference.sessions.length).toBeGreaterThan(0);
    expect(data.conference.sessions.every((s) => s.day === '2018-11-15')).toBe(true);
  });

  it('answers type null for a session whose sources do not state it, and keeps it out of type filters', async () => {
    const { data, errors } = await t.gql<{
      conference: { all: { type: string | null }[]; plenary: { type: string | null }[] };
    }>(
      `{ conference(slug: "ncasc-2018") { all: sessions(day: "2018-11-15") { type } plenary: sessions(day: "2018-11-15", type: PLENARY) { type } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.conference.all.map((s) => s.type).sort()).toEqual(['PLENARY', 'WORKSHOP', null]);
    expect(data.conference.plenary).toEqual([{ type: 'PLENARY' }]);
  });

  it('answers null for an unknown slug and BAD_USER_INPUT naming slug for a malformed one', async () => {
    expect((await t.gql('{ conference(slug: "ncasc-1999") { slug } }')).data).toEqual({ conference: null });
    const bad = await t.gql('{ conference(slug: "NCASC 2018!") { slug } }');
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'slug' });
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
