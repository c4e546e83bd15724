import type { SendOutcome } from './note-sync';

export interface OutboxOptions {
  /** Sends a user's drafts, oldest first (NoteSyncs.sendDrafts). */
  send: (userId: string) => Promise<{ sessionId: string; outcome: SendOutcome }[]>;
  /** Who is signed in: nothing is sent until it is known, nor for no one. */
  signedInAs: () => string | null | undefined;
  /** Runs `work` alone among this site's tabs (Web Locks), so two tabs never send one draft twice. */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Waits before trying again after a failure: 10 s, doubling, up to 5 minutes. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Notes written offline, sent when the connection returns: every draft this device keeps for the user
 * signed in, oldest first, one at a time. One run at a time (a run asked for meanwhile follows it);
 * when some could not be sent, it tries again later, waiting longer each time.
 */
export class Outbox {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: unknown = null;
  private delay = 0;
  private readonly firstDelay: number;
  private readonly maxDelay: number;

  constructor(private readonly options: OutboxOptions) {
    this.firstDelay = options.firstDelayMs ?? 10_000;
    this.maxDelay = options.maxDelayMs ?? 300_000;
  }

  /** Sends now (the connection is back, the app has started): resolves when the run is over. */
  flush(): Promise<void> {
    this.cancelTimer();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.running;
  }

  /** Sends now unless a failed run is waiting to try again (the server answered something else). */
  nudge(): void {
    if (this.timer === null) void this.flush();
  }

  private async run(): Promise<void> {
    const userId = this.options.signedInAs();
    if (!userId) return;
    const exclusive = this.options.exclusive ?? ((work) => work());
    let results: { outcome: SendOutcome }[];
    try {
      results = await exclusive(() => this.options.send(userId));
    } catch {
      results = [{ outcome: 'unsent' }];
    }
    if (results.some((r) => r.outcome === 'unsent')) {
      this.delay = this.delay ? Math.min(this.delay * 2, this.maxDelay) : this.firstDelay;
      const setTimer = this.options.setTimer ?? ((run, ms) => setTimeout(run, ms));
      this.timer = setTimer(() => {
        this.timer = null;
        void this.flush();
      }, this.delay);
    } else this.delay = 0;
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    (this.options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = null;
  }
}

/** Web Locks where the browser has them (every current one), else no lock. */
export function webLock(name: string): <T>(work: () => Promise<T>) => Promise<T> {
  return <T>(work: () => Promise<T>): Promise<T> => {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return locks ? (locks.request(name, work) as Promise<T>) : work();
  };
}
