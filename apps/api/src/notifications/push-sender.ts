import { Injectable } from '@nestjs/common';
import webpush from 'web-push';
import type { PushMessage } from './push-outbox.entity';
import type { VapidDetails } from './push-keys';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** `gone`: the push service no longer knows the subscription (404/410), so it is dropped. */
export type PushOutcome = 'sent' | 'gone' | 'failed';

/**
 * Sends one encrypted message (RFC 8291, aes128gcm) to one device through its push service, signed with
 * the server's VAPID keys (RFC 8292) — both by the web-push library.
 */
@Injectable()
export class PushSender {
  async send(target: PushTarget, message: PushMessage, vapid: VapidDetails): Promise<PushOutcome> {
    try {
      await webpush.sendNotification(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        JSON.stringify(message),
        {
          vapidDetails: vapid,
          contentEncoding: 'aes128gcm',
          // a reminder is useless an hour late; the push service may drop it after that
          TTL: 3600,
          timeout: 10_000,
        },
      );
      return 'sent';
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode;
      return status === 404 || status === 410 ? 'gone' : 'failed';
    }
  }
}
