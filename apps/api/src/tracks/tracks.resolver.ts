import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/graphql-context';
import { SessionModel, toSessionModel } from '../sessions/models/session.model';
import { toTrackModel, TrackModel } from './models/track.model';
import { TrackArgs } from './dto/track.args';
import { TracksService } from './tracks.service';

@Resolver(() => TrackModel)
export class TracksResolver {
  constructor(private readonly service: TracksService) {}

  @Query(() => [TrackModel], { description: 'Every theme, by name' })
  async tracks(): Promise<TrackModel[]> {
    return (await this.service.list()).map(toTrackModel);
  }

  @Query(() => TrackModel, { nullable: true, description: 'A theme by slug; null when there is none' })
  async track(@Args() { slug }: TrackArgs): Promise<TrackModel | null> {
    const t = await this.service.findBySlug(slug);
    return t ? toTrackModel(t) : null;
  }

  @ResolveField(() => [SessionModel], { description: 'Its sessions at every conference, oldest first' })
  async sessions(@Parent() t: TrackModel, @Context() ctx: GraphQLContext): Promise<SessionModel[]> {
    return (await this.service.sessionsAcrossYears(t.id, ctx.loaders)).map(toSessionModel);
  }
}
