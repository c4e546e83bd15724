import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../common/graphql/paging';
import type { GraphQLContext } from '../accounts/graphql-context';
import type { ProgrammeReader } from './published/published-programme.service';
import { TrackModel } from '../tracks/models/track.model';
import { SessionModel } from './models/session.model';
import { pageOfSessions, themeSessions } from './published/across-years';

type Ctx = GraphQLContext<{ programme: ProgrammeReader }>;

/** A theme's sessions across the years, from the published programme. */
@Resolver(() => TrackModel)
export class ThemeSessionsResolver {
  @ResolveField(() => [SessionModel], {
    description: 'Its sessions at every conference, oldest first (all, or a page: `first` after `after`)',
  })
  async sessions(
    @Parent() t: TrackModel,
    @Args() page: PageArgs,
    @Context() ctx: Ctx,
  ): Promise<SessionModel[]> {
    return pageOfSessions(await themeSessions(ctx.loaders.programme, t.id), page).map((s) => s.model);
  }
}
