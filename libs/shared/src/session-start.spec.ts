import { DayPart, TimePrecision } from './enums';
import { dayPartReminderAt, sessionBegins } from './session-start';

const LONDON = { startsOn: '2026-07-08', timezone: 'Europe/London' };
const untimed = { startsAt: null, day: null, dayPart: null };

describe('when a session can be rated (it has begun)', () => {
  it('is its clock time when the source gives one', () => {
    const startsAt = new Date('2026-07-08T08:30:00Z');
    expect(sessionBegins({ ...untimed, timePrecision: TimePrecision.EXACT, startsAt }, LONDON)).toEqual(
      startsAt,
    );
  });

  it('is the start of its part of the day, on the conference’s clock (BST here)', () => {
    const at = (dayPart: DayPart) =>
      sessionBegins(
        { ...untimed, timePrecision: TimePrecision.DAY_PART, day: '2026-07-09', dayPart },
        LONDON,
      );
    expect(at(DayPart.MORNING)?.toISOString()).toBe('2026-07-08T23:00:00.000Z');
    expect(at(DayPart.AFTERNOON)?.toISOString()).toBe('2026-07-09T11:00:00.000Z');
    expect(at(DayPart.EVENING)?.toISOString()).toBe('2026-07-09T16:00:00.000Z');
  });

  it('is the start of its day, else of the conference, else unknown', () => {
    expect(
      sessionBegins(
        { ...untimed, timePrecision: TimePrecision.DAY, day: '2026-07-10' },
        LONDON,
      )?.toISOString(),
    ).toBe('2026-07-09T23:00:00.000Z');
    expect(sessionBegins({ ...untimed, timePrecision: TimePrecision.UNKNOWN }, LONDON)?.toISOString()).toBe(
      '2026-07-07T23:00:00.000Z',
    );
    expect(
      sessionBegins(
        { ...untimed, timePrecision: TimePrecision.UNKNOWN },
        { startsOn: null, timezone: 'UTC' },
      ),
    ).toBeNull();
  });
});

describe('when a delegate is reminded of a session known by its part of the day', () => {
  const at = (dayPart: DayPart) =>
    dayPartReminderAt(
      { ...untimed, timePrecision: TimePrecision.DAY_PART, day: '2026-07-09', dayPart },
      LONDON,
    );

  it('is when that part of a conference day starts, not the window’s midnight', () => {
    expect(at(DayPart.MORNING)?.toISOString()).toBe('2026-07-09T07:30:00.000Z');
    expect(at(DayPart.AFTERNOON)?.toISOString()).toBe('2026-07-09T11:00:00.000Z');
    expect(at(DayPart.EVENING)?.toISOString()).toBe('2026-07-09T16:00:00.000Z');
  });

  it('is nothing for a session with a clock time or without a part of the day', () => {
    const startsAt = new Date('2026-07-09T08:30:00Z');
    expect(
      dayPartReminderAt({ ...untimed, timePrecision: TimePrecision.EXACT, startsAt }, LONDON),
    ).toBeNull();
    expect(
      dayPartReminderAt({ ...untimed, timePrecision: TimePrecision.DAY, day: '2026-07-09' }, LONDON),
    ).toBeNull();
  });
});
