import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AppConfig } from '@ncasc/config';
import { DataSource, IsNull, type Repository } from 'typeorm';
import { EntityReader } from '../common/database/entity-reader';
import { APP_CONFIG } from '../app-config';
import { AppSettingEntity } from '../common/database/app-setting.entity';
import { newId } from '../common/database/columns';
import { isUniqueViolation } from '../common/database/errors';
import { keptSetting } from '../common/database/kept-setting';
import { inTransaction, write } from '../common/database/transactions';
import {
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
} from '../common/errors/domain-errors';
import { AuthTokenEntity } from './auth-token.entity';
import { RateLimitStore } from './rate-limits/rate-limit.store';
import { tryAgainIn } from './rate-limits/try-again-in';
import { feedToken, hashPassword, randomToken, sha256, verifyPassword } from './secrets';
import { SignInDelay, SignInLimiter } from './sign-in-limiter';
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
  private readonly limiter: SignInLimiter;

  constructor(
    private readonly ds: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AppSettingEntity) private readonly settings: Repository<AppSettingEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rateLimits: RateLimitStore,
    signInDelay: SignInDelay,
  ) {
    this.limiter = new SignInLimiter(
      rateLimits,
      { pair: config.rateLimits.signInPair, address: config.rateLimits.signInAddress },
      signInDelay,
    );
  }

  /**
   * After migrations, on every start: settle the feed-token secret (APP_SECRET, else one generated once
   * and kept in the database; when it changes, every stored feed-token hash is recomputed) and create the
   * first organiser and staff accounts named by the environment.
   */
  async onDatabaseReady(): Promise<void> {
    this.secret = this.config.appSecret ?? (await keptSetting(this.ds, SECRET_SETTING, randomToken));
    const fingerprint = sha256(`fingerprint:${this.secret}`);
    const known = await this.settings.findOneBy({ name: FINGERPRINT_SETTING });
    if (known?.value !== fingerprint) {
      // every hash and the fingerprint together, or none (a crash half-way is redone on the next start)
      await inTransaction(this.ds, async (m) => {
        const users = await m.find(UserEntity, { select: { id: true, feedTokenVersion: true } });
        for (const u of users)
          await m.update(UserEntity, u.id, { feedTokenHash: this.feedTokenHash(u.id, u.feedTokenVersion) });
        await m.save(AppSettingEntity, { name: FINGERPRINT_SETTING, value: fingerprint });
      });
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
      return await write(this.ds, (m) => m.save(user));
    } catch (e) {
      // two sign-ups for one address at once: the unique index decides, and the loser is told why
      if (isUniqueViolation(e))
        throw new InvalidInputError('email', 'An account with this email already exists');
      throw e;
    }
  }

  /** A new DELEGATE account, signed in; one address may open only so many (RATE_LIMIT_SIGN_UP_ADDRESS). */
  async signUp(input: { email: string; name: string; password: string }, ip: string): Promise<SignedIn> {
    const hit = await this.rateLimits.hit('sign-up-address', ip, this.config.rateLimits.signUpAddress);
    if (hit.retryAfterSeconds)
      throw new TooManyRequestsError(
        `Too many new accounts from your network. ${tryAgainIn(hit.retryAfterSeconds)}`,
        hit.retryAfterSeconds,
      );
    return this.issueToken(await this.createUser(input));
  }

  /**
   * The same answer for a wrong password and an unknown email; repeated failures for one email are refused
   * for a while, many from one address are answered more slowly (SignInLimiter).
   */
  async signIn(input: { email: string; password: string }, ip: string): Promise<SignedIn> {
    const email = normaliseEmail(input.email);
    const attempt = await this.limiter.begin(ip, email);
    const user = await this.users.findOneBy({ email });
    if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || !user) {
      throw new UnauthenticatedError('Wrong email or password');
    }
    await this.limiter.succeeded(attempt);
    return this.issueToken(user);
  }

  /** A new sign-in token for the user (a session of sessionTtlHours). */
  async issueToken(user: UserEntity): Promise<SignedIn> {
    const token = randomToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await write(this.ds, (m) =>
      m.insert(AuthTokenEntity, {
        id: newId(),
        userId: user.id,
        tokenHash: sha256(token),
        expiresAt,
        revokedAt: null,
      }),
    );
    return { token, user, expiresAt };
  }

  /** The user a bearer token signs in, if it is known, not expired and not revoked. */
  async userForToken(token: string): Promise<UserEntity | null> {
    // every signed-in request asks this: one statement, no query building
    const tokens = EntityReader.of(this.ds, AuthTokenEntity);
    const [user] = await EntityReader.of(this.ds, UserEntity).select(
      `JOIN auth_tokens a ON a.user_id = t.id
       WHERE a.token_hash = ? AND a.revoked_at IS NULL AND a.expires_at > ?`,
      [sha256(token), tokens.value('expiresAt', new Date())],
    );
    return user ?? null;
  }

  async signOut(token: string): Promise<boolean> {
    const result = await write(this.ds, (m) =>
      m.update(AuthTokenEntity, { tokenHash: sha256(token), revokedAt: IsNull() }, { revokedAt: new Date() }),
    );
    return (result.affected ?? 0) > 0;
  }

  calendarFeedUrl(user: UserEntity): string {
    if (!this.secret) throw new Error('AccountsService used before onDatabaseReady()');
    return `${this.config.publicUrl}/calendar/feeds/${feedToken(this.secret, user.id, user.feedTokenVersion)}.ics`;
  }

  /** A new feed URL; the old one stops working at once. */
  async rotateCalendarFeed(userId: string): Promise<UserEntity> {
    // read and raise the version in one transaction: two rotations at once give two new versions
    return inTransaction(this.ds, async (m) => {
      const user = await m.findOneByOrFail(UserEntity, { id: userId });
      user.feedTokenVersion += 1;
      user.feedTokenHash = this.feedTokenHash(user.id, user.feedTokenVersion);
      return m.save(user);
    });
  }

  /** Whose feed a token opens (for the calendar feed route); null for unknown or rotated tokens. */
  userForFeedToken(token: string): Promise<UserEntity | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return Promise.resolve(null);
    return EntityReader.of(this.ds, UserEntity)
      .select('WHERE t.feed_token_hash = ?', [sha256(token)])
      .then(([user]) => user ?? null);
  }

  async setRole(actor: UserEntity | null, email: string, role: Role): Promise<UserEntity> {
    if (actor && actor.role !== Role.ORGANISER) throw new ForbiddenError('Only organisers may change roles');
    const user = await this.users.findOneBy({ email: normaliseEmail(email) });
    if (!user) throw new NotFoundError('An account with this email', 'email');
    await write(this.ds, (m) => m.update(UserEntity, user.id, { role }));
    user.role = role;
    return user;
  }
}
