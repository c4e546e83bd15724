import { Args, Query, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../common/dto/id.args';
import { SpeakerModel } from './models/speaker.model';
import { SpeakersService } from './speakers.service';

@Resolver(() => SpeakerModel)
export class SpeakersResolver {
  constructor(private readonly service: SpeakersService) {}

  @Query(() => SpeakerModel, { nullable: true, description: 'A speaker by id; null when there is none' })
  async speaker(@Args() { id }: IdArgs): Promise<SpeakerModel | null> {
    return this.service.findById(id);
  }
}
