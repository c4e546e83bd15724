import { timingSortKey } from '@ncasc/shared';

interface Timed {
  timePrecision: Parameters<typeof timingSortKey>[0]['timePrecision'];
  day: string | null;
  dayPart: Parameters<typeof timingSortKey>[0]['dayPart'];
  startsAt: Date | null;
  endsAt: Date | null;
  sequence: number;
  title: string;
}

/** Orders sessions as the agenda reads: by day, then time (day parts among clock times), then source order. */
export function sortAgenda<T extends Timed>(sessions: T[], timeZone?: string): T[] {
  const keyed = sessions.map((s) => ({
    s,
    key: timingSortKey(
      {
        timePrecision: s.timePrecision,
        day: s.day,
        dayPart: s.dayPart,
        startsAt: s.startsAt?.toISOString() ?? null,
        endsAt: s.endsAt?.toISOString() ?? null,
      },
      s.sequence,
      timeZone,
    ),
  }));
  keyed.sort((a, b) => a.key.localeCompare(b.key) || a.s.title.localeCompare(b.s.title));
  return keyed.map((k) => k.s);
}
