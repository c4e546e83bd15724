import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ParsedImport } from './imported-session';
import { readEvents, type ScheduleEventFields } from './schedule-events';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // entities are never resolved: `&xxe;` stays as written, and no DOCTYPE is read for declarations
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['day', 'room', 'event', 'person', 'link', 'track'].includes(name),
});

/** An element's text, whatever form the parser gave it (text, or an object with attributes). */
function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return null;
}
const attr = (n: Node, name: string): string | null => text(n[`@${name}`]);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v ? [v] : []);
const nodes = (v: unknown): Node[] => list(v).filter((x): x is Node => typeof x === 'object' && x !== null);

/**
 * frab/pentabarf schedule XML, read leniently as schedule apps read it: guids are opaque strings, a
 * person may be plain text or carry attributes, a missing field is reported, not guessed. A document
 * with a DOCTYPE is refused: no entity is ever expanded (no XXE, no billion laughs).
 */
export function parseFrabXml(xml: string, timeZone: string): ParsedImport {
  const refused = (message: string): ParsedImport => ({ sessions: [], problems: [{ message }] });
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    return refused('the XML has a DOCTYPE or entity declarations, which are not read');
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return refused(`the file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(xml) as Node;
  const schedule = doc.schedule as Node | undefined;
  if (!schedule || typeof schedule !== 'object') return refused('the XML has no <schedule> element');
  const events: ScheduleEventFields[] = [];
  for (const day of nodes(schedule.day)) {
    for (const room of nodes(day.room)) {
      for (const e of nodes(room.event)) {
        events.push({
          guid: attr(e, 'guid'),
          id: attr(e, 'id'),
          title: text(e.title),
          subtitle: text(e.subtitle),
          date: text(e.date),
          dayDate: attr(day, 'date'),
          start: text(e.start),
          duration: text(e.duration),
          room: text(e.room) ?? attr(room, 'name'),
          type: text(e.type),
          track: text(e.track),
          abstract: text(e.abstract),
          description: text(e.description),
          persons: list((e.persons as Node | undefined)?.person).map((p) => text(p) ?? ''),
        });
      }
    }
  }
  return readEvents(events, timeZone);
}
