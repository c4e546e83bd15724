import { DayPart, TimePrecision } from './enums';
import { describeTiming, formatDateRange, formatShortDate, sessionDayPart, timingSortKey } from './time';

describe('describeTiming never claims more precision than the source', () => {
  it('says "Thursday morning" for a DAY_PART session, with no clock time', () => {
    const text = describeTiming({
      timePrecision: TimePrecision.DAY_PART,
      day: '2018-11-15',
      dayPart: DayPart.MORNING,
    });
    expect(text).toBe('Thursday morning');
    expect(text).not.toMatch(/\d{2}:\d{2}/);
  });

  it('gives the date only for a DAY session', () => {
    expect(describeTiming({ timePrecision: TimePrecision.DAY, day: '2022-11-02' })).toBe(
      'Wednesday 2 November 2022',
    );
  });

  it('says the time is not given for UNKNOWN', () => {
    expect(describeTiming({ timePrecision: TimePrecision.UNKNOWN })).toBe('Time not given');
  });

  it('gives day, clock times and zone for EXACT', () => {
    expect(
      describeTiming({
        timePrecision: TimePrecision.EXACT,
        startsAt: '2018-11-14T09:30:00Z',
        endsAt: '2018-11-14T10:15:00Z',
      }),
    ).toBe('Wednesday 14 November 2018, 09:30–10:15 GMT');
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2018-11-14', '2018-11-16', '14–16 November 2018'],
    ['2022-06-30', '2022-07-02', '30 June – 2 July 2022'],
    ['2022-11-02', '2022-11-02', '2 November 2022'],
    [null, null, 'Dates not known'],
  ])('%s..%s → %s', (a, b, expected) => expect(formatDateRange(a, b)).toBe(expected));
});

describe('formatShortDate', () => {
  it('gives a day tab its short label, the same day whatever the zone of the machine', () => {
    expect(formatShortDate('2018-11-14')).toBe('Wed 14 Nov');
    expect(formatShortDate('2022-07-02')).toBe('Sat 2 Jul');
  });
});

describe('agenda order', () => {
  it('orders a day: morning block, exact morning sessions, afternoon block, time-of-day unknown, later days, no day last', () => {
    const rows = [
      { id: 'unknown', t: { timePrecision: TimePrecision.UNKNOWN } },
      {
        id: 'fri-am',
        t: { timePrecision: TimePrecision.DAY_PART, day: '2018-11-16', dayPart: DayPart.MORNING },
      },
      {
        id: 'thu-pm',
        t: { timePrecision: TimePrecision.DAY_PART, day: '2018-11-15', dayPart: DayPart.AFTERNOON },
      },
      { id: 'thu-0930', t: { timePrecision: TimePrecision.EXACT, startsAt: '2018-11-15T09:30:00Z' } },
      {
        id: 'thu-am',
        t: { timePrecision: TimePrecision.DAY_PART, day: '2018-11-15', dayPart: DayPart.MORNING },
      },
      { id: 'thu-day', t: { timePrecision: TimePrecision.DAY, day: '2018-11-15' } },
    ];
    const sorted = [...rows]
      .sort((a, b) => timingSortKey(a.t).localeCompare(timingSortKey(b.t)))
      .map((r) => r.id);
    expect(sorted).toEqual(['thu-am', 'thu-0930', 'thu-pm', 'thu-day', 'fri-am', 'unknown']);
  });

  it('keeps the source order among sessions of the same day part', () => {
    const t = { timePrecision: TimePrecision.DAY_PART, day: '2018-11-15', dayPart: DayPart.MORNING };
    expect(timingSortKey(t, 2) > timingSortKey(t, 1)).toBe(true);
  });

  it('places an exact time in its day part', () => {
    expect(sessionDayPart({ timePrecision: TimePrecision.EXACT, startsAt: '2018-11-15T13:00:00Z' })).toBe(
      DayPart.AFTERNOON,
    );
    expect(sessionDayPart({ timePrecision: TimePrecision.DAY })).toBeNull();
  });
});
