import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import addFormats from 'ajv-formats';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gql, ROOT, type RunningApp, startApp, getText, sessionIds as idsOf } from './support/start-app';

/**
 * The programme as schedule apps read it: frab/pentabarf XML checked with xmllint against c3voc's XSD,
 * and c3voc JSON checked with ajv against c3voc's JSON schema, for every seeded conference. Programme
 * changes (a clock time, a cancellation, an awkward title) are written straight into the app's database.
 */
const STANDARDS = resolve(ROOT, '..', 'shared', 'standards');
const XSD = join(STANDARDS, 'frab-schedule.xml.xsd');

interface Validator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}

/** The c3voc schema declares draft-06: ajv 8 with that meta-schema, standard formats, and its own `color`. */
function jsonValidator(): Validator {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  ajv.addFormat('color', /^#[0-9a-f]{6}$/i);
  const schema = JSON.parse(readFileSync(join(STANDARDS, 'c3voc-schedule.schema.json'), 'utf8'));
  expect(schema.$schema).toBe('http://json-schema.org/draft-06/schema#');
  return ajv.compile(schema);
}

let app: RunningApp;
let validateJson: Validator;
const dir = mkdtempSync(join(tmpdir(), 'schedule-export-e2e-'));

beforeAll(async () => {
  app = await startApp({ PUBLIC_URL: 'https://programme.example.org' });
  validateJson = jsonValidator();
});
afterAll(async () => {
  await app?.stop();
});

const fetchText = (path: string, headers: Record<string, string> = {}) => getText(app.url, path, headers);

let files = 0;
/** Writes the XML to a file and runs xmllint against the XSD; returns the file for XPath queries. */
function checkXml(body: string): string {
  const file = join(dir, `schedule-${(files += 1)}.xml`);
  writeFileSync(file, body);
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  expect(`${run.status} ${run.stderr}`).toBe(`0 ${file} validates\n`);
  return file;
}

function xpath(file: string, expr: string): string {
  // newer xmllint ends its answer with a newline
  return execFileSync('xmllint', ['--xpath', expr, file], { encoding: 'utf8' }).replace(/\n$/, '');
}

interface JsonEvent {
  guid: string;
  id: number;
  date: string;
  start: string;
  duration: string;
  title: string;
  subtitle: string;
  description: string;
  slug: string;
  room: string;
  url: string;
  persons: { id: number; name: string }[];
}

async function json(slug: string) {
  const res = await fetchText(`/schedule/${slug}.json`);
  expect(res.status).toBe(200);
  const doc = JSON.parse(res.body);
  expect(validateJson(doc) ? null : validateJson.errors).toBeNull();
  const days = doc.schedule.conference.days as { date: string; rooms: Record<string, JsonEvent[]> }[];
  const events = days.flatMap((d) => Object.values(d.rooms).flat());
  return { res, doc, events, event: (guid: string) => events.find((e) => e.guid === guid)! };
}

async function xml(slug: string) {
  const res = await fetchText(`/schedule/${slug}.xml`);
  expect(res.status).toBe(200);
  const file = checkXml(res.body);
  return {
    res,
    file,
    field: (guid: string, f: string) => xpath(file, `string(//event[@guid='${guid}']/${f})`),
  };
}

const sessionIds = (slug: string, day?: string) => idsOf(app.url, slug, day);

describe('schedule exports', () => {
  it('serves every seeded conference as valid frab XML and c3voc JSON', async () => {
    const r = await gql<{ conferences: { slug: string }[] }>(app.url, '{ conferences { slug } }');
    const slugs = r.data.conferences.map((c) => c.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(9);
    for (const slug of slugs) {
      const x = await xml(slug);
      expect(x.res.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(x.res.headers['content-disposition']).toBe(`inline; filename="${slug}.xml"`);
      expect(x.res.headers['x-sessions-left-out']).toMatch(/^\d+$/);
      expect(xpath(x.file, 'string(//conference/time_zone_name)')).toBe('Europe/London');

      const j = await json(slug);
      expect(j.res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(j.res.headers['content-disposition']).toBe(`inline; filename="${slug}.json"`);
      expect(j.res.headers['x-sessions-left-out']).toBe(x.res.headers['x-sessions-left-out']);
      // the two files carry the same events
      expect(Number(xpath(x.file, 'count(//event)'))).toBe(j.events.length);
      const ids = await sessionIds(slug);
      expect(j.events.length + Number(j.res.headers['x-sessions-left-out'])).toBe(Object.keys(ids).length);
      expect(new Set(j.events.map((e) => e.id)).size).toBe(j.events.length);
      expect(new Set(j.events.map((e) => e.slug)).size).toBe(j.events.length);
    }
  });

  it('shows a "Wednesday morning" session at 09:00 for three hours, and says so', async () => {
    const id = (await sessionIds('ncasc-2018'))[
      'Ofsted: new inspection frameworks for schools and local authorities'
    ];
    const subtitle = 'Wednesday morning — no clock time in the programme';
    const x = await xml('ncasc-2018');
    expect(x.field(id, 'date')).toBe('2018-11-14T09:00:00+00:00');
    expect(x.field(id, 'start')).toBe('09:00');
    expect(x.field(id, 'duration')).toBe('03:00');
    expect(x.field(id, 'subtitle')).toBe(subtitle);
    expect(x.field(id, 'description').startsWith(`${subtitle}.`)).toBe(true);
    expect(x.field(id, 'room')).toBe('Room not given');
    // its source states no session type
    expect(x.field(id, 'type')).toBe('');
    expect(x.field(id, 'url')).toBe(`https://programme.example.org/sessions/${id}`);
    expect(x.field(id, 'persons/person[1]')).toBe('Amanda Spielman');
    expect(xpath(x.file, `string(//event[@guid='${id}']/../../@date)`)).toBe('2018-11-14');

    const e = (await json('ncasc-2018')).event(id);
    expect(e).toMatchObject({
      date: '2018-11-14T09:00:00+00:00',
      start: '09:00',
      duration: '03:00',
      subtitle,
    });
    expect(e.description.startsWith(`${subtitle}.`)).toBe(true);
    expect(e.slug).toMatch(/^ncasc_2018-[0-9a-f]{8}-ofsted-new-inspection-frameworks/);
    expect(e.id).toBe(parseInt(id.slice(0, 7), 16) + 1);
  });

  it('writes clock times with the right offset either side of the clock change, whatever the server zone', async () => {
    const y2017 = (await sessionIds('ncasc-2017'))["The Children's Commissioner for England"];
    const y2018 = (await sessionIds('ncasc-2018'))['Safeguarding Pressures Phase 6 findings'];
    // instants as each engine hands them back (text or Date), written back as they were
    type Row = {
      time_precision: string;
      day_part: string | null;
      starts_at: unknown;
      ends_at: unknown;
    };
    const read = async (id: string) =>
      (
        await app.sql<Row>('SELECT time_precision, day_part, starts_at, ends_at FROM sessions WHERE id = ?', [
          id,
        ])
      )[0];
    const before = [
      [y2017, await read(y2017)],
      [y2018, await read(y2018)],
    ] as const;
    const retime = (startsAt: string, endsAt: string | null, id: string) =>
      app.sql(
        "UPDATE sessions SET time_precision = 'EXACT', day_part = NULL, starts_at = ?, ends_at = ? WHERE id = ?",
        [new Date(startsAt), endsAt === null ? null : new Date(endsAt), id],
      );
    // 14:00 London on both days: BST (UTC+1) in October 2017, GMT in November 2018; the 2018 one has no end
    await retime('2017-10-12T13:00:00Z', '2017-10-12T14:00:00Z', y2017);
    await retime('2018-11-15T14:00:00Z', null, y2018);
    try {
      const x17 = await xml('ncasc-2017');
      expect(x17.field(y2017, 'date')).toBe('2017-10-12T14:00:00+01:00');
      expect(x17.field(y2017, 'start')).toBe('14:00');
      expect(x17.field(y2017, 'duration')).toBe('01:00');
      expect(x17.field(y2017, 'subtitle')).toBe('');
      const j17 = (await json('ncasc-2017')).event(y2017);
      expect(j17).toMatchObject({ date: '2017-10-12T14:00:00+01:00', start: '14:00', duration: '01:00' });

      const flag = 'Thursday 15 November 2018, 14:00 GMT — no end time in the programme';
      const x18 = await xml('ncasc-2018');
      expect(x18.field(y2018, 'date')).toBe('2018-11-15T14:00:00+00:00');
      expect(x18.field(y2018, 'duration')).toBe('01:00');
      expect(x18.field(y2018, 'subtitle')).toBe(flag);
      const j18 = (await json('ncasc-2018')).event(y2018);
      expect(j18).toMatchObject({ date: '2018-11-15T14:00:00+00:00', start: '14:00', subtitle: flag });
      expect(j18.description.startsWith(`${flag}.`)).toBe(true);
    } finally {
      for (const [id, r] of before)
        await app.sql(
          'UPDATE sessions SET time_precision = ?, day_part = ?, starts_at = ?, ends_at = ? WHERE id = ?',
          [r.time_precision, r.day_part, r.starts_at, r.ends_at, id],
        );
    }
  });

  it('escapes awkward titles and keeps cancelled sessions, marked in the title', async () => {
    const id = (await sessionIds('ncasc-2018'))['Understanding youth outcomes'];
    const title = `Children & Young People Now: “what’s next?” <b>"quoted"</b> O'Neil ]]>`;
    const [{ title: original }] = await app.sql<{ title: string }>(
      'SELECT title FROM sessions WHERE id = ?',
      [id],
    );
    await app.sql("UPDATE sessions SET title = ?, status = 'CANCELLED' WHERE id = ?", [title, id]);
    try {
      const x = await xml('ncasc-2018');
      expect(x.field(id, 'title')).toBe(`Cancelled: ${title}`);
      const e = (await json('ncasc-2018')).event(id);
      expect(e.title).toBe(`Cancelled: ${title}`);
      expect(e.slug).toMatch(/-children-young-people-now-whats-next-b/);
    } finally {
      await app.sql("UPDATE sessions SET title = ?, status = 'SCHEDULED' WHERE id = ?", [original, id]);
    }
  });

  it('counts the sessions with no day in X-Sessions-Left-Out, and still writes a valid file', async () => {
    const x = await xml('ncasc-2015');
    expect(x.res.headers['x-sessions-left-out']).toBe('4');
    expect(xpath(x.file, 'count(//event)')).toBe('0');
    const j = await json('ncasc-2015');
    expect(j.res.headers['x-sessions-left-out']).toBe('4');
    expect(j.doc.schedule.conference.days).toEqual([]);
    expect(j.doc.schedule.conference.description).toMatch(/4 sessions have no day in the programme/);
    expect((await fetchText('/schedule/ncasc-2018.xml')).headers['x-sessions-left-out']).toBe('0');
  });

  it('answers a poll of an unchanged schedule with 304', async () => {
    for (const path of ['/schedule/ncasc-2017.xml', '/schedule/ncasc-2017.json']) {
      const first = await fetchText(path);
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      const again = await fetchText(path, { 'if-none-match': first.headers.etag });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
      expect((await fetchText(path, { 'if-none-match': '"stale"' })).status).toBe(200);
    }
    const [a, b] = await Promise.all([
      fetchText('/schedule/ncasc-2017.xml'),
      fetchText('/schedule/ncasc-2017.json'),
    ]);
    expect(a.headers.etag).not.toBe(b.headers.etag);
  });

  it('404s unknown conferences, malformed names and other extensions, as text', async () => {
    for (const path of [
      '/schedule/ncasc-1999.xml',
      '/schedule/ncasc-1999.json',
      '/schedule/nope.xml',
      '/schedule/..%2Fncasc-2018.xml',
      '/schedule/NCASC-2018.json',
      '/schedule/ncasc-2018.txt',
      '/schedule/ncasc-2018',
    ]) {
      const res = await fetchText(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.headers['x-sessions-left-out']).toBeUndefined();
    }
  });
});
