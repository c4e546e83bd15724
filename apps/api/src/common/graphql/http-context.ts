import type { Request, Response } from 'express';

/** The part of a GraphQL request's context that knows no domain: the HTTP exchange it came in on. */
export interface HttpContext {
  req: Request;
  res: Response;
}
