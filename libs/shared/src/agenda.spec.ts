import { groupAgenda } from './agenda';
import { DayPart, TimePrecision } from './enums';

const s = (id: string, t: Partial<Parameters<typeof groupAgenda>[0][number]>) => ({
  id,
  timePrecision: TimePrecision.DAY,
  ...t,
});

describe('groupAgenda', () => {
  const sessions = [
    s('poverty', { timePrecision: TimePrecision.DAY, day: '2018-11-14', sequence: 2 }),
    s('ofsted', {
      timePrecision: TimePrecision.DAY_PART,
      day: '2018-11-14',
      dayPart: DayPart.MORNING,
      sequence: 1,
    }),
    s('opening', { timePrecision: TimePrecision.EXACT, startsAt: '2018-11-14T09:30:00Z', sequence: 0 }),
    s('workshops', {
      timePrecision: TimePrecision.DAY_PART,
      day: '2018-11-14',
      dayPart: DayPart.AFTERNOON,
      sequence: 3,
    }),
    s('lost', { timePrecision: TimePrecision.UNKNOWN, sequence: 4 }),
  ];
  const agenda = groupAgenda(sessions, ['2018-11-14', '2018-11-15']);

  it('lists every conference day, even one with no session, and a last "Day not given" section', () => {
    expect(agenda.map((d) => [d.day, d.label, d.count])).toEqual([
      ['2018-11-14', 'Wednesday 14 November 2018', 4],
      ['2018-11-15', 'Thursday 15 November 2018', 0],
      [null, 'Day not given', 1],
    ]);
  });

  it('splits a day into parts, clock times in the part they start in, day-only sessions last', () => {
    expect(agenda[0].groups.map((g) => [g.label, g.sessions.map((x) => x.id)])).toEqual([
      ['Morning', ['ofsted', 'opening']],
      ['Afternoon', ['workshops']],
      ['Time of day not given', ['poverty']],
    ]);
  });
});
