import { DayPart, formatZoned, SessionStatus, SessionType, TimePrecision } from '@ncasc/shared';
import {
  buildSchedule,
  conferenceAcronym,
  eventSlug,
  type ExportEntry,
  placeSession,
  ROOM_NOT_GIVEN,
  type ScheduleInput,
  stableIntegerIds,
} from './schedule-model';

const LONDON = 'Europe/London';
const XSD_SLUG = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;
const JSON_SLUG = /^[a-z0-9_-]+[a-z0-9]$/;

let n = 0;
function entry(
  session: Partial<ExportEntry['session']> = {},
  rest: Partial<Omit<ExportEntry, 'session'>> = {},
): ExportEntry {
  n += 1;
  return {
    session: {
      id: `${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
      title: `Session ${n}`,
      summary: null,
      type: SessionType.WORKSHOP,
      status: SessionStatus.SCHEDULED,
      timePrecision: TimePrecision.DAY,
      day: '2018-11-15',
      dayPart: null,
      startsAt: null,
      endsAt: null,
      ...session,
    },
    room: null,
    speakers: [],
    tracks: [],
    ...rest,
  };
}

function input(entries: ExportEntry[], overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    conference: {
      id: '11111111-1111-4111-8111-111111111111',
      slug: 'ncasc-2018',
      name: 'National Children and Adult Services Conference 2018',
      year: 2018,
      timezone: LONDON,
    },
    conferenceDays: ['2018-11-14', '2018-11-15', '2018-11-16'],
    rooms: [],
    entries,
    publicUrl: 'https://programme.example.org',
    lastModified: new Date('2018-12-01T10:00:00Z'),
    generator: { name: 'conference-programmes' },
    ...overrides,
  };
}

describe('placing sessions on the clock (the time-precision decision)', () => {
  const at = (s: Partial<ExportEntry['session']>) => {
    const p = placeSession(entry(s).session, LONDON)!;
    return { ...p, start: formatZoned(p.start, LONDON) };
  };

  it.each([
    [DayPart.MORNING, '2018-11-15T09:00:00+00:00', 180, 'Thursday morning'],
    [DayPart.AFTERNOON, '2018-11-15T13:00:00+00:00', 240, 'Thursday afternoon'],
    [DayPart.EVENING, '2018-11-15T18:00:00+00:00', 180, 'Thursday evening'],
  ])('puts a %s session in its display slot and says so', (dayPart, start, duration, when) => {
    expect(at({ timePrecision: TimePrecision.DAY_PART, day: '2018-11-15', dayPart })).toEqual({
      day: '2018-11-15',
      start,
      duration,
      note: `${when} — no clock time in the programme`,
    });
  });

  it('puts a day-only session at 09:00 for 8 hours, in BST too', () => {
    expect(at({ timePrecision: TimePrecision.DAY, day: '2017-10-12' })).toEqual({
      day: '2017-10-12',
      start: '2017-10-12T09:00:00+01:00',
      duration: 480,
      note: 'Time of day not given',
    });
    // a day part without its part is a day
    expect(at({ timePrecision: TimePrecision.DAY_PART, day: '2017-10-12' }).note).toBe(
      'Time of day not given',
    );
  });

  it('uses the real local start and length of EXACT sessions', () => {
    expect(
      at({
        timePrecision: TimePrecision.EXACT,
        day: '2017-10-12',
        startsAt: new Date('2017-10-12T13:00:00Z'),
        endsAt: new Date('2017-10-12T14:15:00Z'),
      }),
    ).toEqual({ day: '2017-10-12', start: '2017-10-12T14:00:00+01:00', duration: 75, note: null });
  });

  it('shows an EXACT session without an end as one hour, and flags it', () => {
    expect(
      at({
        timePrecision: TimePrecision.EXACT,
        day: '2018-11-15',
        startsAt: new Date('2018-11-15T14:00:00Z'),
      }),
    ).toEqual({
      day: '2018-11-15',
      start: '2018-11-15T14:00:00+00:00',
      duration: 60,
      note: 'Thursday 15 November 2018, 14:00 GMT — no end time in the programme',
    });
  });

  it('cannot place a session without a day', () => {
    expect(
      placeSession(entry({ timePrecision: TimePrecision.UNKNOWN, day: null }).session, LONDON),
    ).toBeNull();
  });
});

describe('stable integer ids', () => {
  it('are the first 7 hex digits + 1, positive and unique, whatever the order', () => {
    const a = '0000000f-aaaa-4000-8000-000000000000';
    const b = '0000000e-bbbb-4000-8000-000000000000'; // same first 7 digits as a
    const c = 'ffffffff-ffff-4fff-bfff-ffffffffffff';
    const ids = stableIntegerIds([a, b, c]);
    expect(ids.get(b)).toBe(1);
    expect(ids.get(a)).toBe(2); // collision bumped
    expect(ids.get(c)).toBe(0xfffffff + 1);
    expect(stableIntegerIds([c, b, a])).toEqual(ids);
    expect(
      stableIntegerIds(['90793dae-fe9a-5f44-8452-63ce7d0b5795']).get('90793dae-fe9a-5f44-8452-63ce7d0b5795'),
    ).toBe(parseInt('90793da', 16) + 1);
  });
});

describe('event slugs', () => {
  it('match both formats, keep the title to 40 characters and are unique', () => {
    const taken = new Set<string>();
    const id = '90793dae-fe9a-5f44-8452-63ce7d0b5795';
    const slug = eventSlug(
      'ncasc_2018',
      id,
      'Ofsted: new inspection frameworks for schools and local authorities',
      taken,
    );
    expect(slug).toBe('ncasc_2018-90793dae-ofsted-new-inspection-frameworks-for-sch');
    expect(slug.split('-').slice(2).join('-').length).toBeLessThanOrEqual(40);
    expect(eventSlug('ncasc_2018', id, 'Ofsted: new inspection frameworks for schools!', taken)).toBe(
      'ncasc_2018-90793dae-ofsted-new-inspection-frameworks-for-sch-2',
    );
    expect(eventSlug('ncasc_2018', id, 'North Yorkshire’s “No Wrong Door”', taken)).toBe(
      'ncasc_2018-90793dae-north-yorkshires-no-wrong-door',
    );
    // 40 characters ending on a hyphen are trimmed; a title with no letters leaves the id
    expect(eventSlug('ncasc_2018', id, `${'a'.repeat(39)} b`, taken)).toBe(
      `ncasc_2018-90793dae-${'a'.repeat(39)}`,
    );
    expect(eventSlug('ncasc_2018', id, '“…”', taken)).toBe('ncasc_2018-90793dae');
    for (const s of taken) {
      expect(s).toMatch(XSD_SLUG);
      expect(s).toMatch(JSON_SLUG);
    }
  });

  it('use an acronym the c3voc pattern accepts', () => {
    expect(conferenceAcronym('ncasc-2018')).toBe('ncasc_2018');
    expect(conferenceAcronym('adcs-2016')).toMatch(/^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/);
  });
});

describe('buildSchedule', () => {
  it('maps sessions to events: slots, notes, room, type, track, persons, links; cancelled kept', () => {
    const speaker = { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Amanda Spielman' };
    const morning = entry(
      {
        title: 'Children & Young People Now "live"',
        summary: 'What was said.',
        type: SessionType.PLENARY,
        timePrecision: TimePrecision.DAY_PART,
        dayPart: DayPart.MORNING,
      },
      { speakers: [speaker, speaker], tracks: [{ name: 'Inspection', slug: 'inspection' }] },
    );
    const cancelled = entry({ status: SessionStatus.CANCELLED, type: SessionType.SOCIAL, day: '2018-11-16' });
    const unknown = entry({ timePrecision: TimePrecision.UNKNOWN, day: null });
    const s = buildSchedule(input([morning, cancelled, unknown]));

    expect(s.leftOut).toBe(1);
    expect(s.events).toHaveLength(2);
    const e = s.events.find((x) => x.guid === morning.session.id)!;
    expect(e).toMatchObject({
      title: 'Children & Young People Now "live"',
      subtitle: 'Thursday morning — no clock time in the programme',
      date: '2018-11-15T09:00:00+00:00',
      start: '09:00',
      duration: '03:00',
      end: '2018-11-15T12:00:00+00:00',
      room: ROOM_NOT_GIVEN,
      type: 'Plenary',
      track: 'Inspection',
      language: 'en',
      abstract: 'What was said.',
      description: 'Thursday morning — no clock time in the programme.\n\nWhat was said.',
      url: `https://programme.example.org/sessions/${morning.session.id}`,
      persons: [{ id: parseInt('aaaaaaa', 16) + 1, guid: speaker.id, name: 'Amanda Spielman' }],
    });
    expect(e.description.startsWith(e.subtitle)).toBe(true);
    expect(e.slug).toMatch(/^ncasc_2018-[0-9a-f]{8}-children-young-people-now-live$/);

    const c = s.events.find((x) => x.guid === cancelled.session.id)!;
    expect(c.title).toBe(`Cancelled: ${cancelled.session.title}`);
    expect(c.track).toBe('Social'); // no theme: the type label
    expect(c.subtitle).toBe('Time of day not given');
    expect(c.description).toBe('Time of day not given.\n\nThis session is cancelled.');
    expect(c.slug).not.toMatch(/cancelled/);

    expect(s.tracks).toEqual([
      { name: 'Inspection', slug: 'inspection' },
      { name: 'Social', slug: 'social' },
    ]);
    expect(s.rooms.map((r) => r.name)).toEqual([ROOM_NOT_GIVEN]);
    expect(s.days.map((d) => [d.index, d.date, d.start, d.end])).toEqual([
      [1, '2018-11-14', '2018-11-14T00:00:00+00:00', '2018-11-14T23:59:59+00:00'],
      [2, '2018-11-15', '2018-11-15T00:00:00+00:00', '2018-11-15T23:59:59+00:00'],
      [3, '2018-11-16', '2018-11-16T00:00:00+00:00', '2018-11-16T23:59:59+00:00'],
    ]);
    expect(s.days[1].rooms[0].events.map((x) => x.guid)).toEqual([morning.session.id]);
    expect(s.description).toMatch(/1 session has no day in the programme and is left out/);
  });

  it('orders a day by clock time, named rooms first and every room on every day', () => {
    const hall = { id: 'bbbbbbbb-0000-4000-8000-000000000001', name: 'Hall 1' };
    const evening = entry({ timePrecision: TimePrecision.DAY_PART, dayPart: DayPart.EVENING });
    const exact = entry(
      {
        timePrecision: TimePrecision.EXACT,
        startsAt: new Date('2018-11-15T10:30:00Z'),
        endsAt: new Date('2018-11-15T11:00:00Z'),
      },
      { room: hall },
    );
    const morning = entry({ timePrecision: TimePrecision.DAY_PART, dayPart: DayPart.MORNING });
    // agenda order puts the morning block first; the export orders by the times it shows
    const s = buildSchedule(input([morning, exact, evening], { rooms: [hall] }));
    expect(s.events.map((e) => e.guid)).toEqual([morning, exact, evening].map((x) => x.session.id));
    expect(s.rooms.map((r) => r.name)).toEqual(['Hall 1', ROOM_NOT_GIVEN]);
    expect(s.rooms[0].guid).toBe(hall.id);
    for (const day of s.days) expect(day.rooms.map((r) => r.room.name)).toEqual(['Hall 1', ROOM_NOT_GIVEN]);
    const thursday = s.days.find((d) => d.date === '2018-11-15')!;
    expect(thursday.rooms[0].events.map((e) => [e.start, e.duration, e.subtitle])).toEqual([
      ['10:30', '00:30', ''],
    ]);
  });

  it('gives events unique ids and slugs even when UUID prefixes and titles collide', () => {
    const a = entry({ id: '12345678-0000-4000-8000-00000000000a', title: 'Same' });
    const b = entry({ id: '12345678-0000-4000-8000-00000000000b', title: 'Same' });
    const s = buildSchedule(input([b, a]));
    expect(new Set(s.events.map((e) => e.id)).size).toBe(2);
    expect(new Set(s.events.map((e) => e.slug)).size).toBe(2);
    const again = buildSchedule(input([a, b]));
    expect(again.events.map((e) => [e.guid, e.id, e.slug]).sort()).toEqual(
      s.events.map((e) => [e.guid, e.id, e.slug]).sort(),
    );
  });

  it('still makes a schedule for a conference with no dates and nothing to place', () => {
    const s = buildSchedule(
      input([entry({ timePrecision: TimePrecision.UNKNOWN, day: null })], {
        conference: {
          id: '22222222-2222-4222-8222-222222222222',
          slug: 'ncasc-2015',
          name: 'NCASC 2015',
          year: 2015,
          timezone: LONDON,
        },
        conferenceDays: [],
      }),
    );
    expect(s.leftOut).toBe(1);
    expect(s.days).toEqual([]);
    expect(s.datesKnown).toBe(false);
    expect([s.start, s.end]).toEqual(['2015-01-01', '2015-12-31']);
    expect(s.placeholderDay).toMatchObject({
      index: 1,
      date: null,
      start: '2015-01-01T00:00:00+00:00',
      end: '2015-12-31T23:59:59+00:00',
    });
    expect(s.description).toMatch(/no day for this conference/);
  });

  it('adds the days of sessions a conference without dates places', () => {
    const s = buildSchedule(input([entry({ day: '2018-07-05' })], { conferenceDays: [] }));
    expect(s.days.map((d) => d.date)).toEqual(['2018-07-05']);
    expect([s.start, s.end, s.datesKnown]).toEqual(['2018-07-05', '2018-07-05', true]);
  });
});
