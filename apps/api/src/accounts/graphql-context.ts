import type { HttpContext } from '../common/graphql/http-context';
import type { RequestAuth } from './request-auth';

/**
 * A GraphQL request's context: who is asking and the loaders of the domains it reads. Each resolver
 * names the loaders it uses (`GraphQLContext<{ sessions: SessionsLoaders }>`); the app root gives them
 * all (see app-loaders.ts).
 */
export interface GraphQLContext<L = unknown> extends HttpContext {
  loaders: L;
  /** Who is asking (bearer token or session cookie), looked up once per request. */
  auth: RequestAuth;
}
