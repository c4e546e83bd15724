import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { describeTiming } from '@ncasc/shared';
import { ConferenceModel } from '../../conferences/models/conference.model';
import { RoomModel } from '../../conferences/models/room.model';
import { TrackModel } from '../../tracks/models/track.model';
import { DayPart, SessionStatus, SessionType, SpeakerRole, TimePrecision } from '../../common/graphql-enums';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { decodeCursor, encodeCursor } from '../../common/graphql/paging';
import { ChangeKind, type ProgrammeChange } from '../diff';
import type { DraftSession } from '../draft';
import type { ProgrammeVersionEntity } from '../programme-version.entity';

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description:
    'What a published change did to a session (or, CONFERENCE_UPDATED, to the conference’s details)',
  valuesMap: {
    ADDED: { description: 'A new session' },
    REMOVED: { description: 'Taken out of the programme' },
    CANCELLED: { description: 'Cancelled (it stays in the programme)' },
    RESTORED: { description: 'No longer cancelled' },
    MOVED: { description: 'On another day or in another room' },
    RETIMED: { description: 'At another time on the same day' },
    SPEAKERS_CHANGED: { description: 'Its speakers or their parts changed' },
    UPDATED: { description: 'Its title, summary, type or themes changed' },
    CONFERENCE_UPDATED: {
      description:
        'One of the conference’s own details (name, dates, zone, city, venue, hashtag, organisers)',
    },
  },
});

@ObjectType('ChangedSession', {
  description: 'The session a published change was made to, as it was named then',
})
export class ChangedSessionModel {
  @Field(() => ID, { description: 'Its id' }) id!: string;
  @Field({ description: 'Its title at the time of the change' }) title!: string;
}

@ObjectType('ProgrammeChange', { description: 'One change a publish made' })
export class ProgrammeChangeModel {
  @Field(() => ChangeKind, { description: 'What the change did' }) kind!: ChangeKind;
  @Field(() => ChangedSessionModel, {
    nullable: true,
    description: 'The session changed; null for CONFERENCE_UPDATED',
  })
  session!: ChangedSessionModel | null;
  @Field(() => String, {
    nullable: true,
    description: 'For CONFERENCE_UPDATED: which detail ("Venue", "Dates", "Time zone", "Organisers"…)',
  })
  field!: string | null;
  @Field(() => String, { nullable: true, description: 'How it was, in words ("Thursday morning, Hall 1")' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'How it is now, in words' }) after!: string | null;
}

export const toChangeModel = (c: ProgrammeChange): ProgrammeChangeModel => ({
  kind: c.kind,
  session: c.sessionId ? { id: c.sessionId, title: c.title ?? '' } : null,
  field: c.field ?? null,
  before: c.before,
  after: c.after,
});

@ObjectType('ProgrammeVersion', { description: 'One publish of a conference’s programme' })
export class ProgrammeVersionModel {
  @Field(() => Int, { description: 'Its number: 1 for the first publish, one more for each after it' })
  number!: number;
  @Field(() => Date, { description: 'When it was published' }) publishedAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'What changed and why, as the organiser wrote it for delegates; null when none',
  })
  note!: string | null;
  @Field(() => [ProgrammeChangeModel], { description: 'What it changed, session by session' })
  changes!: ProgrammeChangeModel[];
  @Field({ description: 'Its place in programmeVersions: pass it as `after` for the older versions' })
  cursor!: string;
}

const VERSION_CURSOR = 'version';
/** The version number a programmeVersions cursor holds (the list is newest first). */
export const decodeVersionCursor = (cursor: string): number =>
  decodeCursor(VERSION_CURSOR, cursor, ['number'])[0] as number;

export const toVersionModel = (v: ProgrammeVersionEntity): ProgrammeVersionModel => ({
  cursor: encodeCursor(VERSION_CURSOR, [v.number]),
  number: v.number,
  publishedAt: v.publishedAt,
  note: v.note,
  changes: v.changes.map(toChangeModel),
});

@ObjectType('DraftSpeaker', { description: 'A participant of a draft session' })
export class DraftSpeakerModel {
  @Field(() => ID, { description: 'The speaker’s id' }) speakerId!: string;
  @Field({ description: 'Their name' }) name!: string;
  @Field(() => SpeakerRole, { description: 'Their part' }) role!: SpeakerRole;
}

@ObjectType('DraftSession', {
  description: 'A session as the organisers are editing it (not public until published)',
})
export class DraftSessionModel {
  @Field(() => ID, { description: 'Its id' }) id!: string;
  @Field({ description: 'Its title' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Its summary; null when none' }) summary!:
    string | null;
  @Field(() => SessionType, {
    nullable: true,
    description: 'Its type; null when the sources do not state it',
  })
  type!: SessionType | null;
  @Field(() => SessionStatus, { description: 'Scheduled or cancelled' }) status!: SessionStatus;
  @Field(() => TimePrecision, { description: 'How much of its time is given' }) timePrecision!: TimePrecision;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Its local day; null when not given' }) day!:
    string | null;
  @Field(() => DayPart, { nullable: true, description: 'Its part of the day, for DAY_PART' })
  dayPart!: DayPart | null;
  @Field(() => Date, { nullable: true, description: 'Its start, for EXACT' }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Its end, for EXACT (null when not given)' })
  endsAt!: Date | null;
  @Field({ description: 'Its time in words, as the agenda will show it' }) when!: string;
  @Field(() => String, { nullable: true, description: 'Its room’s name; null when none' }) room!:
    string | null;
  @Field(() => [String], { description: 'Theme slugs' }) tracks!: string[];
  @Field(() => [DraftSpeakerModel], { description: 'Its participants in billing order' })
  speakers!: DraftSpeakerModel[];
  @Field({ description: 'Marked for removal at the next publish' }) removed!: boolean;
  @Field({ description: 'Not in the published programme yet' }) isNew!: boolean;
}

export function toDraftSessionModel(
  s: DraftSession,
  published: Set<string>,
  name: (id: string) => string,
  timeZone: string,
): DraftSessionModel {
  return {
    ...s,
    startsAt: s.startsAt ? new Date(s.startsAt) : null,
    endsAt: s.endsAt ? new Date(s.endsAt) : null,
    when: describeTiming(
      {
        timePrecision: s.timePrecision,
        day: s.day,
        dayPart: s.dayPart,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
      },
      timeZone,
    ),
    speakers: s.speakers.map((p) => ({ speakerId: p.speakerId, name: name(p.speakerId), role: p.role })),
    isNew: !published.has(s.id),
  };
}

@ObjectType('DraftProgramme', {
  description: 'A conference’s programme as the organisers are editing it, with what publishing would change',
})
export class DraftProgrammeModel {
  @Field(() => ConferenceModel, {
    description: 'The conference with the draft’s details (name, dates, zone, city, venue, hashtag)',
  })
  conference!: ConferenceModel;
  @Field(() => [String], { description: 'The organisers’ names as the draft has them' })
  organisers!: string[];
  @Field(() => [RoomModel], { description: 'The conference’s rooms (reference data: edits apply at once)' })
  rooms!: RoomModel[];
  @Field(() => [TrackModel], {
    description: 'The themes the conference offers (copied from another edition) and its sessions have',
  })
  themes!: TrackModel[];
  @Field(() => [DraftSessionModel], {
    description: 'Its sessions in agenda order, new and removed ones included',
  })
  sessions!: DraftSessionModel[];
  @Field(() => [ProgrammeChangeModel], { description: 'What publishing now would change' })
  changes!: ProgrammeChangeModel[];
  @Field(() => [String], { description: 'Double-booked rooms and speakers: publishing needs acceptWarnings' })
  warnings!: string[];
}
