import { Args, Context, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { present } from '../common/loaded';
import type { GraphQLContext } from '../common/graphql-context';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { OrganisationModel, toOrganisationModel } from '../organisations/models/organisation.model';
import { SessionModel, toSessionModel } from '../sessions/models/session.model';
import { withDetails } from '../sessions/sessions.resolver';
import { SpeakerModel, toSpeakerModel } from '../speakers/models/speaker.model';
import { TrackModel, toTrackModel } from '../tracks/models/track.model';
import { ConferencesService } from './conferences.service';
import { ConferenceArgs, ConferencesArgs } from './dto/conference.args';
import { ConferenceSessionsArgs } from './dto/conference-sessions.args';
import { ConferenceModel, toConferenceModel } from './models/conference.model';
import { RoomModel, toRoomModel } from './models/room.model';

@Resolver(() => ConferenceModel)
export class ConferencesResolver {
  constructor(private readonly service: ConferencesService) {}

  @Query(() => [ConferenceModel], { name: 'conferences', description: 'Every conference, newest first' })
  async conferences(@Args() args: ConferencesArgs): Promise<ConferenceModel[]> {
    return (await this.service.list(args.series)).map(toConferenceModel);
  }

  @Query(() => ConferenceModel, {
    nullable: true,
    description: 'A conference by slug; null when there is none',
  })
  async conference(@Args() { slug }: ConferenceArgs): Promise<ConferenceModel | null> {
    const c = await this.service.findBySlug(slug);
    return c ? toConferenceModel(c) : null;
  }

  @ResolveField(() => [LocalDateScalar], {
    description: 'The conference days, first to last; empty when the dates are not known',
  })
  days(@Parent() c: ConferenceModel): string[] {
    return this.service.days(c);
  }

  @ResolveField(() => [OrganisationModel], { description: 'The bodies that run it (ADCS, ADASS, LGA…)' })
  async organisers(
    @Parent() c: ConferenceModel,
    @Context() ctx: GraphQLContext,
  ): Promise<OrganisationModel[]> {
    return (await ctx.loaders.organisersByConference.load(c.id))
      .map(toOrganisationModel)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => [SessionModel], {
    description: 'The agenda: by day, then time, then the order the source gives',
  })
  async sessions(
    @Parent() c: ConferenceModel,
    @Args() filter: ConferenceSessionsArgs,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SessionModel[]> {
    const entity = await ctx.loaders.conference.load(c.id);
    if (!entity) return [];
    const sessions = (await this.service.sessions(entity, filter, ctx.loaders)).map(toSessionModel);
    return withDetails(sessions, ctx.loaders, info);
  }

  @ResolveField(() => [SpeakerModel], {
    description: 'Everyone who spoke, chaired or sat on a panel, by name',
  })
  async speakers(@Parent() c: ConferenceModel, @Context() ctx: GraphQLContext): Promise<SpeakerModel[]> {
    const sessions = await ctx.loaders.sessionsByConference.load(c.id);
    const participations = present(
      await ctx.loaders.participantsBySession.loadMany(sessions.map((s) => s.id)),
    ).flat();
    const ids = [...new Set(participations.map((p) => p.speakerId))];
    const speakers = present(await ctx.loaders.speaker.loadMany(ids));
    return speakers.map(toSpeakerModel).sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => [RoomModel])
  async rooms(@Parent() c: ConferenceModel, @Context() ctx: GraphQLContext): Promise<RoomModel[]> {
    return (await ctx.loaders.roomsByConference.load(c.id)).map(toRoomModel);
  }

  @ResolveField(() => [TrackModel], { description: 'The themes of its sessions' })
  async tracks(@Parent() c: ConferenceModel, @Context() ctx: GraphQLContext): Promise<TrackModel[]> {
    const sessions = await ctx.loaders.sessionsByConference.load(c.id);
    const tracks = present(await ctx.loaders.tracksBySession.loadMany(sessions.map((s) => s.id))).flat();
    const unique = new Map(tracks.map((t) => [t.id, t]));
    return [...unique.values()].map(toTrackModel).sort((a, b) => a.name.localeCompare(b.name));
  }
}
