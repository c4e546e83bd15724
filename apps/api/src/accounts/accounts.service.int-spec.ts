import { buildConfig } from '@ncasc/config';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/test-database';
import { AppSettingEntity } from '../common/database/app-setting.entity';
import { RateLimitStore } from './rate-limits/rate-limit.store';
import { AccountsService } from './accounts.service';
import { SignInDelay } from './sign-in-limiter';
import { Role, UserEntity } from './user.entity';

describe('AccountsService', () => {
  let ds: DataSource;
  const service = (env: Record<string, string> = {}) =>
    new AccountsService(
      ds,
      ds.getRepository(UserEntity),
      ds.getRepository(AppSettingEntity),
      buildConfig({ PUBLIC_URL: 'https://p.example', ...env }),
      new RateLimitStore(ds),
      new SignInDelay(),
    );
  const tokenOf = (url: string) => /feeds\/(.+)\.ics$/.exec(url)![1];

  beforeAll(async () => {
    ds = await createTestDatabase();
  });
  afterAll(() => ds.destroy());

  it('keeps feed URLs across restarts, and re-derives every stored hash when APP_SECRET changes', async () => {
    const first = service();
    await first.onDatabaseReady();
    const user = await first.createUser({
      email: 'feed@example.org',
      name: 'Feed',
      password: 'long-enough-1',
    });
    const url = first.calendarFeedUrl(user);
    expect((await first.userForFeedToken(tokenOf(url)))?.id).toBe(user.id);

    const restarted = service();
    await restarted.onDatabaseReady();
    expect(restarted.calendarFeedUrl(user)).toBe(url);

    const withSecret = service({ APP_SECRET: 'a'.repeat(40) });
    await withSecret.onDatabaseReady();
    const fresh = await ds.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    const newUrl = withSecret.calendarFeedUrl(fresh);
    expect(newUrl).not.toBe(url);
    expect(await withSecret.userForFeedToken(tokenOf(url))).toBeNull();
    expect((await withSecret.userForFeedToken(tokenOf(newUrl)))?.id).toBe(user.id);
  });

  it('creates the first accounts once, and refuses malformed feed tokens without a query', async () => {
    const s = service({ ORGANISER_EMAIL: 'Boss@Example.org', ORGANISER_PASSWORD: 'organiser-pass' });
    await s.onDatabaseReady();
    await s.onDatabaseReady();
    const bosses = await ds.getRepository(UserEntity).findBy({ email: 'boss@example.org' });
    expect(bosses.map((b) => b.role)).toEqual([Role.ORGANISER]);
    expect(await s.userForFeedToken('../../etc/passwd')).toBeNull();
  });
});
