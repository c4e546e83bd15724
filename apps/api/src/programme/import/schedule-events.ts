import {
  DayPart,
  DISPLAY_SLOTS,
  localToInstant,
  NO_CLOCK_TIME,
  NO_END_TIME,
  ROOM_NOT_GIVEN,
  SESSION_TYPE_LABELS,
  SessionType,
  TIME_OF_DAY_NOT_GIVEN,
  TimePrecision,
} from '@ncasc/shared';
import {
  fieldProblems,
  type ImportedSession,
  type ImportProblem,
  MAX_IMPORT_SESSIONS,
  type ParsedImport,
} from './imported-session';

/** One event of a frab XML or c3voc JSON schedule, as its reader found it (text, or null when absent). */
export interface ScheduleEventFields {
  guid: string | null;
  id: string | null;
  title: string | null;
  subtitle: string | null;
  /** ISO 8601 with offset ("2018-11-15T14:00:00+00:00"). */
  date: string | null;
  /** The date of the day the event is listed under. */
  dayDate: string | null;
  start: string | null;
  duration: string | null;
  room: string | null;
  type: string | null;
  track: string | null;
  abstract: string | null;
  description: string | null;
  persons: string[];
}

const CANCELLED_PREFIX = 'Cancelled: ';
const CANCELLED_NOTE = 'This session is cancelled.';
const TYPES = new Map(Object.values(SessionType).map((t) => [SESSION_TYPE_LABELS[t].toLowerCase(), t]));
for (const t of Object.values(SessionType)) TYPES.set(t.toLowerCase(), t);
const SLOT_PARTS = new Map(Object.values(DayPart).map((p) => [DISPLAY_SLOTS[p].start, p] as const));

const minutesOf = (hhmm: string | null): number | null => {
  const m = /^(\d{1,3}):(\d{2})(?::\d{2})?$/.exec(hhmm?.trim() ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

/**
 * Events as imported sessions. The exports' own notes for a time they could not give (ours: "Thursday
 * morning — no clock time in the programme", "Time of day not given", "… — no end time") bring back the
 * precision the programme had; anything else with a clock time is EXACT. What is missing is reported by
 * event, not guessed.
 */
export function readEvents(events: ScheduleEventFields[], timeZone: string): ParsedImport {
  const problems: ImportProblem[] = [];
  const sessions: ImportedSession[] = [];
  if (events.length > MAX_IMPORT_SESSIONS)
    return { sessions, problems: [{ message: `the schedule has more than ${MAX_IMPORT_SESSIONS} events` }] };
  events.forEach((e, i) => {
    const event = e.guid ?? e.id ?? (e.title ? `“${e.title}”` : `event ${i + 1}`);
    const problem = (message: string) => problems.push({ event, message });
    const before = problems.length;
    const rawTitle = e.title?.trim() ?? '';
    const cancelled = rawTitle.startsWith(CANCELLED_PREFIX) && (e.description ?? '').includes(CANCELLED_NOTE);
    const title = cancelled ? rawTitle.slice(CANCELLED_PREFIX.length) : rawTitle;

    // the local day and clock: from the dated start, else the day it is listed under and its start
    const dated = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(e.date ?? '');
    const day = dated?.[1] ?? (/^\d{4}-\d{2}-\d{2}$/.test(e.dayDate ?? '') ? e.dayDate : null);
    const clock =
      dated?.[2] ?? (minutesOf(e.start) !== null ? e.start!.trim().slice(0, 5).padStart(5, '0') : null);
    const startMs = dated && !Number.isNaN(Date.parse(e.date!)) ? Date.parse(e.date!) : null;
    const startsAt =
      startMs !== null
        ? new Date(startMs).toISOString()
        : day && clock
          ? localToInstant(day, clock, timeZone)
          : null;
    const duration = minutesOf(e.duration);
    const subtitle = e.subtitle?.trim() ?? '';

    let timing: Pick<ImportedSession, 'timePrecision' | 'day' | 'dayPart' | 'startsAt' | 'endsAt'>;
    if (!day) {
      problem('the event has no date');
      timing = {
        timePrecision: TimePrecision.UNKNOWN,
        day: null,
        dayPart: null,
        startsAt: null,
        endsAt: null,
      };
    } else if (subtitle === TIME_OF_DAY_NOT_GIVEN) {
      timing = { timePrecision: TimePrecision.DAY, day, dayPart: null, startsAt: null, endsAt: null };
    } else if (subtitle.endsWith(NO_CLOCK_TIME)) {
      const dayPart = SLOT_PARTS.get(minutesOf(clock) ?? -1) ?? null;
      if (!dayPart) problem(`“${subtitle}”, but the start is not a morning, afternoon or evening slot`);
      timing = { timePrecision: TimePrecision.DAY_PART, day, dayPart, startsAt: null, endsAt: null };
    } else if (!startsAt) {
      problem('the event has no start time');
      timing = { timePrecision: TimePrecision.DAY, day, dayPart: null, startsAt: null, endsAt: null };
    } else {
      const minutes = subtitle.endsWith(NO_END_TIME) || !duration ? null : duration;
      timing = {
        timePrecision: TimePrecision.EXACT,
        day: null,
        dayPart: null,
        startsAt,
        endsAt: minutes === null ? null : new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
      };
    }

    const type = e.type ? (TYPES.get(e.type.trim().toLowerCase()) ?? null) : null;
    const track = e.track?.trim() ?? '';
    // our export writes the type's label as the track of a session without a theme
    const themes = track && !(type && SESSION_TYPE_LABELS[type] === track) ? [track] : [];
    const room = e.room?.trim() ?? '';
    const session: ImportedSession = {
      key: e.guid?.trim() || e.id?.trim() || null,
      title,
      type,
      cancelled,
      ...timing,
      room: room && room !== ROOM_NOT_GIVEN ? room : null,
      themes,
      speakers: [...new Set(e.persons.map((p) => p.trim()).filter(Boolean))].map((name) => ({
        name,
        role: null,
        organisation: null,
      })),
      summary: e.abstract?.trim() || null,
      place: { event },
    };
    for (const p of fieldProblems(session)) problem(p.message);
    if (problems.length === before) sessions.push(session);
  });
  return { sessions, problems };
}
