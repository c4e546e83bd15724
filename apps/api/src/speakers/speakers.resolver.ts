import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../common/dto/id.args';
import { present } from '../common/loaded';
import type { GraphQLContext } from '../common/graphql-context';
import { ConferenceModel, toConferenceModel } from '../conferences/models/conference.model';
import { OrganisationModel, toOrganisationModel } from '../organisations/models/organisation.model';
import { loadRoundupModel, RoundupModel, toRoundupModel } from '../roundups/models/roundup.model';
import {
  SessionModel,
  SessionParticipantModel,
  toParticipantModel,
  toSessionModel,
} from '../sessions/models/session.model';
import { SpeakerModel, toSpeakerModel } from './models/speaker.model';
import { SpeakersService } from './speakers.service';

@Resolver(() => SpeakerModel)
export class SpeakersResolver {
  constructor(private readonly service: SpeakersService) {}

  @Query(() => SpeakerModel, { nullable: true, description: 'A speaker by id; null when there is none' })
  async speaker(@Args() { id }: IdArgs): Promise<SpeakerModel | null> {
    const s = await this.service.findById(id);
    return s ? toSpeakerModel(s) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The organisation they were last listed with' })
  async organisation(@Parent() s: SpeakerModel, @Context() ctx: GraphQLContext): Promise<string | null> {
    if (!s.organisationId) return null;
    return (await ctx.loaders.organisation.load(s.organisationId))?.name ?? null;
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  async organisationRef(
    @Parent() s: SpeakerModel,
    @Context() ctx: GraphQLContext,
  ): Promise<OrganisationModel | null> {
    if (!s.organisationId) return null;
    const o = await ctx.loaders.organisation.load(s.organisationId);
    return o ? toOrganisationModel(o) : null;
  }

  @ResolveField(() => [SessionModel], {
    description: 'Every session they took part in, across all conferences, oldest first',
  })
  async sessions(@Parent() s: SpeakerModel, @Context() ctx: GraphQLContext): Promise<SessionModel[]> {
    const appearances = await this.service.appearances(s.id, ctx.loaders);
    return present(await ctx.loaders.session.loadMany(appearances.map((a) => a.sessionId))).map(
      toSessionModel,
    );
  }

  @ResolveField(() => [SessionParticipantModel], {
    description: 'Their sessions with their part in each, oldest first',
  })
  async appearances(
    @Parent() s: SpeakerModel,
    @Context() ctx: GraphQLContext,
  ): Promise<SessionParticipantModel[]> {
    return (await this.service.appearances(s.id, ctx.loaders)).map(toParticipantModel);
  }

  @ResolveField(() => [ConferenceModel], { description: 'The conferences they spoke at, oldest first' })
  async conferences(@Parent() s: SpeakerModel, @Context() ctx: GraphQLContext): Promise<ConferenceModel[]> {
    const appearances = await this.service.appearances(s.id, ctx.loaders);
    const sessions = present(await ctx.loaders.session.loadMany(appearances.map((a) => a.sessionId)));
    const ids = [...new Set(sessions.map((x) => x.conferenceId))];
    return present(await ctx.loaders.conference.loadMany(ids)).map(toConferenceModel);
  }

  @ResolveField(() => [RoundupModel], { description: 'Published write-ups that mention them' })
  async roundups(@Parent() s: SpeakerModel, @Context() ctx: GraphQLContext): Promise<RoundupModel[]> {
    return (await ctx.loaders.roundupsBySpeaker.load(s.id)).map(toRoundupModel);
  }

  @ResolveField(() => RoundupModel, {
    nullable: true,
    description: 'The write-up this speaker was first read from',
  })
  sourceRoundup(@Parent() s: SpeakerModel, @Context() ctx: GraphQLContext): Promise<RoundupModel | null> {
    return loadRoundupModel(ctx.loaders, s.sourceRoundupId);
  }
}
