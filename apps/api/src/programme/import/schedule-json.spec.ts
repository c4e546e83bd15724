import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TimePrecision } from '@ncasc/shared';
import { parseScheduleJson } from './schedule-json';

const PRETALX = join(__dirname, '../../../../../../shared/standards/example-pretalx-democon.json');

describe('c3voc schedule JSON', () => {
  it('reads pretalx’s example: every event, exact times, rooms and speakers', () => {
    const { sessions, problems } = parseScheduleJson(readFileSync(PRETALX, 'utf8'), 'UTC');
    expect(problems).toEqual([]);
    expect(sessions).toHaveLength(36);
    expect(sessions[0]).toMatchObject({
      key: '8079583e-8321-506c-95af-fd2903a5f075',
      title: 'Focused 5thgeneration hardware',
      timePrecision: TimePrecision.EXACT,
      startsAt: '2020-12-14T08:00:00.000Z',
      endsAt: '2020-12-14T08:30:00.000Z',
      room: 'Gray Room',
      type: null,
      themes: ['Phased'],
      speakers: [{ name: 'Brian Robinson' }],
    });
  });

  it('reports bad events by event and refuses what is not a schedule', () => {
    const doc = {
      schedule: {
        conference: { days: [{ date: '2027-11-10', rooms: { A: [{ guid: 'x', start: '10:00' }] } }] },
      },
    };
    expect(parseScheduleJson(JSON.stringify(doc), 'UTC').problems).toEqual([
      { event: 'x', message: 'the title is empty' },
    ]);
    expect(parseScheduleJson('{"a":1}', 'UTC').problems[0].message).toMatch(/not a c3voc schedule/);
    expect(parseScheduleJson('{', 'UTC').problems[0].message).toMatch(/not JSON/);
  });
});
