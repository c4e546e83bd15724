import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { NotFoundError } from '../common/errors/domain-errors';
import { ConferenceModel, toConferenceModel } from '../conferences/models/conference.model';
import { ConferenceEntity } from '../conferences/conference.entity';
import { isWriter } from '../roundups/writers';
import { Role } from '../accounts/user.entity';
import type { ConferencesLoaders } from '../conferences/conferences.loaders';
import { SearchArgs } from './dto/search.args';
import { SearchHitModel } from './models/search-hit.model';
import { SearchKind, SearchService } from './search.service';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

const PATHS: Record<SearchKind, (id: string) => string> = {
  [SearchKind.SESSION]: (id) => `/sessions/${id}`,
  [SearchKind.SPEAKER]: (id) => `/speakers/${id}`,
  [SearchKind.ROUNDUP]: (id) => `/roundups/${id}`,
  [SearchKind.NOTE]: (id) => `/sessions/${id}#notes`,
};

type Ctx = GraphQLContext<{ conferences: ConferencesLoaders }>;

@Resolver(() => SearchHitModel)
export class SearchResolver {
  constructor(
    private readonly service: SearchService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @Query(() => [SearchHitModel], {
    description:
      'Ranked hits, best first, over sessions, speakers, published write-ups and — signed in — your own notes',
  })
  async search(@Args() args: SearchArgs, @Context() ctx: Ctx): Promise<SearchHitModel[]> {
    let conferenceId: string | null = null;
    if (args.conferenceSlug) {
      const c = await this.ds.getRepository(ConferenceEntity).findOneBy({ slug: args.conferenceSlug });
      // a new edition is no one's to search but its organisers' until it is published
      if (!c || (!c.publishedAt && !(await ctx.auth.hasRole(Role.ORGANISER))))
        throw new NotFoundError(`Conference ${args.conferenceSlug}`, 'conferenceSlug');
      conferenceId = c.id;
    }
    const user = await ctx.auth.user();
    const hits = await this.service.search({
      query: args.query,
      conferenceId,
      kinds: args.kinds?.length ? args.kinds : Object.values(SearchKind),
      first: args.first,
      viewerId: user?.id ?? null,
      includeDrafts: Boolean(await isWriter(ctx)),
    });
    return hits.map((h) => ({ ...h, url: PATHS[h.kind](h.id) }));
  }

  @ResolveField(() => ConferenceModel, {
    nullable: true,
    description: 'The conference it belongs to; for speakers, the one searched in (if any)',
  })
  async conference(@Parent() h: SearchHitModel, @Context() ctx: Ctx): Promise<ConferenceModel | null> {
    if (!h.conferenceId) return null;
    const c = await ctx.loaders.conferences.byId.load(h.conferenceId);
    return c ? toConferenceModel(c) : null;
  }
}
