import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/graphql-context';
import { TrackModel } from '../tracks/models/track.model';
import { SessionModel } from './models/session.model';
import { themeSessions } from './published/across-years';

/** A theme's sessions across the years, from the published programme. */
@Resolver(() => TrackModel)
export class ThemeSessionsResolver {
  @ResolveField(() => [SessionModel], { description: 'Its sessions at every conference, oldest first' })
  async sessions(@Parent() t: TrackModel, @Context() ctx: GraphQLContext): Promise<SessionModel[]> {
    return (await themeSessions(ctx.programme, t.id)).map((s) => s.model);
  }
}
