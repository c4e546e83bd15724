import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-errors';
import type { AccountsService } from './accounts.service';
import type { Role, UserEntity } from './user.entity';

export const SESSION_COOKIE = 'ncasc_session';

/** The bearer token of a request: `Authorization: Bearer …` (API clients) or the session cookie (web). */
export function requestToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    return m ? m[1] : null;
  }
  const cookies = (req as { cookies?: Record<string, string | undefined> }).cookies;
  const value = cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && value ? value : null;
}

/**
 * For a private download: the signed-in user, or null after answering (never cached) 401 with
 * `signIn` as the text when no one is signed in, or 403 with `refusal` when the role is not `role`.
 */
export async function privateDownloadUser(
  accounts: AccountsService,
  req: Request,
  res: Response,
  signIn: string,
  only?: { role: Role; refusal: string },
): Promise<UserEntity | null> {
  res.setHeader('Cache-Control', 'private, no-store');
  const token = requestToken(req);
  const user = token ? await accounts.userForToken(token) : null;
  if (!user) {
    res.status(401).type('text/plain').send(`${signIn}\n`);
    return null;
  }
  if (only && user.role !== only.role) {
    res.status(403).type('text/plain').send(`${only.refusal}\n`);
    return null;
  }
  return user;
}

/** Who is asking, looked up at most once per request. */
export class RequestAuth {
  private user_: Promise<UserEntity | null> | undefined;

  constructor(
    private readonly req: Request,
    private readonly accounts: AccountsService,
  ) {}

  token(): string | null {
    return requestToken(this.req);
  }

  user(): Promise<UserEntity | null> {
    const token = this.token();
    this.user_ ??= token ? this.accounts.userForToken(token) : Promise.resolve(null);
    return this.user_;
  }

  /** The signed-in user, or UNAUTHENTICATED. */
  async require(): Promise<UserEntity> {
    const user = await this.user();
    if (!user) throw new UnauthenticatedError();
    return user;
  }

  /** The signed-in user if they hold one of the roles: UNAUTHENTICATED without a user, FORBIDDEN otherwise. */
  async requireRole(...roles: Role[]): Promise<UserEntity> {
    const user = await this.require();
    if (!roles.includes(user.role)) throw new ForbiddenError(`This needs the ${roles.join(' or ')} role`);
    return user;
  }

  /** Whether the signed-in user holds the role (false when signed out). */
  async hasRole(role: Role): Promise<boolean> {
    return (await this.user())?.role === role;
  }

  ip(): string {
    return this.req.ip ?? this.req.socket.remoteAddress ?? 'unknown';
  }
}
