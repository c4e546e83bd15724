import { DayPart, SpeakerRole, TimePrecision } from '@ncasc/shared';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SessionEntity } from '../sessions/session.entity';
import { createTestApp, type TestApp } from '../../test/create-test-app';
import {
  createConference,
  createRoom,
  createSession,
  createSessions,
  createSpeaker,
  createTheme,
  NCASC_2018,
} from '../../test/factories';

// the PDFs are read back with poppler-utils (scripts/install-system-packages.sh), not with the library that wrote them
const dir = mkdtempSync(join(tmpdir(), 'print-'));
let n = 0;
const poppler = (tool: string, pdf: Buffer, ...args: string[]): string => {
  const file = join(dir, `${++n}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
};
const text = (pdf: Buffer, ...args: string[]) => poppler('pdftotext', pdf, ...args).replace(/\s+/g, ' ');
const pdfBody = (res: request.Response) => res.body as Buffer;
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('printed programmes (PDF)', () => {
  let t: TestApp;
  let http: Parameters<typeof request>[0];
  const titles = {
    opening: 'Opening plenary: the state of the sector',
    clashA: 'Workshop on SEND funding',
    clashB: 'Workshop on the care market',
    afternoon: 'Panel on family hubs',
    lastDay: 'Closing keynote',
  };
  const signUp = async (name: string, email: string): Promise<string> => {
    const { data } = await t.gql<{ signUp: { token: string } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
      { input: { name, email, password: 'a-long-password-1' } },
    );
    return data.signUp.token;
  };
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    http = t.app.getHttpServer();
    const ds = t.app.get(DataSource);
    const c = await createConference(ds, {
      ...NCASC_2018,
      name: 'NCASC 2018',
      venue: 'Manchester Central',
      hashtag: 'NCASC18',
    });
    const hall = await createRoom(ds, c, 'Exchange Hall');
    const send = await createTheme(ds, 'SEND');
    const chair = await createSpeaker(ds, {
      name: 'Stuart Gallimore',
      organisation: 'East Sussex County Council',
    });
    const speaker = await createSpeaker(ds, { name: 'Rachel Dickinson' });
    const young = await createSpeaker(ds, { name: 'Amy Young' });
    const at = (iso: string) => new Date(iso);
    ids.lastDay = (
      await createSession(ds, c, {
        title: titles.lastDay,
        timePrecision: TimePrecision.DAY,
        day: '2018-11-16',
        participants: [speaker, young],
      })
    ).id;
    ids.opening = (
      await createSession(ds, c, {
        title: titles.opening,
        summary: 'Where children’s services stand.',
        timePrecision: TimePrecision.EXACT,
        startsAt: at('2018-11-14T09:30:00Z'),
        endsAt: at('2018-11-14T10:15:00Z'),
        room: hall,
        themes: [send],
        participants: [{ speaker: chair, role: SpeakerRole.CHAIR }, speaker],
      })
    ).id;
    for (const key of ['clashA', 'clashB'] as const)
      ids[key] = (
        await createSession(ds, c, {
          title: titles[key],
          timePrecision: TimePrecision.EXACT,
          startsAt: at('2018-11-14T11:00:00Z'),
          endsAt: at('2018-11-14T12:00:00Z'),
        })
      ).id;
    ids.afternoon = (
      await createSession(ds, c, {
        title: titles.afternoon,
        timePrecision: TimePrecision.DAY_PART,
        day: '2018-11-15',
        dayPart: DayPart.AFTERNOON,
      })
    ).id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the booklet: cover, days in agenda order, times only as precise as the programme, an index of speakers', async () => {
    const res = await binary(request(http).get('/print/conferences/ncasc-2018.pdf')).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = pdfBody(res);
    const all = text(pdf);
    expect(all).toContain('NCASC 2018');
    expect(all).toContain('14–16 November 2018');
    expect(all).toContain('Manchester Central, Manchester');
    expect(all).toContain('#NCASC18');
    const order = [titles.opening, titles.clashA, titles.clashB, titles.afternoon, titles.lastDay].map((x) =>
      all.indexOf(x),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(all).toContain('09:30–10:15 GMT · Exchange Hall');
    expect(all).toContain('Stuart Gallimore (chair) — East Sussex County Council');
    expect(all).toContain('Themes: SEND');
    // the afternoon panel has no clock time: its day part's heading is all the booklet says
    expect(all).toMatch(/Thursday 15 November 2018 Afternoon Panel on family hubs/);
    expect(all).not.toMatch(/Panel on family hubs \d\d:\d\d/);
    // the index gives the page where each speaker appears
    const index = all.slice(all.lastIndexOf('Index of speakers'));
    const page = Number(/Stuart Gallimore, (\d+)/.exec(index)?.[1]);
    expect(text(pdf, '-f', String(page), '-l', String(page))).toContain(titles.opening);
    expect(index).toMatch(/Rachel Dickinson, \d+, \d+/);
    // by surname: Dickinson, Gallimore, Young (by first name Amy would come first)
    expect(index.indexOf('Rachel Dickinson')).toBeLessThan(index.indexOf('Stuart Gallimore'));
    expect(index.indexOf('Stuart Gallimore')).toBeLessThan(index.indexOf('Amy Young'));
    const info = poppler('pdfinfo', pdf);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    // cover, three days, index
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(5);
    expect(text(pdf, '-f', '2', '-l', '2')).toContain('NCASC 2018: Programme · page 2 of 5');
    const fonts = poppler('pdffonts', pdf).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5)).toBe('yes');
  });

  it('prints a booklet of thousands of sessions whole: every session in order, every page numbered out of the total', async () => {
    const ds = t.app.get(DataSource);
    const c = await createConference(ds, {
      slug: 'ncasc-2030',
      year: 2030,
      name: 'NCASC 2030',
      startsOn: '2030-11-13',
      endsOn: '2030-11-15',
    });
    const speakers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => createSpeaker(ds, { name: `Speaker Number${i}` })),
    );
    const days = ['2030-11-13', '2030-11-14', '2030-11-15'];
    const count = 2000;
    const title = (i: number) => `Generated session ${String(i).padStart(4, '0')}`;
    await createSessions(
      ds,
      c,
      Array.from({ length: count }, (_, i) => ({
        title: title(i),
        day: days[Math.floor((i * days.length) / count)],
        summary: 'What the sector has learnt this year, and what it will ask of government next.',
        participants: [speakers[i % speakers.length]],
      })),
    );
    const [pdf, again] = (
      await Promise.all(
        [0, 1].map(() => binary(request(http).get('/print/conferences/ncasc-2030.pdf')).expect(200)),
      )
    ).map(pdfBody);
    // asked for twice at once: one file
    expect(again.equals(pdf)).toBe(true);
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1]);
    expect(pages).toBeGreaterThan(100);
    const all = text(pdf);
    let at = 0;
    for (let i = 0; i < count && at >= 0; i++) at = all.indexOf(title(i), at);
    expect(at).toBeGreaterThan(0);
    const numbers = [...all.matchAll(/NCASC 2030: Programme · page (\d+) of (\d+)/g)];
    expect(numbers.map((m) => Number(m[1]))).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect(numbers.every((m) => Number(m[2]) === pages)).toBe(true);
    // the index's last page for a speaker holds their session
    const index = all.slice(all.lastIndexOf('Index of speakers'));
    const last = Number(/Speaker Number39, (?:\d+, )*(\d+)/.exec(index)?.[1]);
    expect(text(pdf, '-f', String(last), '-l', String(last))).toContain('Speaker Number39');
  });

  it('answers 304 to a client that has this version, and makes a new file when the programme changes', async () => {
    const first = await binary(request(http).get('/print/conferences/ncasc-2018.pdf')).expect(200);
    await request(http)
      .get('/print/conferences/ncasc-2018.pdf')
      .set('if-none-match', first.headers.etag)
      .expect(304);
    const ds = t.app.get(DataSource);
    await ds.getRepository(SessionEntity).update(ids.lastDay, { title: 'Closing keynote, renamed' });
    const second = await binary(
      request(http).get('/print/conferences/ncasc-2018.pdf').set('if-none-match', first.headers.etag),
    ).expect(200);
    expect(text(pdfBody(second))).toContain('Closing keynote, renamed');
  });

  it('prints one day, and says clearly what is wrong with a bad day', async () => {
    const res = await binary(request(http).get('/print/conferences/ncasc-2018.pdf?day=2018-11-15')).expect(
      200,
    );
    const day = text(pdfBody(res));
    expect(day).toContain(titles.afternoon);
    expect(day).not.toContain(titles.opening);
    expect(day).toContain('Programme for Thursday 15 November 2018');
    const bad = await request(http).get('/print/conferences/ncasc-2018.pdf?day=15-11-2018').expect(400);
    expect(bad.text).toContain('day must be a date');
    await request(http).get('/print/conferences/ncasc-2018.pdf?day=2019-01-01').expect(404);
    await request(http).get('/print/conferences/ncasc-1999.pdf').expect(404);
  });

  it("prints a delegate's own schedule with clashes marked, and their report with their notes and nobody else's", async () => {
    const dana = await signUp('Dana Delegate', 'dana@council.example');
    const omar = await signUp('Omar Other', 'omar@council.example');
    for (const id of [ids.clashA, ids.clashB, ids.opening])
      await t.gqlAs(as(dana), `mutation ($id: ID!) { starSession(sessionId: $id) { id } }`, { id });
    const save = (token: string, sessionId: string, body: string) =>
      t.gqlAs(as(token), `mutation ($input: SaveNoteInput!) { saveNote(input: $input) { id } }`, {
        input: { sessionId, body },
      });
    await save(
      dana,
      ids.opening,
      '**Budgets** are the story.\n\n- ask about *reserves*\n- follow up with [ADCS](https://adcs.org.uk)',
    );
    await save(dana, ids.afternoon, 'Family hubs: Dana wants the pilot data.');
    await save(omar, ids.opening, 'Omar private thought about staffing.');

    await request(http).get('/print/my/ncasc-2018.pdf').expect(401);
    await request(http).get('/print/my/ncasc-2018-report.pdf').expect(401);

    const schedule = text(
      pdfBody(await binary(request(http).get('/print/my/ncasc-2018.pdf').set(as(dana))).expect(200)),
    );
    expect(schedule).toContain('For Dana Delegate: 3 starred sessions, 2 in clashes');
    expect(schedule).toContain(`CLASH with ${titles.clashB}`);
    expect(schedule).toContain(`CLASH with ${titles.clashA}`);
    expect(schedule).not.toContain(titles.afternoon);

    const report = await binary(request(http).get('/print/my/ncasc-2018-report.pdf').set(as(dana))).expect(
      200,
    );
    expect(report.headers['cache-control']).toBe('private, no-store');
    const danas = text(pdfBody(report));
    // starred or noted, in agenda order, with summary, speakers and the notes laid out from Markdown
    const order = [titles.opening, titles.clashA, titles.clashB, titles.afternoon].map((x) =>
      danas.indexOf(x),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(danas).toContain('Where children’s services stand.');
    expect(danas).toContain('Budgets are the story.');
    expect(danas).toContain('• ask about reserves');
    expect(danas).not.toContain('**');
    expect(danas).toContain('Family hubs: Dana wants the pilot data.');
    expect(danas).not.toContain('Omar');

    const omars = text(
      pdfBody(await binary(request(http).get('/print/my/ncasc-2018-report.pdf').set(as(omar))).expect(200)),
    );
    expect(omars).toContain('Omar private thought about staffing.');
    expect(omars).not.toContain('Budgets');
    expect(omars).not.toContain('Dana');
    expect(omars).not.toContain(titles.clashA);
  });
});
