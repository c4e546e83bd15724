import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import { APP_CONFIG } from '../app-config';

/**
 * The time reminders go by: the machine's, or from CLOCK_START (tests, rehearsals) on. Tests in the same
 * process move it with `set`.
 */
@Injectable()
export class AppClock {
  private offsetMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.offsetMs = config.clockStart ? config.clockStart.getTime() - Date.now() : 0;
    if (config.clockStart)
      new Logger('Clock').warn(
        `reminders go by CLOCK_START: the clock started at ${config.clockStart.toISOString()}`,
      );
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** From now on the clock shows `at`, and runs on from there. */
  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }
}
