import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import { DataSource } from 'typeorm';
import webpush from 'web-push';
import { APP_CONFIG } from '../app-config';
import { keptSetting } from '../common/database/kept-setting';

const KEYS_SETTING = 'vapid-keys';

export interface VapidDetails {
  subject: string;
  publicKey: string;
  privateKey: string;
}

/** The server's VAPID keys: VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY, else a pair generated once and kept. */
@Injectable()
export class PushKeys {
  private details: VapidDetails | undefined;

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** After migrations, on every start (bootstrap.ts). */
  async onDatabaseReady(): Promise<void> {
    const keys =
      this.config.push.vapidKeys ??
      (JSON.parse(
        await keptSetting(this.ds, KEYS_SETTING, () => JSON.stringify(webpush.generateVAPIDKeys())),
      ) as { publicKey: string; privateKey: string });
    this.details = { subject: this.config.push.subject, ...keys };
  }

  get ready(): boolean {
    return this.details !== undefined;
  }

  get vapid(): VapidDetails {
    if (!this.details) throw new Error('PushKeys used before onDatabaseReady()');
    return this.details;
  }
}
