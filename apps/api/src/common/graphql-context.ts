import type { Request, Response } from 'express';
import type { Loaders } from './dataloaders/loaders';

export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: Loaders;
}
