import type { AppConfig } from '@ncasc/config';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy the web client is built for: its scripts, styles, service worker and
 * manifest come from this origin only; no inline script or style attribute, no plugin, no framing.
 * Images may be data: URIs (the favicon is one).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * helmet on every response (pages, GraphQL, calendars, exports): the CSP above, nosniff, no framing,
 * no referrer, same-origin resource and opener policies. HSTS and upgrade-insecure-requests only when
 * the public URL is https (over plain http they would break a local install).
 */
export function securityHeaders(config: Pick<AppConfig, 'publicUrl'>): RequestHandler {
  const https = config.publicUrl.startsWith('https:');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CONTENT_SECURITY_POLICY, ...(https ? { upgradeInsecureRequests: [] } : {}) },
    },
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
    // as frame-ancestors 'none', for browsers that only read the older header
    xFrameOptions: { action: 'deny' },
  });
}
