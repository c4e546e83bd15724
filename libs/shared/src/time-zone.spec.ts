import {
  formatLocalTime,
  formatZoned,
  instantToLocal,
  localDate,
  localMinutes,
  localToInstant,
  timeZoneAbbreviation,
  utcOffsetMinutes,
  wallClock,
  zonedInstant,
} from './time-zone';

// `npm test` runs these under the machine's zone; run them again with TZ=America/New_York (or any other)
// to see that no answer depends on the process's zone.
const LONDON = 'Europe/London';

describe('conference-local time', () => {
  it('shows London wall time on both sides of the clock change', () => {
    // 10:00 in October 2017 is BST (UTC+1); 10:00 in November 2018 is GMT.
    expect(formatLocalTime('2017-10-05T09:00:00Z')).toBe('10:00');
    expect(timeZoneAbbreviation('2017-10-05T09:00:00Z')).toBe('BST');
    expect(formatLocalTime('2018-11-15T10:00:00Z')).toBe('10:00');
    expect(timeZoneAbbreviation('2018-11-15T10:00:00Z')).toBe('GMT');
  });

  it('puts a late-evening UTC instant on the next London day in summer', () => {
    expect(localDate('2018-07-04T23:30:00Z')).toBe('2018-07-05');
  });
});

describe('zoned times (Europe/London through the shared helpers, whatever the process zone)', () => {
  it('knows BST from GMT', () => {
    expect(utcOffsetMinutes(new Date('2017-10-12T13:00:00Z'), LONDON)).toBe(60);
    expect(utcOffsetMinutes(new Date('2018-11-15T14:00:00Z'), LONDON)).toBe(0);
    expect(utcOffsetMinutes(new Date('2018-07-05T12:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('turns a local wall-clock time into the right instant on both sides of the clock change', () => {
    expect(zonedInstant('2017-10-12', 9 * 60, LONDON).toISOString()).toBe('2017-10-12T08:00:00.000Z');
    expect(zonedInstant('2018-11-15', 9 * 60, LONDON).toISOString()).toBe('2018-11-15T09:00:00.000Z');
    // the day the clocks go back (28 October 2018): midnight is still BST, 18:00 is GMT
    expect(zonedInstant('2018-10-28', 0, LONDON).toISOString()).toBe('2018-10-27T23:00:00.000Z');
    expect(zonedInstant('2018-10-28', 18 * 60, LONDON).toISOString()).toBe('2018-10-28T18:00:00.000Z');
  });

  it('writes ISO 8601 with the offset', () => {
    expect(formatZoned(new Date('2017-10-12T13:00:00Z'), LONDON)).toBe('2017-10-12T14:00:00+01:00');
    expect(formatZoned(new Date('2018-11-15T14:00:00Z'), LONDON)).toBe('2018-11-15T14:00:00+00:00');
    expect(formatZoned(new Date('2018-07-05T12:00:30Z'), 'America/New_York')).toBe(
      '2018-07-05T08:00:30-04:00',
    );
  });
});

describe('localToInstant (Europe/London)', () => {
  it('reads a winter time as GMT', () => {
    expect(localToInstant('2018-11-15', '14:00')).toBe('2018-11-15T14:00:00.000Z');
    expect(localToInstant('2018-11-16', '10:00', 'Europe/London')).toBe('2018-11-16T10:00:00.000Z');
  });

  it('reads a summer time as BST, an hour ahead of UTC', () => {
    expect(localToInstant('2019-07-03', '14:00')).toBe('2019-07-03T13:00:00.000Z');
    expect(localToInstant('2019-07-03', '00:30')).toBe('2019-07-02T23:30:00.000Z');
  });

  it('follows the clock change days', () => {
    // 31 March 2019: clocks go forward at 01:00 GMT; 27 October 2019: back at 02:00 BST
    expect(localToInstant('2019-03-31', '00:30')).toBe('2019-03-31T00:30:00.000Z');
    expect(localToInstant('2019-03-31', '03:00')).toBe('2019-03-31T02:00:00.000Z');
    expect(localToInstant('2019-10-27', '03:00')).toBe('2019-10-27T03:00:00.000Z');
  });

  it('answers null for a missing or malformed date or time', () => {
    expect(localToInstant('', '14:00')).toBeNull();
    expect(localToInstant('2018-11-15', '')).toBeNull();
    expect(localToInstant('15/11/2018', '14:00')).toBeNull();
  });

  it('goes back to the same local date and time', () => {
    expect(instantToLocal('2019-07-03T13:00:00.000Z')).toEqual({ date: '2019-07-03', time: '14:00' });
    expect(instantToLocal('2018-11-15T14:00:00.000Z')).toEqual({ date: '2018-11-15', time: '14:00' });
    expect(instantToLocal('2019-07-02T23:30:00.000Z')).toEqual({ date: '2019-07-03', time: '00:30' });
  });
});

describe('clock changes', () => {
  it('moves a time in the spring gap an hour on (01:30 on 31 March 2019 is 02:30 BST)', () => {
    expect(localToInstant('2019-03-31', '01:30')).toBe('2019-03-31T01:30:00.000Z');
    expect(zonedInstant('2019-03-31', 90, LONDON).toISOString()).toBe('2019-03-31T01:30:00.000Z');
    expect(formatLocalTime('2019-03-31T01:30:00Z')).toBe('02:30');
    // the last GMT minute and the first BST one
    expect(wallClock('2019-03-31T00:59:00Z')).toEqual({
      date: '2019-03-31',
      clock: '00:59',
      minutes: 59,
      offset: 0,
    });
    expect(wallClock('2019-03-31T01:00:00Z')).toEqual({
      date: '2019-03-31',
      clock: '02:00',
      minutes: 120,
      offset: 60,
    });
  });

  it('reads a time the autumn repeats as its second, GMT, reading', () => {
    // 01:30 on 27 October 2019 happens at 00:30Z (BST) and again at 01:30Z (GMT)
    expect(formatLocalTime('2019-10-27T00:30:00Z')).toBe('01:30');
    expect(formatLocalTime('2019-10-27T01:30:00Z')).toBe('01:30');
    expect(timeZoneAbbreviation('2019-10-27T00:30:00Z')).toBe('BST');
    expect(timeZoneAbbreviation('2019-10-27T01:30:00Z')).toBe('GMT');
    expect(localToInstant('2019-10-27', '01:30')).toBe('2019-10-27T01:30:00.000Z');
    expect(formatZoned(new Date('2019-10-27T00:30:00Z'), LONDON)).toBe('2019-10-27T01:30:00+01:00');
    expect(formatZoned(new Date('2019-10-27T01:30:00Z'), LONDON)).toBe('2019-10-27T01:30:00+00:00');
  });
});

describe('zones other than London', () => {
  it('follows New York through its own clock changes (10 March and 3 November 2019)', () => {
    expect(utcOffsetMinutes('2019-01-15T17:00:00Z', 'America/New_York')).toBe(-300);
    expect(localToInstant('2019-03-10', '09:00', 'America/New_York')).toBe('2019-03-10T13:00:00.000Z');
    expect(localToInstant('2019-11-03', '09:00', 'America/New_York')).toBe('2019-11-03T14:00:00.000Z');
    // west of UTC a skipped or repeated time gets its earlier reading: 02:30 → 01:30 EST; 01:30 EDT
    expect(localToInstant('2019-03-10', '02:30', 'America/New_York')).toBe('2019-03-10T06:30:00.000Z');
    expect(formatLocalTime('2019-03-10T06:30:00Z', 'America/New_York')).toBe('01:30');
    expect(localToInstant('2019-11-03', '01:30', 'America/New_York')).toBe('2019-11-03T05:30:00.000Z');
    expect(utcOffsetMinutes('2019-11-03T05:30:00Z', 'America/New_York')).toBe(-240);
    // British English has no short names for American zones
    expect(timeZoneAbbreviation('2019-07-04T16:00:00Z', 'America/New_York')).toBe('GMT-4');
  });

  it('puts an instant on another day east of UTC, and handles a half-hour offset', () => {
    // Sydney is in summer time (UTC+11) in November
    expect(localDate('2018-11-14T14:00:00Z', 'Australia/Sydney')).toBe('2018-11-15');
    expect(localMinutes('2018-11-14T14:00:00Z', 'Australia/Sydney')).toBe(60);
    expect(zonedInstant('2018-11-15', 9 * 60, 'Australia/Sydney').toISOString()).toBe(
      '2018-11-14T22:00:00.000Z',
    );
    expect(formatZoned(new Date('2018-11-14T04:00:00Z'), 'Asia/Kolkata')).toBe('2018-11-14T09:30:00+05:30');
    expect(formatZoned(new Date('2018-11-14T04:00:00Z'), 'America/St_Johns')).toBe(
      '2018-11-14T00:30:00-03:30',
    );
  });

  it('gives the same answers for the same instant as a string or a Date, in either order of asking', () => {
    const at = '2018-11-14T23:45:00.000Z';
    expect(wallClock(new Date(at), 'Asia/Tokyo')).toEqual(wallClock(at, 'Asia/Tokyo'));
    expect(wallClock(at, 'Asia/Tokyo')).toEqual({
      date: '2018-11-15',
      clock: '08:45',
      minutes: 525,
      offset: 540,
    });
    expect(wallClock(at, LONDON)).toEqual({ date: '2018-11-14', clock: '23:45', minutes: 1425, offset: 0 });
  });

  it('throws a RangeError for an instant that is not one', () => {
    expect(() => localDate('not a time')).toThrow(RangeError);
  });
});
