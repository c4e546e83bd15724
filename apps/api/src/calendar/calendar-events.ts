import { timingOf } from '../sessions/agenda-order';
import {
  DAY_PART_LABELS,
  describeTiming,
  SESSION_TYPE_LABELS,
  SessionStatus,
  SpeakerRole,
  TimePrecision,
} from '@ncasc/shared';
import { ICalCalendar, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
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

export interface CalendarSpec {
  name: string;
  description: string;
  publicUrl: string;
  entries: CalendarSession[];
}

const utc = (d: Date): DateTime => DateTime.fromJSDate(d, { zone: 'utc' });

/**
 * Builds an RFC 5545 calendar. Times are written in UTC (`…Z`): correct instants on both sides of the
 * clock change, whatever the server's zone. Sessions the sources place only on a day (or a part of a
 * day) become all-day events marked TENTATIVE and TRANSPARENT (they do not block the delegate's time),
 * with the part of the day in the title; sessions without a day are left out and counted in the
 * calendar's description. Cancelled sessions stay, as STATUS:CANCELLED, so subscribed calendars drop them.
 */
export function buildCalendar(spec: CalendarSpec): { body: string; lastModified: Date; events: number } {
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
  for (const entry of spec.entries) {
    const { session: s, conference: c } = entry;
    if (s.updatedAt > lastModified) lastModified = s.updatedAt;
    if (!hasDay(s)) continue;
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
      stamp: utc(s.updatedAt),
      lastModified: utc(s.updatedAt),
      description: lines.join('\n\n'),
      location: [entry.room, c.venue, c.city].filter(Boolean).join(', ') || undefined,
      url,
      categories: [SESSION_TYPE_LABELS[s.type], ...entry.tracks].map((name) => ({ name })),
    };
    // a session taken out of the programme leaves subscribed calendars the same way as a cancelled one
    const status =
      s.status === SessionStatus.CANCELLED || s.removedAt
        ? ICalEventStatus.CANCELLED
        : exact
          ? ICalEventStatus.CONFIRMED
          : ICalEventStatus.TENTATIVE;
    if (exact) {
      cal.createEvent({
        ...common,
        summary: s.title,
        start: utc(s.startsAt!),
        end: s.endsAt ? utc(s.endsAt) : undefined,
        status,
      });
    } else {
      const part =
        s.timePrecision === TimePrecision.DAY_PART && s.dayPart ? ` (${DAY_PART_LABELS[s.dayPart]})` : '';
      cal.createEvent({
        ...common,
        summary: `${s.title}${part}`,
        allDay: true,
        start: DateTime.fromISO(s.day!, { zone: 'utc' }),
        status,
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
  }
  return { body: cal.toString(), lastModified, events: cal.length() };
}

function hasDay(s: SessionEntity): boolean {
  return (s.timePrecision === TimePrecision.EXACT && s.startsAt !== null) || s.day !== null;
}
