import type { Response } from 'express';

/**
 * Lets a page on any site read this public answer (a schedule viewer, an organiser's own site): any
 * origin, never with credentials (no Access-Control-Allow-Credentials, so a browser sends no cookie
 * and shares no signed-in answer), and a resource policy that lets other origins load it. Only for
 * public data: personal feeds and files never call this.
 */
export function allowAnyOrigin(res: Response): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader(
    'Access-Control-Expose-Headers',
    'ETag, Last-Modified, X-Programme-Version, X-Sessions-Left-Out',
  );
  // overrides helmet's same-origin for this answer only
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}
