import { buildConfig } from '@ncasc/config';
import type { DataSource } from 'typeorm';
import { AccountsService } from '../../src/accounts/accounts.service';
import { type Role, UserEntity } from '../../src/accounts/user.entity';
import { AppSettingEntity } from '../../src/common/database/app-setting.entity';
import { RateLimitStore } from '../../src/accounts/rate-limits/rate-limit.store';
import { SignInDelay } from '../../src/accounts/sign-in-limiter';
import { next } from './sequence';

/**
 * An account made as the product makes one (hashed password, calendar feed token from the stored
 * secret, so the running app's feeds and sign-in know it).
 */
export async function createUser(
  ds: DataSource,
  fields: { email?: string; name?: string; password?: string; role?: Role } = {},
): Promise<UserEntity & { password: string }> {
  const accounts = new AccountsService(
    ds,
    ds.getRepository(UserEntity),
    ds.getRepository(AppSettingEntity),
    buildConfig(process.env),
    new RateLimitStore(ds),
    new SignInDelay(),
  );
  await accounts.onDatabaseReady();
  const n = next();
  const password = fields.password ?? `password-of-user-${n}`;
  const user = await accounts.createUser({
    email: fields.email ?? `user${n}@council.example`,
    name: fields.name ?? `User ${n}`,
    password,
    role: fields.role,
  });
  return Object.assign(user, { password });
}
