import { type SessionTiming, TimePrecision, localDate, localMinutes } from '@ncasc/shared';

/** A clock-time session with no end is drawn an hour long. */
const DEFAULT_MINUTES = 60;

type Placeable = SessionTiming & { room?: { name: string } | null };

export interface GridColumn {
  /** The room, or null for "Room not given" */
  room: string | null;
  /** Columns the room needs: more than one only when it is double-booked */
  lanes: number;
}

export type GridCell<T> = { kind: 'session'; session: T; rowSpan: number } | { kind: 'empty' };

export interface GridRow<T> {
  /** Minutes after local midnight */
  from: number;
  to: number;
  /** "09:30" (local time) */
  label: string;
  /** One per lane, left to right; lanes covered by a session from an earlier row are left out */
  cells: (GridCell<T> & { lane: number })[];
}

export interface AgendaGrid<T> {
  columns: GridColumn[];
  rows: GridRow<T>[];
  /** Sessions with no clock time, in the order given: listed under the grid */
  untimed: T[];
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * One day of sessions as a grid of rooms (columns) by time (rows): a row from each start or end of a
 * session to the next, a session spanning the rows it runs through. Stretches nothing runs in are
 * left out. A double-booked room gets a lane for each session running at once; sessions with a clock
 * time but no room go in a last "Room not given" column; the rest are `untimed`.
 */
export function buildAgendaGrid<T extends Placeable>(
  sessions: readonly T[],
  timeZone: string,
): AgendaGrid<T> {
  const untimed: T[] = [];
  const timed: { s: T; from: number; to: number; room: string | null }[] = [];
  for (const s of sessions) {
    if (s.timePrecision !== TimePrecision.EXACT || !s.startsAt) {
      untimed.push(s);
      continue;
    }
    const from = localMinutes(s.startsAt, timeZone);
    let to = from + DEFAULT_MINUTES;
    if (s.endsAt)
      to =
        localDate(s.endsAt, timeZone) === localDate(s.startsAt, timeZone)
          ? localMinutes(s.endsAt, timeZone)
          : 24 * 60;
    timed.push({ s, from, to: Math.max(to, from + 1), room: s.room?.name ?? null });
  }
  timed.sort((a, b) => a.from - b.from || a.to - b.to);

  // rooms by name, "Room not given" last; each room's lanes filled greedily
  const roomNames = [...new Set(timed.map((t) => t.room))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en-GB'),
  );
  const laneOf = new Map<(typeof timed)[number], number>();
  const columns: GridColumn[] = [];
  let firstLane = 0;
  for (const room of roomNames) {
    const laneEnds: number[] = [];
    for (const t of timed.filter((x) => x.room === room)) {
      let lane = laneEnds.findIndex((end) => end <= t.from);
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = t.to;
      laneOf.set(t, firstLane + lane);
    }
    columns.push({ room, lanes: laneEnds.length });
    firstLane += laneEnds.length;
  }
  const laneCount = firstLane;

  // rows between consecutive boundaries that some session runs through
  const bounds = [...new Set(timed.flatMap((t) => [t.from, t.to]))].sort((a, b) => a - b);
  const spans = bounds
    .slice(0, -1)
    .map((from, i) => ({ from, to: bounds[i + 1] }))
    .filter((r) => timed.some((t) => t.from <= r.from && r.to <= t.to));

  const coveredUntil = new Array<number>(laneCount).fill(-1);
  const rows: GridRow<T>[] = spans.map((span, index) => {
    const cells: GridRow<T>['cells'] = [];
    for (let lane = 0; lane < laneCount; lane++) {
      if (coveredUntil[lane] >= index) continue;
      const t = timed.find((x) => laneOf.get(x) === lane && x.from === span.from);
      if (t) {
        const rowSpan = spans.slice(index).filter((r) => r.to <= t.to).length;
        coveredUntil[lane] = index + rowSpan - 1;
        cells.push({ kind: 'session', session: t.s, rowSpan, lane });
      } else cells.push({ kind: 'empty', lane });
    }
    return { ...span, label: hhmm(span.from), cells };
  });
  return { columns, rows, untimed };
}
