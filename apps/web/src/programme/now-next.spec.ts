import { DayPart, SessionStatus, TimePrecision } from '@ncasc/shared';
import { nowAndNext } from './now-next';

const LONDON = 'Europe/London';
const DAYS = ['2018-11-14', '2018-11-15', '2018-11-16'];
let n = 0;
const exact = (startsAt: string, endsAt: string | null = null, status = SessionStatus.SCHEDULED) => ({
  id: `e${++n}`,
  timePrecision: TimePrecision.EXACT,
  day: startsAt.slice(0, 10),
  dayPart: null,
  startsAt,
  endsAt,
  status,
});
const part = (day: string, dayPart: DayPart) => ({
  id: `p${++n}`,
  timePrecision: TimePrecision.DAY_PART,
  day,
  dayPart,
  startsAt: null,
  endsAt: null,
  status: SessionStatus.SCHEDULED,
});
const dayOnly = (day: string) => ({
  ...part(day, DayPart.MORNING),
  timePrecision: TimePrecision.DAY,
  dayPart: null,
});
const ids = (list: { id: string }[] | undefined) => (list ?? []).map((s) => s.id);

describe('now and next', () => {
  const keynote = exact('2018-11-15T09:30:00Z', '2018-11-15T10:30:00Z');
  const workshopA = exact('2018-11-15T11:00:00Z', '2018-11-15T12:00:00Z');
  const workshopB = exact('2018-11-15T11:00:00Z', null);
  const cancelled = exact('2018-11-15T10:45:00Z', '2018-11-15T11:30:00Z', SessionStatus.CANCELLED);
  const morning = part('2018-11-15', DayPart.MORNING);
  const afternoon = part('2018-11-15', DayPart.AFTERNOON);
  const fridayMorning = part('2018-11-16', DayPart.MORNING);
  const thursday = dayOnly('2018-11-15');
  const all = [keynote, workshopA, workshopB, cancelled, morning, afternoon, fridayMorning, thursday];

  it('is nothing outside the conference days (read in the conference zone)', () => {
    expect(nowAndNext(all, DAYS, new Date('2018-11-13T23:59:00Z'), LONDON)).toBeNull();
    expect(nowAndNext(all, DAYS, new Date('2018-11-17T00:00:00Z'), LONDON)).toBeNull();
    // 00:30 on the 14th in London is still the 13th in New York, but the conference's zone decides
    expect(nowAndNext(all, DAYS, new Date('2018-11-14T00:30:00Z'), LONDON)?.day).toBe('2018-11-14');
    expect(nowAndNext(all, [], new Date('2018-11-15T10:00:00Z'), LONDON)).toBeNull();
  });

  it('gives what is on at the moment and what starts soonest after it that day', () => {
    const at10 = nowAndNext(all, DAYS, new Date('2018-11-15T10:00:00Z'), LONDON)!;
    expect(at10.at).toBe('10:00 GMT');
    expect(ids(at10.now)).toEqual([keynote.id, morning.id]);
    // the cancelled one at 10:45 is not next; both 11:00 workshops are
    expect(at10.next?.when).toBe('at 11:00 GMT');
    expect(ids(at10.next?.sessions)).toEqual([workshopA.id, workshopB.id]);
  });

  it('counts a session as over at its end, and one with no end as an hour long', () => {
    const at1130 = nowAndNext(all, DAYS, new Date('2018-11-15T11:30:00Z'), LONDON)!;
    expect(ids(at1130.now)).toEqual([workshopA.id, workshopB.id, morning.id]);
    const at12 = nowAndNext(all, DAYS, new Date('2018-11-15T12:00:00Z'), LONDON)!;
    expect(ids(at12.now)).toEqual([afternoon.id]);
    expect(at12.next).toBeNull();
  });

  it('says "this afternoon" when next is a part of the day, and nothing after the last session', () => {
    const at1145 = nowAndNext(
      [keynote, afternoon, thursday],
      DAYS,
      new Date('2018-11-15T11:45:00Z'),
      LONDON,
    )!;
    expect(at1145.now).toEqual([]);
    expect(at1145.next).toEqual({ when: 'this afternoon', sessions: [afternoon] });
    const late = nowAndNext(all, DAYS, new Date('2018-11-15T22:00:00Z'), LONDON)!;
    expect(late.now).toEqual([]);
    expect(late.next).toBeNull();
  });

  it('reads summer time as BST', () => {
    const july = exact('2018-07-05T08:00:00Z', '2018-07-05T09:00:00Z');
    const r = nowAndNext([july], ['2018-07-05'], new Date('2018-07-05T07:30:00Z'), LONDON)!;
    expect(r.at).toBe('08:30 BST');
    expect(r.next?.when).toBe('at 09:00 BST');
  });
});
