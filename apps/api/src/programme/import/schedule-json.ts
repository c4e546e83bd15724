import type { ParsedImport } from './imported-session';
import { readEvents, type ScheduleEventFields } from './schedule-events';

type Node = Record<string, unknown>;
const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
const obj = (v: unknown): Node | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null;

/** A c3voc schedule JSON (pretalx's export, and ours at /schedule/:slug.json). */
export function parseScheduleJson(json: string, timeZone: string): ParsedImport {
  const refused = (message: string): ParsedImport => ({ sessions: [], problems: [{ message }] });
  let doc: unknown;
  try {
    doc = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return refused(`the file is not JSON: ${(e as Error).message.slice(0, 200)}`);
  }
  const conference = obj(obj(obj(doc)?.schedule)?.conference);
  if (!conference || !Array.isArray(conference.days))
    return refused('the JSON is not a c3voc schedule (no schedule.conference.days)');
  const events: ScheduleEventFields[] = [];
  for (const day of conference.days.map(obj)) {
    for (const [roomName, list] of Object.entries(obj(day?.rooms) ?? {})) {
      for (const e of (Array.isArray(list) ? list : []).map(obj)) {
        if (!e) continue;
        events.push({
          guid: str(e.guid),
          id: str(e.id),
          title: str(e.title),
          subtitle: str(e.subtitle),
          date: str(e.date),
          dayDate: str(day?.date),
          start: str(e.start),
          duration: str(e.duration),
          room: str(e.room) ?? roomName,
          type: str(e.type),
          track: str(e.track),
          abstract: str(e.abstract),
          description: str(e.description),
          persons: (Array.isArray(e.persons) ? e.persons : []).map((p) =>
            typeof p === 'string'
              ? p
              : (str(obj(p)?.name) ?? str(obj(p)?.public_name) ?? str(obj(p)?.full_public_name) ?? ''),
          ),
        });
      }
    }
  }
  return readEvents(events, timeZone);
}
