import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId } from '../common/database/columns';
import { inTransaction, write } from '../common/database/transactions';
import type { PushSettingsModel } from './models/push-settings.model';
import { DEFAULT_REMINDER_MINUTES, PushPreferenceEntity } from './push-preference.entity';
import { PushSubscriptionEntity } from './push-subscription.entity';

/** A delegate's devices and settings; every statement carries the owner's id. */
@Injectable()
export class NotificationsService {
  constructor(private readonly ds: DataSource) {}

  async settings(userId: string): Promise<PushSettingsModel> {
    const pref = await this.ds.getRepository(PushPreferenceEntity).findOneBy({ userId });
    const devices = await this.ds.getRepository(PushSubscriptionEntity).countBy({ userId });
    return { reminderMinutes: pref?.reminderMinutes ?? DEFAULT_REMINDER_MINUTES, devices };
  }

  /**
   * Keeps a device's subscription for this delegate. A device has one subscription (its endpoint): if
   * it was another account's (someone else signed in on it before), it is this one's now.
   */
  async register(userId: string, device: { endpoint: string; p256dh: string; auth: string }): Promise<void> {
    await inTransaction(this.ds, async (m) => {
      await m.delete(PushSubscriptionEntity, { endpoint: device.endpoint });
      await m.insert(PushSubscriptionEntity, { id: newId(), userId, ...device });
    });
  }

  /** Forgets one of the delegate's devices; false when they had none at that endpoint. */
  async remove(userId: string, endpoint: string): Promise<boolean> {
    const result = await write(this.ds, (m) => m.delete(PushSubscriptionEntity, { userId, endpoint }));
    return (result.affected ?? 0) > 0;
  }

  async setReminderMinutes(userId: string, reminderMinutes: number): Promise<void> {
    await write(this.ds, (m) => m.upsert(PushPreferenceEntity, { userId, reminderMinutes }, ['userId']));
  }
}
