import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import { APP_CONFIG } from '../app-config';
import { PushKeys } from './push-keys';
import { PushOutbox } from './push-outbox.service';

/**
 * Each instance runs one: every PUSH_POLL_SECONDS it queues what is due and sends what it claims. It
 * starts only in a served app (createApp settles the keys first), not in the CLIs.
 */
@Injectable()
export class PushPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Push');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly outbox: PushOutbox,
    private readonly keys: PushKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.keys.ready) return;
    this.timer = setInterval(() => this.round(), this.config.push.pollSeconds * 1000);
    this.timer.unref();
  }

  private busy = false;

  /** A round still under way when the next is due (slow push services) is not doubled up. */
  private round(): void {
    if (this.busy) return;
    this.busy = true;
    this.running = this.outbox
      .tick()
      .catch((e: unknown) => this.logger.error(`push round failed: ${String(e)}`))
      .finally(() => (this.busy = false));
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
