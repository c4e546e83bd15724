import type { GraphQLContext } from '../accounts/graphql-context';
import { Role, type UserEntity } from '../accounts/user.entity';

/** The roles that write round-ups. */
export const WRITERS = [Role.STAFF, Role.ORGANISER];

/** Whether the viewer writes round-ups (and so may see drafts); never throws. */
export async function isWriter(ctx: GraphQLContext): Promise<UserEntity | null> {
  const user = await ctx.auth.user();
  return user && WRITERS.includes(user.role) ? user : null;
}
