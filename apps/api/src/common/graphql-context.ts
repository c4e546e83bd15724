import type { Request, Response } from 'express';
import type { RequestAuth } from '../accounts/request-auth';
import type { ProgrammeReader } from '../sessions/published/published-programme.service';
import type { Loaders } from './dataloaders/loaders';

export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: Loaders;
  /** The published programme at the version this request reads (shared by every request). */
  programme: ProgrammeReader;
  /** Who is asking (bearer token or session cookie), looked up once per request. */
  auth: RequestAuth;
}
