import type { Request, Response } from 'express';
import type { RequestAuth } from '../accounts/request-auth';
import type { Loaders } from './dataloaders/loaders';

export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: Loaders;
  /** Who is asking (bearer token or session cookie), looked up once per request. */
  auth: RequestAuth;
}
