import { DayPart, SessionType, TimePrecision, sessionDay } from '@ncasc/shared';
import type { DraftSessionFieldsFragment, SessionSpeakerInput } from '@ncasc/shared/generated';
import { instantToLocal, localToInstant } from './local-time';

/** What the session form holds, as typed. */
export interface SessionFields {
  title: string;
  /** '' when the type is not known */
  type: SessionType | '';
  timePrecision: TimePrecision;
  day: string;
  dayPart: DayPart | '';
  start: string;
  end: string;
  room: string;
  speakers: string;
  summary: string;
}

export function emptyFields(day = ''): SessionFields {
  return {
    title: '',
    type: SessionType.WORKSHOP,
    timePrecision: TimePrecision.EXACT,
    day,
    dayPart: '',
    start: '',
    end: '',
    room: '',
    speakers: '',
    summary: '',
  };
}

export function fieldsOf(s: DraftSessionFieldsFragment, timeZone: string): SessionFields {
  return {
    title: s.title,
    type: s.type ?? '',
    timePrecision: s.timePrecision,
    day: sessionDay(s, timeZone) ?? '',
    dayPart: s.dayPart ?? '',
    start: s.startsAt ? instantToLocal(s.startsAt, timeZone).time : '',
    end: s.endsAt ? instantToLocal(s.endsAt, timeZone).time : '',
    room: s.room ?? '',
    speakers: s.speakers.map((p) => p.name).join(', '),
    summary: s.summary ?? '',
  };
}

/** The API's input for the form, or the field the organiser must fill first. */
export type SessionInputResult =
  | {
      input: {
        title: string;
        type: SessionType | null;
        timePrecision: TimePrecision;
        day: string | null;
        dayPart: DayPart | null;
        startsAt: string | null;
        endsAt: string | null;
        room: string | null;
        summary: string | null;
        speakers?: SessionSpeakerInput[];
      };
    }
  | { field: string; message: string };

/**
 * Turns the form into the API's input: only the timing fields its precision uses (the others null),
 * local times as UTC instants in the conference's zone, speakers by name (those already on the
 * session keep their id and role). Speakers are sent only when their names changed.
 */
export function sessionInput(
  f: SessionFields,
  timeZone: string,
  existing?: DraftSessionFieldsFragment,
): SessionInputResult {
  const p = f.timePrecision;
  const day = f.day || null;
  let startsAt: string | null = null;
  let endsAt: string | null = null;
  if (p === TimePrecision.EXACT) {
    if (!day) return { field: 'day', message: 'Choose the day of the session' };
    if (!f.start) return { field: 'startsAt', message: 'Give the start time' };
    startsAt = localToInstant(day, f.start, timeZone);
    endsAt = f.end ? localToInstant(day, f.end, timeZone) : null;
  } else if (p !== TimePrecision.UNKNOWN && !day) {
    return { field: 'day', message: 'Choose the day of the session' };
  }
  if (p === TimePrecision.DAY_PART && !f.dayPart)
    return { field: 'dayPart', message: 'Choose the part of the day' };
  const names = splitNames(f.speakers);
  const before = existing ? existing.speakers.map((s) => s.name) : [];
  const speakersChanged = names.join('\n') !== before.join('\n');
  return {
    input: {
      title: f.title.trim(),
      type: f.type || null,
      timePrecision: p,
      day: p === TimePrecision.EXACT || p === TimePrecision.UNKNOWN ? null : day,
      dayPart: p === TimePrecision.DAY_PART ? (f.dayPart as DayPart) : null,
      startsAt,
      endsAt,
      room: f.room.trim() || null,
      summary: f.summary.trim() || null,
      ...(speakersChanged
        ? {
            speakers: names.map((name) => {
              const known = existing?.speakers.find((s) => s.name === name);
              return known ? { speakerId: known.speakerId, role: known.role } : { name };
            }),
          }
        : {}),
    },
  };
}

export function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
}
