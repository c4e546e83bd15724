import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppConfig } from '@ncasc/config';
import type { CookieOptions } from 'express';
import { APP_CONFIG } from '../app-config';
import type { GraphQLContext } from './graphql-context';
import { AccountsService } from './accounts.service';
import { CreateFirstOrganiserInput, SetUserRoleInput, SignInInput, SignUpInput } from './dto/sign-up.input';
import { FirstOrganiserService } from './first-organiser.service';
import { AuthPayloadModel, toUserModel, UserModel } from './models/user.model';
import type { SignedIn } from './accounts.service';
import { SESSION_COOKIE } from './request-auth';
import { Role } from './user.entity';

@Resolver(() => UserModel)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly firstOrganiser: FirstOrganiserService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private cookie(maxAgeMs: number): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      maxAge: maxAgeMs,
    };
  }

  private signedIn(ctx: GraphQLContext, s: SignedIn): AuthPayloadModel {
    ctx.res.cookie(SESSION_COOKIE, s.token, this.cookie(s.expiresAt.getTime() - Date.now()));
    return { token: s.token, user: toUserModel(s.user), expiresAt: s.expiresAt };
  }

  @Mutation(() => AuthPayloadModel, { description: 'Creates a DELEGATE account and signs it in' })
  async signUp(
    @Args('input', { description: 'The new account' }) input: SignUpInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return this.signedIn(ctx, await this.accounts.signUp(input, ctx.auth.ip()));
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'First run: creates the first ORGANISER account with the one-time token of the set-up link the server printed (refused once any organiser exists), and signs it in',
  })
  async createFirstOrganiser(
    @Args('input', { description: 'The set-up token and the organiser’s account' })
    input: CreateFirstOrganiserInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return this.signedIn(ctx, await this.firstOrganiser.createFirstOrganiser(input));
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Signs in with email and password (UNAUTHENTICATED when either is wrong; TOO_MANY_REQUESTS past the limits)',
  })
  async signIn(
    @Args('input', { description: 'Email and password' }) input: SignInInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return this.signedIn(ctx, await this.accounts.signIn(input, ctx.auth.ip()));
  }

  @Mutation(() => Boolean, {
    description: 'Revokes the token of this request (header or cookie); true if one was revoked',
  })
  async signOut(@Context() ctx: GraphQLContext): Promise<boolean> {
    const token = ctx.auth.token();
    ctx.res.clearCookie(SESSION_COOKIE, { ...this.cookie(0), maxAge: undefined });
    return token ? this.accounts.signOut(token) : false;
  }

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null' })
  async me(@Context() ctx: GraphQLContext): Promise<UserModel | null> {
    const user = await ctx.auth.user();
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Your personal calendar feed (your starred sessions); secret: anyone with it can read your schedule. Only on `me`.',
  })
  async calendarFeedUrl(@Parent() u: UserModel, @Context() ctx: GraphQLContext): Promise<string | null> {
    const viewer = await ctx.auth.user();
    return viewer && viewer.id === u.id ? this.accounts.calendarFeedUrl(viewer) : null;
  }

  @Mutation(() => UserModel, { description: 'A new calendar feed URL; the old one stops working' })
  async rotateCalendarFeed(@Context() ctx: GraphQLContext): Promise<UserModel> {
    const user = await ctx.auth.require();
    return toUserModel(await this.accounts.rotateCalendarFeed(user.id));
  }

  @Mutation(() => UserModel, {
    description: 'ORGANISER only: give an account the DELEGATE, STAFF or ORGANISER role',
  })
  async setUserRole(
    @Args('input', { description: 'The account and its new role' }) input: SetUserRoleInput,
    @Context() ctx: GraphQLContext,
  ): Promise<UserModel> {
    const actor = await ctx.auth.requireRole(Role.ORGANISER);
    return toUserModel(await this.accounts.setRole(actor, input.email, input.role));
  }
}
