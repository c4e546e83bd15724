import { gql, type RunningApp, startApp } from './support/start-app';

/**
 * The seeded programmes, checked through the public GraphQL API of the built app started as a user
 * starts it. Each expectation is a fact stated in the conference's source post (../shared/seeds).
 */
interface Expected {
  slug: string;
  name: RegExp;
  city: string | null;
  startsOn: string | null;
  endsOn: string | null;
  hashtag?: string;
  speakers: string[];
  sessions: RegExp[];
}

const CONFERENCES: Expected[] = [
  {
    slug: 'ncasc-2015',
    name: /National Children and Adult Services Conference 2015/,
    city: 'Bournemouth',
    startsOn: null, // the report says only "this month"
    endsOn: null,
    speakers: ['Sally Rowe', 'Gail Hopper', 'Jon Rouse', 'Eleanor Schooling'],
    sessions: [/radicalisation/i, /care leavers/i, /mental health/i, /Ofsted|inspection/i],
  },
  {
    slug: 'ncasc-2017',
    name: /National Children and Adult Services Conference 2017/,
    city: 'Bournemouth',
    startsOn: '2017-10-11',
    endsOn: '2017-10-13',
    hashtag: '#NCASC17',
    speakers: ['Alison Michalska', 'Martin Narey', 'Robert Goodwill', 'Anne Longfield'],
    sessions: [/Fostering Stocktake/i, /quiz/i],
  },
  {
    slug: 'ncasc-2018',
    name: /National Children and Adult Services Conference 2018/,
    city: 'Manchester',
    startsOn: '2018-11-14',
    endsOn: '2018-11-16',
    hashtag: '#NCASC18',
    speakers: [
      'Stuart Gallimore',
      'Amanda Spielman',
      'Yvette Stanley',
      'Nadhim Zahawi',
      'Carol Brookes',
      'Andy Burnham',
      'Matt Dunkley',
    ],
    sessions: [/Ofsted/, /No Wrong Door/, /Safeguarding Pressures/, /SEND/],
  },
  {
    slug: 'ncasc-2022',
    name: /National Children and Adult Services Conference 2022/,
    city: null, // neither post names the city
    startsOn: '2022-11-02',
    endsOn: '2022-11-04',
    speakers: ['Steve Crocker'],
    sessions: [/Regional Improvement and Innovation Alliances/, /Transitional Safeguarding/, /hope/i],
  },
  {
    slug: 'adcs-2018',
    name: /ADCS Annual Conference 2018/,
    city: 'Manchester',
    startsOn: '2018-07-04',
    endsOn: '2018-07-06',
    speakers: ['McFarlane', 'Indra Morris', 'Stuart Gallimore', 'Damian Hinds', 'Nadhim Zahawi'],
    sessions: [/family justice/i, /Care Crisis Review/],
  },
  {
    slug: 'adcs-2022',
    name: /ADCS Annual Conference 2022/,
    city: null,
    startsOn: null,
    endsOn: null,
    speakers: ['Steve Crocker'],
    sessions: [/President/],
  },
];

const AGENDA = `query ($slug: String!) {
  conference(slug: $slug) {
    slug name series year city venue startsOn endsOn timezone hashtag
    speakers { id name }
    sessions { id title type status timePrecision day dayPart startsAt endsAt when room { name } speakers { name } }
    roundups { title author publishedOn publication bodyHtml }
  }
}`;

type Agenda = {
  conference: {
    slug: string;
    name: string;
    city: string | null;
    venue: string | null;
    startsOn: string | null;
    endsOn: string | null;
    timezone: string;
    hashtag: string | null;
    speakers: { id: string; name: string }[];
    sessions: {
      id: string;
      title: string;
      timePrecision: string;
      day: string | null;
      dayPart: string | null;
      startsAt: string | null;
      endsAt: string | null;
      when: string;
      speakers: { name: string }[];
    }[];
    roundups: {
      title: string;
      author: string | null;
      publishedOn: string | null;
      publication: string | null;
      bodyHtml: string;
    }[];
  } | null;
};

describe('the seeded programmes, through GraphQL on the built app', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.stop());

  it('seeds an empty database on first start and lists every conference the posts report on', async () => {
    const { data } = await gql<{ conferences: { slug: string }[] }>(app.url, '{ conferences { slug } }');
    expect(data.conferences.map((c) => c.slug)).toEqual(
      expect.arrayContaining(CONFERENCES.map((c) => c.slug)),
    );
  });

  describe.each(CONFERENCES)('$slug', (expected) => {
    let c: NonNullable<Agenda['conference']>;
    beforeAll(async () => {
      const { data, errors } = await gql<Agenda>(app.url, AGENDA, { slug: expected.slug });
      expect(errors).toBeUndefined();
      c = data.conference!;
    });

    it('has the name, place and dates its post gives (and nothing it does not)', () => {
      expect(c.name).toMatch(expected.name);
      expect(c.city).toBe(expected.city);
      expect(c.startsOn).toBe(expected.startsOn);
      expect(c.endsOn).toBe(expected.endsOn);
      expect(c.timezone).toBe('Europe/London');
      if (expected.hashtag) expect(c.hashtag).toBe(expected.hashtag);
    });

    it('lists the speakers its post names', () => {
      expect(c.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(expected.speakers));
    });

    it('has the sessions its post describes', () => {
      for (const title of expected.sessions)
        expect(c.sessions.map((s) => s.title)).toContainEqual(expect.stringMatching(title));
    });

    it('keeps its post as a write-up with a rendered body', () => {
      expect(c.roundups.length).toBeGreaterThan(0);
      expect(c.roundups[0].bodyHtml).toMatch(/<p>/);
      expect(c.roundups[0].publication).toBeTruthy();
    });

    it('never invents a clock time: only EXACT sessions have instants; DAY_PART ones say the part of the day', () => {
      for (const s of c.sessions) {
        if (s.timePrecision !== 'EXACT') {
          expect(s.startsAt).toBeNull();
          expect(s.endsAt).toBeNull();
          expect(s.when).not.toMatch(/\d{1,2}:\d{2}/);
        }
        if (s.timePrecision === 'DAY_PART') {
          expect(s.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(s.when).toMatch(
            new RegExp(
              `^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ${s.dayPart!.toLowerCase()}$`,
            ),
          );
        }
        if (s.timePrecision === 'UNKNOWN') {
          expect(s.day).toBeNull();
          expect(s.when).toBe('Time not given');
        }
        if (s.day && c.startsOn && c.endsOn) {
          expect(s.day >= c.startsOn && s.day <= c.endsOn).toBe(true);
        }
      }
    });
  });

  it('shows a session the post places on "Thursday morning" as exactly that', async () => {
    const { data } = await gql<Agenda>(app.url, AGENDA, { slug: 'ncasc-2018' });
    const contextual = data.conference!.sessions.find((s) => /contextual safeguarding/i.test(s.title))!;
    expect(contextual).toMatchObject({
      timePrecision: 'DAY_PART',
      day: '2018-11-15',
      dayPart: 'MORNING',
      startsAt: null,
      when: 'Thursday morning',
    });
  });

  it('keeps the 2015 report’s author, date and publication', async () => {
    const { data } = await gql<Agenda>(app.url, AGENDA, { slug: 'ncasc-2015' });
    expect(data.conference!.roundups).toContainEqual(
      expect.objectContaining({
        author: 'Neil Puffett',
        publishedOn: '2015-10-27',
        publication: 'Children & Young People Now',
      }),
    );
  });

  it('makes a person who spoke at several conferences one speaker, with every session by year', async () => {
    const { data: a } = await gql<Agenda>(app.url, AGENDA, { slug: 'adcs-2018' });
    const { data: n } = await gql<Agenda>(app.url, AGENDA, { slug: 'ncasc-2018' });
    const idA = a.conference!.speakers.find((s) => s.name === 'Stuart Gallimore')!.id;
    const idN = n.conference!.speakers.find((s) => s.name === 'Stuart Gallimore')!.id;
    expect(idA).toBe(idN);
    const { data } = await gql<{
      speaker: {
        name: string;
        sessions: { conference: { slug: string } }[];
        conferences: { slug: string }[];
      };
    }>(
      app.url,
      'query ($id: ID!) { speaker(id: $id) { name sessions { conference { slug } } conferences { slug } } }',
      { id: idA },
    );
    expect(data.speaker.conferences.map((c) => c.slug)).toEqual(['adcs-2018', 'ncasc-2018']);
    const order = data.speaker.sessions.map((s) => s.conference.slug);
    expect(order.indexOf('ncasc-2018')).toBeGreaterThan(order.lastIndexOf('adcs-2018'));
  });

  it('records for each seeded session and speaker the post it came from', async () => {
    const { data } = await gql<Agenda>(app.url, AGENDA, { slug: 'ncasc-2017' });
    const id = data.conference!.sessions[0].id;
    const { data: s } = await gql<{
      session: {
        sourceRoundup: { title: string; sourceFile: string };
        sourceEvidence: string;
        speakers: { sourceRoundup: { title: string } | null }[];
      };
    }>(
      app.url,
      'query ($id: ID!) { session(id: $id) { sourceRoundup { title sourceFile } sourceEvidence speakers { sourceRoundup { title } } } }',
      { id },
    );
    expect(s.session.sourceRoundup.title).toMatch(/NCASC 2017/);
    expect(s.session.sourceRoundup.sourceFile).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    expect(s.session.sourceEvidence).toBeTruthy();
    for (const sp of s.session.speakers) expect(sp.sourceRoundup).not.toBeNull();
  });
});

describe('error shapes', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ SEED_ON_START: 'false' });
  });
  afterAll(() => app.stop());

  it('answers null for an unknown slug or id', async () => {
    const r = await gql(
      app.url,
      '{ conference(slug: "adcs-1999") { slug } session(id: "00000000-0000-4000-8000-000000000000") { id } speaker(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ conference: null, session: null, speaker: null });
  });

  it.each([
    ['{ conference(slug: "ncasc 2018") { slug } }', 'slug'],
    ['{ conference(slug: "") { slug } }', 'slug'],
    ['{ session(id: "42") { id } }', 'id'],
    ['{ speaker(id: "robert\'); DROP TABLE speakers;--") { id } }', 'id'],
    ['{ conference(slug: "ncasc-2018") { sessions(day: "2018-02-30") { id } } }', 'day'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (query, field) => {
    const r = await gql(app.url, query);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    if (field) expect(r.errors?.[0].extensions?.field).toBe(field);
    expect(r.errors?.[0].message).toBeTruthy();
  });

  it.each([
    ['{ conference(slug: "ncasc-2018") { slug ', 'GRAPHQL_PARSE_FAILED'],
    ['{ conference(slug: "ncasc-2018") { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['{ conference { slug } }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('reports a malformed request %s as %s', async (query, code) => {
    const r = await gql(app.url, query);
    expect(r.errors?.[0].extensions?.code).toBe(code);
  });

  it('refuses a variable of the wrong type as BAD_USER_INPUT', async () => {
    const r = await gql(app.url, 'query ($slug: String!) { conference(slug: $slug) { slug } }', {
      slug: 2018,
    });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never sends a stack trace or a server path to the client', async () => {
    for (const query of [
      '{ session(id: "x") { id } }',
      '{ conference(slug: "ncasc-2018") { slug ',
      '{ __typename ',
    ]) {
      const r = await gql(app.url, query);
      expect(r.raw).not.toMatch(/stacktrace|\bat .+\.(js|ts):\d+|\/work\/|node_modules|apps\/api/);
    }
  });
});

describe('start-up with a bad environment', () => {
  it('exits at once naming each bad variable, without a stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const { join } = await import('node:path');
    const { ROOT } = await import('./support/start-app');
    const run = spawnSync(process.execPath, [join(ROOT, 'apps', 'api', 'dist', 'main.js')], {
      env: { PATH: process.env.PATH ?? '', PORT: 'eighty', DATABASE_URL: 'mysql://db/prog' },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PORT must be a whole number \(got "eighty"\)/);
    expect(run.stderr).toMatch(/DATABASE_URL must be sqlite:<path> or postgres:/);
    expect(run.stderr).not.toMatch(/\bat .+\.js:\d+/);
  });
});
