import { DayPart, SessionStatus, SessionType, TimePrecision } from '@ncasc/shared';
import Ajv from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSchedule, type ExportEntry, type ScheduleInput } from './schedule-model';
import { renderC3vocJson, renderFrabXml } from './schedule-render';

/** The standards the exports must meet (kept beside the repository: /work/shared/standards). */
const STANDARDS = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'standards');
const XSD = join(STANDARDS, 'frab-schedule.xml.xsd');
const JSON_SCHEMA = join(STANDARDS, 'c3voc-schedule.schema.json');
const haveXmllint = spawnSync('xmllint', ['--version']).status === 0;

const NASTY = `Children & Young People Now: "what’s next?" <live> ]]> O'Neil`;

function entry(
  n: number,
  session: Partial<ExportEntry['session']>,
  rest: Partial<ExportEntry> = {},
): ExportEntry {
  return {
    session: {
      id: `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`,
      title: `Session ${n}`,
      summary: `Summary ${n} & more`,
      type: SessionType.WORKSHOP,
      status: SessionStatus.SCHEDULED,
      timePrecision: TimePrecision.DAY,
      day: '2017-10-12',
      dayPart: null,
      startsAt: null,
      endsAt: null,
      ...session,
    },
    room: null,
    speakers: [{ id: `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Speaker “${n}” & co` }],
    tracks: [{ name: 'Mental health & wellbeing', slug: 'mental-health' }],
    ...rest,
  };
}

function input(overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  const hall = { id: 'bbbbbbbb-0000-4000-8000-000000000001', name: 'Hall "A" & B' };
  return {
    conference: {
      id: '11111111-1111-4111-8111-111111111111',
      slug: 'ncasc-2017',
      name: 'NCASC 2017 & friends',
      year: 2017,
      timezone: 'Europe/London',
    },
    conferenceDays: ['2017-10-11', '2017-10-12', '2017-10-13'],
    rooms: [hall],
    entries: [
      entry(1, { title: NASTY, timePrecision: TimePrecision.DAY_PART, dayPart: DayPart.MORNING }),
      entry(
        2,
        {
          timePrecision: TimePrecision.EXACT,
          startsAt: new Date('2017-10-12T13:00:00Z'),
          endsAt: new Date('2017-10-12T14:00:00Z'),
        },
        { room: hall },
      ),
      // neither a type nor a theme: the sources state no type
      entry(3, { status: SessionStatus.CANCELLED, summary: null, type: null }, { speakers: [], tracks: [] }),
      entry(4, { timePrecision: TimePrecision.UNKNOWN, day: null }),
    ],
    publicUrl: 'https://programme.example.org',
    lastModified: new Date('2017-11-01T00:00:00Z'),
    generator: { name: 'conference-programmes' },
    ...overrides,
  };
}

const undated = (): ScheduleInput =>
  input({
    conference: {
      id: '22222222-2222-4222-8222-222222222222',
      slug: 'adcs-2016',
      name: 'ADCS 2016',
      year: 2016,
      timezone: 'Europe/London',
    },
    conferenceDays: [],
    rooms: [],
    entries: [entry(5, { timePrecision: TimePrecision.UNKNOWN, day: null })],
  });

function xpath(file: string, expr: string): string {
  // newer xmllint ends its answer with a newline
  return execFileSync('xmllint', ['--xpath', expr, file], { encoding: 'utf8' }).replace(/\n$/, '');
}

// ../shared/standards sits beside the repository (as in CI) and .ci/run installs xmllint: both are required
describe('rendered files against the standards', () => {
  it('finds the standards and xmllint', () => {
    expect(existsSync(XSD) && existsSync(JSON_SCHEMA)).toBe(true);
    expect(haveXmllint).toBe(true);
  });

  const dir = mkdtempSync(join(tmpdir(), 'schedule-export-'));

  it('writes frab XML that xmllint validates, with the text intact', () => {
    for (const [name, spec] of [
      ['dated', input()],
      ['undated', undated()],
    ] as const) {
      const file = join(dir, `${name}.xml`);
      writeFileSync(file, renderFrabXml(buildSchedule(spec)));
      const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
      expect(run.stderr).toContain('validates');
      expect(run.status).toBe(0);
    }
    const file = join(dir, 'dated.xml');
    const guid = '00000001-0000-4000-8000-000000000000';
    expect(xpath(file, `string(//event[@guid='${guid}']/title)`)).toBe(NASTY);
    expect(xpath(file, `string(//event[@guid='${guid}']/persons/person)`)).toBe('Speaker “1” & co');
    expect(xpath(file, `string(//event[@guid='${guid}']/start)`)).toBe('09:00');
    expect(xpath(file, `string(//event[@guid='${guid}']/date)`)).toBe('2017-10-12T09:00:00+01:00');
    expect(xpath(file, `string(//event[@guid='${guid}']/subtitle)`)).toBe(
      'Thursday morning — no clock time in the programme',
    );
    expect(xpath(file, `string(//event[@guid='00000002-0000-4000-8000-000000000000']/date)`)).toBe(
      '2017-10-12T14:00:00+01:00',
    );
    expect(xpath(file, `string(//event[@guid='00000002-0000-4000-8000-000000000000']/../@name)`)).toBe(
      'Hall "A" & B',
    );
    expect(xpath(file, `string(//event[@guid='00000003-0000-4000-8000-000000000000']/title)`)).toBe(
      'Cancelled: Session 3',
    );
    expect(xpath(file, `count(//event[@guid='00000003-0000-4000-8000-000000000000']/type)`)).toBe('1');
    expect(xpath(file, `string(//event[@guid='00000003-0000-4000-8000-000000000000']/type)`)).toBe('');
    expect(xpath(file, `string(//event[@guid='00000002-0000-4000-8000-000000000000']/type)`)).toBe(
      'Workshop',
    );
    expect(xpath(file, 'count(//day)')).toBe('3');
    expect(xpath(file, 'count(//event)')).toBe('3');
    expect(xpath(file, 'string(//conference/acronym)')).toBe('ncasc_2017');
  });

  it('writes c3voc JSON that the schema (draft-06) accepts', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(draft6);
    // no ajv-formats in the workspace: the formats the schema uses, checked here
    const dateOk = (s: string) => !Number.isNaN(Date.parse(`${s.slice(0, 10)}T00:00:00Z`));
    ajv.addFormat('date', (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && dateOk(s));
    ajv.addFormat(
      'date-time',
      (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && dateOk(s),
    );
    ajv.addFormat('uri', (s: string) => URL.canParse(s) && /^[a-z][a-z0-9+.-]*:/i.test(s));
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    ajv.addFormat('color', /^#[0-9a-f]{6}$/i);
    const validate = ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA, 'utf8')));
    // the validator itself accepts the real pretalx example
    expect(validate(JSON.parse(readFileSync(join(STANDARDS, 'example-pretalx-democon.json'), 'utf8')))).toBe(
      true,
    );

    for (const spec of [input(), undated()]) {
      const doc = JSON.parse(renderC3vocJson(buildSchedule(spec)));
      expect(validate(doc) ? null : validate.errors).toBeNull();
    }
    const doc = JSON.parse(renderC3vocJson(buildSchedule(input())));
    const conf = doc.schedule.conference;
    expect(conf).toMatchObject({
      acronym: 'ncasc_2017',
      start: '2017-10-11',
      end: '2017-10-13',
      daysCount: 3,
    });
    expect(conf.description).toMatch(/1 session has no day in the programme and is left out/);
    const thursday = conf.days.find((d: { date: string }) => d.date === '2017-10-12');
    const untyped = Object.values(
      thursday.rooms as Record<string, { guid: string; type: string; track: string | null }[]>,
    )
      .flat()
      .find((e) => e.guid === '00000003-0000-4000-8000-000000000000');
    expect(untyped).toMatchObject({ type: '', track: null });
    expect(conf.tracks.map((t: { name: string }) => t.name)).not.toContain('');
    expect(Object.keys(thursday.rooms)).toEqual(['Hall "A" & B', 'Room not given']);
    expect(thursday.rooms['Room not given'].map((e: { title: string }) => e.title)).toEqual([
      NASTY,
      'Cancelled: Session 3',
    ]);
    const [exact] = thursday.rooms['Hall "A" & B'];
    expect(exact).toMatchObject({
      date: '2017-10-12T14:00:00+01:00',
      start: '14:00',
      duration: '01:00',
      subtitle: '',
    });
    expect(exact.persons).toEqual([
      { id: expect.any(Number), guid: expect.any(String), name: 'Speaker “2” & co' },
    ]);
  });
});
