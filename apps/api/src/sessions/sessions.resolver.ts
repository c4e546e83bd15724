import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../common/dto/id.args';
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

/** The session fields every agenda, schedule and feed asks for (see common/graphql/direct-resolvers.ts). */
export const sessionFields = {
  room: (s: SessionModel, ctx: GraphQLContext): Promise<RoomModel | null> | null =>
    s.roomId ? ctx.loaders.room.load(s.roomId).then((r) => (r ? toRoomModel(r) : null)) : null,
  tracks: (s: SessionModel, ctx: GraphQLContext): Promise<TrackModel[]> =>
    ctx.loaders.tracksBySession.load(s.id).then((tracks) => tracks.map(toTrackModel).sort(byName)),
  participants: (s: SessionModel, ctx: GraphQLContext): Promise<SessionParticipantModel[]> =>
    ctx.loaders.participantsBySession.load(s.id).then((ps) => ps.map(toParticipantModel)),
  speakers: async (s: SessionModel, ctx: GraphQLContext): Promise<SpeakerModel[]> => {
    const participants = await ctx.loaders.participantsBySession.load(s.id);
    return present(await ctx.loaders.speaker.loadMany(participants.map((p) => p.speakerId))).map(
      toSpeakerModel,
    );
  },
};

export const participantFields = {
  speaker: async (p: SessionParticipantModel, ctx: GraphQLContext): Promise<SpeakerModel> => {
    const speaker = await ctx.loaders.speaker.load(p.speakerId);
    if (!speaker) throw new Error(`participant ${p.speakerId} is not a speaker`);
    return toSpeakerModel(speaker);
  },
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
  room(@Parent() s: SessionModel, @Context() ctx: GraphQLContext): Promise<RoomModel | null> | null {
    return sessionFields.room(s, ctx);
  }

  @ResolveField(() => [TrackModel], { description: 'Its themes' })
  tracks(@Parent() s: SessionModel, @Context() ctx: GraphQLContext): Promise<TrackModel[]> {
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
  ): Promise<SessionParticipantModel[]> {
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
  speaker(@Parent() p: SessionParticipantModel, @Context() ctx: GraphQLContext): Promise<SpeakerModel> {
    return participantFields.speaker(p, ctx);
  }

  @ResolveField(() => SessionModel)
  async session(@Parent() p: SessionParticipantModel, @Context() ctx: GraphQLContext): Promise<SessionModel> {
    const session = await ctx.loaders.session.load(p.sessionId);
    if (!session) throw new Error(`participant of missing session ${p.sessionId}`);
    return toSessionModel(session);
  }
}
