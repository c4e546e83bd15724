import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AppConfig } from '@ncasc/config';
import { IsNull, MoreThan, type Repository } from 'typeorm';
import { APP_CONFIG } from '../app-config';
import { AppSettingEntity } from '../common/database/app-setting.entity';
import { newId } from '../common/database/columns';
import { isUniqueViolation } from '../common/database/errors';
import {
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
} from '../common/errors/domain-errors';
import { AuthTokenEntity } from './auth-token.entity';
import { feedToken, hashPassword, randomToken, sha256, verifyPassword } from './secrets';
import { SignInLimiter } from './sign-in-limiter';
import { Role, UserEntity } from './user.entity';

export interface SignedIn {
  token: string;
  user: UserEntity;
  expiresAt: Date;
}

const SECRET_SETTING = 'feed-token-secret';
const FINGERPRINT_SETTING = 'feed-token-secret-fingerprint';

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

@Injectable()
export class AccountsService {
  private readonly logger = new Logger('Accounts');
  private secret: string | undefined;
  readonly limiter = new SignInLimiter();

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AuthTokenEntity) private readonly tokens: Repository<AuthTokenEntity>,
    @InjectRepository(AppSettingEntity) private readonly settings: Repository<AppSettingEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * After migrations, on every start: settle the feed-token secret (APP_SECRET, else one generated once
   * and kept in the database; when it changes, every stored feed-token hash is recomputed) and create the
   * first organiser and staff accounts named by the environment.
   */
  async onDatabaseReady(): Promise<void> {
    this.secret = this.config.appSecret ?? (await this.storedSecret());
    const fingerprint = sha256(`fingerprint:${this.secret}`);
    const known = await this.settings.findOneBy({ name: FINGERPRINT_SETTING });
    if (known?.value !== fingerprint) {
      const users = await this.users.find({ select: { id: true, feedTokenVersion: true } });
      for (const u of users)
        await this.users.update(u.id, { feedTokenHash: this.feedTokenHash(u.id, u.feedTokenVersion) });
      await this.settings.save({ name: FINGERPRINT_SETTING, value: fingerprint });
    }
    for (const account of this.config.firstAccounts) {
      if (await this.users.existsBy({ email: account.email })) continue;
      await this.createUser({
        email: account.email,
        name: account.role === 'ORGANISER' ? 'Organiser' : 'Staff',
        password: account.password,
        role: Role[account.role],
      });
      this.logger.log(`created the first ${account.role.toLowerCase()} account, ${account.email}`);
    }
  }

  private async storedSecret(): Promise<string> {
    const found = await this.settings.findOneBy({ name: SECRET_SETTING });
    if (found) return found.value;
    const value = randomToken();
    await this.settings
      .createQueryBuilder()
      .insert()
      .values({ name: SECRET_SETTING, value })
      .orIgnore()
      .execute();
    return (await this.settings.findOneByOrFail({ name: SECRET_SETTING })).value;
  }

  private feedTokenHash(userId: string, version: number): string {
    if (!this.secret) throw new Error('AccountsService used before onDatabaseReady()');
    return sha256(feedToken(this.secret, userId, version));
  }

  async createUser(input: {
    email: string;
    name: string;
    password: string;
    role?: Role;
  }): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    if (await this.users.existsBy({ email }))
      throw new InvalidInputError('email', 'An account with this email already exists');
    const id = newId();
    const user = this.users.create({
      id,
      email,
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      role: input.role ?? Role.DELEGATE,
      feedTokenVersion: 1,
      feedTokenHash: this.feedTokenHash(id, 1),
    });
    try {
      return await this.users.save(user);
    } catch (e) {
      // two sign-ups for one address at once: the unique index decides, and the loser is told why
      if (isUniqueViolation(e))
        throw new InvalidInputError('email', 'An account with this email already exists');
      throw e;
    }
  }

  async signUp(input: { email: string; name: string; password: string }): Promise<SignedIn> {
    return this.issueToken(await this.createUser(input));
  }

  /** The same answer for a wrong password and an unknown email; repeated failures are refused for a while. */
  async signIn(input: { email: string; password: string }, ip: string): Promise<SignedIn> {
    const email = normaliseEmail(input.email);
    const wait = this.limiter.retryAfter(ip, email);
    if (wait > 0) {
      throw new TooManyRequestsError(
        `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        wait,
      );
    }
    const attempt = this.limiter.begin(ip, email);
    const user = await this.users.findOneBy({ email });
    if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || !user) {
      throw new UnauthenticatedError('Wrong email or password');
    }
    this.limiter.succeeded(ip, email, attempt);
    return this.issueToken(user);
  }

  private async issueToken(user: UserEntity): Promise<SignedIn> {
    const token = randomToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.tokens.insert({
      id: newId(),
      userId: user.id,
      tokenHash: sha256(token),
      expiresAt,
      revokedAt: null,
    });
    return { token, user, expiresAt };
  }

  /** The user a bearer token signs in, if it is known, not expired and not revoked. */
  async userForToken(token: string): Promise<UserEntity | null> {
    const found = await this.tokens.findOne({
      where: { tokenHash: sha256(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    return found?.user ?? null;
  }

  async signOut(token: string): Promise<boolean> {
    const result = await this.tokens.update(
      { tokenHash: sha256(token), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  calendarFeedUrl(user: UserEntity): string {
    if (!this.secret) throw new Error('AccountsService used before onDatabaseReady()');
    return `${this.config.publicUrl}/calendar/feeds/${feedToken(this.secret, user.id, user.feedTokenVersion)}.ics`;
  }

  /** A new feed URL; the old one stops working at once. */
  async rotateCalendarFeed(userId: string): Promise<UserEntity> {
    const user = await this.users.findOneByOrFail({ id: userId });
    user.feedTokenVersion += 1;
    user.feedTokenHash = this.feedTokenHash(user.id, user.feedTokenVersion);
    return this.users.save(user);
  }

  /** Whose feed a token opens (for the calendar feed route); null for unknown or rotated tokens. */
  userForFeedToken(token: string): Promise<UserEntity | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return Promise.resolve(null);
    return this.users.findOneBy({ feedTokenHash: sha256(token) });
  }

  async setRole(actor: UserEntity | null, email: string, role: Role): Promise<UserEntity> {
    if (actor && actor.role !== Role.ORGANISER) throw new ForbiddenError('Only organisers may change roles');
    const user = await this.users.findOneBy({ email: normaliseEmail(email) });
    if (!user) throw new NotFoundError('An account with this email', 'email');
    user.role = role;
    return this.users.save(user);
  }
}
