import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { launchChromium } from './support/browser';
import { callAs, gql, type RunningApp, signUp, startApp } from './support/start-app';

/**
 * Printed programmes, read back with poppler-utils (pdftotext, pdfinfo, pdffonts; installed by
 * scripts/install-system-packages.sh), an independent reader of what pdfkit wrote.
 */
let app: RunningApp;
const dir = mkdtempSync(join(tmpdir(), 'print-e2e-'));
let files = 0;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function pdf(path: string, token?: string): Promise<{ status: number; file: string; type?: string }> {
  const req = request(app.url)
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req;
  const file = join(dir, `${++files}.pdf`);
  writeFileSync(file, res.body as Buffer);
  return { status: res.status, file, type: res.headers['content-type'] };
}
const text = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/**
 * Where each title is found, each searched for after the one before: -1 when missing or out of order.
 * Hyphens are left out on both sides: pdftotext joins a word broken after its hyphen at a line's end.
 */
function positions(all: string, titles: string[]): number[] {
  const plain = (s: string) => s.replace(/-/g, '').replace(/\s+/g, ' ');
  const text = plain(all);
  let at = 0;
  return titles.map((t) => {
    const found = text.indexOf(plain(t), at);
    if (found >= 0) at = found + plain(t).length;
    return found;
  });
}

const SLUGS = ['ncasc-2017', 'ncasc-2018', 'adcs-2018', 'ncasc-2015'];

describe.each(SLUGS)('the printed programme of %s', (slug) => {
  it('holds every session title in agenda order, on A4 pages with every font embedded', async () => {
    const r = await gql<{ conference: { name: string; days: string[]; sessions: { title: string }[] } }>(
      app.url,
      'query ($slug: String!) { conference(slug: $slug) { name days sessions { title } } }',
      { slug },
    );
    const c = r.data.conference;
    const booklet = await pdf(`/print/conferences/${slug}.pdf`);
    expect(booklet.status).toBe(200);
    expect(booklet.type).toBe('application/pdf');
    const all = text(booklet.file);
    expect(all).toContain(c.name);
    const at = positions(
      all,
      c.sessions.map((s) => s.title),
    );
    expect(at.filter((p) => p < 0)).toEqual([]);
    // the cover, a page or more per day (with the sessions whose day is not given), the index
    const n = pages(booklet.file);
    expect(n).toBeGreaterThanOrEqual(2 + Math.max(1, c.days.length) - (c.sessions.length ? 0 : 1));
    expect(n).toBeLessThanOrEqual(3 + c.days.length + c.sessions.length);
    expect(execFileSync('pdfinfo', [booklet.file], { encoding: 'utf8' })).toMatch(
      /Page size:\s+595\.28 x 841\.89 pts \(A4\)/,
    );
    const fonts = execFileSync('pdffonts', [booklet.file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // columns: name type encoding emb sub uni object ID
    for (const line of fonts) expect(line.trim().split(/\s+/).slice(-5)[0]).toBe('yes');
  });
});

it("one day's programme holds that day's sessions and no other's", async () => {
  const day = await gql<{ conference: { sessions: { title: string }[] } }>(
    app.url,
    'query { conference(slug: "ncasc-2018") { sessions(day: "2018-11-15") { title } } }',
  );
  const other = await gql<{ conference: { sessions: { title: string }[] } }>(
    app.url,
    'query { conference(slug: "ncasc-2018") { sessions(day: "2018-11-14") { title } } }',
  );
  const printed = text((await pdf('/print/conferences/ncasc-2018.pdf?day=2018-11-15')).file);
  expect(
    positions(
      printed,
      day.data.conference.sessions.map((s) => s.title),
    ).filter((p) => p < 0),
  ).toEqual([]);
  const onlyOther = other.data.conference.sessions
    .map((s) => s.title)
    .filter((t) => !day.data.conference.sessions.some((d) => d.title === t));
  for (const t of onlyOther) expect(printed).not.toContain(t);
});

it("gives each delegate their own schedule and report, and nobody's to the signed-out", async () => {
  const ids = await gql<{ conference: { sessions: { id: string; title: string }[] } }>(
    app.url,
    'query { conference(slug: "ncasc-2018") { sessions { id title } } }',
  );
  const [first, second] = ids.data.conference.sessions;
  const ada = await signUp(app.url, 'Ada Reporter');
  const ben = await signUp(app.url, 'Ben Reporter');
  await callAs(app.url, ada, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id: first.id });
  const note = (token: string, sessionId: string, body: string) =>
    callAs(app.url, token, 'mutation ($i: SaveNoteInput!) { saveNote(input: $i) { id } }', {
      i: { sessionId, body },
    });
  await note(ada, first.id, "## What I took away\n\nAda's **budget** point, for the director.");
  await note(ben, second.id, "Ben's note on staffing.");

  expect((await pdf('/print/my/ncasc-2018-report.pdf')).status).toBe(401);
  expect((await pdf('/print/my/ncasc-2018.pdf')).status).toBe(401);

  const adas = text((await pdf('/print/my/ncasc-2018-report.pdf', ada)).file);
  expect(adas).toContain(first.title);
  // Markdown laid out (typographer quotes, as round-ups render it)
  expect(adas).toContain('What I took away Ada’s budget point, for the director.');
  expect(adas).not.toContain('Ben’s note');
  const bens = text((await pdf('/print/my/ncasc-2018-report.pdf', ben)).file);
  expect(bens).toContain('Ben’s note on staffing.');
  expect(bens).toContain(second.title);
  expect(bens).not.toContain('Ada’s');
  const schedule = text((await pdf('/print/my/ncasc-2018.pdf', ada)).file);
  expect(schedule).toContain('For Ada Reporter: 1 starred session');
  expect(schedule).toContain(first.title);
});

it('links the agenda to its printed programme', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${app.url}/conferences/ncasc-2018?day=2018-11-15`);
    const booklet = page.getByRole('link', { name: 'Printed programme (PDF)' });
    const day = page.getByRole('link', { name: 'This day’s programme (PDF)' });
    expect(await booklet.getAttribute('href')).toBe('/print/conferences/ncasc-2018.pdf');
    expect(await day.getAttribute('href')).toBe('/print/conferences/ncasc-2018.pdf?day=2018-11-15');
    const printed = await pdf((await day.getAttribute('href'))!);
    expect(printed.type).toBe('application/pdf');
    expect(text(printed.file)).toContain('Programme for Thursday 15 November 2018');
  } finally {
    await browser.close();
  }
});
