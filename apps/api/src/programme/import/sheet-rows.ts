import { DayPart, localToInstant, SESSION_TYPE_LABELS, SessionType, TimePrecision } from '@ncasc/shared';
import {
  fieldProblems,
  type ImportedSession,
  type ImportProblem,
  MAX_IMPORT_SESSIONS,
  type ParsedImport,
  parseSpeaker,
} from './imported-session';

/** The columns of a programme sheet (CSV or XLSX), documented in docs/organisers.md. */
export const SHEET_COLUMNS = [
  'id',
  'title',
  'type',
  'day',
  'start',
  'end',
  'day_part',
  'room',
  'themes',
  'speakers',
  'summary',
] as const;
type Column = (typeof SHEET_COLUMNS)[number];

/** A draft field's column, for naming a problem where the organiser can find it. */
export const FIELD_COLUMNS: Record<string, Column> = {
  title: 'title',
  type: 'type',
  day: 'day',
  startsAt: 'start',
  endsAt: 'end',
  dayPart: 'day_part',
  timePrecision: 'start',
  room: 'room',
  themes: 'themes',
  speakers: 'speakers',
  summary: 'summary',
  id: 'id',
};

const TYPES = new Map<string, SessionType>();
for (const t of Object.values(SessionType)) {
  TYPES.set(t.toLowerCase(), t);
  TYPES.set(SESSION_TYPE_LABELS[t].toLowerCase(), t);
}
const DAY_PARTS = new Map(Object.values(DayPart).map((p) => [p.toLowerCase(), p]));

/** 2018-11-15, or 15/11/2018 as a UK spreadsheet writes it. */
function readDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : null;
}

/** 9:30, 09:30 or 09:30:00 → "09:30". */
function readTime(text: string): string | null {
  const m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

const list = (text: string): string[] =>
  text
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * A sheet's rows as imported sessions: the first row names the columns (any order, any case; unknown
 * ones are ignored, a column left out leaves that field of a matched session as it is). `rows[i]` is
 * row i + 2 of the sheet. Times are the conference's wall clock.
 */
export function readSheet(header: string[], rows: string[][], timeZone: string): ParsedImport {
  const problems: ImportProblem[] = [];
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const name = h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_') as Column;
    if (SHEET_COLUMNS.includes(name) && !index.has(name)) index.set(name, i);
  });
  if (!index.has('title')) {
    problems.push({
      row: 1,
      column: 'title',
      message: 'the first row must name the columns, with at least “title”',
    });
    return { sessions: [], problems };
  }
  if (rows.length > MAX_IMPORT_SESSIONS) {
    problems.push({ message: `the sheet has more than ${MAX_IMPORT_SESSIONS} rows` });
    return { sessions: [], problems };
  }
  const sessions: ImportedSession[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => !c?.trim())) return;
    const has = (c: Column) => index.has(c);
    const cell = (c: Column) => (index.has(c) ? (cells[index.get(c)!] ?? '').trim() : '');
    const problem = (column: Column, message: string) => problems.push({ row, column, message });
    const before = problems.length;

    let type: SessionType | null | undefined;
    if (has('type')) {
      type = cell('type') ? (TYPES.get(cell('type').toLowerCase()) ?? null) : null;
      if (cell('type') && !type)
        problem('type', `“${cell('type')}” is not a session type (${Object.values(SessionType).join(', ')})`);
    }
    const day = cell('day') ? readDay(cell('day')) : null;
    if (cell('day') && !day) problem('day', `“${cell('day')}” is not a day (write 2027-11-10)`);
    const start = cell('start') ? readTime(cell('start')) : null;
    if (cell('start') && !start) problem('start', `“${cell('start')}” is not a time (write 09:30)`);
    const end = cell('end') ? readTime(cell('end')) : null;
    if (cell('end') && !end) problem('end', `“${cell('end')}” is not a time (write 10:30)`);
    const dayPart = cell('day_part') ? (DAY_PARTS.get(cell('day_part').toLowerCase()) ?? null) : null;
    if (cell('day_part') && !dayPart)
      problem('day_part', `“${cell('day_part')}” is not a part of the day (morning, afternoon or evening)`);

    let timePrecision = day ? TimePrecision.DAY : TimePrecision.UNKNOWN;
    let startsAt: string | null = null;
    let endsAt: string | null = null;
    if (cell('start') || cell('end')) {
      if (!cell('start')) problem('start', 'an end time needs a start time');
      else if (!cell('day')) problem('day', 'a start time needs a day');
      else if (cell('day_part')) problem('day_part', 'give start and end, or day_part, not both');
      if (day && start) {
        timePrecision = TimePrecision.EXACT;
        startsAt = localToInstant(day, start, timeZone);
        endsAt = end ? localToInstant(day, end, timeZone) : null;
      }
    } else if (cell('day_part')) {
      if (!cell('day')) problem('day', 'a part of the day needs a day');
      timePrecision = TimePrecision.DAY_PART;
    }

    const session: ImportedSession = {
      key: cell('id') || null,
      title: cell('title'),
      ...(type !== undefined ? { type } : {}),
      timePrecision,
      day: timePrecision === TimePrecision.EXACT ? null : day,
      dayPart: timePrecision === TimePrecision.DAY_PART ? dayPart : null,
      startsAt,
      endsAt,
      ...(has('room') ? { room: cell('room') || null } : {}),
      ...(has('themes') ? { themes: list(cell('themes')) } : {}),
      ...(has('speakers') ? { speakers: list(cell('speakers')).flatMap((s) => parseSpeaker(s) ?? []) } : {}),
      ...(has('summary') ? { summary: cell('summary') || null } : {}),
      place: { row },
    };
    for (const p of fieldProblems(session)) problem(FIELD_COLUMNS[p.field] ?? 'title', p.message);
    if (problems.length === before) sessions.push(session);
  });
  return { sessions, problems };
}
