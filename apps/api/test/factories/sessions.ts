import {
  type DayPart,
  localDate,
  SessionStatus,
  SessionType,
  SpeakerRole,
  TimePrecision,
} from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import { newId } from '../../src/common/database/columns';
import type { ConferenceEntity } from '../../src/conferences/conference.entity';
import type { RoomEntity } from '../../src/conferences/room.entity';
import { SessionSpeakerEntity } from '../../src/sessions/session-speaker.entity';
import { SessionEntity } from '../../src/sessions/session.entity';
import type { SpeakerEntity } from '../../src/speakers/speaker.entity';
import type { TrackEntity } from '../../src/tracks/track.entity';
import { next } from './sequence';

export interface Participant {
  speaker: SpeakerEntity;
  role?: SpeakerRole;
  capacity?: string | null;
}

export interface SessionFields {
  title?: string;
  summary?: string | null;
  /** null: the sources do not state it */
  type?: SessionType | null;
  status?: SessionStatus;
  /** DAY on the conference's first day unless told otherwise (UNKNOWN when there is no day). */
  timePrecision?: TimePrecision;
  day?: string | null;
  dayPart?: DayPart | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  room?: RoomEntity | null;
  themes?: TrackEntity[];
  /** In billing order. */
  participants?: (SpeakerEntity | Participant)[];
}

/** The row of a session of the published programme (given the next number of the sequence). */
function sessionRow(conference: ConferenceEntity, fields: SessionFields) {
  const n = next();
  // as the seeder and publishing keep it: an exact session's day is its start's local day
  const day =
    fields.day !== undefined
      ? fields.day
      : fields.startsAt
        ? localDate(fields.startsAt, conference.timezone)
        : conference.startsOn;
  return {
    id: newId(),
    conferenceId: conference.id,
    title: fields.title ?? `Session ${n}`,
    summary: fields.summary ?? null,
    type: fields.type === undefined ? SessionType.PLENARY : fields.type,
    status: fields.status ?? SessionStatus.SCHEDULED,
    timePrecision: fields.timePrecision ?? (day ? TimePrecision.DAY : TimePrecision.UNKNOWN),
    day,
    dayPart: fields.dayPart ?? null,
    startsAt: fields.startsAt ?? null,
    endsAt: fields.endsAt ?? null,
    removedAt: null,
    sequence: n,
    roomId: fields.room?.id ?? null,
    tracks: fields.themes ?? [],
    sourceRoundupId: null,
    sourceEvidence: null,
  };
}

const participantRows = (sessionId: string, fields: SessionFields) =>
  (fields.participants ?? [])
    .map((p) => ('speaker' in p ? p : { speaker: p }))
    .map((p, position) => ({
      sessionId,
      speakerId: p.speaker.id,
      role: p.role ?? SpeakerRole.SPEAKER,
      capacity: p.capacity ?? null,
      position,
    }));

/** A session of the published programme, with its room, themes and participants. */
export async function createSession(
  ds: DataSource,
  conference: ConferenceEntity,
  fields: SessionFields = {},
): Promise<SessionEntity> {
  const session = await ds.getRepository(SessionEntity).save(sessionRow(conference, fields));
  const participants = participantRows(session.id, fields);
  if (participants.length) await ds.getRepository(SessionSpeakerEntity).insert(participants);
  return session;
}

/**
 * Many sessions at once (a large programme), inserted in batches; themes are not linked (use
 * createSession for a session with themes).
 */
export async function createSessions(
  ds: DataSource,
  conference: ConferenceEntity,
  fields: SessionFields[],
): Promise<void> {
  const BATCH = 100;
  for (let from = 0; from < fields.length; from += BATCH) {
    const batch = fields.slice(from, from + BATCH).map((f) => ({ row: sessionRow(conference, f), f }));
    await ds.getRepository(SessionEntity).insert(batch.map(({ row }) => ({ ...row, tracks: undefined })));
    const participants = batch.flatMap(({ row, f }) => participantRows(row.id, f));
    if (participants.length) await ds.getRepository(SessionSpeakerEntity).insert(participants);
  }
}
