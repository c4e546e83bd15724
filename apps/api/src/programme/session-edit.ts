import {
  type DayPart,
  SessionStatus,
  type SessionType,
  type SpeakerRole,
  slugify,
  TimePrecision,
} from '@ncasc/shared';
import { newId } from '../common/database/columns';
import { InvalidInputError } from '../common/errors/domain-errors';
import { checkSession, type DraftSession } from './draft';

/** What an organiser may change about one session; a field left out stays as it is. */
export interface SessionEdit {
  title?: string;
  summary?: string | null;
  type?: SessionType | null;
  status?: SessionStatus;
  timePrecision?: TimePrecision;
  day?: string | null;
  dayPart?: DayPart | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  room?: string | null;
  tracks?: string[];
  speakers?: { speakerId?: string | null; name?: string | null; role?: SpeakerRole | null }[];
}

/** A new session before its first edit is applied: a fresh id, no title yet. */
export function blankSession(type: SessionType | null, timePrecision: TimePrecision): DraftSession {
  return {
    id: newId(),
    title: '',
    summary: null,
    type,
    status: SessionStatus.SCHEDULED,
    timePrecision,
    day: null,
    dayPart: null,
    startsAt: null,
    endsAt: null,
    room: null,
    tracks: [],
    speakers: [],
    removed: false,
  };
}

/**
 * The session with every field of the edit but its speakers applied, refused with BAD_USER_INPUT if it
 * breaks a hard rule. Speakers are left to the caller, which may have to create them.
 */
export function applyEdit(
  current: DraftSession,
  edit: SessionEdit,
  conference: { startsOn: string | null; endsOn: string | null; timezone: string },
): DraftSession {
  const next: DraftSession = { ...current };
  for (const key of [
    'title',
    'summary',
    'type',
    'status',
    'timePrecision',
    'day',
    'dayPart',
    'room',
  ] as const) {
    if (edit[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = edit[key];
  }
  if (edit.title !== undefined) next.title = edit.title.trim();
  if (edit.room !== undefined) next.room = edit.room?.trim() || null;
  if (edit.startsAt !== undefined) next.startsAt = edit.startsAt?.toISOString() ?? null;
  if (edit.endsAt !== undefined) next.endsAt = edit.endsAt?.toISOString() ?? null;
  if (next.timePrecision === TimePrecision.EXACT) next.day = null;
  if (next.timePrecision !== TimePrecision.DAY_PART) next.dayPart = edit.dayPart ?? null;
  if (edit.tracks !== undefined)
    next.tracks = [...new Set(edit.tracks.map((t) => slugify(t)).filter(Boolean))].sort();
  const problem = checkSession(next, conference);
  if (problem) throw new InvalidInputError(problem.field, problem.message);
  if (next.tracks.some((t) => t.length > 80))
    throw new InvalidInputError('tracks', 'a theme slug must be at most 80 characters');
  return next;
}
