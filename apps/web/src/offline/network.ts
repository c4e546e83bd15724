/**
 * Whether the server can be reached, as the app last found out: offline after a request that could not
 * reach it (or the browser saying so), online again after the next request it answers. Listeners hear of
 * every change; reconnect listeners of the way back only.
 */
export class NetworkStatus {
  private down = false;
  private readonly listeners = new Set<() => void>();
  private readonly reconnectListeners = new Set<() => void>();

  get offline(): boolean {
    return this.down;
  }

  /** A request did not reach the server. */
  failed(): void {
    if (this.down) return;
    this.down = true;
    this.listeners.forEach((l) => l());
  }

  /** The server answered. */
  answered(): void {
    if (!this.down) return;
    this.down = false;
    this.listeners.forEach((l) => l());
    this.reconnectListeners.forEach((l) => l());
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Told when the server answers again after being out of reach. */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => {
      this.reconnectListeners.delete(listener);
    };
  }
}

/** Data a page shows: when the server gave it, and whether it came from this device's copy. */
export interface Shown {
  fetchedAt: number;
  fromDevice: boolean;
}

/** What the pages on screen show (query answers but `me`), for the banner that says how old it is. */
export class ShownData {
  private readonly shown = new Map<symbol, Shown>();
  private readonly listeners = new Set<() => void>();

  /** A page shows this; returns the way to say it no longer does. */
  add(item: Shown): () => void {
    const token = Symbol('shown');
    this.shown.set(token, item);
    this.changed();
    return () => {
      if (this.shown.delete(token)) this.changed();
    };
  }

  /** The oldest data shown (ms), or null when none is. */
  get oldest(): number | null {
    let oldest: number | null = null;
    for (const s of this.shown.values()) if (oldest === null || s.fetchedAt < oldest) oldest = s.fetchedAt;
    return oldest;
  }

  /** Some of what is shown came from this device's copy (the server did not answer). */
  get fromDevice(): boolean {
    for (const s of this.shown.values()) if (s.fromDevice) return true;
    return false;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private changed(): void {
    this.listeners.forEach((l) => l());
  }
}

export const network = new NetworkStatus();
export const shownData = new ShownData();
