import { DayPart, SessionStatus, TimePrecision } from '@ncasc/shared';
import { findClashes } from './clashes';

const TZ = 'Europe/London';
type S = Parameters<typeof findClashes>[0][number];
const exact = (id: string, from: string, to: string | null = null): S => ({
  id,
  status: SessionStatus.SCHEDULED,
  timePrecision: TimePrecision.EXACT,
  day: from.slice(0, 10),
  dayPart: null,
  startsAt: new Date(from),
  endsAt: to ? new Date(to) : null,
});
const part = (id: string, day: string, dayPart: DayPart): S => ({
  id,
  status: SessionStatus.SCHEDULED,
  timePrecision: TimePrecision.DAY_PART,
  day,
  dayPart,
  startsAt: null,
  endsAt: null,
});
const ids = (clashes: { sessions: S[] }[]) => clashes.map((c) => c.sessions.map((s) => s.id).sort());

describe('findClashes', () => {
  it('finds two overlapping clock-timed sessions, not back-to-back ones', () => {
    const clashes = findClashes(
      [
        exact('a', '2018-11-15T10:00:00Z', '2018-11-15T11:00:00Z'),
        exact('b', '2018-11-15T10:30:00Z', '2018-11-15T11:30:00Z'),
        exact('c', '2018-11-15T11:30:00Z', '2018-11-15T12:00:00Z'),
      ],
      TZ,
    );
    expect(ids(clashes)).toEqual([['a', 'b']]);
    expect(clashes[0].day).toBe('2018-11-15');
  });

  it('makes a "Thursday morning" session clash with a clock-timed one that morning, not one that afternoon', () => {
    const clashes = findClashes(
      [
        part('morning', '2018-11-15', DayPart.MORNING),
        exact('ten', '2018-11-15T10:00:00Z', '2018-11-15T11:00:00Z'),
        exact('two', '2018-11-15T14:00:00Z', '2018-11-15T15:00:00Z'),
      ],
      TZ,
    );
    expect(ids(clashes)).toEqual([['morning', 'ten']]);
  });

  it('makes two sessions of the same day part clash, and uses London time across the clock change', () => {
    // 11:30 UTC on 11 October 2017 is 12:30 BST: afternoon, so no clash with the morning session
    const clashes = findClashes(
      [
        part('am', '2017-10-11', DayPart.MORNING),
        part('am2', '2017-10-11', DayPart.MORNING),
        exact('pm', '2017-10-11T11:30:00Z'),
      ],
      TZ,
    );
    expect(ids(clashes)).toEqual([['am', 'am2']]);
  });

  it('reports A–B and B–C as two clashes when A and C do not overlap', () => {
    const clashes = findClashes(
      [
        exact('a', '2018-11-15T10:00:00Z', '2018-11-15T11:00:00Z'),
        exact('b', '2018-11-15T10:30:00Z', '2018-11-15T12:00:00Z'),
        exact('c', '2018-11-15T11:30:00Z', '2018-11-15T12:30:00Z'),
      ],
      TZ,
    );
    expect(ids(clashes)).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
  });

  it('ignores cancelled sessions and sessions with no time of day', () => {
    const cancelled = { ...exact('x', '2018-11-15T10:00:00Z'), status: SessionStatus.CANCELLED };
    const dayOnly: S = {
      ...part('d', '2018-11-15', DayPart.MORNING),
      timePrecision: TimePrecision.DAY,
      dayPart: null,
    };
    expect(findClashes([cancelled, exact('y', '2018-11-15T10:00:00Z'), dayOnly], TZ)).toEqual([]);
  });

  it('assumes an hour for a session with no end', () => {
    expect(
      ids(findClashes([exact('a', '2018-11-15T10:00:00Z'), exact('b', '2018-11-15T10:59:00Z')], TZ)),
    ).toEqual([['a', 'b']]);
    expect(findClashes([exact('a', '2018-11-15T10:00:00Z'), exact('b', '2018-11-15T11:00:00Z')], TZ)).toEqual(
      [],
    );
  });
});
