import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** One CSP source a frame may be embedded by: any, none, self, or a scheme with a host (a leading *. allowed). */
const EMBED_SOURCE = String.raw`(\*|'none'|'self'|https?://(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?)`;
const EMBED_SOURCES = new RegExp(`^${EMBED_SOURCE}( +${EMBED_SOURCE})*$`, 'i');

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return value;
};

const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;

/** `<count>/<seconds>`: up to 9,999,999 requests per 1 to 99,999 seconds. */
const RATE = /^\s*[1-9]\d{0,6}\s*\/\s*[1-9]\d{0,4}\s*$/;
const RATE_MESSAGE = 'must be <count>/<seconds>, e.g. 5/600 for five per ten minutes';

const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * Every environment variable the product reads, with its rule. Nothing else in the repository
 * touches `process.env`; the app, the CLIs and the tests all go through `loadConfig()`.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInteger)
  // class-validator checks the decorator nearest the property first
  @Max(65535)
  @Min(0)
  @IsInt({ message: 'must be a whole number' })
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, {
    message: 'must be sqlite:<path> or postgres://user@host:port/database',
  })
  DATABASE_URL = 'sqlite:./data/conferences.sqlite';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'must be an absolute http(s) URL' },
  )
  PUBLIC_URL?: string;

  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  SEED_ON_START = true;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SEED_DATA_DIR?: string;

  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  LOG_SQL = false;

  /** Signs calendar feed tokens; without it a random secret is kept in the database. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(32, { message: 'must be at least 32 characters' })
  APP_SECRET?: string;

  /** Behind a reverse proxy: how many hops to trust for the client's address (Express `trust proxy`). */
  @Matches(/^(false|true|loopback|\d{1,2})$/, {
    message: 'must be false, true, loopback or a number of hops',
  })
  TRUST_PROXY = 'false';

  /**
   * Which sites may show the embeddable schedule (/embed/:slug) in a frame: the CSP `frame-ancestors`
   * sources, separated by spaces — `*` (any, the default), `'none'`, `'self'`, or origins such as
   * https://www.ncasc.info or https://*.adcs.org.uk.
   */
  @Matches(EMBED_SOURCES, {
    message: "must be *, 'none', 'self' or origins such as https://www.example.org, separated by spaces",
  })
  EMBED_FRAME_ANCESTORS = '*';

  /** How long a sign-in lasts. */
  @Transform(toInteger)
  @Max(24 * 365)
  @Min(1)
  @IsInt({ message: 'must be a whole number of hours' })
  SESSION_TTL_HOURS = 24 * 30;

  /**
   * Rate limits, each `<count>/<seconds>` (a fixed window of that many seconds), counted in the database
   * so that every instance on one database shares them. See docs/api.md, "Rate limits".
   */
  @Matches(RATE, { message: RATE_MESSAGE })
  RATE_LIMIT_SIGN_IN_PAIR = '5/600';
  @Matches(RATE, { message: RATE_MESSAGE })
  RATE_LIMIT_SIGN_IN_ADDRESS = '50/600';
  @Matches(RATE, { message: RATE_MESSAGE })
  RATE_LIMIT_SIGN_UP_ADDRESS = '100/3600';
  @Matches(RATE, { message: RATE_MESSAGE })
  RATE_LIMIT_WRITES_USER = '300/60';
  @Matches(RATE, { message: RATE_MESSAGE })
  RATE_LIMIT_WRITES_ADDRESS = '3000/60';

  /**
   * Web Push (VAPID) keys, base64url as `npx web-push generate-vapid-keys` prints them: both or neither.
   * Without them a pair is generated once and kept in the database (like APP_SECRET's stand-in).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{87}$/, { message: 'must be the 65-byte public key in base64url (87 characters)' })
  VAPID_PUBLIC_KEY?: string;
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'must be the 32-byte private key in base64url (43 characters)' })
  VAPID_PRIVATE_KEY?: string;
  /** Who runs the server, for push services to contact: a mailto: address or an https: URL. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(mailto:[^\s]+@[^\s]+|https:\/\/[^\s]+)$/, {
    message: 'must be a mailto: address or an https: URL',
  })
  VAPID_SUBJECT?: string;

  /** How often each instance looks for notifications to send (reminders due, change alerts), in seconds. */
  @Transform(toInteger)
  @Max(3600)
  @Min(1)
  @IsInt({ message: 'must be a whole number of seconds' })
  PUSH_POLL_SECONDS = 15;

  /**
   * For tests and rehearsals: the instant the app's clock shows when it starts (ISO 8601, e.g.
   * 2026-06-10T08:50:00Z); it runs on from there. Reminders are sent by this clock.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'must be an ISO 8601 instant with its offset, e.g. 2026-06-10T08:50:00Z',
  })
  CLOCK_START?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  ORGANISER_EMAIL?: string;
  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(10, { message: 'must be at least 10 characters' })
  ORGANISER_PASSWORD?: string;
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  STAFF_EMAIL?: string;
  @Transform(emptyToUndefined)
  @IsOptional()
  @MinLength(10, { message: 'must be at least 10 characters' })
  STAFF_PASSWORD?: string;
}

/** Variables without a default (class fields left undefined are not listed by Object.keys). */
const OPTIONAL_VARIABLES = [
  'PUBLIC_URL',
  'WEB_DIST_DIR',
  'SEED_DATA_DIR',
  'APP_SECRET',
  'VAPID_PUBLIC_KEY',
  'VAPID_PRIVATE_KEY',
  'VAPID_SUBJECT',
  'CLOCK_START',
  'ORGANISER_EMAIL',
  'ORGANISER_PASSWORD',
  'STAFF_EMAIL',
  'STAFF_PASSWORD',
];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the raw environment; throws a ConfigError naming every bad variable. */
export function validateEnvironment(raw: Record<string, string | undefined>): EnvironmentVariables {
  const known = Object.keys(new EnvironmentVariables()).concat(OPTIONAL_VARIABLES);
  const picked: Record<string, string> = {};
  for (const key of known) {
    const value = raw[key];
    if (value !== undefined) picked[key] = value;
  }
  const env = plainToInstance(EnvironmentVariables, picked, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => {
        const got = picked[e.property];
        const why = Object.values(e.constraints ?? {})
          .map((m) => m.replace(new RegExp(`^${e.property} `), ''))
          .join('; ');
        return `${e.property} ${why} (got ${JSON.stringify(got)})`;
      }),
    );
  }
  return env;
}
