import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { conferenceDays } from './conference-days';
import { ConferencesService } from './conferences.service';
import { ConferenceArgs, ConferencesArgs } from './dto/conference.args';
import { ConferenceModel, toConferenceModel } from './models/conference.model';

/** Conferences by slug and the list; their programme's fields are in sessions/conference-programme.resolver.ts. */
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
    return conferenceDays(c);
  }
}
