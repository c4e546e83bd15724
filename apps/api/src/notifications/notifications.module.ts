import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AppClock } from './app-clock';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { PushKeys } from './push-keys';
import { PushOutbox } from './push-outbox.service';
import { PushPoller } from './push-poller';
import { PushSender } from './push-sender';

/** Web Push: devices' subscriptions, reminders before starred sessions, alerts of published changes. */
@Module({
  imports: [AccountsModule],
  providers: [
    AppClock,
    PushKeys,
    PushSender,
    PushOutbox,
    PushPoller,
    NotificationsService,
    NotificationsResolver,
  ],
  exports: [PushKeys],
})
export class NotificationsModule {}
