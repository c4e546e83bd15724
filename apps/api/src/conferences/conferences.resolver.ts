import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { OrganisationModel, toOrganisationModel } from '../organisations/models/organisation.model';
import type { ConferencesLoaders } from './conferences.loaders';
import { ConferencesService } from './conferences.service';
import { ConferenceArgs, ConferencesArgs } from './dto/conference.args';
import { ConferenceModel, toConferenceModel } from './models/conference.model';
import { RoomModel, toRoomModel } from './models/room.model';

type Ctx = GraphQLContext<{ conferences: ConferencesLoaders }>;

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
    return this.service.days(c);
  }

  @ResolveField(() => [OrganisationModel], { description: 'The bodies that run it (ADCS, ADASS, LGA…)' })
  async organisers(@Parent() c: ConferenceModel, @Context() ctx: Ctx): Promise<OrganisationModel[]> {
    return (await ctx.loaders.conferences.organisers.load(c.id))
      .map(toOrganisationModel)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => [RoomModel])
  async rooms(@Parent() c: ConferenceModel, @Context() ctx: Ctx): Promise<RoomModel[]> {
    return (await ctx.loaders.conferences.roomsInUse.load(c.id)).map(toRoomModel);
  }
}
