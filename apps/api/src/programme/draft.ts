import {
  type DayPart,
  describeTiming,
  localDate,
  SessionStatus,
  type SessionType,
  type SpeakerRole,
  TimePrecision,
} from '@ncasc/shared';

/** One session as the organiser is editing it. Rooms and themes by name/slug; speakers by id. */
export interface DraftSession {
  id: string;
  title: string;
  summary: string | null;
  /** Null when the kind of session is not known (not stated by its source). */
  type: SessionType | null;
  status: SessionStatus;
  timePrecision: TimePrecision;
  day: string | null;
  dayPart: DayPart | null;
  /** ISO instants, EXACT only */
  startsAt: string | null;
  endsAt: string | null;
  room: string | null;
  tracks: string[];
  speakers: { speakerId: string; role: SpeakerRole; capacity: string | null }[];
  /** Taken out of the programme (published sessions are kept, hidden, for notes and feeds). */
  removed: boolean;
  /** Its key in the imported file (absent in drafts saved before imports existed). */
  externalId?: string | null;
}

/**
 * A conference's own details as organisers edit them in the draft; publishing applies them with the
 * sessions. Organisers by name (a new name creates the organisation when published).
 */
export interface ConferenceDetails {
  name: string;
  startsOn: string | null;
  endsOn: string | null;
  timezone: string;
  city: string | null;
  venue: string | null;
  hashtag: string | null;
  organisers: string[];
}

export interface DraftBody {
  sessions: DraftSession[];
  /** The conference's details as edited; absent while they are as published. */
  conference?: ConferenceDetails;
}

export interface DraftProblem {
  field: string;
  message: string;
}

/** The hard rules of one session: refused with BAD_USER_INPUT naming the field, nothing saved. */
export function checkSession(
  s: DraftSession,
  conference: { startsOn: string | null; endsOn: string | null; timezone: string },
): DraftProblem | null {
  if (!s.title.trim()) return { field: 'title', message: 'title must not be empty' };
  if (s.timePrecision === TimePrecision.EXACT) {
    if (!s.startsAt) return { field: 'startsAt', message: 'a session with an exact time needs startsAt' };
    if (s.endsAt && s.endsAt <= s.startsAt)
      return { field: 'endsAt', message: 'endsAt must be after startsAt' };
  } else if (s.startsAt || s.endsAt) {
    return { field: 'timePrecision', message: 'startsAt and endsAt are only for timePrecision EXACT' };
  }
  if (s.timePrecision === TimePrecision.DAY_PART && (!s.day || !s.dayPart)) {
    return { field: 'dayPart', message: 'a DAY_PART session needs day and dayPart' };
  }
  if (s.timePrecision === TimePrecision.DAY && !s.day)
    return { field: 'day', message: 'a DAY session needs day' };
  if (s.timePrecision !== TimePrecision.DAY_PART && s.dayPart)
    return { field: 'dayPart', message: 'dayPart is only for timePrecision DAY_PART' };
  const day =
    s.timePrecision === TimePrecision.EXACT && s.startsAt
      ? localDate(s.startsAt, conference.timezone)
      : s.day;
  const endDay =
    s.timePrecision === TimePrecision.EXACT && s.endsAt ? localDate(s.endsAt, conference.timezone) : day;
  if (
    day &&
    conference.startsOn &&
    conference.endsOn &&
    (day < conference.startsOn || (endDay ?? day) > conference.endsOn)
  ) {
    return {
      field: s.timePrecision === TimePrecision.EXACT ? 'startsAt' : 'day',
      message: `the session must be within the conference, ${conference.startsOn} to ${conference.endsOn}`,
    };
  }
  return null;
}

/** Minutes of overlap-relevant span, only for sessions with clock times (double-booking needs them). */
function span(s: DraftSession): [number, number] | null {
  if (s.timePrecision !== TimePrecision.EXACT || !s.startsAt) return null;
  const from = Date.parse(s.startsAt);
  return [from, s.endsAt ? Date.parse(s.endsAt) : from + 3600_000];
}

/**
 * What the organiser may publish anyway, shown in the preview: a room booked twice at once, a speaker
 * in two places at once (clock-timed, scheduled sessions only).
 */
export function draftWarnings(
  sessions: DraftSession[],
  speakerName: (id: string) => string,
  timeZone: string,
): string[] {
  const live = sessions
    .filter((s) => !s.removed && s.status !== SessionStatus.CANCELLED)
    .map((s) => ({ s, span: span(s) }));
  const warnings: string[] = [];
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i];
      const b = live[j];
      if (!a.span || !b.span || !(a.span[0] < b.span[1] && b.span[0] < a.span[1])) continue;
      const when = describeTiming({ timePrecision: TimePrecision.EXACT, startsAt: a.s.startsAt }, timeZone);
      if (a.s.room && a.s.room.toLowerCase() === b.s.room?.toLowerCase())
        warnings.push(`Room double-booked: “${a.s.room}” holds “${a.s.title}” and “${b.s.title}” (${when})`);
      for (const p of a.s.speakers) {
        if (b.s.speakers.some((q) => q.speakerId === p.speakerId)) {
          warnings.push(
            `Speaker in two places: ${speakerName(p.speakerId)} is in “${a.s.title}” and “${b.s.title}” (${when})`,
          );
        }
      }
    }
  }
  return warnings;
}
