import { Args, Query, Resolver } from '@nestjs/graphql';
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
}
