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

/** A session of the published programme, with its room, themes and participants. */
export async function createSession(
  ds: DataSource,
  conference: ConferenceEntity,
  fields: SessionFields = {},
): Promise<SessionEntity> {
  const n = next();
  // as the seeder and publishing keep it: an exact session's day is its start's local day
  const day =
    fields.day !== undefined
      ? fields.day
      : fields.startsAt
        ? localDate(fields.startsAt, conference.timezone)
        : conference.startsOn;
  const session = await ds.getRepository(SessionEntity).save({
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
  });
  const participants = (fields.participants ?? []).map((p) => ('speaker' in p ? p : { speaker: p }));
  if (participants.length)
    await ds.getRepository(SessionSpeakerEntity).insert(
      participants.map((p, position) => ({
        sessionId: session.id,
        speakerId: p.speaker.id,
        role: p.role ?? SpeakerRole.SPEAKER,
        capacity: p.capacity ?? null,
        position,
      })),
    );
  return session;
}
