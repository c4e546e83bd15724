import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../test/create-test-app';
import { createUser } from '../../test/factories';
import { AppSettingEntity } from '../common/database/app-setting.entity';
import { FirstOrganiserService, SETUP_TOKEN_SETTING } from './first-organiser.service';
import { sha256 } from './secrets';
import { Role, UserEntity } from './user.entity';

const CREATE = `mutation ($input: CreateFirstOrganiserInput!) {
  createFirstOrganiser(input: $input) { token user { email name role } }
}`;

describe('first run: the set-up link creates the first organiser', () => {
  let t: TestApp;
  let ds: DataSource;
  let setup: FirstOrganiserService;
  const input = (token: string, email = 'first@council.example') => ({
    input: { token, email, name: 'First Organiser', password: 'a long password' },
  });
  const stored = () => ds.getRepository(AppSettingEntity).findOneBy({ name: SETUP_TOKEN_SETTING });
  const tokenOf = (link: string) => /\/setup\/([A-Za-z0-9_-]+)$/.exec(link)![1];

  beforeAll(async () => {
    t = await createTestApp({ seed: false, env: { PUBLIC_URL: 'https://programme.example' } });
    ds = t.app.get(DataSource);
    setup = t.app.get(FirstOrganiserService);
  });
  afterAll(() => t.close());

  it('keeps only the hash of a random 256-bit token, a new one each start', async () => {
    const link = (await setup.issueLink())!;
    expect(link).toMatch(/^https:\/\/programme\.example\/setup\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(link);
    expect((await stored())?.value).toBe(sha256(token));
    const rows = await ds.query<{ name: string; value: string }[]>(`SELECT name, value FROM app_settings`);
    expect(JSON.stringify(rows)).not.toContain(token);

    const next = tokenOf((await setup.issueLink())!);
    expect(next).not.toBe(token);
    const old = await t.gql(CREATE, input(token));
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'token' });
  });

  it('refuses a wrong token and bad input without using the link up, then works once', async () => {
    const token = tokenOf((await setup.issueLink())!);
    const wrong = await t.gql(CREATE, input('x'.repeat(43)));
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'token' });
    const bad = await t.gql(CREATE, input(token, 'not an email'));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    await createUser(ds, { email: 'taken@council.example' });
    const taken = await t.gql(CREATE, input(token, 'taken@council.example'));
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await ds.getRepository(UserEntity).countBy({ role: Role.ORGANISER })).toBe(0);

    const made = await t.gql<{ createFirstOrganiser: { token: string; user: { role: string } } }>(
      CREATE,
      input(token),
    );
    expect(made.errors).toBeUndefined();
    expect(made.data.createFirstOrganiser.user).toEqual({
      email: 'first@council.example',
      name: 'First Organiser',
      role: 'ORGANISER',
    });
    const me = await t.gqlAs<{ me: { role: string } }>(
      { authorization: `Bearer ${made.data.createFirstOrganiser.token}` },
      '{ me { role } }',
    );
    expect(me.data.me.role).toBe('ORGANISER');
    expect(await stored()).toBeNull();

    const again = await t.gql(CREATE, input(token, 'second@council.example'));
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(JSON.stringify(again)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(await ds.getRepository(UserEntity).countBy({ role: Role.ORGANISER })).toBe(1);
  });

  it('is dead once any organiser exists, and is not made then', async () => {
    // the organiser of the test before exists: no link, and a token kept from before no longer works
    const leftover = 'y'.repeat(43);
    await ds.getRepository(AppSettingEntity).save({ name: SETUP_TOKEN_SETTING, value: sha256(leftover) });
    const refused = await t.gql(CREATE, input(leftover, 'late@council.example'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.errors?.[0].message).toMatch(/organiser account already exists/);
    expect(await stored()).toBeNull();
    expect(await setup.issueLink()).toBeNull();
    expect(await stored()).toBeNull();
  });
});

describe('first run with ORGANISER_EMAIL set', () => {
  it('prints no link: the environment makes the organiser', async () => {
    const t = await createTestApp({
      seed: false,
      env: { ORGANISER_EMAIL: 'env@council.example', ORGANISER_PASSWORD: 'a long password' },
    });
    try {
      expect(await t.app.get(FirstOrganiserService).issueLink()).toBeNull();
    } finally {
      await t.close();
    }
  });
});
