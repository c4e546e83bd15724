import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { IdArgs } from '../common/dto/id.args';
import { ConferenceModel, toConferenceModel } from '../conferences/models/conference.model';
import { RoomModel } from '../conferences/models/room.model';
import { SpeakerModel } from '../speakers/models/speaker.model';
import { TrackModel } from '../tracks/models/track.model';
import { SessionModel, SessionParticipantModel, toSessionModel } from './models/session.model';
import { participantFields, sessionFields } from './session-details';
import type { ProgrammeLoaders } from './sessions.loaders';
import { SessionsService } from './sessions.service';

type Ctx = GraphQLContext<ProgrammeLoaders>;

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(private readonly service: SessionsService) {}

  @Query(() => SessionModel, { nullable: true, description: 'A session by id; null when there is none' })
  async session(@Args() { id }: IdArgs): Promise<SessionModel | null> {
    const s = await this.service.findById(id);
    return s ? toSessionModel(s) : null;
  }

  @ResolveField(() => ConferenceModel)
  async conference(@Parent() s: SessionModel, @Context() ctx: Ctx): Promise<ConferenceModel> {
    const c = await ctx.loaders.conferences.byId.load(s.conferenceId);
    if (!c) throw new Error(`session ${s.id} has no conference`);
    return toConferenceModel(c);
  }

  @ResolveField(() => RoomModel, { nullable: true, description: 'Null when no source names the room' })
  room(@Parent() s: SessionModel, @Context() ctx: Ctx): Promise<RoomModel | null> | RoomModel | null {
    return sessionFields.room(s, ctx);
  }

  @ResolveField(() => [TrackModel], { description: 'Its themes' })
  tracks(@Parent() s: SessionModel, @Context() ctx: Ctx): Promise<TrackModel[]> | readonly TrackModel[] {
    return sessionFields.tracks(s, ctx);
  }

  @ResolveField(() => [SpeakerModel], {
    description: 'Speakers, chairs and panellists in billing order (see participants for their parts)',
  })
  speakers(@Parent() s: SessionModel, @Context() ctx: Ctx): Promise<SpeakerModel[]> {
    return sessionFields.speakers(s, ctx);
  }

  @ResolveField(() => [SessionParticipantModel], {
    description: 'Each speaker with their part and title at the time',
  })
  participants(
    @Parent() s: SessionModel,
    @Context() ctx: Ctx,
  ): Promise<SessionParticipantModel[]> | readonly SessionParticipantModel[] {
    return sessionFields.participants(s, ctx);
  }
}

@Resolver(() => SessionParticipantModel)
export class SessionParticipantsResolver {
  @ResolveField(() => SpeakerModel)
  speaker(@Parent() p: SessionParticipantModel, @Context() ctx: Ctx): Promise<SpeakerModel> | SpeakerModel {
    return participantFields.speaker(p, ctx);
  }

  @ResolveField(() => SessionModel)
  async session(@Parent() p: SessionParticipantModel, @Context() ctx: Ctx): Promise<SessionModel> {
    const session = await ctx.loaders.sessions.byId.load(p.sessionId);
    if (!session) throw new Error(`participant of missing session ${p.sessionId}`);
    return toSessionModel(session);
  }
}
