import type { Schedule, ScheduleDay, ScheduleEvent } from './schedule-model';
import { XmlWriter } from './xml-writer';

/** The `$schema` pretalx's JSON export declares: c3voc's schedule JSON schema. */
export const C3VOC_SCHEMA_URL = 'https://c3voc.de/schedule/schema.json';

/** The formats' URL fields are http(s) URIs; a public URL of another kind is left out of them. */
const isHttp = (url: string): boolean => /^https?:\/\/\S+$/.test(url);

/** frab/pentabarf `schedule.xml` (valid against c3voc's frab-schedule.xml.xsd). */
export function renderFrabXml(schedule: Schedule): string {
  const w = new XmlWriter();
  const http = isHttp(schedule.publicUrl);
  w.start('schedule');
  w.element('generator', '', { name: schedule.generator.name });
  if (http) w.element('url', `${schedule.publicUrl}/schedule/${schedule.slug}.xml`);
  w.element('version', schedule.version);

  w.start('conference');
  w.element('acronym', schedule.acronym);
  w.element('title', schedule.title);
  // optional in the XSD: left out rather than invented when the programme gives no day
  if (schedule.datesKnown) {
    w.element('start', schedule.start);
    w.element('end', schedule.end);
    w.element('days', schedule.days.length);
  }
  w.element('timeslot_duration', schedule.timeslotDuration);
  if (http) {
    w.element('base_url', `${schedule.publicUrl}/`);
    w.element('url', schedule.conferenceUrl);
  }
  w.element('time_zone_name', schedule.timeZone);
  for (const t of schedule.tracks) w.element('track', '', { name: t.name, slug: t.slug });
  w.end();

  const days = schedule.placeholderDay ? [schedule.placeholderDay] : schedule.days;
  for (const day of days) xmlDay(w, day, http);
  w.end();
  return w.toString();
}

function xmlDay(w: XmlWriter, day: ScheduleDay, http: boolean): void {
  const attrs = { index: day.index, date: day.date, start: day.start, end: day.end };
  if (!day.rooms.length) {
    w.element('day', '', attrs);
    return;
  }
  w.start('day', attrs);
  for (const { room, events } of day.rooms) {
    if (!events.length) {
      w.element('room', '', { name: room.name, guid: room.guid });
      continue;
    }
    w.start('room', { name: room.name, guid: room.guid });
    for (const e of events) xmlEvent(w, e, http);
    w.end();
  }
  w.end();
}

function xmlEvent(w: XmlWriter, e: ScheduleEvent, http: boolean): void {
  w.start('event', { guid: e.guid, id: e.id });
  w.element('date', e.date);
  w.element('start', e.start);
  w.element('duration', e.duration);
  w.element('room', e.room);
  w.element('slug', e.slug);
  if (http) w.element('url', e.url);
  w.element('title', e.title);
  w.element('subtitle', e.subtitle);
  w.element('track', e.track);
  w.element('type', e.type);
  w.element('language', e.language);
  w.element('abstract', e.abstract);
  if (e.description) w.element('description', e.description);
  if (e.persons.length) {
    w.start('persons');
    for (const p of e.persons) w.element('person', p.name, { id: p.id, guid: p.guid });
    w.end();
  } else {
    w.element('persons');
  }
  w.start('links');
  w.element('link', 'Session page', { href: e.url });
  w.end();
  w.end();
}

/** c3voc schedule JSON (valid against c3voc-schedule.schema.json; field shapes as pretalx writes them). */
export function renderC3vocJson(schedule: Schedule): string {
  const http = isHttp(schedule.publicUrl);
  const doc = {
    $schema: C3VOC_SCHEMA_URL,
    generator: { name: schedule.generator.name },
    schedule: {
      version: schedule.version,
      ...(http ? { base_url: `${schedule.publicUrl}/` } : {}),
      conference: {
        acronym: schedule.acronym,
        title: schedule.title,
        description: schedule.description,
        start: schedule.start,
        end: schedule.end,
        daysCount: schedule.days.length,
        timeslot_duration: schedule.timeslotDuration,
        time_zone_name: schedule.timeZone,
        ...(http ? { url: schedule.conferenceUrl } : {}),
        tracks: schedule.tracks.map((t) => (t.slug ? { name: t.name, slug: t.slug } : { name: t.name })),
        rooms: schedule.rooms.map((r) => ({ name: r.name, guid: r.guid })),
        days: schedule.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(day.rooms.map(({ room, events }) => [room.name, events.map(jsonEvent)])),
        })),
      },
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function jsonEvent(e: ScheduleEvent) {
  return {
    guid: e.guid,
    id: e.id,
    date: e.date,
    start: e.start,
    end: e.end,
    duration: e.duration,
    room: e.room,
    slug: e.slug,
    url: e.url,
    title: e.title,
    subtitle: e.subtitle,
    track: e.track || null,
    type: e.type,
    language: e.language,
    abstract: e.abstract,
    description: e.description,
    // `name` (not the deprecated `public_name`): the schema's Person is oneOf frab's and pretalx's shapes
    persons: e.persons.map((p) => ({ id: p.id, guid: p.guid, name: p.name })),
    links: [{ url: e.url, title: 'Session page', type: 'web' }],
  };
}
