import { sessionCursor, sessionOrderKey, timingOf } from '../agenda-order';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { describeTiming } from '@ncasc/shared';
import { DayPart, SessionStatus, SessionType, SpeakerRole, TimePrecision } from '../../common/graphql-enums';
import { ConferenceModel } from '../../conferences/models/conference.model';
import { RoomModel } from '../../conferences/models/room.model';
import { SpeakerModel } from '../../speakers/models/speaker.model';
import { TrackModel } from '../../tracks/models/track.model';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import type { SessionEntity } from '../session.entity';

@ObjectType('Session', {
  description: 'A session of a published programme: a talk, panel, workshop, fringe meeting…',
})
export class SessionModel {
  @Field(() => ID, { description: 'Its id (never changes)' }) id!: string;
  conferenceId!: string;
  roomId!: string | null;
  sourceRoundupId!: string | null;
  @Field({ description: 'Its title' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Its summary; null when the sources give none' })
  summary!: string | null;
  @Field(() => SessionType, { nullable: true, description: 'Null when the sources do not state it' })
  type!: SessionType | null;
  @Field(() => SessionStatus, { description: 'Scheduled or cancelled' }) status!: SessionStatus;
  @Field(() => TimePrecision, {
    description: 'How much of its time the sources give (see day, dayPart, startsAt)',
  })
  timePrecision!: TimePrecision;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The local day; null when the sources do not give it',
  })
  day!: string | null;
  @Field(() => DayPart, { nullable: true, description: 'Set for DAY_PART sessions ("Thursday morning")' })
  dayPart!: DayPart | null;
  @Field(() => Date, { nullable: true, description: 'ISO 8601 instant; only for EXACT sessions' })
  startsAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'ISO 8601 instant; only for EXACT sessions' })
  endsAt!: Date | null;
  @Field({ description: 'The time in words, never more precise than the source: "Thursday morning"' })
  when!: string;
  @Field({
    description:
      'Its place in lists of sessions (a speaker’s, a theme’s, your notes): pass it as `after` for the sessions after it',
  })
  cursor!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Where in its source this session is described (our words)',
  })
  sourceEvidence!: string | null;
  sequence!: number;
  @Field(() => ConferenceModel, { description: 'The conference it is part of' }) conference!: ConferenceModel;
  @Field(() => RoomModel, { nullable: true, description: 'Null when no source names the room' })
  room!: RoomModel | null;
  @Field(() => [TrackModel], { description: 'Its themes' })
  tracks!: readonly TrackModel[];
  @Field(() => [SpeakerModel], {
    description: 'Speakers, chairs and panellists in billing order (see participants for their parts)',
  })
  speakers!: readonly SpeakerModel[];
  @Field(() => [SessionParticipantModel], {
    description: 'Each speaker with their part and title at the time',
  })
  participants!: readonly SessionParticipantModel[];
}

/** What a session's model holds beside its own columns (looked up with the published programme). */
export interface SessionDetails {
  conference: ConferenceModel;
  room: RoomModel | null;
  tracks: readonly TrackModel[];
  participants: readonly SessionParticipantModel[];
}

/** A published session as the API gives it (see published/published-programme.ts, which makes them). */
export const toSessionModel = (e: SessionEntity, details: SessionDetails): SessionModel => ({
  id: e.id,
  conferenceId: e.conferenceId,
  roomId: e.roomId,
  sourceRoundupId: e.sourceRoundupId,
  title: e.title,
  summary: e.summary,
  type: e.type,
  status: e.status,
  timePrecision: e.timePrecision,
  day: e.day,
  dayPart: e.dayPart,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  // worked out only when a query asks for it (the agenda and schedules mostly do not)
  get when() {
    return describeTiming(timingOf(e));
  },
  get cursor() {
    return sessionCursor(sessionOrderKey(e, details.conference));
  },
  sourceEvidence: e.sourceEvidence,
  sequence: e.sequence,
  conference: details.conference,
  room: details.room,
  tracks: details.tracks,
  participants: details.participants,
  speakers: details.participants.map((p) => p.speaker),
});

/** A speaker's part in a session: the link read from either side. */
@ObjectType('SessionParticipant', { description: 'A speaker’s part in one session' })
export class SessionParticipantModel {
  sessionId!: string;
  speakerId!: string;
  @Field(() => SpeakerRole, { description: 'Speaker, chair or panellist' }) role!: SpeakerRole;
  @Field(() => String, { nullable: true, description: 'Their title at the time, e.g. "ADCS President"' })
  capacity!: string | null;
  @Field(() => SpeakerModel, { description: 'The speaker' }) speaker!: SpeakerModel;
  @Field(() => SessionModel, { description: 'The session' }) session!: SessionModel;
}
