import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { IdArgs } from '../common/dto/id.args';
import type { Loaders } from '../common/dataloaders/loaders';
import { present } from '../common/loaded';
import type { GraphQLContext } from '../common/graphql-context';
import { ConferenceModel, toConferenceModel } from '../conferences/models/conference.model';
import { RoomModel, toRoomModel } from '../conferences/models/room.model';
import { loadRoundupModel, RoundupModel, toRoundupModel } from '../roundups/models/roundup.model';
import { SpeakerModel, toSpeakerModel } from '../speakers/models/speaker.model';
import { TrackModel, toTrackModel } from '../tracks/models/track.model';
import {
  SessionModel,
  SessionParticipantModel,
  toParticipantModel,
  toSessionModel,
} from './models/session.model';
import { SessionsService } from './sessions.service';

const byName = (a: TrackModel, b: TrackModel) => a.name.localeCompare(b.name);

/** A session's room, themes and speakers, looked up before its fields are asked for (see withDetails). */
interface SessionDetails {
  room: RoomModel | null;
  tracks: readonly TrackModel[];
  participants: readonly SessionParticipantModel[];
}
const detailsOf = new WeakMap<SessionModel, SessionDetails>();
const speakerOf = new WeakMap<SessionParticipantModel, SpeakerModel>();

/**
 * Looks up the room, themes and speakers of a list of sessions together (once for a shared session), so
 * that those fields answer at once instead of with a promise per field of each session (graphql-js then
 * completes the list in one pass). A session whose details could not all be found keeps the usual
 * lookups (and their errors).
 */
export async function withDetails(
  sessions: SessionModel[],
  loaders: Loaders,
  info?: GraphQLResolveInfo,
): Promise<SessionModel[]> {
  // a list asked for without any of them (`sessions { id }`) reads none of them
  if (info && !asksAny(info, SESSION_DETAILS)) return sessions;
  // a shared session's model is the same for every request, its details looked up by an earlier one
  const needed = sessions.filter((s) => !detailsOf.has(s));
  if (needed.length) await lookUpDetails(needed, loaders);
  return sessions;
}

async function lookUpDetails(sessions: SessionModel[], loaders: Loaders): Promise<void> {
  const ids = sessions.map((s) => s.id);
  const roomIds = [...new Set(sessions.flatMap((s) => (s.roomId ? [s.roomId] : [])))];
  const [rooms, tracks, participants] = await Promise.all([
    loaders.room.loadMany(roomIds),
    loaders.tracksBySession.loadMany(ids),
    loaders.participantsBySession.loadMany(ids),
  ]);
  const speakerIds = [
    ...new Set(participants.flatMap((ps) => (ps instanceof Error ? [] : ps.map((p) => p.speakerId)))),
  ];
  const speakers = await loaders.speaker.loadMany(speakerIds);
  const roomById = new Map(roomIds.map((id, i) => [id, rooms[i]]));
  const speakerById = new Map(speakerIds.map((id, i) => [id, speakers[i]]));
  sessions.forEach((session, i) => {
    const room = session.roomId ? roomById.get(session.roomId) : null;
    const themes = tracks[i];
    const people = participants[i];
    if (room instanceof Error || room === undefined || themes instanceof Error || people instanceof Error)
      return;
    const models = people.map((p) => {
      const speaker = speakerById.get(p.speakerId);
      const model = toParticipantModel(p);
      if (speaker && !(speaker instanceof Error))
        speakerOf.set(model, Object.freeze(toSpeakerModel(speaker)));
      return Object.freeze(model);
    });
    // kept with a shared session's model for every request: frozen, so none can change them for the others
    detailsOf.set(
      session,
      Object.freeze({
        room: room ? Object.freeze(toRoomModel(room)) : null,
        tracks: Object.freeze(themes.map((t) => Object.freeze(toTrackModel(t))).sort(byName)),
        participants: Object.freeze(models),
      }),
    );
  });
}

/** The session fields withDetails answers. */
export const SESSION_DETAILS: ReadonlySet<string> = new Set(['room', 'tracks', 'participants']);

/** Whether the selection of the field being resolved includes any of these, directly or in fragments. */
export function asksAny(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return names.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return inSet(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return inSet(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}

/** The session fields every agenda, schedule and feed asks for (see common/graphql/direct-resolvers.ts). */
export const sessionFields = {
  room: (s: SessionModel, ctx: GraphQLContext): Promise<RoomModel | null> | RoomModel | null => {
    const details = detailsOf.get(s);
    if (details) return details.room;
    return s.roomId ? ctx.loaders.room.load(s.roomId).then((r) => (r ? toRoomModel(r) : null)) : null;
  },
  tracks: (s: SessionModel, ctx: GraphQLContext): Promise<TrackModel[]> | readonly TrackModel[] =>
    detailsOf.get(s)?.tracks ??
    ctx.loaders.tracksBySession.load(s.id).then((tracks) => tracks.map(toTrackModel).sort(byName)),
  participants: (
    s: SessionModel,
    ctx: GraphQLContext,
  ): Promise<SessionParticipantModel[]> | readonly SessionParticipantModel[] =>
    detailsOf.get(s)?.participants ??
    ctx.loaders.participantsBySession.load(s.id).then((ps) => ps.map(toParticipantModel)),
  speakers: async (s: SessionModel, ctx: GraphQLContext): Promise<SpeakerModel[]> => {
    const participants = await ctx.loaders.participantsBySession.load(s.id);
    return present(await ctx.loaders.speaker.loadMany(participants.map((p) => p.speakerId))).map(
      toSpeakerModel,
    );
  },
};

export const participantFields = {
  speaker: (p: SessionParticipantModel, ctx: GraphQLContext): Promise<SpeakerModel> | SpeakerModel =>
    speakerOf.get(p) ??
    ctx.loaders.speaker.load(p.speakerId).then((speaker) => {
      if (!speaker) throw new Error(`participant ${p.speakerId} is not a speaker`);
      return toSpeakerModel(speaker);
    }),
};

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(private readonly service: SessionsService) {}

  @Query(() => SessionModel, { nullable: true, description: 'A session by id; null when there is none' })
  async session(@Args() { id }: IdArgs): Promise<SessionModel | null> {
    const s = await this.service.findById(id);
    return s ? toSessionModel(s) : null;
  }

  @ResolveField(() => ConferenceModel)
  async conference(@Parent() s: SessionModel, @Context() ctx: GraphQLContext): Promise<ConferenceModel> {
    const c = await ctx.loaders.conference.load(s.conferenceId);
    if (!c) throw new Error(`session ${s.id} has no conference`);
    return toConferenceModel(c);
  }

  @ResolveField(() => RoomModel, { nullable: true, description: 'Null when no source names the room' })
  room(
    @Parent() s: SessionModel,
    @Context() ctx: GraphQLContext,
  ): Promise<RoomModel | null> | RoomModel | null {
    return sessionFields.room(s, ctx);
  }

  @ResolveField(() => [TrackModel], { description: 'Its themes' })
  tracks(
    @Parent() s: SessionModel,
    @Context() ctx: GraphQLContext,
  ): Promise<TrackModel[]> | readonly TrackModel[] {
    return sessionFields.tracks(s, ctx);
  }

  @ResolveField(() => [SpeakerModel], {
    description: 'Speakers, chairs and panellists in billing order (see participants for their parts)',
  })
  speakers(@Parent() s: SessionModel, @Context() ctx: GraphQLContext): Promise<SpeakerModel[]> {
    return sessionFields.speakers(s, ctx);
  }

  @ResolveField(() => [SessionParticipantModel], {
    description: 'Each speaker with their part and title at the time',
  })
  participants(
    @Parent() s: SessionModel,
    @Context() ctx: GraphQLContext,
  ): Promise<SessionParticipantModel[]> | readonly SessionParticipantModel[] {
    return sessionFields.participants(s, ctx);
  }

  @ResolveField(() => RoundupModel, {
    nullable: true,
    description: 'The write-up this session was reconstructed from',
  })
  sourceRoundup(@Parent() s: SessionModel, @Context() ctx: GraphQLContext): Promise<RoundupModel | null> {
    return loadRoundupModel(ctx.loaders, s.sourceRoundupId);
  }

  @ResolveField(() => [RoundupModel], { description: 'Published write-ups that mention this session' })
  async roundups(@Parent() s: SessionModel, @Context() ctx: GraphQLContext): Promise<RoundupModel[]> {
    return (await ctx.loaders.roundupsBySession.load(s.id)).map(toRoundupModel);
  }
}

@Resolver(() => SessionParticipantModel)
export class SessionParticipantsResolver {
  @ResolveField(() => SpeakerModel)
  speaker(
    @Parent() p: SessionParticipantModel,
    @Context() ctx: GraphQLContext,
  ): Promise<SpeakerModel> | SpeakerModel {
    return participantFields.speaker(p, ctx);
  }

  @ResolveField(() => SessionModel)
  async session(@Parent() p: SessionParticipantModel, @Context() ctx: GraphQLContext): Promise<SessionModel> {
    const session = await ctx.loaders.session.load(p.sessionId);
    if (!session) throw new Error(`participant of missing session ${p.sessionId}`);
    return toSessionModel(session);
  }
}
