import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../../test/create-test-app';
import { createConference, createSession } from '../../../test/factories';
import { SessionEntity } from '../../sessions/session.entity';
import { SpeakerEntity } from '../../speakers/speaker.entity';

const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
const IMPORT = `mutation ($i: ImportProgrammeInput!) { importProgramme(input: $i) {
  applied unchanged added { key title day changes } updated { key title changes } removed { key title }
  problems { row column event message } } }`;

interface Report {
  applied: boolean;
  unchanged: number;
  added: { key: string; title: string; day: string | null; changes: string[] }[];
  updated: { key: string; title: string; changes: string[] }[];
  removed: { key: string; title: string }[];
  problems: { row: number | null; column: string | null; event: string | null; message: string }[];
}

const SHEET = `id,title,type,day,start,end,day_part,room,themes,speakers,summary
k1,Opening,KEYNOTE,2027-11-10,09:30,10:15,,Hall 1,Early help,"Pat Doe (Director, Leeds City Council)",Welcome
k2,Workshop A,WORKSHOP,2027-11-10,,,afternoon,Room 2,,,
k3,Dinner,SOCIAL,2027-11-11,,,,,,,
`;

describe('importProgramme (GraphQL)', () => {
  let t: TestApp;
  let as: Record<string, string>;
  let ds: DataSource;
  const run = async (content: string, extra: Record<string, unknown> = {}) => {
    const r = await t.gqlAs<{ importProgramme: Report }>(as, IMPORT, {
      i: { conferenceSlug: 'ncasc-2027', format: 'CSV', content, ...extra },
    });
    expect(r.errors).toBeUndefined();
    return r.data.importProgramme;
  };
  const draft = async () =>
    (
      await t.gqlAs<{ draftProgramme: { sessions: { id: string; title: string; removed: boolean }[] } }>(
        as,
        '{ draftProgramme(conferenceSlug: "ncasc-2027") { sessions { id title removed } } }',
      )
    ).data.draftProgramme.sessions;

  beforeAll(async () => {
    t = await createTestApp({
      seed: false,
      env: { ORGANISER_EMAIL: ORGANISER.email, ORGANISER_PASSWORD: ORGANISER.password },
    });
    ds = t.app.get(DataSource);
    const conference = await createConference(ds, {
      slug: 'ncasc-2027',
      year: 2027,
      startsOn: '2027-11-10',
      endsOn: '2027-11-12',
    });
    await createSession(ds, conference, { title: 'Made in the editor', day: '2027-11-12' });
    const signIn = await t.gql<{ signIn: { token: string } }>(
      'mutation ($i: SignInInput!) { signIn(input: $i) { token } }',
      { i: ORGANISER },
    );
    as = { authorization: `Bearer ${signIn.data.signIn.token}` };
  });
  afterAll(() => t.close());

  it('is for organisers only', async () => {
    const r = await t.gql(IMPORT, { i: { conferenceSlug: 'ncasc-2027', format: 'CSV', content: SHEET } });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown conference and content over 20 MB, naming the field', async () => {
    const missing = await t.gqlAs(as, IMPORT, {
      i: { conferenceSlug: 'ncasc-2031', format: 'CSV', content: SHEET },
    });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const huge = await t.gqlAs(as, IMPORT, {
      i: { conferenceSlug: 'ncasc-2027', format: 'CSV', content: `${SHEET}${'x'.repeat(20 * 1024 * 1024)}` },
    });
    expect(huge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(huge.errors?.[0].message).toMatch(/content must be at most 20 MB/);
    expect(await draft()).toHaveLength(1);
  });

  it('previews without changing anything, then applies into the draft, then reports 0 changes', async () => {
    const preview = await run(SHEET, { dryRun: true });
    expect(preview).toMatchObject({ applied: false, unchanged: 0, updated: [], removed: [], problems: [] });
    expect(preview.added.map((a) => [a.key, a.day])).toEqual([
      ['k1', '2027-11-10'],
      ['k2', '2027-11-10'],
      ['k3', '2027-11-11'],
    ]);
    expect((await draft()).map((s) => s.title)).toEqual(['Made in the editor']);

    const applied = await run(SHEET);
    expect(applied.applied).toBe(true);
    expect((await draft()).map((s) => s.title)).toEqual([
      'Made in the editor',
      'Opening',
      'Workshop A',
      'Dinner',
    ]);
    // a speaker new to the app gets the role and organisation the sheet gives
    const pat = await ds
      .getRepository(SpeakerEntity)
      .findOne({ where: { name: 'Pat Doe' }, relations: { organisation: true } });
    expect([pat?.role, pat?.organisation?.name]).toEqual(['Director', 'Leeds City Council']);

    const again = await run(SHEET);
    expect(again).toMatchObject({ applied: true, added: [], updated: [], removed: [], unchanged: 3 });
  });

  it('with a problem changes nothing and names the row and column', async () => {
    const bad = `${SHEET}k4,Outside,PANEL,2027-12-01,,,,,,,\nk5,Odd,PANEL,2027-11-10,26:00,,,,,,\n`;
    const report = await run(bad);
    expect(report.applied).toBe(false);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [6, 'start'],
      [5, 'day'],
    ]);
    expect(await draft()).toHaveLength(4);
  });

  it('a corrected file updates what it matched (by id) in words, and removes what it no longer lists', async () => {
    const corrected = SHEET.replace('Hall 1', 'Hall 2').replace('k3,Dinner,SOCIAL,2027-11-11,,,,,,,\n', '');
    const before = await draft();
    const report = await run(corrected);
    expect(report.updated).toEqual([{ key: 'k1', title: 'Opening', changes: ['room: Hall 1 → Hall 2'] }]);
    expect(report.removed).toEqual([{ key: 'k3', title: 'Dinner' }]);
    const after = await draft();
    // the same session (its id, so stars and notes stay), and the editor's own session left alone
    expect(after.find((s) => s.title === 'Opening')?.id).toBe(before.find((s) => s.title === 'Opening')?.id);
    expect(after.map((s) => s.title)).toEqual(['Made in the editor', 'Opening', 'Workshop A']);
  });

  it('publishes with the file’s key kept on the session, so the next import matches it', async () => {
    const published = await t.gqlAs(
      as,
      'mutation { publishProgramme(conferenceSlug: "ncasc-2027") { number } }',
    );
    expect(published.errors).toBeUndefined();
    const row = await ds.getRepository(SessionEntity).findOneBy({ title: 'Opening' });
    expect(row?.externalId).toBe('k1');
    const corrected = SHEET.replace('Hall 1', 'Hall 2').replace('k3,Dinner,SOCIAL,2027-11-11,,,,,,,\n', '');
    expect(await run(corrected, { dryRun: true })).toMatchObject({
      added: [],
      updated: [],
      removed: [],
      unchanged: 2,
    });
  });
});
