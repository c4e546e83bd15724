/** What the notes editor says about its text. */
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown };

export interface SaveQueueOptions<T> {
  /** Stores a value; rejects when it could not. */
  save: (value: T) => Promise<unknown>;
  /** Saves this long after the last change. */
  delayMs: number;
  onState: (state: SaveState) => void;
  now?: () => Date;
}

/** What is stored is not known (a draft kept on this device is sent without the page's copy). */
const UNKNOWN: unique symbol = Symbol('unknown');

/**
 * Saves as you type: a change is saved `delayMs` after the last one, or at once on flush() (blur).
 * One save at a time: a change made while a save is under way is saved after it, so the last text
 * typed is always the one stored, never overwritten by an older save that finished late.
 */
export class SaveQueue<T> {
  private latest: T;
  private saved: T | typeof UNKNOWN;
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private cancelled = false;
  private paused = false;
  /** A value was given since the start. */
  private changed = false;

  /** With `storedKnown: false`, `initial` is not taken to be stored: it is saved when flushed. */
  constructor(
    initial: T,
    private readonly options: SaveQueueOptions<T>,
    { storedKnown = true }: { storedKnown?: boolean } = {},
  ) {
    this.latest = initial;
    this.saved = storedKnown ? initial : UNKNOWN;
  }

  /** Changes not yet stored (or being stored). */
  get dirty(): boolean {
    if (this.inFlight) return true;
    // what is stored is not known: anything given since is to be saved
    return this.saved === UNKNOWN ? this.changed : this.latest !== this.saved;
  }

  /** A save under way, or one waiting for the pause after typing. */
  get pending(): boolean {
    return this.inFlight || this.timer !== null;
  }

  /** The latest value given (saved or not). */
  get value(): T {
    return this.latest;
  }

  /** The value last known to be stored (undefined: not known). */
  get savedValue(): T | undefined {
    return this.saved === UNKNOWN ? undefined : this.saved;
  }

  /** The text changed: save it after a pause (while paused, only kept). */
  change(value: T): void {
    if (this.cancelled) return;
    this.latest = value;
    this.changed = true;
    this.clearTimer();
    if (this.paused) return;
    if (!this.dirty) {
      // typed back to what is stored
      this.report({ kind: 'saved', at: this.now() });
      return;
    }
    this.report({ kind: 'saving' });
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.options.delayMs);
  }

  /** Save now (on blur, on leaving the page); a save under way is followed by the latest text. */
  flush(): void {
    this.clearTimer();
    if (this.cancelled || this.paused || !this.dirty || this.inFlight) return;
    this.send(this.latest);
  }

  /** No saves until resume() (changes are kept): the user has to choose between two versions first. */
  pause(): void {
    this.paused = true;
    this.clearTimer();
  }

  /** Saves again, starting with what was kept meanwhile. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.flush();
  }

  /** The stored value is now this, and so is the value shown (the user chose the stored version). */
  replace(value: T): void {
    this.clearTimer();
    this.latest = value;
    this.saved = value;
  }

  /** The stored text changed elsewhere: take it, unless there are changes of our own (then false). */
  reset(value: T): boolean {
    if (this.dirty || this.timer) return false;
    this.latest = value;
    this.saved = value;
    return true;
  }

  /** Saves what is left and stops reporting (the editor is gone). */
  dispose(): void {
    this.disposed = true;
    this.flush();
  }

  /** Stops for good without saving what is left: no more saves, no more reports. */
  cancel(): void {
    this.cancelled = true;
    this.disposed = true;
    this.clearTimer();
  }

  private send(value: T): void {
    this.inFlight = true;
    this.report({ kind: 'saving' });
    this.options.save(value).then(
      () => {
        this.inFlight = false;
        this.saved = value;
        if (this.latest === this.saved) this.report({ kind: 'saved', at: this.now() });
        // typed on while saving: save again, unless a pause is still being waited for
        else if (!this.timer && !this.cancelled && !this.paused) this.send(this.latest);
      },
      (error: unknown) => {
        this.inFlight = false;
        // newer text waiting for its pause is tried then; otherwise wait for the next change or blur
        if (!this.timer) this.report({ kind: 'failed', error });
      },
    );
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  private report(state: SaveState): void {
    if (!this.disposed) this.options.onState(state);
  }
}
