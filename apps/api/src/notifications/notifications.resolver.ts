import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { PushSettingsInput, PushSubscriptionInput } from './dto/push-subscription.input';
import { PushSettingsModel } from './models/push-settings.model';
import { NotificationsService } from './notifications.service';
import { PushKeys } from './push-keys';

@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly keys: PushKeys,
  ) {}

  @Query(() => String, {
    description:
      'The server’s VAPID public key (base64url), the `applicationServerKey` a browser subscribes to push with',
  })
  pushPublicKey(): string {
    return this.keys.vapid.publicKey;
  }

  @Query(() => PushSettingsModel, { description: 'Your notification settings (sign in first)' })
  async myPushSettings(@Context() ctx: GraphQLContext): Promise<PushSettingsModel> {
    const user = await ctx.auth.require();
    return this.notifications.settings(user.id);
  }

  @Mutation(() => PushSettingsModel, {
    description:
      'Turns notifications on for this device: reminders before your starred sessions and alerts when a ' +
      'published change moves, retimes or cancels one. Registering the same endpoint again replaces it.',
  })
  async registerPushSubscription(
    @Args('input', { description: 'This device’s subscription, as PushSubscription.toJSON() gives it' })
    input: PushSubscriptionInput,
    @Context() ctx: GraphQLContext,
  ): Promise<PushSettingsModel> {
    const user = await ctx.auth.require();
    await this.notifications.register(user.id, input);
    return this.notifications.settings(user.id);
  }

  @Mutation(() => Boolean, {
    description:
      'Turns notifications off for one of your devices; false when none of yours had that endpoint',
  })
  async removePushSubscription(
    @Args('endpoint', { description: 'The device’s push endpoint, as it was registered' }) endpoint: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    const user = await ctx.auth.require();
    return this.notifications.remove(user.id, endpoint);
  }

  @Mutation(() => PushSettingsModel, { description: 'Changes your notification settings (reminder minutes)' })
  async setPushSettings(
    @Args('input', { description: 'The settings to change' }) input: PushSettingsInput,
    @Context() ctx: GraphQLContext,
  ): Promise<PushSettingsModel> {
    const user = await ctx.auth.require();
    await this.notifications.setReminderMinutes(user.id, input.reminderMinutes);
    return this.notifications.settings(user.id);
  }
}
