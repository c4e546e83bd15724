import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { afterKey, decodeCursor, encodeCursor } from '../common/graphql/paging';
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

/** A search cursor is a place in the ranking (hits have no sort key of their own but their rank). */
const SEARCH_CURSOR = 'search';
/** How deep into a ranking pages reach: past it a page is empty. */
export const MAX_SEARCH_DEPTH = 500;
const searchCursor = (position: number) => encodeCursor(SEARCH_CURSOR, [position]);
function decodeSearchCursor(cursor: string): number {
  const [position] = decodeCursor(SEARCH_CURSOR, cursor, ['number']) as [number];
  if (!Number.isInteger(position) || position < 1)
    throw new InvalidInputError('after', 'after is not a cursor of this list');
  return position;
}

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
    const offset = afterKey(args.after, decodeSearchCursor) ?? 0;
    if (offset >= MAX_SEARCH_DEPTH) return [];
    const user = await ctx.auth.user();
    const hits = await this.service.search({
      query: args.query,
      conferenceId,
      kinds: args.kinds?.length ? args.kinds : Object.values(SearchKind),
      first: args.first,
      offset,
      viewerId: user?.id ?? null,
      includeDrafts: Boolean(await isWriter(ctx)),
    });
    return hits.map((h) => ({ ...h, url: PATHS[h.kind](h.id), cursor: searchCursor(h.position) }));
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
