import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callAs, getText, ROOT, type RunningApp, signIn, signUp, startApp } from './support/start-app';

/**
 * Programme import through GraphQL on the built app: a sheet with bad rows previewed, the fixed sheet
 * imported and published, re-imports that change nothing or only what was corrected (stars stay), and
 * our own exports and pretalx's example imported into other conferences.
 */
const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
const PRETALX = join(ROOT, '..', 'shared', 'standards', 'example-pretalx-democon.json');
const IMPORT = `mutation ($i: ImportProgrammeInput!) { importProgramme(input: $i) {
  applied unchanged added { key title day } updated { key title changes } removed { key title }
  problems { row column event message } } }`;
const PUBLISH =
  'mutation ($s: String!) { publishProgramme(conferenceSlug: $s, acceptWarnings: true) { number } }';
const SESSIONS = `query ($s: String!) { conference(slug: $s) { sessions {
  id title type status timePrecision day dayPart startsAt endsAt room { name } speakers { name } } } }`;

interface Report {
  applied: boolean;
  unchanged: number;
  added: { key: string; title: string; day: string | null }[];
  updated: { key: string; title: string; changes: string[] }[];
  removed: { key: string; title: string }[];
  problems: { row: number | null; column: string | null; event: string | null; message: string }[];
}
interface PublicSession {
  id: string;
  title: string;
  type: string;
  status: string;
  timePrecision: string;
  day: string | null;
  dayPart: string | null;
  startsAt: string | null;
  endsAt: string | null;
  room: { name: string } | null;
  speakers: { name: string }[];
}

const DAYS = ['2027-11-10', '2027-11-11', '2027-11-12'];
const ROOMS = ['Exchange Hall', 'Charter Room', 'Room 3'];

/** 40 sessions: exact times, day parts and day-only ones, with rooms, themes and speakers. */
function sheet(edit: (row: string[], i: number) => string[] = (r) => r): string {
  const rows = Array.from({ length: 40 }, (_, i) => {
    const day = DAYS[i % 3];
    const hour = 9 + Math.floor(i / 3);
    const row =
      i % 10 === 8
        ? [
            `s${i + 1}`,
            `Session ${i + 1}`,
            'WORKSHOP',
            day,
            '',
            '',
            'afternoon',
            ROOMS[i % 3],
            'Early help',
            '',
            '',
          ]
        : i % 10 === 9
          ? [`s${i + 1}`, `Session ${i + 1}`, 'SOCIAL', day, '', '', '', '', '', '', '']
          : [
              `s${i + 1}`,
              `Session ${i + 1}`,
              'PLENARY',
              day,
              `${String(hour).padStart(2, '0')}:00`,
              `${String(hour).padStart(2, '0')}:45`,
              '',
              ROOMS[i % 3],
              'Leadership; SEND',
              `"Speaker ${i + 1} (Director, Council ${i + 1}); Chair ${i % 4}"`,
              `About session ${i + 1}`,
            ];
    return edit(row, i).join(',');
  });
  return `id,title,type,day,start,end,day_part,room,themes,speakers,summary\n${rows.join('\n')}\n`;
}

let app: RunningApp;
let organiser: string;
const run = async (slug: string, format: string, content: string, dryRun = false): Promise<Report> => {
  const r = await callAs(app.url, organiser, IMPORT, {
    i: { conferenceSlug: slug, format, content, dryRun },
  });
  expect(r.errors).toBeUndefined();
  return r.data.importProgramme as Report;
};
const publish = async (slug: string) => {
  const r = await callAs(app.url, organiser, PUBLISH, { s: slug });
  expect(r.errors).toBeUndefined();
};
const published = async (slug: string): Promise<PublicSession[]> =>
  (await callAs(app.url, null, SESSIONS, { s: slug })).data.conference.sessions as PublicSession[];
/** A new edition as an organiser creates it: unpublished until its first publish. */
const newConference = async (
  slug: string,
  startsOn: string | null,
  endsOn: string | null,
  timezone = 'Europe/London',
  copyFrom?: string,
) => {
  const [series, year] = slug.split('-');
  const r = await callAs(
    app.url,
    organiser,
    'mutation ($i: CreateConferenceInput!) { createConference(input: $i) { slug isPublished } }',
    {
      i: {
        series: series.toUpperCase(),
        year: Number(year),
        name: `Conference ${slug}`,
        startsOn,
        endsOn,
        timezone,
        copyFrom,
      },
    },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data.createConference).toEqual({ slug, isPublished: false });
};

beforeAll(async () => {
  app = await startApp({ ORGANISER_EMAIL: ORGANISER.email, ORGANISER_PASSWORD: ORGANISER.password });
  organiser = await signIn(app.url, ORGANISER.email, ORGANISER.password);
  await newConference('ncasc-2027', '2027-11-10', '2027-11-12', 'Europe/London', 'ncasc-2018');
});
afterAll(() => app?.stop());

describe('importing a programme sheet', () => {
  it('previews a sheet with three bad rows: exactly those rows, nothing changed', async () => {
    const bad = sheet((row, i) => {
      if (i === 4) row[3] = '2027-12-25'; // outside the conference (row 6)
      if (i === 11) row[4] = '9 o’clock'; // not a time (row 13)
      if (i === 29) row[1] = ''; // no title (row 31)
      return row;
    });
    const report = await run('ncasc-2027', 'CSV', bad, true);
    expect(report.applied).toBe(false);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [13, 'start'],
      [31, 'title'],
      [6, 'start'],
    ]);
    // for real, too: with problems nothing goes into the draft
    expect((await run('ncasc-2027', 'CSV', bad)).applied).toBe(false);
    const draft = await callAs(
      app.url,
      organiser,
      '{ draftProgramme(conferenceSlug: "ncasc-2027") { sessions { id } } }',
    );
    expect(draft.data.draftProgramme.sessions).toEqual([]);
  });

  it('imports the fixed sheet, publishes it, and the agenda, calendar and frab export show it', async () => {
    const preview = await run('ncasc-2027', 'CSV', sheet(), true);
    expect(preview).toMatchObject({ applied: false, problems: [] });
    expect(preview.added).toHaveLength(40);
    const report = await run('ncasc-2027', 'CSV', sheet());
    expect(report).toMatchObject({ applied: true, problems: [], unchanged: 0 });
    // in the draft only: the public does not see the edition until it is published
    expect((await callAs(app.url, null, SESSIONS, { s: 'ncasc-2027' })).data.conference).toBeNull();
    expect((await getText(app.url, '/schedule/ncasc-2027.xml')).status).toBe(404);
    await publish('ncasc-2027');

    const sessions = await published('ncasc-2027');
    expect(sessions).toHaveLength(40);
    const first = sessions.find((s) => s.title === 'Session 1')!;
    expect(first).toMatchObject({
      timePrecision: 'EXACT',
      startsAt: '2027-11-10T09:00:00.000Z',
      endsAt: '2027-11-10T09:45:00.000Z',
      room: { name: 'Exchange Hall' },
      speakers: [{ name: 'Speaker 1' }, { name: 'Chair 0' }],
    });
    expect(sessions.find((s) => s.title === 'Session 9')).toMatchObject({
      timePrecision: 'DAY_PART',
      dayPart: 'AFTERNOON',
    });
    expect(sessions.find((s) => s.title === 'Session 10')).toMatchObject({
      timePrecision: 'DAY',
      room: null,
    });

    const ics = await getText(app.url, '/calendar/conferences/ncasc-2027.ics');
    expect(ics.status).toBe(200);
    expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(40);
    expect(ics.body).toContain('SUMMARY:Session 1\r\n');
    const xml = await getText(app.url, '/schedule/ncasc-2027.xml');
    expect(xml.status).toBe(200);
    expect(xml.body.match(/<event /g)).toHaveLength(40);
    expect(xml.body).toContain('<title>Session 40</title>');
  });

  it('reports 0 changes for the same sheet again', async () => {
    expect(await run('ncasc-2027', 'CSV', sheet())).toMatchObject({
      applied: true,
      added: [],
      updated: [],
      removed: [],
      unchanged: 40,
    });
  });

  it('keeps a delegate’s star on a session a corrected sheet moves', async () => {
    const delegate = await signUp(app.url, 'Dana Delegate');
    const id = (await published('ncasc-2027')).find((s) => s.title === 'Session 7')!.id;
    expect(
      (await callAs(app.url, delegate, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id }))
        .errors,
    ).toBeUndefined();

    const corrected = sheet((row, i) => {
      if (i === 6) row[7] = 'Charter Room';
      return row;
    });
    const report = await run('ncasc-2027', 'CSV', corrected);
    expect(report.updated).toEqual([
      { key: 's7', title: 'Session 7', changes: ['room: Exchange Hall → Charter Room'] },
    ]);
    expect(report.unchanged).toBe(39);
    await publish('ncasc-2027');
    const r = await callAs(
      app.url,
      delegate,
      'query ($id: ID!) { session(id: $id) { starred room { name } } }',
      { id },
    );
    expect(r.data.session).toEqual({ starred: true, room: { name: 'Charter Room' } });
  });
});

describe('importing schedules', () => {
  const comparable = (sessions: PublicSession[]) =>
    sessions
      .filter((s) => s.timePrecision !== 'UNKNOWN')
      .map((s) => ({
        title: s.title,
        type: s.type,
        status: s.status,
        timing: [s.timePrecision, s.startsAt ? null : s.day, s.dayPart, s.startsAt, s.endsAt],
        room: s.room?.name ?? null,
        speakers: s.speakers.map((p) => p.name),
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  it.each([
    ['FRAB_XML', 'xml', 'ncasc-2030'],
    ['SCHEDULE_JSON', 'json', 'ncasc-2031'],
  ])(
    'imports our own %s export of ncasc-2018 with the same sessions, speakers, rooms and precisions',
    async (format, ext, slug) => {
      await newConference(slug, null, null);
      const file = await getText(app.url, `/schedule/ncasc-2018.${ext}`);
      const report = await run(slug, format, file.body);
      expect(report.problems).toEqual([]);
      expect(report.applied).toBe(true);
      await publish(slug);
      const original = comparable(await published('ncasc-2018'));
      expect(original.length).toBeGreaterThan(20);
      expect(comparable(await published(slug))).toEqual(original);
      // and again: nothing to change
      expect(await run(slug, format, file.body, true)).toMatchObject({ added: [], updated: [], removed: [] });
    },
  );

  it('imports pretalx’s example schedule JSON', async () => {
    await newConference('adcs-2020', '2020-12-14', '2020-12-16', 'UTC');
    const report = await run('adcs-2020', 'SCHEDULE_JSON', readFileSync(PRETALX, 'utf8'));
    expect(report.problems).toEqual([]);
    expect(report.added).toHaveLength(36);
    await publish('adcs-2020');
    const sessions = await published('adcs-2020');
    expect(sessions.find((s) => s.title === 'Focused 5thgeneration hardware')).toMatchObject({
      timePrecision: 'EXACT',
      startsAt: '2020-12-14T08:00:00.000Z',
      room: { name: 'Gray Room' },
      speakers: [{ name: 'Brian Robinson' }],
    });
  });
});
