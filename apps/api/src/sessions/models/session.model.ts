import { timingOf } from '../agenda-order';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { describeTiming } from '@ncasc/shared';
import { DayPart, SessionStatus, SessionType, SpeakerRole, TimePrecision } from '../../common/graphql-enums';
import { Derived } from '../../common/dataloaders/shared-rows';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import type { SessionEntity } from '../session.entity';
import type { SessionSpeakerEntity } from '../session-speaker.entity';

@ObjectType('Session')
export class SessionModel {
  @Field(() => ID) id!: string;
  conferenceId!: string;
  roomId!: string | null;
  sourceRoundupId!: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => SessionType) type!: SessionType;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => TimePrecision) timePrecision!: TimePrecision;
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
  @Field(() => String, {
    nullable: true,
    description: 'Where in its source this session is described (our words)',
  })
  sourceEvidence!: string | null;
  sequence!: number;
}

const models = new Derived<SessionEntity, SessionModel>((e) =>
  Object.freeze({
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
    sourceEvidence: e.sourceEvidence,
    sequence: e.sequence,
  }),
);

/**
 * A session as the API gives it. For a shared row (see SharedRows) the same frozen model serves every
 * request, so what is looked up for it once (its room, themes, speakers: see withDetails) is kept with it.
 */
export const toSessionModel = (e: SessionEntity): SessionModel => models.of(e);

/** A speaker's part in a session: the link read from either side. */
@ObjectType('SessionParticipant')
export class SessionParticipantModel {
  sessionId!: string;
  speakerId!: string;
  @Field(() => SpeakerRole) role!: SpeakerRole;
  @Field(() => String, { nullable: true, description: 'Their title at the time, e.g. "ADCS President"' })
  capacity!: string | null;
}

export const toParticipantModel = (e: SessionSpeakerEntity): SessionParticipantModel => ({
  sessionId: e.sessionId,
  speakerId: e.speakerId,
  role: e.role,
  capacity: e.capacity,
});
