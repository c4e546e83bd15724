import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../common/dto/id.args';
import type { GraphQLContext } from '../accounts/graphql-context';
import { OrganisationModel, toOrganisationModel } from '../organisations/models/organisation.model';
import type { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { SpeakerModel, toSpeakerModel } from './models/speaker.model';
import { SpeakersService } from './speakers.service';

type Ctx = GraphQLContext<{ organisations: OrganisationsLoaders }>;

@Resolver(() => SpeakerModel)
export class SpeakersResolver {
  constructor(private readonly service: SpeakersService) {}

  @Query(() => SpeakerModel, { nullable: true, description: 'A speaker by id; null when there is none' })
  async speaker(@Args() { id }: IdArgs): Promise<SpeakerModel | null> {
    const s = await this.service.findById(id);
    return s ? toSpeakerModel(s) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The organisation they were last listed with' })
  async organisation(@Parent() s: SpeakerModel, @Context() ctx: Ctx): Promise<string | null> {
    if (!s.organisationId) return null;
    return (await ctx.loaders.organisations.byId.load(s.organisationId))?.name ?? null;
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  async organisationRef(@Parent() s: SpeakerModel, @Context() ctx: Ctx): Promise<OrganisationModel | null> {
    if (!s.organisationId) return null;
    const o = await ctx.loaders.organisations.byId.load(s.organisationId);
    return o ? toOrganisationModel(o) : null;
  }
}
