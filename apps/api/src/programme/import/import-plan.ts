import {
  describeTiming,
  localDate,
  SESSION_TYPE_LABELS,
  SessionStatus,
  type SessionType,
  slugify,
} from '@ncasc/shared';
import { checkSession, type DraftSession } from '../draft';
import { blankSession, type SessionEdit } from '../session-edit';
import {
  type ImportedSession,
  type ImportPlace,
  type ImportProblem,
  type ParsedImport,
  titleDayKey,
} from './imported-session';
import { FIELD_COLUMNS } from './sheet-rows';

/** One line of an import's report. */
export interface PlannedSession {
  key: string;
  title: string;
  day: string | null;
  /** For an update, what changes, in words. */
  changes: string[];
}

/** A speaker as an import names them; title and organisation are used only for a speaker new to the app. */
export interface ImportSpeaker {
  name: string;
  title: string | null;
  organisation: string | null;
}
export type ImportEdit = Omit<SessionEdit, 'speakers'> & { speakers?: ImportSpeaker[] };

/** What applying an import does to the draft. */
export interface ImportOps {
  create: { externalId: string; type: SessionType | null; edit: ImportEdit }[];
  update: { id: string; externalId: string; edit: ImportEdit }[];
  remove: string[];
}

export interface ImportPlan {
  added: PlannedSession[];
  updated: PlannedSession[];
  removed: PlannedSession[];
  unchanged: number;
  problems: ImportProblem[];
  ops: ImportOps;
}

type Conference = { startsOn: string | null; endsOn: string | null; timezone: string };

const dayOf = (s: Pick<DraftSession, 'startsAt' | 'day'>, tz: string) =>
  s.startsAt ? localDate(s.startsAt, tz) : s.day;
const when = (
  s: Pick<DraftSession, 'timePrecision' | 'day' | 'dayPart' | 'startsAt' | 'endsAt'>,
  tz: string,
) => describeTiming(s, tz);
const names = (list: string[]) => list.join(', ') || 'none';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A problem at the row and column (sheets) or the event (schedules) a session came from. */
function problemAt(place: ImportPlace, field: string, message: string): ImportProblem {
  return place.row !== undefined
    ? { row: place.row, column: FIELD_COLUMNS[field] ?? field, message }
    : { event: place.event, message: `${field}: ${message}` };
}

function editOf(s: ImportedSession): ImportEdit {
  return {
    title: s.title,
    timePrecision: s.timePrecision,
    day: s.day,
    dayPart: s.dayPart,
    startsAt: s.startsAt ? new Date(s.startsAt) : null,
    endsAt: s.endsAt ? new Date(s.endsAt) : null,
    ...(s.type ? { type: s.type } : {}),
    ...(s.room !== undefined ? { room: s.room } : {}),
    ...(s.themes !== undefined ? { tracks: s.themes } : {}),
    ...(s.summary !== undefined ? { summary: s.summary } : {}),
    ...(s.cancelled !== undefined
      ? { status: s.cancelled ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED }
      : {}),
    ...(s.speakers !== undefined
      ? { speakers: s.speakers.map((p) => ({ name: p.name, title: p.role, organisation: p.organisation })) }
      : {}),
  };
}

/** The draft session as the import would leave it (speakers compared by name, apart). */
function target(current: DraftSession | null, s: ImportedSession): DraftSession {
  const base: DraftSession = current ?? { ...blankSession(s.type ?? null, s.timePrecision), id: '' };
  return {
    ...base,
    title: s.title.trim(),
    type: s.type ?? base.type,
    status:
      s.cancelled === undefined
        ? base.status
        : s.cancelled
          ? SessionStatus.CANCELLED
          : SessionStatus.SCHEDULED,
    timePrecision: s.timePrecision,
    day: s.day,
    dayPart: s.dayPart,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: s.room === undefined ? base.room : s.room?.trim() || null,
    tracks:
      s.themes === undefined
        ? base.tracks
        : [...new Set(s.themes.map((t) => slugify(t)).filter(Boolean))].sort(),
    summary: s.summary === undefined ? base.summary : s.summary,
    removed: false,
  };
}

/** What differs between a draft session and the import's version of it, in words. */
function changesOf(
  current: DraftSession,
  next: DraftSession,
  speakers: { before: string[]; after: string[] | undefined },
  tz: string,
): string[] {
  const out: string[] = [];
  if (current.removed) out.push('back in the programme');
  if (current.title !== next.title) out.push(`title: “${current.title}” → “${next.title}”`);
  if (current.type !== next.type)
    out.push(
      `type: ${typeLabel(current.type)} → ${typeLabel(next.type)}`,
    );
  const timing = (s: DraftSession) => [s.timePrecision, s.day, s.dayPart, s.startsAt, s.endsAt];
  if (!same(timing(current), timing(next))) out.push(`time: ${when(current, tz)} → ${when(next, tz)}`);
  if (current.room !== next.room)
    out.push(`room: ${current.room ?? 'not given'} → ${next.room ?? 'not given'}`);
  if (!same([...current.tracks].sort(), next.tracks))
    out.push(`themes: ${names(current.tracks)} → ${names(next.tracks)}`);
  if (speakers.after && !same(speakers.before, speakers.after))
    out.push(`speakers: ${names(speakers.before)} → ${names(speakers.after)}`);
  if ((current.summary ?? null) !== (next.summary ?? null)) out.push('summary changed');
  if (current.status !== next.status)
    out.push(next.status === SessionStatus.CANCELLED ? 'cancelled' : 'no longer cancelled');
  return out;
}

/**
 * Matches an import against the draft: by the file's key (id column, guid) kept on each session an import
 * brought in or matched, else by title and day. Matched sessions are updated in place (so stars and notes
 * stay on them); the rest are added; sessions an earlier import brought in or matched that this file no
 * longer lists are removed. Sessions made in the editor and never matched are left alone. Pure.
 */
export function planImport(
  draft: DraftSession[],
  parsed: ParsedImport,
  conference: Conference,
  speakerName: (id: string) => string,
): ImportPlan {
  const tz = conference.timezone;
  const plan: ImportPlan = {
    added: [],
    updated: [],
    removed: [],
    unchanged: 0,
    problems: [...parsed.problems],
    ops: { create: [], update: [], remove: [] },
  };
  const claimed = new Set<string>();
  const byKey = new Map<string, DraftSession[]>();
  for (const d of draft) if (d.externalId) byKey.set(d.externalId, [...(byKey.get(d.externalId) ?? []), d]);
  const seen = new Map<string, ImportPlace>();

  for (const s of parsed.sessions) {
    const day = s.startsAt ? localDate(s.startsAt, tz) : s.day;
    const key = s.key ?? titleDayKey(s.title, day);
    if (seen.has(key)) {
      plan.problems.push(
        problemAt(
          s.place,
          s.key ? 'id' : 'title',
          s.key ? `the id “${key}” is given twice` : 'the same title is given twice on this day',
        ),
      );
      continue;
    }
    seen.set(key, s.place);
    const wanted = titleDayKey(s.title, day);
    const match =
      byKey.get(key)?.find((d) => !claimed.has(d.id)) ??
      draft.find((d) => !d.removed && !claimed.has(d.id) && titleDayKey(d.title, dayOf(d, tz)) === wanted) ??
      null;
    const next = target(match, s);
    const broken = checkSession(next, conference);
    if (broken) {
      plan.problems.push(problemAt(s.place, broken.field, broken.message));
      continue;
    }
    const line = { key: s.key ?? `${s.title} (${day ?? 'no day'})`, title: next.title, day };
    const edit = editOf(s);
    if (!match) {
      plan.added.push({ ...line, changes: [] });
      plan.ops.create.push({ externalId: key, type: s.type ?? null, edit });
      continue;
    }
    claimed.add(match.id);
    const changes = changesOf(
      match,
      next,
      { before: match.speakers.map((p) => speakerName(p.speakerId)), after: s.speakers?.map((p) => p.name) },
      tz,
    );
    if (changes.length) {
      plan.updated.push({ ...line, changes });
      plan.ops.update.push({ id: match.id, externalId: key, edit });
    } else {
      plan.unchanged++;
      // the key is kept on a session matched by title and day, for the next import
      if (match.externalId !== key) plan.ops.update.push({ id: match.id, externalId: key, edit: {} });
    }
  }
  for (const d of draft) {
    if (d.removed || !d.externalId || claimed.has(d.id)) continue;
    plan.removed.push({ key: d.externalId, title: d.title, day: dayOf(d, tz), changes: [] });
    plan.ops.remove.push(d.id);
  }
  return plan;
}

const typeLabel = (t: SessionType | null): string => (t ? SESSION_TYPE_LABELS[t] : 'not stated');
