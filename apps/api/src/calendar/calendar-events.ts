import { timingOf } from '../sessions/agenda-order';
import {
  DAY_PART_LABELS,
  describeTiming,
  SESSION_TYPE_LABELS,
  SessionStatus,
  SpeakerRole,
  TimePrecision,
} from '@ncasc/shared';
import { ICalCalendar, type ICalEvent, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { ConferenceEntity } from '../conferences/conference.entity';
import type { SessionEntity } from '../sessions/session.entity';

/** Stable across hosts and renames: a calendar keeps one event per session for ever. */
export const eventUid = (sessionId: string): string => `${sessionId}@conference-programmes`;

export interface CalendarSession {
  session: SessionEntity;
  conference: ConferenceEntity;
  room: string | null;
  speakers: { name: string; role: SpeakerRole }[];
  tracks: string[];
}

/** A session whose event was written before (see KeptEvents): its text, as it is. */
export interface WrittenSession {
  session: SessionEntity;
  text: string;
}

/**
 * RFC 5545 §3.6: a VCALENDAR holds at least one component. A calendar with no events (a programme with
 * no dates yet, a feed with nothing starred) holds this one: the zone its times are written in (UTC),
 * which every calendar app reads and none shows.
 */
export const UTC_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:UTC',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0000',
  'TZNAME:UTC',
  'END:STANDARD',
  'END:VTIMEZONE',
  '',
].join('\r\n');

export interface CalendarSpec {
  name: string;
  description: string;
  publicUrl: string;
  entries: (CalendarSession | WrittenSession)[];
}

/**
 * Builds an RFC 5545 calendar. Times are written in UTC (`…Z`): correct instants on both sides of the
 * clock change, whatever the server's zone. Sessions the sources place only on a day (or a part of a
 * day) become all-day events marked TENTATIVE and TRANSPARENT (they do not block the delegate's time),
 * with the part of the day in the title; sessions without a day are left out and counted in the
 * calendar's description. Cancelled sessions stay, as STATUS:CANCELLED, so subscribed calendars drop them.
 *
 * Plain Dates are safe here only because neither the calendar nor an event is given a time zone:
 * ical-generator then writes a Date by its UTC fields (an all-day date as its UTC day), whereas with a
 * zone set it would read the Date on the process's clock.
 */
export function buildCalendar(
  spec: CalendarSpec,
  kept?: KeptEvents,
): { body: string; lastModified: Date; events: number } {
  const left = spec.entries.filter((e) => !hasDay(e.session));
  const description = left.length
    ? `${spec.description} ${left.length} ${left.length === 1 ? 'session has' : 'sessions have'} no day in the programme and ${left.length === 1 ? 'is' : 'are'} not included.`
    : spec.description;
  const cal = new ICalCalendar({
    prodId: { company: 'Conference programmes', product: 'NCASC and ADCS programme', language: 'EN' },
    name: spec.name,
    description,
    ttl: 3600,
  });
  let lastModified = new Date(0);
  // each event's text, in order: kept ones as they are, new ones written below
  const texts: (string | { sessionId: string; event: ICalEvent })[] = [];
  for (const entry of spec.entries) {
    const s = entry.session;
    if (s.updatedAt > lastModified) lastModified = s.updatedAt;
    if (!hasDay(s)) continue;
    // events written before, as they are
    if ('text' in entry) {
      texts.push(entry.text);
      continue;
    }
    const known = kept?.get(s.id);
    if (known !== undefined) {
      texts.push(known);
      continue;
    }
    const c = entry.conference;
    const exact = s.timePrecision === TimePrecision.EXACT && s.startsAt !== null;
    const when = describeTiming(timingOf(s), c.timezone);
    const url = `${spec.publicUrl}/sessions/${s.id}`;
    const speakers = entry.speakers
      .map((p) => (p.role === SpeakerRole.SPEAKER ? p.name : `${p.name} (${p.role.toLowerCase()})`))
      .join(', ');
    const lines = [
      s.summary,
      speakers ? `Speakers: ${speakers}` : null,
      exact ? null : `When: ${when} (the programme gives no clock time)`,
      s.removedAt
        ? 'This session has been taken out of the programme.'
        : s.status === SessionStatus.CANCELLED
          ? 'This session is cancelled.'
          : null,
      `${c.name}: ${url}`,
    ].filter((l): l is string => Boolean(l));
    const common = {
      id: eventUid(s.id),
      sequence: s.revision,
      stamp: s.updatedAt,
      lastModified: s.updatedAt,
      description: lines.join('\n\n'),
      location: [entry.room, c.venue, c.city].filter(Boolean).join(', ') || undefined,
      url,
      categories: [...(s.type ? [SESSION_TYPE_LABELS[s.type]] : []), ...entry.tracks].map((name) => ({
        name,
      })),
    };
    // a session taken out of the programme leaves subscribed calendars the same way as a cancelled one
    let made: ICalEvent;
    const status =
      s.status === SessionStatus.CANCELLED || s.removedAt
        ? ICalEventStatus.CANCELLED
        : exact
          ? ICalEventStatus.CONFIRMED
          : ICalEventStatus.TENTATIVE;
    if (exact) {
      made = cal.createEvent({
        ...common,
        summary: s.title,
        start: s.startsAt!,
        end: s.endsAt ?? undefined,
        status,
      });
    } else {
      const part =
        s.timePrecision === TimePrecision.DAY_PART && s.dayPart ? ` (${DAY_PART_LABELS[s.dayPart]})` : '';
      made = cal.createEvent({
        ...common,
        summary: `${s.title}${part}`,
        allDay: true,
        start: new Date(`${s.day!}T00:00:00Z`),
        status,
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
    texts.push({ sessionId: s.id, event: made });
  }
  const body = serialise(
    cal,
    (event) => {
      const text = foldLines(event.event.toString());
      kept?.set(event.sessionId, text);
      return text;
    },
    texts.length ? texts : [UTC_TIMEZONE],
    // the rest of buildCalendar's calendar is the same for all
    JSON.stringify([spec.name, description]),
  );
  return { body, lastModified, events: texts.length };
}

/**
 * Events already written, by session id. An event is made only of public data (the session, its
 * conference, room, speakers and themes) and the configured public URL, so the text written for one
 * calendar serves every other for the same public data version: a delegate's feed is then mostly
 * copied, not written.
 */
export interface KeptEvents {
  get(sessionId: string): string | undefined;
  set(sessionId: string, text: string): void;
}

/**
 * The calendar as `cal.toString()` writes it, but with the events' lines folded here. ical-generator 10
 * folds every line by making a TextEncoder for each character: four fifths of a personal feed's time
 * (version 11 counts bytes instead, but needs Node 22). The calendar's own lines are still written and
 * folded by the library; the events are written by it and folded by foldLines, to the same rule.
 */
export function serialise<T extends { event: ICalEvent }>(
  cal: ICalCalendar,
  write: (made: T) => string = (made) => foldLines(made.event.toString()),
  texts: (string | T)[] = cal.events().map((event) => ({ event }) as T),
  shellKey?: string,
): string {
  const shell = shellOf(cal, shellKey);
  const end = 'END:VCALENDAR';
  if (!shell.endsWith(end)) throw new Error('ical-generator no longer ends a calendar with END:VCALENDAR');
  return (
    shell.slice(0, -end.length) + texts.map((t) => (typeof t === 'string' ? t : write(t))).join('') + end
  );
}

/**
 * The calendar's own lines, without its events, written once per key (what sets them apart: a personal
 * feed's is the same for every delegate). The library folds them a character at a time, which costs
 * more than copying a delegate's kept events.
 */
const shells = new Map<string, string>();
const SHELLS_KEPT = 1_000;

function shellOf(cal: ICalCalendar, key: string | undefined): string {
  const known = key === undefined ? undefined : shells.get(key);
  if (known !== undefined) return known;
  const shell = cal.clear().toString(); // (the calendar is left without its events)
  if (key !== undefined) {
    if (shells.size >= SHELLS_KEPT) shells.clear();
    shells.set(key, shell);
  }
  return shell;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are split, each continuation starting with a space; a
 * character is never split (a surrogate pair counts as one character of 4 octets).
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      if (line.length <= 74 && !/[^\u0020-\u007e\t]/.test(line)) return line;
      let out = '';
      let octets = 0;
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        let char = line[i];
        let size: number;
        if (code < 0x80) size = 1;
        else if (code < 0x800) size = 2;
        else if (code >= 0xd800 && code <= 0xdbff) {
          char += line[++i] ?? '';
          size = 4;
        } else size = 3;
        octets += size;
        if (octets > 74) {
          out += '\r\n ';
          octets = size;
        }
        out += char;
      }
      return out;
    })
    .join('\r\n');
}

function hasDay(s: SessionEntity): boolean {
  return (s.timePrecision === TimePrecision.EXACT && s.startsAt !== null) || s.day !== null;
}
