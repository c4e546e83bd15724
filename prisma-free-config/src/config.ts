import { isAbsolute, resolve } from 'node:path';
import { ConfigError, type EnvironmentVariables, validateEnvironment } from './environment';

export type DatabaseConfig =
  { kind: 'sqlite'; path: string; url: string } | { kind: 'postgres'; url: string; schema?: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Absolute base URL of the public site, used for links in calendars and feeds. */
  publicUrl: string;
  database: DatabaseConfig;
  seedOnStart: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  logSql: boolean;
  /** Where the built web client lives, or undefined to use the workspace's apps/web/dist. */
  webDistDir?: string;
  seedDataDir?: string;
  appSecret?: string;
  sessionTtlHours: number;
  /** Accounts created on start when set and missing (ORGANISER_EMAIL/PASSWORD, STAFF_EMAIL/PASSWORD). */
  firstAccounts: { role: 'ORGANISER' | 'STAFF'; email: string; password: string }[];
  /** Cookies only over HTTPS when the public URL is HTTPS. */
  secureCookies: boolean;
  /** Express `trust proxy`: false, true, 'loopback' or a hop count. */
  trustProxy: boolean | number | string;
  rateLimits: RateLimits;
  /** The CSP `frame-ancestors` sources of the embeddable schedule's page, /embed/:slug (EMBED_FRAME_ANCESTORS). */
  embedFrameAncestors: string[];
  push: PushConfig;
  /** CLOCK_START: the instant the app's clock shows at start (tests, rehearsals); undefined: the machine's. */
  clockStart?: Date;
}

export interface PushConfig {
  /** VAPID keys from the environment; undefined: a pair generated once and kept in the database. */
  vapidKeys?: { publicKey: string; privateKey: string };
  /** VAPID_SUBJECT, else a mailto: address at the public URL's host. */
  subject: string;
  pollSeconds: number;
}

/** At most `max` in each fixed window of `windowSeconds`. */
export interface RateRule {
  max: number;
  windowSeconds: number;
}

export interface RateLimits {
  /** Failed sign-ins for one email from one address. */
  signInPair: RateRule;
  /** Failed sign-ins from one address, whatever the email. */
  signInAddress: RateRule;
  /** New accounts from one address. */
  signUpAddress: RateRule;
  /** Mutations by one signed-in user. */
  writesUser: RateRule;
  /** Mutations from one address (a whole venue may share one behind its NAT). */
  writesAddress: RateRule;
}

/** `5/600` → five per 600-second window (the format is checked by EnvironmentVariables). */
export function parseRate(value: string): RateRule {
  const [max, windowSeconds] = value.split('/').map((part) => Number(part.trim()));
  return { max, windowSeconds };
}

export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    const raw = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    const path = raw === ':memory:' ? raw : isAbsolute(raw) ? raw : resolve(cwd, raw);
    return { kind: 'sqlite', path, url };
  }
  // `?schema=name` puts every table in that PostgreSQL schema (one per test file, or per tenant)
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigError([
      `DATABASE_URL schema must be a lower-case SQL identifier (got ${JSON.stringify(schema)})`,
    ]);
  }
  parsed.searchParams.delete('schema');
  return schema ? { kind: 'postgres', url: parsed.toString(), schema } : { kind: 'postgres', url };
}

/** Builds the typed configuration from an environment (process.env by default); throws ConfigError. */
export function buildConfig(raw: Record<string, string | undefined> = process.env): AppConfig {
  const env = validateEnvironment(raw);
  if (env.NODE_ENV === 'production' && !env.APP_SECRET) {
    // without it the feed-token secret would sit in the database beside the hashes it protects
    throw new ConfigError([
      'APP_SECRET must be set when NODE_ENV=production (at least 32 random characters)',
    ]);
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  if (!env.VAPID_PUBLIC_KEY !== !env.VAPID_PRIVATE_KEY)
    throw new ConfigError(['VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together']);
  const clockStart = env.CLOCK_START ? new Date(env.CLOCK_START) : undefined;
  if (clockStart && Number.isNaN(clockStart.getTime()))
    throw new ConfigError([`CLOCK_START is not a real instant (got ${JSON.stringify(env.CLOCK_START)})`]);
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    database: parseDatabaseUrl(env.DATABASE_URL),
    seedOnStart: env.SEED_ON_START,
    logLevel: env.LOG_LEVEL,
    logSql: env.LOG_SQL,
    webDistDir: env.WEB_DIST_DIR ? resolve(env.WEB_DIST_DIR) : undefined,
    seedDataDir: env.SEED_DATA_DIR ? resolve(env.SEED_DATA_DIR) : undefined,
    appSecret: env.APP_SECRET,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    firstAccounts: firstAccounts(env),
    secureCookies: publicUrl.startsWith('https:'),
    trustProxy:
      env.TRUST_PROXY === 'false'
        ? false
        : env.TRUST_PROXY === 'true'
          ? true
          : /^\d+$/.test(env.TRUST_PROXY)
            ? Number(env.TRUST_PROXY)
            : env.TRUST_PROXY,
    embedFrameAncestors: env.EMBED_FRAME_ANCESTORS.trim().split(/ +/),
    push: {
      vapidKeys:
        env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
          ? { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY }
          : undefined,
      subject: env.VAPID_SUBJECT ?? `mailto:webmaster@${new URL(publicUrl).hostname}`,
      pollSeconds: env.PUSH_POLL_SECONDS,
    },
    clockStart,
    rateLimits: {
      signInPair: parseRate(env.RATE_LIMIT_SIGN_IN_PAIR),
      signInAddress: parseRate(env.RATE_LIMIT_SIGN_IN_ADDRESS),
      signUpAddress: parseRate(env.RATE_LIMIT_SIGN_UP_ADDRESS),
      writesUser: parseRate(env.RATE_LIMIT_WRITES_USER),
      writesAddress: parseRate(env.RATE_LIMIT_WRITES_ADDRESS),
    },
  };
}

function firstAccounts(env: EnvironmentVariables): AppConfig['firstAccounts'] {
  const pairs = [
    ['ORGANISER', env.ORGANISER_EMAIL, env.ORGANISER_PASSWORD, 'ORGANISER'],
    ['STAFF', env.STAFF_EMAIL, env.STAFF_PASSWORD, 'STAFF'],
  ] as const;
  const accounts: AppConfig['firstAccounts'] = [];
  const problems: string[] = [];
  for (const [role, email, password, prefix] of pairs) {
    if (email && password) accounts.push({ role, email: email.trim().toLowerCase(), password });
    else if (email || password) problems.push(`${prefix}_EMAIL and ${prefix}_PASSWORD must be set together`);
  }
  if (problems.length) throw new ConfigError(problems);
  return accounts;
}

let cached: AppConfig | undefined;

/** The process's configuration, validated once on first use. */
export function loadConfig(): AppConfig {
  cached ??= buildConfig(process.env);
  return cached;
}

/** For tests that start several apps in one process with different settings. */
export function resetConfigForTests(): void {
  cached = undefined;
}
