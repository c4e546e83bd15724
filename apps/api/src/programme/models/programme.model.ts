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
});

@ObjectType('ChangedSession')
export class ChangedSessionModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
}

@ObjectType('ProgrammeChange')
export class ProgrammeChangeModel {
  @Field(() => ChangeKind) kind!: ChangeKind;
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

@ObjectType('ProgrammeVersion')
export class ProgrammeVersionModel {
  @Field(() => Int) number!: number;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [ProgrammeChangeModel]) changes!: ProgrammeChangeModel[];
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

@ObjectType('DraftSpeaker')
export class DraftSpeakerModel {
  @Field(() => ID) speakerId!: string;
  @Field() name!: string;
  @Field(() => SpeakerRole) role!: SpeakerRole;
}

@ObjectType('DraftSession', {
  description: 'A session as the organisers are editing it (not public until published)',
})
export class DraftSessionModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => SessionType, { nullable: true }) type!: SessionType | null;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => TimePrecision) timePrecision!: TimePrecision;
  @Field(() => LocalDateScalar, { nullable: true }) day!: string | null;
  @Field(() => DayPart, { nullable: true }) dayPart!: DayPart | null;
  @Field(() => Date, { nullable: true }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field() when!: string;
  @Field(() => String, { nullable: true }) room!: string | null;
  @Field(() => [String], { description: 'Theme slugs' }) tracks!: string[];
  @Field(() => [DraftSpeakerModel]) speakers!: DraftSpeakerModel[];
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

@ObjectType('DraftProgramme')
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
  @Field(() => [DraftSessionModel]) sessions!: DraftSessionModel[];
  @Field(() => [ProgrammeChangeModel], { description: 'What publishing now would change' })
  changes!: ProgrammeChangeModel[];
  @Field(() => [String], { description: 'Double-booked rooms and speakers: publishing needs acceptWarnings' })
  warnings!: string[];
}
