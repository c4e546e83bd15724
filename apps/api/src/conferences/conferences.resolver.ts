import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { Role } from '../accounts/user.entity';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { conferenceDays } from './conference-days';
import { ConferencesService } from './conferences.service';
import { ConferenceArgs, ConferencesArgs } from './dto/conference.args';
import { ConferenceModel, toConferenceModel } from './models/conference.model';

/** Conferences by slug and the list; their programme's fields are in sessions/conference-programme.resolver.ts. */
@Resolver(() => ConferenceModel)
export class ConferencesResolver {
  constructor(private readonly service: ConferencesService) {}

  /** Organisers see the editions not published yet; everyone else does not. */
  private organiser(ctx: GraphQLContext): Promise<boolean> {
    return ctx.auth.hasRole(Role.ORGANISER);
  }

  @Query(() => [ConferenceModel], {
    name: 'conferences',
    description: 'Every conference, newest first (new editions not yet published: for organisers only)',
  })
  async conferences(
    @Args() args: ConferencesArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<ConferenceModel[]> {
    return (await this.service.list(args.series, await this.organiser(ctx))).map(toConferenceModel);
  }

  @Query(() => ConferenceModel, {
    nullable: true,
    description:
      'A conference by slug; null when there is none (or, but for organisers, it is not published yet)',
  })
  async conference(
    @Args() { slug }: ConferenceArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<ConferenceModel | null> {
    const c = await this.service.findBySlug(slug, await this.organiser(ctx));
    return c ? toConferenceModel(c) : null;
  }

  @ResolveField(() => [LocalDateScalar], {
    description: 'The conference days, first to last; empty when the dates are not known',
  })
  days(@Parent() c: ConferenceModel): string[] {
    return conferenceDays(c);
  }
}
