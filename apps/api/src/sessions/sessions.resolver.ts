import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../common/dto/id.args';
import type { GraphQLContext } from '../accounts/graphql-context';
import type { ProgrammeReader } from './published/published-programme.service';
import { SessionModel } from './models/session.model';

type Ctx = GraphQLContext<{ programme: ProgrammeReader }>;

/**
 * A session by id, from the published programme (published/): its room, themes, speakers and conference
 * are plain properties of the model, so they need no resolver.
 */
@Resolver(() => SessionModel)
export class SessionsResolver {
  @Query(() => SessionModel, { nullable: true, description: 'A session by id; null when there is none' })
  async session(@Args() { id }: IdArgs, @Context() ctx: Ctx): Promise<SessionModel | null> {
    const s = await ctx.loaders.programme.session(id);
    return s && !s.removed ? s.model : null;
  }
}
