import { Args, Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { present } from '../common/loaded';
import { ConferenceSessionsArgs } from '../conferences/dto/conference-sessions.args';
import { ConferenceModel, toConferenceModel } from '../conferences/models/conference.model';
import { SpeakerModel, toSpeakerModel } from '../speakers/models/speaker.model';
import { TrackModel, toTrackModel } from '../tracks/models/track.model';
import {
  SessionModel,
  SessionParticipantModel,
  toParticipantModel,
  toSessionModel,
} from './models/session.model';
import { withDetails } from './session-details';
import { appearancesOf, conferenceAgenda, sessionsAcrossYears } from './session-lists';
import type { ProgrammeLoaders } from './sessions.loaders';

// Fields of conferences, speakers and themes that list sessions: they join two domains, so they live
// in the higher one (sessions), and conferences, speakers and tracks know nothing of sessions.

type Ctx = GraphQLContext<ProgrammeLoaders>;

@Resolver(() => ConferenceModel)
export class ConferenceSessionsResolver {
  @ResolveField(() => [SessionModel], {
    description: 'The agenda: by day, then time, then the order the source gives',
  })
  async sessions(
    @Parent() c: ConferenceModel,
    @Args() filter: ConferenceSessionsArgs,
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SessionModel[]> {
    const entity = await ctx.loaders.conferences.byId.load(c.id);
    if (!entity) return [];
    const sessions = (await conferenceAgenda(entity, filter, ctx.loaders)).map(toSessionModel);
    return withDetails(sessions, ctx.loaders, info);
  }

  @ResolveField(() => [SpeakerModel], {
    description: 'Everyone who spoke, chaired or sat on a panel, by name',
  })
  async speakers(@Parent() c: ConferenceModel, @Context() ctx: Ctx): Promise<SpeakerModel[]> {
    const sessions = await ctx.loaders.sessions.byConference.load(c.id);
    const participations = present(
      await ctx.loaders.sessions.participants.loadMany(sessions.map((s) => s.id)),
    ).flat();
    const ids = [...new Set(participations.map((p) => p.speakerId))];
    const speakers = present(await ctx.loaders.speakers.byId.loadMany(ids));
    return speakers.map(toSpeakerModel).sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => [TrackModel], { description: 'The themes of its sessions' })
  async tracks(@Parent() c: ConferenceModel, @Context() ctx: Ctx): Promise<TrackModel[]> {
    const sessions = await ctx.loaders.sessions.byConference.load(c.id);
    const tracks = present(await ctx.loaders.tracks.bySession.loadMany(sessions.map((s) => s.id))).flat();
    const unique = new Map(tracks.map((t) => [t.id, t]));
    return [...unique.values()].map(toTrackModel).sort((a, b) => a.name.localeCompare(b.name));
  }
}

@Resolver(() => SpeakerModel)
export class SpeakerSessionsResolver {
  @ResolveField(() => [SessionModel], {
    description: 'Every session they took part in, across all conferences, oldest first',
  })
  async sessions(@Parent() s: SpeakerModel, @Context() ctx: Ctx): Promise<SessionModel[]> {
    const appearances = await appearancesOf(s.id, ctx.loaders);
    return present(await ctx.loaders.sessions.byId.loadMany(appearances.map((a) => a.sessionId))).map(
      toSessionModel,
    );
  }

  @ResolveField(() => [SessionParticipantModel], {
    description: 'Their sessions with their part in each, oldest first',
  })
  async appearances(@Parent() s: SpeakerModel, @Context() ctx: Ctx): Promise<SessionParticipantModel[]> {
    return (await appearancesOf(s.id, ctx.loaders)).map(toParticipantModel);
  }

  @ResolveField(() => [ConferenceModel], { description: 'The conferences they spoke at, oldest first' })
  async conferences(@Parent() s: SpeakerModel, @Context() ctx: Ctx): Promise<ConferenceModel[]> {
    const appearances = await appearancesOf(s.id, ctx.loaders);
    const sessions = present(await ctx.loaders.sessions.byId.loadMany(appearances.map((a) => a.sessionId)));
    const ids = [...new Set(sessions.map((x) => x.conferenceId))];
    return present(await ctx.loaders.conferences.byId.loadMany(ids)).map(toConferenceModel);
  }
}

@Resolver(() => TrackModel)
export class TrackSessionsResolver {
  @ResolveField(() => [SessionModel], { description: 'Its sessions at every conference, oldest first' })
  async sessions(@Parent() t: TrackModel, @Context() ctx: Ctx): Promise<SessionModel[]> {
    return (await sessionsAcrossYears(t.id, ctx.loaders)).map(toSessionModel);
  }
}
