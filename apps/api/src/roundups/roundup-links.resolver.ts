import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/graphql-context';
import { SessionModel } from '../sessions/models/session.model';
import { SpeakerModel } from '../speakers/models/speaker.model';
import { loadRoundupModel, RoundupModel, toRoundupModel } from './models/roundup.model';

/** Round-up links on sessions and speakers: the public sees published write-ups and confirmed mentions. */
@Resolver(() => SessionModel)
export class SessionRoundupsResolver {
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

@Resolver(() => SpeakerModel)
export class SpeakerRoundupsResolver {
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
