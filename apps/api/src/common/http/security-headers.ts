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
 * Browser features no page of this app uses, denied to every page and to anything it frames or that
 * frames it (Permissions-Policy). Kept: clipboard-write for this origin (the "Copy" button beside a
 * calendar address). Notifications and push are not Permissions-Policy features, so the coming push
 * notifications are unaffected.
 */
export const PERMISSIONS_POLICY = [
  ...[
    'accelerometer',
    'autoplay',
    'camera',
    'display-capture',
    'encrypted-media',
    'fullscreen',
    'geolocation',
    'gyroscope',
    'hid',
    'idle-detection',
    'magnetometer',
    'microphone',
    'midi',
    'payment',
    'picture-in-picture',
    'publickey-credentials-get',
    'screen-wake-lock',
    'serial',
    'usb',
    'xr-spatial-tracking',
  ].map((feature) => `${feature}=()`),
  'clipboard-write=(self)',
].join(', ');

/**
 * helmet on every response (pages, GraphQL, calendars, exports): the CSP above, nosniff, no framing,
 * no referrer, same-origin resource and opener policies, and the Permissions-Policy above. HSTS and
 * upgrade-insecure-requests only when the public URL is https (over plain http they would break a
 * local install).
 */
export function securityHeaders(config: Pick<AppConfig, 'publicUrl'>): RequestHandler {
  const https = config.publicUrl.startsWith('https:');
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CONTENT_SECURITY_POLICY, ...(https ? { upgradeInsecureRequests: [] } : {}) },
    },
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
    // as frame-ancestors 'none', for browsers that only read the older header
    xFrameOptions: { action: 'deny' },
  });
  return (req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    headers(req, res, next);
  };
}
