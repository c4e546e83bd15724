import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { SessionModel } from '../sessions/models/session.model';
import { SpeakerModel } from '../speakers/models/speaker.model';
import { loadRoundupModel, RoundupModel, toRoundupModel } from './models/roundup.model';
import type { RoundupsLoaders } from './roundups.loaders';

// Fields of sessions and speakers that link to write-ups: they join two domains, so they live in the
// higher one (round-ups), and sessions and speakers know nothing of round-ups.

type Ctx = GraphQLContext<{ roundups: RoundupsLoaders }>;

@Resolver(() => SessionModel)
export class SessionRoundupsResolver {
  @ResolveField(() => RoundupModel, {
    nullable: true,
    description: 'The write-up this session was reconstructed from',
  })
  sourceRoundup(@Parent() s: SessionModel, @Context() ctx: Ctx): Promise<RoundupModel | null> {
    return loadRoundupModel(ctx.loaders.roundups, s.sourceRoundupId);
  }

  @ResolveField(() => [RoundupModel], { description: 'Published write-ups that mention this session' })
  async roundups(@Parent() s: SessionModel, @Context() ctx: Ctx): Promise<RoundupModel[]> {
    return (await ctx.loaders.roundups.bySession.load(s.id)).map(toRoundupModel);
  }
}

@Resolver(() => SpeakerModel)
export class SpeakerRoundupsResolver {
  @ResolveField(() => [RoundupModel], { description: 'Published write-ups that mention them' })
  async roundups(@Parent() s: SpeakerModel, @Context() ctx: Ctx): Promise<RoundupModel[]> {
    return (await ctx.loaders.roundups.bySpeaker.load(s.id)).map(toRoundupModel);
  }

  @ResolveField(() => RoundupModel, {
    nullable: true,
    description: 'The write-up this speaker was first read from',
  })
  sourceRoundup(@Parent() s: SpeakerModel, @Context() ctx: Ctx): Promise<RoundupModel | null> {
    return loadRoundupModel(ctx.loaders.roundups, s.sourceRoundupId);
  }
}
