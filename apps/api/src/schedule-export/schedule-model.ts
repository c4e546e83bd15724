import {
  describeTiming,
  DISPLAY_SLOTS,
  formatLocalTime,
  formatZoned,
  localDate,
  NO_CLOCK_TIME,
  NO_END_TIME,
  ROOM_NOT_GIVEN,
  SESSION_TYPE_LABELS,
  SessionStatus,
  slugify,
  TIME_OF_DAY_NOT_GIVEN,
  TimePrecision,
  zonedInstant,
} from '@ncasc/shared';
import { v5 as uuidv5 } from 'uuid';
import type { ConferenceEntity } from '../conferences/conference.entity';
import type { SessionEntity } from '../sessions/session.entity';

/**
 * The programme as frab/pentabarf XML and c3voc JSON both need it: one model, two renderings
 * (schedule-render.ts), so the two files never disagree.
 */

export { DISPLAY_SLOTS, ROOM_NOT_GIVEN, TIME_OF_DAY_NOT_GIVEN } from '@ncasc/shared';
/** The namespace of the export's own UUIDs (the "Room not given" room of each conference). */
const EXPORT_NAMESPACE = '6f1d8a52-3b0e-5c7a-9a4e-2d1c0b9e8f70';

/**
 * The time-precision decision.
 *
 * frab and c3voc need a clock start and duration for every event, but most seeded sessions have only a
 * day part ("Thursday morning") or a day. The export places them in labelled display slots — MORNING
 * 09:00 for 3:00, AFTERNOON 13:00 for 4:00, EVENING 18:00 for 3:00, a day-only session 09:00 for 8:00 —
 * and says so in the event: subtitle "Thursday morning — no clock time in the programme" (or "Time of day
 * not given" for day-only), and the description begins with the same sentence. EXACT sessions use their
 * real local start (Europe/London, via the shared helpers; BST/GMT offsets right) and duration (1:00 when
 * they have no end, flagged the same way). Sessions with no day (UNKNOWN) are left out; the JSON's and
 * XML's conference-level fields cannot carry a note, so document the count in the controller's response
 * header `X-Sessions-Left-Out: <n>`. Cancelled sessions: keep them, title prefixed "Cancelled: ", since
 * frab has no status field.
 *
 * (The c3voc JSON's conference does have an optional `description`; it repeats the count and explains the
 * slots. The XML has no such field, so the header stays the one place both formats share.)
 */
/** An EXACT session without an end is shown as this long (and flagged). */
export const EXACT_DEFAULT_DURATION = 60;

type Timed = Pick<SessionEntity, 'timePrecision' | 'day' | 'dayPart' | 'startsAt' | 'endsAt'>;

/** Where an event goes on the export's clock; null when the programme does not give the session's day. */
export interface Placement {
  /** Local day, YYYY-MM-DD. */
  day: string;
  start: Date;
  /** Minutes. */
  duration: number;
  /** Why the time shown is not the programme's own; null for a real clock time and end. */
  note: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const MINUTE = 60_000;

/** "09:00"; also durations ("03:00", "26:30"). */
export function hoursMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Places a session on the clock as the time-precision decision above says. */
export function placeSession(s: Timed, timeZone: string): Placement | null {
  if (s.timePrecision === TimePrecision.EXACT && s.startsAt) {
    const minutes = s.endsAt ? Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / MINUTE) : 0;
    const hasEnd = minutes > 0;
    return {
      day: localDate(s.startsAt, timeZone),
      start: s.startsAt,
      // the XSD's duration allows two digits of hours
      duration: hasEnd ? Math.min(minutes, 99 * 60 + 59) : EXACT_DEFAULT_DURATION,
      note: hasEnd
        ? null
        : `${describeTiming({ timePrecision: TimePrecision.EXACT, startsAt: s.startsAt.toISOString() }, timeZone)} — ${NO_END_TIME}`,
    };
  }
  if (!s.day) return null;
  if (s.timePrecision === TimePrecision.DAY_PART && s.dayPart) {
    const slot = DISPLAY_SLOTS[s.dayPart];
    return {
      day: s.day,
      start: zonedInstant(s.day, slot.start, timeZone),
      duration: slot.duration,
      note: `${describeTiming({ timePrecision: TimePrecision.DAY_PART, day: s.day, dayPart: s.dayPart }, timeZone)} — ${NO_CLOCK_TIME}`,
    };
  }
  // a day only (or an EXACT session that lost its clock time but kept its day)
  const slot = DISPLAY_SLOTS.DAY;
  return {
    day: s.day,
    start: zonedInstant(s.day, slot.start, timeZone),
    duration: slot.duration,
    note: TIME_OF_DAY_NOT_GIVEN,
  };
}

/**
 * Positive integers for UUIDs, stable across requests: the first 7 hex digits + 1 (at most 2^28, so any
 * reader's 32-bit int holds it). Collisions within one export are bumped to the next free number, in
 * UUID order so the outcome does not depend on the agenda's order.
 */
export function stableIntegerIds(uuids: Iterable<string>): Map<string, number> {
  const ids = new Map<string, number>();
  const used = new Set<number>();
  for (const uuid of [...new Set(uuids)].sort()) {
    const hex = uuid.replace(/[^0-9a-f]/gi, '').slice(0, 7);
    let n = (hex ? parseInt(hex, 16) : 0) + 1;
    while (used.has(n)) n += 1;
    used.add(n);
    ids.set(uuid, n);
  }
  return ids;
}

/** The c3voc acronym pattern allows hyphens only in a `-2019-name` suffix, so `ncasc-2018` → `ncasc_2018`. */
export function conferenceAcronym(slug: string): string {
  return slug.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/**
 * `ncasc_2018-1a2b3c4d-opening-speeches`: acronym, the session UUID's first 8 hex digits, and the title
 * slugified to at most 40 characters; matches the XSD's `[a-z0-9_]{4,}-[a-z0-9\-_]{4,}` and the JSON's
 * `^[a-z0-9_-]+[a-z0-9]$`. Made unique within the export with `-2`, `-3`… (`taken` is updated).
 */
export function eventSlug(acronym: string, sessionId: string, title: string, taken: Set<string>): string {
  const hex = sessionId
    .replace(/[^0-9a-f]/gi, '')
    .toLowerCase()
    .slice(0, 8)
    .padEnd(8, '0');
  const words = slugify(title).slice(0, 40).replace(/-+$/, '');
  const base = words ? `${acronym}-${hex}-${words}` : `${acronym}-${hex}`;
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** A track slug both formats accept (XSD `[a-z][a-z0-9-]+`, JSON `^[a-z0-9_-]+[a-z0-9]$`), or null. */
function trackSlug(slug: string): string | null {
  return /^[a-z][a-z0-9-]*[a-z0-9]$/.test(slug) ? slug : null;
}

export interface ExportEntry {
  session: Pick<
    SessionEntity,
    | 'id'
    | 'title'
    | 'summary'
    | 'type'
    | 'status'
    | 'timePrecision'
    | 'day'
    | 'dayPart'
    | 'startsAt'
    | 'endsAt'
  >;
  room: { id: string; name: string } | null;
  speakers: { id: string; name: string }[];
  tracks: { name: string; slug: string }[];
}

export interface ScheduleInput {
  conference: Pick<ConferenceEntity, 'id' | 'slug' | 'name' | 'year' | 'timezone'>;
  /** Each day from the conference's start to its end (none when the sources do not give them). */
  conferenceDays: string[];
  /** The conference's rooms, listed on every day even when empty. */
  rooms: { id: string; name: string }[];
  /** The sessions, in agenda order. */
  entries: ExportEntry[];
  publicUrl: string;
  lastModified: Date;
  generator: { name: string };
}

export interface SchedulePerson {
  id: number;
  guid: string;
  name: string;
}

export interface ScheduleRoom {
  name: string;
  guid: string;
}

export interface ScheduleEvent {
  guid: string;
  id: number;
  slug: string;
  title: string;
  /** "" when the time shown is the programme's own. */
  subtitle: string;
  /** "" when the sources do not state the kind of session. */
  type: string;
  /** "" when the session has neither a theme nor a type. */
  track: string;
  room: string;
  language: string;
  abstract: string;
  description: string;
  url: string;
  /** Local day, YYYY-MM-DD. */
  day: string;
  /** "2018-11-14T09:00:00+00:00" */
  date: string;
  end: string;
  /** "09:00" */
  start: string;
  /** "03:00" */
  duration: string;
  persons: SchedulePerson[];
  startsAt: number;
}

export interface ScheduleDay {
  index: number;
  /** Null only for the placeholder day of a conference whose programme gives no day at all. */
  date: string | null;
  start: string;
  end: string;
  rooms: { room: ScheduleRoom; events: ScheduleEvent[] }[];
}

export interface Schedule {
  acronym: string;
  slug: string;
  title: string;
  version: string;
  lastModified: Date;
  /** First and last day (YYYY-MM-DD); the year's bounds when the programme gives no day at all. */
  start: string;
  end: string;
  /** False when start/end are only the year's bounds. */
  datesKnown: boolean;
  timeZone: string;
  timeslotDuration: string;
  /** Days with a date, each with every room. */
  days: ScheduleDay[];
  /** The frab XML needs at least one <day>: when there are no days, one undated day spanning the year. */
  placeholderDay: ScheduleDay | null;
  rooms: ScheduleRoom[];
  tracks: { name: string; slug: string | null }[];
  events: ScheduleEvent[];
  /** Sessions with no day in the programme, not in the file. */
  leftOut: number;
  /** What a reader should know about the times (only the JSON has a conference field to carry it). */
  description: string;
  publicUrl: string;
  conferenceUrl: string;
  generator: { name: string };
}

/** Builds the export's model from the conference's sessions (pure: no I/O). */
export function buildSchedule(input: ScheduleInput): Schedule {
  const { conference: c, publicUrl } = input;
  const tz = c.timezone;
  const acronym = conferenceAcronym(c.slug);

  const placed = input.entries.flatMap((entry, order) => {
    const placement = placeSession(entry.session, tz);
    return placement ? [{ entry, placement, order }] : [];
  });
  const leftOut = input.entries.length - placed.length;

  const eventIds = stableIntegerIds(placed.map((p) => p.entry.session.id));
  const personIds = stableIntegerIds(placed.flatMap((p) => p.entry.speakers.map((s) => s.id)));
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const { entry } of [...placed].sort((a, b) => a.entry.session.id.localeCompare(b.entry.session.id)))
    slugs.set(entry.session.id, eventSlug(acronym, entry.session.id, entry.session.title, taken));

  const notGiven: ScheduleRoom = {
    name: ROOM_NOT_GIVEN,
    guid: uuidv5(`${c.id}/room-not-given`, EXPORT_NAMESPACE),
  };
  const roomsByName = new Map<string, ScheduleRoom>();
  for (const r of [...input.rooms, ...placed.flatMap((p) => (p.entry.room ? [p.entry.room] : []))])
    if (!roomsByName.has(r.name)) roomsByName.set(r.name, { name: r.name, guid: r.id });
  const rooms = [...roomsByName.values()].sort((a, b) => a.name.localeCompare(b.name));
  if (placed.some((p) => !p.entry.room)) rooms.push(notGiven);

  const tracks = new Map<string, string | null>();
  const events = placed
    .map(({ entry, placement, order }) => {
      const s = entry.session;
      // no type when the sources do not state one: frab's <type> stays empty, c3voc's type ""
      const typeLabel = s.type ? SESSION_TYPE_LABELS[s.type] : '';
      const theme = entry.tracks[0];
      const track = theme ? theme.name : typeLabel;
      if (track && !tracks.has(track))
        tracks.set(track, trackSlug(theme ? theme.slug : slugify(typeLabel)));
      const cancelled = s.status === SessionStatus.CANCELLED;
      const description = [
        placement.note ? `${placement.note}.` : null,
        cancelled ? 'This session is cancelled.' : null,
        s.summary,
      ]
        .filter((l): l is string => Boolean(l))
        .join('\n\n');
      const persons: SchedulePerson[] = [];
      for (const p of entry.speakers)
        if (!persons.some((q) => q.guid === p.id))
          persons.push({ id: personIds.get(p.id)!, guid: p.id, name: p.name });
      const url = `${publicUrl}/sessions/${s.id}`;
      const event: ScheduleEvent = {
        guid: s.id,
        id: eventIds.get(s.id)!,
        slug: slugs.get(s.id)!,
        title: cancelled ? `Cancelled: ${s.title}` : s.title,
        subtitle: placement.note ?? '',
        type: typeLabel,
        track,
        room: entry.room?.name ?? ROOM_NOT_GIVEN,
        language: 'en',
        abstract: s.summary ?? '',
        description,
        url,
        day: placement.day,
        date: formatZoned(placement.start, tz),
        end: formatZoned(new Date(placement.start.getTime() + placement.duration * MINUTE), tz),
        start: formatLocalTime(placement.start, tz),
        duration: hoursMinutes(placement.duration),
        persons,
        startsAt: placement.start.getTime(),
      };
      return { event, order };
    })
    .sort((a, b) => a.event.startsAt - b.event.startsAt || a.order - b.order)
    .map((e) => e.event);

  const dates = [...new Set([...input.conferenceDays, ...events.map((e) => e.day)])].sort();
  const dayOf = (date: string, index: number): ScheduleDay => ({
    index,
    date,
    start: formatZoned(zonedInstant(date, 0, tz), tz),
    end: formatZoned(new Date(zonedInstant(date, 23 * 60 + 59, tz).getTime() + 59_000), tz),
    rooms: rooms.map((room) => ({
      room,
      events: events.filter((e) => e.day === date && e.room === room.name),
    })),
  });
  const days = dates.map((d, i) => dayOf(d, i + 1));
  const datesKnown = dates.length > 0;
  const yearStart = `${c.year}-01-01`;
  const yearEnd = `${c.year}-12-31`;
  const placeholderDay: ScheduleDay | null = datesKnown
    ? null
    : {
        index: 1,
        date: null,
        start: formatZoned(zonedInstant(yearStart, 0, tz), tz),
        end: formatZoned(new Date(zonedInstant(yearEnd, 23 * 60 + 59, tz).getTime() + 59_000), tz),
        rooms: [],
      };

  const notes = [
    datesKnown
      ? null
      : `The programme gives no day for this conference: start and end are the bounds of ${c.year}.`,
    leftOut
      ? `${leftOut} ${leftOut === 1 ? 'session has' : 'sessions have'} no day in the programme and ${leftOut === 1 ? 'is' : 'are'} left out.`
      : null,
    'Sessions the programme places only in a part of a day or on a day are shown in display slots (morning 09:00–12:00, afternoon 13:00–17:00, evening 18:00–21:00, a day 09:00–17:00); their subtitles say so.',
  ].filter((l): l is string => Boolean(l));

  return {
    acronym,
    slug: c.slug,
    title: c.name,
    version: input.lastModified.toISOString(),
    lastModified: input.lastModified,
    start: datesKnown ? dates[0] : yearStart,
    end: datesKnown ? dates[dates.length - 1] : yearEnd,
    datesKnown,
    timeZone: tz,
    timeslotDuration: '00:15',
    days,
    placeholderDay,
    rooms,
    tracks: [...tracks.entries()]
      .map(([name, slug]) => ({ name, slug }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    events,
    leftOut,
    description: notes.join(' '),
    publicUrl,
    conferenceUrl: `${publicUrl}/conferences/${c.slug}`,
    generator: input.generator,
  };
}
