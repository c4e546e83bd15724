import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AppConfig } from '@ncasc/config';
import { DataSource, type Repository } from 'typeorm';
import { APP_CONFIG } from '../app-config';
import { AppSettingEntity } from '../common/database/app-setting.entity';
import { write } from '../common/database/transactions';
import { ForbiddenError } from '../common/errors/domain-errors';
import { AccountsService, type SignedIn } from './accounts.service';
import { randomToken, sameText, sha256 } from './secrets';
import { Role, UserEntity } from './user.entity';

/** The app setting that holds the SHA-256 of the one set-up token (never the token itself). */
export const SETUP_TOKEN_SETTING = 'first-organiser-setup-token';

/**
 * First run: with no organiser account and none named by ORGANISER_EMAIL, each start makes a new
 * one-time link (`PUBLIC_URL/setup/<token>`, 256 random bits) that lets the first organiser be created
 * in the browser. Only its hash is stored; using it, or any organiser existing, ends it.
 */
@Injectable()
export class FirstOrganiserService {
  constructor(
    private readonly ds: DataSource,
    private readonly accounts: AccountsService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(AppSettingEntity) private readonly settings: Repository<AppSettingEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private organiserExists(): Promise<boolean> {
    return this.users.existsBy({ role: Role.ORGANISER });
  }

  /**
   * The set-up link for this start, or null when there is an organiser (or the environment names one):
   * a new token each time, replacing the one of the start before.
   */
  async issueLink(): Promise<string | null> {
    const wanted =
      !this.config.firstAccounts.some((a) => a.role === 'ORGANISER') && !(await this.organiserExists());
    if (!wanted) {
      await write(this.ds, (m) => m.delete(AppSettingEntity, { name: SETUP_TOKEN_SETTING }));
      return null;
    }
    const token = randomToken();
    await write(this.ds, (m) =>
      m.save(AppSettingEntity, { name: SETUP_TOKEN_SETTING, value: sha256(token) }),
    );
    return `${this.config.publicUrl}/setup/${token}`;
  }

  /** Creates the first organiser with the link's token, signed in; the token is used up. */
  async createFirstOrganiser(input: {
    token: string;
    email: string;
    name: string;
    password: string;
  }): Promise<SignedIn> {
    if (await this.organiserExists()) {
      await write(this.ds, (m) => m.delete(AppSettingEntity, { name: SETUP_TOKEN_SETTING }));
      throw new ForbiddenError('An organiser account already exists: sign in, or ask an organiser');
    }
    const hash = sha256(input.token);
    const stored = await this.settings.findOneBy({ name: SETUP_TOKEN_SETTING });
    if (!stored || !sameText(stored.value, hash)) throw invalidToken();
    // claimed by deleting it: of two requests with the same token, one deletes it and the other finds none
    const claimed = await write(this.ds, (m) =>
      m.delete(AppSettingEntity, { name: SETUP_TOKEN_SETTING, value: hash }),
    );
    if (!claimed.affected) throw invalidToken();
    let user: UserEntity;
    try {
      user = await this.accounts.createUser({ ...input, role: Role.ORGANISER });
    } catch (e) {
      // refused input (say, a taken email) does not use the link up
      await write(this.ds, (m) => m.save(AppSettingEntity, { name: SETUP_TOKEN_SETTING, value: hash }));
      throw e;
    }
    return this.accounts.issueToken(user);
  }
}

function invalidToken(): ForbiddenError {
  return new ForbiddenError(
    'This set-up link is not valid: it was used, or the app has printed a newer one since it started',
    'token',
  );
}
