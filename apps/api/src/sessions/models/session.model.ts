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

/**
 * A published session as the API gives it (see published/published-programme.ts, which makes them): its
 * row's columns read through to the row (one copy of each, shared with the published session), what is
 * looked up beside it as plain properties, and `when` and `cursor` worked out only when a query asks for
 * them (the agenda and schedules mostly do not). The getters live on the prototype, so a session holds
 * no closures of its own and every session has one shape (V8 keeps an object literal with getters as a
 * dictionary: about 1.4 KB a session).
 */
class PublishedSessionModel implements SessionModel {
  readonly conference: ConferenceModel;
  readonly room: RoomModel | null;
  readonly tracks: readonly TrackModel[];
  readonly participants: readonly SessionParticipantModel[];
  readonly speakers: readonly SpeakerModel[];

  constructor(
    private readonly row: SessionEntity,
    details: SessionDetails,
  ) {
    this.conference = details.conference;
    this.room = details.room;
    this.tracks = details.tracks;
    this.participants = details.participants;
    this.speakers = details.participants.map((p) => p.speaker);
  }

  get id() {
    return this.row.id;
  }
  get conferenceId() {
    return this.row.conferenceId;
  }
  get roomId() {
    return this.row.roomId;
  }
  get sourceRoundupId() {
    return this.row.sourceRoundupId;
  }
  get title() {
    return this.row.title;
  }
  get summary() {
    return this.row.summary;
  }
  get type() {
    return this.row.type;
  }
  get status() {
    return this.row.status;
  }
  get timePrecision() {
    return this.row.timePrecision;
  }
  get day() {
    return this.row.day;
  }
  get dayPart() {
    return this.row.dayPart;
  }
  get startsAt() {
    return this.row.startsAt;
  }
  get endsAt() {
    return this.row.endsAt;
  }
  get sourceEvidence() {
    return this.row.sourceEvidence;
  }
  get sequence() {
    return this.row.sequence;
  }
  get when() {
    return describeTiming(timingOf(this.row));
  }
  get cursor() {
    return sessionCursor(sessionOrderKey(this.row, this.conference));
  }
}

export const toSessionModel = (e: SessionEntity, details: SessionDetails): SessionModel =>
  new PublishedSessionModel(e, details);

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
