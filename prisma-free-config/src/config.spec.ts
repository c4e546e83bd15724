import { buildConfig, parseDatabaseUrl } from './config';
import { ConfigError } from './environment';
import { buildDataSourceOptions, instantColumnType } from './data-source-options';

describe('buildConfig', () => {
  it('gives a working default: embedded SQLite under ./data on port 3000', () => {
    const config = buildConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.kind).toBe('sqlite');
    expect(config.database.kind === 'sqlite' && config.database.path).toMatch(/data\/conferences\.sqlite$/);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.seedOnStart).toBe(true);
  });

  it('reads PORT, DATABASE_URL and PUBLIC_URL', () => {
    const config = buildConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://app@db:5432/prog',
      PUBLIC_URL: 'https://prog.example.org/',
    });
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://app@db:5432/prog' });
    expect(config.publicUrl).toBe('https://prog.example.org');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ SEED_ON_START: 'perhaps' }, 'SEED_ON_START'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('fails fast naming the bad variable for %j', (env, name) => {
    expect(() => buildConfig(env)).toThrow(ConfigError);
    expect(() => buildConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('reports every bad variable at once', () => {
    try {
      buildConfig({ PORT: 'x', DATABASE_URL: 'nope' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect((e as ConfigError).problems.map((p: string) => p.split(' ')[0]).sort()).toEqual([
        'DATABASE_URL',
        'PORT',
      ]);
    }
  });
});

describe('first accounts', () => {
  it('creates the organiser and staff accounts named by the environment', () => {
    const config = buildConfig({
      ORGANISER_EMAIL: 'Org@Example.org',
      ORGANISER_PASSWORD: 'correct horse battery',
    });
    expect(config.firstAccounts).toEqual([
      { role: 'ORGANISER', email: 'org@example.org', password: 'correct horse battery' },
    ]);
  });

  it.each([
    [{ STAFF_EMAIL: 'staff@example.org' }, /STAFF_EMAIL and STAFF_PASSWORD/],
    [
      { ORGANISER_EMAIL: 'not-an-email', ORGANISER_PASSWORD: 'long enough pass' },
      /ORGANISER_EMAIL must be an email address/,
    ],
    [
      { STAFF_EMAIL: 's@example.org', STAFF_PASSWORD: 'short' },
      /STAFF_PASSWORD must be at least 10 characters/,
    ],
    [{ APP_SECRET: 'too-short' }, /APP_SECRET must be at least 32 characters/],
    [{ NODE_ENV: 'production' }, /APP_SECRET must be set when NODE_ENV=production/],
    [{ TRUST_PROXY: 'everyone' }, /TRUST_PROXY must be false, true, loopback or a number of hops/],
    [{ RATE_LIMIT_WRITES_USER: '300 per minute' }, /RATE_LIMIT_WRITES_USER must be <count>\/<seconds>/],
    [{ RATE_LIMIT_SIGN_IN_PAIR: '0/600' }, /RATE_LIMIT_SIGN_IN_PAIR must be <count>\/<seconds>/],
    [{ RATE_LIMIT_SIGN_UP_ADDRESS: '10/0' }, /RATE_LIMIT_SIGN_UP_ADDRESS must be <count>\/<seconds>/],
  ])('refuses %j', (env, message) => {
    expect(() => buildConfig(env)).toThrow(message);
  });
});

describe('EMBED_FRAME_ANCESTORS', () => {
  it('lets any site frame the embeddable schedule unless told', () =>
    expect(buildConfig({}).embedFrameAncestors).toEqual(['*']));
  it('takes origins separated by spaces', () =>
    expect(
      buildConfig({ EMBED_FRAME_ANCESTORS: "'self' https://www.ncasc.info https://*.adcs.org.uk" })
        .embedFrameAncestors,
    ).toEqual(["'self'", 'https://www.ncasc.info', 'https://*.adcs.org.uk']));
  it.each(['https://ok.example; script-src *', 'javascript:alert(1)', ''])(
    'refuses %j, naming the variable',
    (value) =>
      expect(() => buildConfig({ EMBED_FRAME_ANCESTORS: value })).toThrow(
        /EMBED_FRAME_ANCESTORS must be \*, 'none', 'self' or origins/,
      ),
  );
});

describe('Web Push', () => {
  const publicKey = 'B' + 'a'.repeat(86);
  const privateKey = 'k'.repeat(43);
  it('generates keys unless both are given, with a mailto: subject at the public host', () => {
    const c = buildConfig({ PUBLIC_URL: 'https://programme.example.org' });
    expect(c.push).toEqual({
      vapidKeys: undefined,
      subject: 'mailto:webmaster@programme.example.org',
      pollSeconds: 15,
    });
  });
  it('takes a pair, a subject and a poll interval', () =>
    expect(
      buildConfig({
        VAPID_PUBLIC_KEY: publicKey,
        VAPID_PRIVATE_KEY: privateKey,
        VAPID_SUBJECT: 'mailto:ops@example.org',
        PUSH_POLL_SECONDS: '2',
      }).push,
    ).toEqual({ vapidKeys: { publicKey, privateKey }, subject: 'mailto:ops@example.org', pollSeconds: 2 }));
  it.each([
    [{ VAPID_PUBLIC_KEY: publicKey }, /VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together/],
    [{ VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: privateKey }, /VAPID_PUBLIC_KEY must be the 65-byte/],
    [{ VAPID_SUBJECT: 'http://example.org' }, /VAPID_SUBJECT must be a mailto: address or an https: URL/],
    [{ PUSH_POLL_SECONDS: '0' }, /PUSH_POLL_SECONDS must not be less than 1/],
    [{ CLOCK_START: 'tomorrow' }, /CLOCK_START must be an ISO 8601 instant/],
  ])('refuses %j', (env, message) => expect(() => buildConfig(env)).toThrow(message));
});

describe('CLOCK_START', () => {
  it('is the machine clock unless set', () => expect(buildConfig({}).clockStart).toBeUndefined());
  it('reads an instant with its offset', () =>
    expect(buildConfig({ CLOCK_START: '2026-06-10T09:50:00+01:00' }).clockStart?.toISOString()).toBe(
      '2026-06-10T08:50:00.000Z',
    ));
});

describe('TRUST_PROXY', () => {
  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['loopback', 'loopback'],
  ])('%s → %p', (value, expected) => expect(buildConfig({ TRUST_PROXY: value }).trustProxy).toBe(expected));
});

describe('rate limits', () => {
  it('default to five failed sign-ins per email and address in ten minutes, fifty per address', () => {
    expect(buildConfig({}).rateLimits).toEqual({
      signInPair: { max: 5, windowSeconds: 600 },
      signInAddress: { max: 50, windowSeconds: 600 },
      signUpAddress: { max: 100, windowSeconds: 3600 },
      writesUser: { max: 300, windowSeconds: 60 },
      writesAddress: { max: 3000, windowSeconds: 60 },
    });
  });

  it('read <count>/<seconds> from the environment', () => {
    const config = buildConfig({ RATE_LIMIT_WRITES_USER: '3/10', RATE_LIMIT_SIGN_UP_ADDRESS: ' 2 / 60 ' });
    expect(config.rateLimits.writesUser).toEqual({ max: 3, windowSeconds: 10 });
    expect(config.rateLimits.signUpAddress).toEqual({ max: 2, windowSeconds: 60 });
  });
});

describe('parseDatabaseUrl', () => {
  it('resolves relative sqlite paths against the working directory', () => {
    expect(parseDatabaseUrl('sqlite:db/x.sqlite', '/srv/app')).toEqual({
      kind: 'sqlite',
      path: '/srv/app/db/x.sqlite',
      url: 'sqlite:db/x.sqlite',
    });
    expect(parseDatabaseUrl('sqlite:/tmp/x.sqlite', '/srv')).toMatchObject({ path: '/tmp/x.sqlite' });
    expect(parseDatabaseUrl('sqlite:///tmp/x.sqlite', '/srv')).toMatchObject({ path: '/tmp/x.sqlite' });
  });
});

describe('postgres schema', () => {
  it('takes ?schema= out of the URL and into the options', () => {
    const config = buildConfig({ DATABASE_URL: 'postgres://u@h:5432/d?schema=t_abc' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/d', schema: 't_abc' });
    expect(buildDataSourceOptions(config, { entities: [], migrations: [] })).toMatchObject({
      schema: 't_abc',
    });
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => buildConfig({ DATABASE_URL: 'postgres://u@h/d?schema=x;drop' })).toThrow(/schema/);
  });
});

describe('buildDataSourceOptions', () => {
  it('never synchronises and turns on WAL for SQLite', () => {
    const options = buildDataSourceOptions(buildConfig({ DATABASE_URL: 'sqlite:/tmp/a.sqlite' }), {
      entities: [],
      migrations: [],
    });
    expect(options).toMatchObject({
      type: 'better-sqlite3',
      database: '/tmp/a.sqlite',
      enableWAL: true,
      timeout: 5000,
      synchronize: false,
    });
  });

  it('fsyncs every SQLite commit before it is acknowledged (synchronous = FULL)', () => {
    const options = buildDataSourceOptions(buildConfig({ DATABASE_URL: 'sqlite:/tmp/a.sqlite' }), {
      entities: [],
      migrations: [],
    });
    const pragmas: string[] = [];
    (options as { prepareDatabase: (db: { pragma(sql: string): unknown }) => void }).prepareDatabase({
      pragma: (sql) => pragmas.push(sql),
    });
    expect(pragmas).toEqual(['synchronous = FULL']);
  });

  it('uses the postgres driver for postgres URLs, with timestamptz instants', () => {
    const config = buildConfig({ DATABASE_URL: 'postgresql://u@h/d' });
    expect(buildDataSourceOptions(config, { entities: [], migrations: [] })).toMatchObject({
      type: 'postgres',
      synchronize: false,
    });
    expect(instantColumnType(config)).toBe('timestamptz');
    expect(instantColumnType(buildConfig({}))).toBe('datetime');
  });
});
