import { DayPart, TimePrecision } from '@ncasc/shared';
import { buildAgendaGrid } from './agenda-grid';

const LONDON = 'Europe/London';
const at = (title: string, from: string, to: string | null, room: string | null) => ({
  title,
  timePrecision: TimePrecision.EXACT,
  day: '2018-11-15',
  dayPart: null,
  startsAt: `2018-11-15T${from}:00Z`,
  endsAt: to ? `2018-11-15T${to}:00Z` : null,
  room: room ? { name: room } : null,
});
const morning = (title: string) => ({
  title,
  timePrecision: TimePrecision.DAY_PART,
  day: '2018-11-15',
  dayPart: DayPart.MORNING,
  startsAt: null,
  endsAt: null,
  room: { name: 'Exchange Hall' },
});

/** The grid as text: one line per row, "label: cell | cell", a cell "title×rows" or "-". */
function picture(grid: ReturnType<typeof buildAgendaGrid<ReturnType<typeof at>>>): string[] {
  return grid.rows.map(
    (r) =>
      `${r.label}: ${r.cells.map((c) => (c.kind === 'session' ? `${c.session.title}×${c.rowSpan}@${c.lane}` : `-@${c.lane}`)).join(' | ')}`,
  );
}

describe('the agenda grid', () => {
  it('puts rooms in columns and times in rows, a long session spanning rows', () => {
    const grid = buildAgendaGrid(
      [
        at('Keynote', '09:00', '10:00', 'Exchange Hall'),
        at('Workshop A', '10:30', '12:00', 'Room 1'),
        at('Workshop B', '10:30', '11:15', 'Exchange Hall'),
        at('Workshop C', '11:15', '12:00', 'Exchange Hall'),
      ],
      LONDON,
    );
    expect(grid.columns).toEqual([
      { room: 'Exchange Hall', lanes: 1 },
      { room: 'Room 1', lanes: 1 },
    ]);
    // 10:00–10:30 runs nothing: left out
    expect(picture(grid)).toEqual([
      '09:00: Keynote×1@0 | -@1',
      '10:30: Workshop B×1@0 | Workshop A×2@1',
      '11:15: Workshop C×1@0',
    ]);
    expect(grid.untimed).toEqual([]);
  });

  it('lists sessions with no clock time apart, and puts a timed one with no room in a last column', () => {
    const untimed = morning('Thursday morning workshop');
    const grid = buildAgendaGrid(
      [untimed, at('Fringe', '18:00', null, null), at('Dinner', '19:00', '21:00', 'Hall')],
      LONDON,
    );
    expect(grid.columns.map((c) => c.room)).toEqual(['Hall', null]);
    // with no end, an hour
    expect(picture(grid as never)).toEqual(['18:00: -@0 | Fringe×1@1', '19:00: Dinner×1@0 | -@1']);
    expect(grid.untimed).toEqual([untimed]);
  });

  it('gives a double-booked room a lane for each session at once', () => {
    const grid = buildAgendaGrid(
      [
        at('One', '10:00', '11:00', 'Hall'),
        at('Two', '10:30', '11:30', 'Hall'),
        at('Three', '11:00', '12:00', 'Hall'),
      ],
      LONDON,
    );
    expect(grid.columns).toEqual([{ room: 'Hall', lanes: 2 }]);
    expect(picture(grid)).toEqual([
      '10:00: One×2@0 | -@1',
      '10:30: Two×2@1',
      '11:00: Three×2@0',
      '11:30: -@1',
    ]);
  });

  it('reads the clock in the conference zone (BST in summer)', () => {
    const grid = buildAgendaGrid(
      [
        {
          ...at('Summer', '08:00', '09:00', 'Hall'),
          startsAt: '2018-07-05T08:00:00Z',
          endsAt: '2018-07-05T09:00:00Z',
        },
      ],
      LONDON,
    );
    expect(grid.rows.map((r) => r.label)).toEqual(['09:00']);
  });
});
