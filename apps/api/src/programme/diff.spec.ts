import { DayPart, SessionStatus, SessionType, SpeakerRole, TimePrecision } from '@ncasc/shared';
import { ChangeKind, diffProgramme } from './diff';
import { checkSession, type DraftSession, draftWarnings } from './draft';

const TZ = 'Europe/London';
const base: DraftSession = {
  id: 's1',
  title: 'Workshop A',
  summary: null,
  type: SessionType.WORKSHOP,
  status: SessionStatus.SCHEDULED,
  timePrecision: TimePrecision.DAY_PART,
  day: '2018-11-15',
  dayPart: DayPart.MORNING,
  startsAt: null,
  endsAt: null,
  room: 'Hall 1',
  tracks: ['send'],
  speakers: [{ speakerId: 'p1', role: SpeakerRole.SPEAKER, capacity: null }],
  removed: false,
};
const name = (id: string) => ({ p1: 'Amanda Spielman', p2: 'Nadhim Zahawi' })[id] ?? id;
const kinds = (published: DraftSession[], draft: DraftSession[]) =>
  diffProgramme(published, draft, name, TZ).map((c) => c.kind);

describe('diffProgramme', () => {
  it('finds nothing when nothing changed', () => expect(kinds([base], [{ ...base }])).toEqual([]));

  it('names each kind of change', () => {
    expect(kinds([], [base])).toEqual([ChangeKind.ADDED]);
    expect(kinds([base], [{ ...base, removed: true }])).toEqual([ChangeKind.REMOVED]);
    expect(kinds([base], [{ ...base, status: SessionStatus.CANCELLED }])).toEqual([ChangeKind.CANCELLED]);
    expect(kinds([{ ...base, status: SessionStatus.CANCELLED }], [base])).toEqual([ChangeKind.RESTORED]);
    expect(kinds([base], [{ ...base, day: '2018-11-16' }])).toEqual([ChangeKind.MOVED]);
    expect(kinds([base], [{ ...base, room: 'Hall 2' }])).toEqual([ChangeKind.MOVED]);
    expect(kinds([base], [{ ...base, dayPart: DayPart.AFTERNOON }])).toEqual([ChangeKind.RETIMED]);
    expect(
      kinds(
        [base],
        [
          {
            ...base,
            speakers: [...base.speakers, { speakerId: 'p2', role: SpeakerRole.CHAIR, capacity: null }],
          },
        ],
      ),
    ).toEqual([ChangeKind.SPEAKERS_CHANGED]);
    expect(kinds([base], [{ ...base, title: 'Workshop B' }])).toEqual([ChangeKind.UPDATED]);
  });

  it('compares days in London time: 23:30 to 00:30 BST is a move to the next day, 00:30 to 01:30 BST is not', () => {
    const at = (iso: string): DraftSession => ({
      ...base,
      timePrecision: TimePrecision.EXACT,
      day: null,
      dayPart: null,
      startsAt: iso,
      endsAt: null,
    });
    // 00:30 BST on 12 October 2017 is 23:30 UTC on the 11th
    expect(kinds([at('2017-10-11T22:30:00.000Z')], [at('2017-10-11T23:30:00.000Z')])).toEqual([
      ChangeKind.MOVED,
    ]);
    expect(kinds([at('2017-10-11T23:30:00.000Z')], [at('2017-10-12T00:30:00.000Z')])).toEqual([
      ChangeKind.RETIMED,
    ]);
  });

  it('says before and after in words', () => {
    const [moved] = diffProgramme(
      [base],
      [
        {
          ...base,
          timePrecision: TimePrecision.EXACT,
          day: '2018-11-16',
          dayPart: null,
          startsAt: '2018-11-16T10:00:00.000Z',
          endsAt: '2018-11-16T11:00:00.000Z',
        },
      ],
      name,
      TZ,
    );
    expect(moved).toMatchObject({
      kind: ChangeKind.MOVED,
      before: 'Thursday morning, Hall 1',
      after: 'Friday 16 November 2018, 10:00–11:00 GMT, Hall 1',
    });
    const [speakers] = diffProgramme(
      [base],
      [{ ...base, speakers: [{ speakerId: 'p2', role: SpeakerRole.SPEAKER, capacity: null }] }],
      name,
      TZ,
    );
    expect(speakers).toMatchObject({ before: 'Amanda Spielman', after: 'Nadhim Zahawi' });
  });
});

describe('checkSession', () => {
  const conf = { startsOn: '2018-11-14', endsOn: '2018-11-16', timezone: TZ };
  const exact = {
    ...base,
    timePrecision: TimePrecision.EXACT,
    day: null,
    dayPart: null,
    startsAt: '2018-11-15T10:00:00.000Z',
    endsAt: '2018-11-15T11:00:00.000Z',
  };
  it('accepts a sound session', () => expect(checkSession(exact, conf)).toBeNull());
  it.each([
    [{ ...exact, endsAt: '2018-11-15T09:00:00.000Z' }, 'endsAt'],
    [{ ...exact, startsAt: '2018-12-01T10:00:00.000Z', endsAt: null }, 'startsAt'],
    [{ ...base, day: '2018-11-20' }, 'day'],
    [{ ...base, dayPart: null }, 'dayPart'],
    [{ ...exact, startsAt: null }, 'startsAt'],
    [{ ...base, startsAt: '2018-11-15T10:00:00.000Z' }, 'timePrecision'],
    [{ ...base, title: '  ' }, 'title'],
  ])('refuses %j naming %s', (s, field) => expect(checkSession(s, conf)?.field).toBe(field));
});

describe('draftWarnings', () => {
  const at = (id: string, room: string, speakerId: string, from: string, to: string): DraftSession => ({
    ...base,
    id,
    title: `Session ${id}`,
    timePrecision: TimePrecision.EXACT,
    day: null,
    dayPart: null,
    startsAt: from,
    endsAt: to,
    room,
    speakers: [{ speakerId, role: SpeakerRole.SPEAKER, capacity: null }],
  });
  it('treats room names that differ only in case as one room', () => {
    const w = draftWarnings(
      [
        at('a', 'Hall 1', 'p1', '2018-11-15T10:00:00Z', '2018-11-15T11:00:00Z'),
        at('b', 'hall 1', 'p2', '2018-11-15T10:30:00Z', '2018-11-15T11:30:00Z'),
      ],
      name,
      TZ,
    );
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^Room double-booked/);
  });

  it('warns of a room booked twice and a speaker in two places, not of back-to-back sessions', () => {
    const w = draftWarnings(
      [
        at('a', 'Hall 1', 'p1', '2018-11-15T10:00:00Z', '2018-11-15T11:00:00Z'),
        at('b', 'Hall 1', 'p2', '2018-11-15T10:30:00Z', '2018-11-15T11:30:00Z'),
        at('c', 'Hall 2', 'p1', '2018-11-15T10:45:00Z', '2018-11-15T11:15:00Z'),
        at('d', 'Hall 1', 'p1', '2018-11-15T11:30:00Z', '2018-11-15T12:00:00Z'),
      ],
      name,
      TZ,
    );
    expect(w).toEqual([
      'Room double-booked: “Hall 1” holds “Session a” and “Session b” (Thursday 15 November 2018, 10:00 GMT)',
      'Speaker in two places: Amanda Spielman is in “Session a” and “Session c” (Thursday 15 November 2018, 10:00 GMT)',
    ]);
  });
});
