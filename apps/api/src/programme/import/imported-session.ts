import { type DayPart, type SessionType, slugify, type TimePrecision } from '@ncasc/shared';

/** The most an import may carry: its `content`, whatever the format (XLSX as base64). */
export const MAX_IMPORT_CHARACTERS = 20 * 1024 * 1024;
/** A sheet or schedule with more sessions than this is refused (no conference has half as many). */
export const MAX_IMPORT_SESSIONS = 5000;

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
  FRAB_XML = 'FRAB_XML',
  SCHEDULE_JSON = 'SCHEDULE_JSON',
}

/** Where in the file something is: a sheet's row (1 is the header) or a schedule's event. */
export interface ImportPlace {
  row?: number;
  event?: string;
}

export interface ImportProblem extends ImportPlace {
  column?: string;
  message: string;
}

/** A person as a sheet names them: `Name (Role, Organisation)`. */
export interface ImportedSpeaker {
  name: string;
  /** Used only for a speaker new to the app (a known speaker's details are reference data). */
  role: string | null;
  organisation: string | null;
}

/**
 * One session as the file gives it, whatever the format. A field left `undefined` is not in the file
 * (a sheet without that column), so a matched session keeps what it has.
 */
export interface ImportedSession {
  /** The file's own id (`id` column, frab/c3voc guid), or null. */
  key: string | null;
  title: string;
  type?: SessionType | null;
  cancelled?: boolean;
  timePrecision: TimePrecision;
  day: string | null;
  dayPart: DayPart | null;
  /** ISO instants, EXACT only. */
  startsAt: string | null;
  endsAt: string | null;
  room?: string | null;
  /** Theme names (slugged when applied). */
  themes?: string[];
  speakers?: ImportedSpeaker[];
  summary?: string | null;
  place: ImportPlace;
}

export interface ParsedImport {
  sessions: ImportedSession[];
  problems: ImportProblem[];
}

/** `Jane Smith (Director of Children’s Services, Leeds City Council)`: role before the last comma. */
export function parseSpeaker(text: string): ImportedSpeaker | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(trimmed);
  if (!m || !m[1]) return { name: trimmed, role: null, organisation: null };
  const inner = m[2].trim();
  const comma = inner.lastIndexOf(',');
  const role = (comma < 0 ? inner : inner.slice(0, comma)).trim() || null;
  const organisation = comma < 0 ? null : inner.slice(comma + 1).trim() || null;
  return { name: m[1].trim(), role, organisation };
}

/** How a session is found again without a key of the file: its title and day. */
export function titleDayKey(title: string, day: string | null): string {
  return `${day ?? 'no day'}: ${title.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** The checks every format shares: lengths the editor's own inputs hold to. */
export function fieldProblems(s: ImportedSession): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (!s.title.trim()) out.push({ field: 'title', message: 'the title is empty' });
  if (s.title.length > 300) out.push({ field: 'title', message: 'the title is longer than 300 characters' });
  if (s.summary && s.summary.length > 5000)
    out.push({ field: 'summary', message: 'the summary is longer than 5000 characters' });
  if (s.room && s.room.length > 200)
    out.push({ field: 'room', message: 'the room name is longer than 200 characters' });
  for (const t of s.themes ?? []) {
    if (!slugify(t)) out.push({ field: 'themes', message: `the theme “${t}” has no letters or digits` });
    else if (slugify(t).length > 80) out.push({ field: 'themes', message: `the theme “${t}” is too long` });
  }
  for (const p of s.speakers ?? [])
    if (p.name.length > 200)
      out.push({ field: 'speakers', message: `a speaker’s name is longer than 200 characters` });
  if (s.key && s.key.length > 300) out.push({ field: 'id', message: 'the id is longer than 300 characters' });
  return out;
}
