import { instantToLocal, localToInstant } from './local-time';

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
